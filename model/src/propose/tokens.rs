//! Words and punctuation of a stretch of the article, with their byte spans.

use crate::text::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters and digits, with inner hyphens and apostrophes ("Kassym-Jomart",
    /// "N'Djamena"), but without a possessive "’s", which is its own token.
    Word,
    /// "’s" or "'s" after a word, or a lone apostrophe after a plural ("workers’").
    Possessive,
    /// Any other visible character: punctuation, quotation marks, dashes.
    Mark,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token<'a> {
    pub span: Span,
    pub text: &'a str,
    pub kind: TokenKind,
}

impl Token<'_> {
    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }

    /// Starts with a capital letter, as names do in English.
    pub fn is_capitalised(&self) -> bool {
        self.is_word() && self.text.chars().next().is_some_and(char::is_uppercase)
    }

    /// The word, compared without case ("President" and "president").
    pub fn is(&self, word: &str) -> bool {
        self.is_word() && self.text.eq_ignore_ascii_case(word)
    }

    pub fn is_mark(&self, mark: &str) -> bool {
        self.kind == TokenKind::Mark && self.text == mark
    }

    pub fn lower(&self) -> String {
        self.text.to_lowercase()
    }
}

pub fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// The tokens of `text[span]`, with spans into the whole `text`.
pub fn tokenize(text: &str, span: Span) -> Vec<Token<'_>> {
    let slice = &text[span.range()];
    let base = span.start as usize;
    let chars: Vec<(usize, char)> = slice.char_indices().collect();
    let at = |i: usize| chars.get(i).map(|&(_, c)| c);
    let offset = |i: usize| base + chars.get(i).map_or(slice.len(), |&(o, _)| o);
    let token = |start: usize, end: usize, kind| Token {
        span: Span::new(offset(start), offset(end)),
        text: &text[offset(start)..offset(end)],
        kind,
    };
    let mut tokens = Vec::new();
    let mut i = 0;
    while let Some(c) = at(i) {
        if c.is_whitespace() {
            i += 1;
        } else if c.is_alphanumeric() {
            let start = i;
            while let Some(c) = at(i) {
                let joins_next = at(i + 1).is_some_and(char::is_alphanumeric);
                let possessive_next = at(i + 1).is_some_and(|s| s == 's' || s == 'S')
                    && !at(i + 2).is_some_and(char::is_alphanumeric);
                let inner_mark = c == '-' || (is_apostrophe(c) && !possessive_next);
                if c.is_alphanumeric() || (inner_mark && joins_next) {
                    i += 1;
                } else {
                    break;
                }
            }
            tokens.push(token(start, i, TokenKind::Word));
            if at(i).is_some_and(is_apostrophe) {
                let ends_plural = tokens.last().is_some_and(|t| t.text.ends_with('s'));
                if at(i + 1).is_some_and(|s| s == 's' || s == 'S')
                    && !at(i + 2).is_some_and(char::is_alphanumeric)
                {
                    tokens.push(token(i, i + 2, TokenKind::Possessive));
                    i += 2;
                } else if ends_plural && !at(i + 1).is_some_and(char::is_alphanumeric) {
                    tokens.push(token(i, i + 1, TokenKind::Possessive));
                    i += 1;
                }
            }
        } else {
            tokens.push(token(i, i + 1, TokenKind::Mark));
            i += 1;
        }
    }
    tokens
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<(&str, TokenKind)> {
        tokenize(text, Span::new(0, text.len()))
            .into_iter()
            .map(|t| (t.text, t.kind))
            .collect()
    }

    #[test]
    fn possessives_split_off_names() {
        use TokenKind::*;
        assert_eq!(
            words("Turkey’s Kassym-Jomart N'Djamena, workers’ pay"),
            vec![
                ("Turkey", Word),
                ("’s", Possessive),
                ("Kassym-Jomart", Word),
                ("N'Djamena", Word),
                (",", Mark),
                ("workers", Word),
                ("’", Possessive),
                ("pay", Word),
            ]
        );
    }

    #[test]
    fn hyphens_between_words_join_them_and_dashes_stand_alone() {
        let found: Vec<&str> = words("Ukrainian-Russian war – AFP")
            .into_iter()
            .map(|(w, _)| w)
            .collect();
        assert_eq!(found, ["Ukrainian-Russian", "war", "–", "AFP"]);
    }

    #[test]
    fn spans_point_into_the_whole_text() {
        let text = "ab “Cé d”";
        let tokens = tokenize(text, Span::new(3, text.len()));
        assert_eq!(tokens[0].text, "“");
        assert_eq!(&text[tokens[1].span.range()], "Cé");
    }
}
