//! Runs of capitalised words that are not in the gazetteer ("Tarn Valley Council",
//! "Foreign Minister Mevlut Cavusoglu"): the raw material of people and of the
//! actors the gazetteer cannot know.

use super::gazetteer::PlaceHit;
use super::lexicon::{is_name_word, is_organisation_head};
use super::sentences::Document;
use super::tokens::{tokenize, Token, TokenKind};
use crate::text::Span;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NameRun {
    pub span: Span,
    /// Each word's span, joiners ("of") included.
    pub words: Vec<Span>,
    /// The first word of its sentence, where any capitalised word may stand.
    pub starts_sentence: bool,
    /// Followed by "’s".
    pub possessive: bool,
    /// An abbreviation in brackets right after it: "(FAW)".
    pub abbreviation: Option<Span>,
}

impl NameRun {
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        &text[self.span.range()]
    }

    pub fn last_word<'a>(&self, text: &'a str) -> &'a str {
        &text[self.words[self.words.len() - 1].range()]
    }

    /// Ends with a word like "Council" or "Motors".
    pub fn is_organisation(&self, text: &str) -> bool {
        is_organisation_head(self.last_word(text))
    }
}

/// Small words that join the parts of an organisation's or a person's name.
const ORGANISATION_JOINERS: &[&str] = &["of", "for"];
const NAME_PARTICLES: &[&str] = &[
    "de", "da", "del", "van", "von", "der", "al", "bin", "ben", "el", "la", "le", "du", "dos",
];

pub fn find(doc: &Document, places: &[PlaceHit]) -> Vec<NameRun> {
    let in_place = |s: Span| {
        places
            .iter()
            .any(|p| p.span.start < s.end && s.start < p.span.end)
    };
    let mut runs = Vec::new();
    for sentence in &doc.sentences {
        let tokens = tokenize(doc.text, sentence.span);
        let first_word = tokens.iter().position(Token::is_word);
        let starts = |t: &Token| t.is_capitalised() && !in_place(t.span);
        let mut i = 0;
        while i < tokens.len() {
            let t = &tokens[i];
            if !(starts(t) && is_name_word(t.text)) {
                i += 1;
                continue;
            }
            let begin = i;
            let mut words = vec![t.span];
            i += 1;
            while let Some(next) = tokens.get(i) {
                let after = tokens.get(i + 1);
                let last = &doc.text[words[words.len() - 1].range()];
                let joins = (ORGANISATION_JOINERS.contains(&next.text)
                    && is_organisation_head(last))
                    || NAME_PARTICLES.contains(&next.text);
                if starts(next) && is_name_word(next.text) {
                    words.push(next.span);
                    i += 1;
                } else if joins && after.is_some_and(&starts) {
                    words.push(next.span);
                    words.push(after.expect("checked").span);
                    i += 2;
                } else {
                    break;
                }
            }
            let possessive = tokens
                .get(i)
                .is_some_and(|n| n.kind == TokenKind::Possessive);
            let abbreviation = match tokens.get(i..i + 3) {
                Some([open, word, close])
                    if open.is_mark("(")
                        && close.is_mark(")")
                        && word.text.len() >= 2
                        && word
                            .text
                            .chars()
                            .all(|c| c.is_uppercase() || c.is_ascii_digit()) =>
                {
                    Some(word.span)
                }
                _ => None,
            };
            runs.push(NameRun {
                span: Span::new(words[0].start as usize, words[words.len() - 1].end as usize),
                words,
                starts_sentence: Some(begin) == first_word,
                possessive,
                abbreviation,
            });
        }
    }
    runs
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::propose::gazetteer::Gazetteer;

    fn runs(text: &str) -> Vec<String> {
        let doc = Document::new(text);
        let places = Gazetteer::new().find(text);
        find(&doc, &places)
            .iter()
            .map(|r| {
                let mut s = r.text(text).to_string();
                if r.starts_sentence {
                    s.insert(0, '^');
                }
                if let Some(a) = r.abbreviation {
                    s.push_str(&format!(" ({})", &text[a.range()]));
                }
                s
            })
            .collect()
    }

    #[test]
    fn runs_stop_at_places_small_words_and_punctuation() {
        assert_eq!(
            runs("Turkish President Recep Tayyip Erdogan met the Federation of Auto Workers (FAW) on Monday. The Tarn Valley Council voted."),
            [
                "President Recep Tayyip Erdogan",
                "Federation of Auto Workers (FAW)",
                "FAW",
                "Tarn Valley Council"
            ]
        );
    }

    #[test]
    fn the_first_word_of_a_sentence_is_marked() {
        assert_eq!(
            runs("Marrowby objected. Council leader Harriet Quayle said so."),
            ["^Marrowby", "^Council", "Harriet Quayle"]
        );
    }
}
