//! A passage made a word longer or shorter at either end, so an editor can mend a
//! selection that took a word too many or too few without selecting it again.
//! A word is what lies between spaces, with its punctuation; a passage never
//! grows past its line.

/// Which end of the passage.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum End {
    Start,
    Finish,
}

/// The passage at byte `at` of `text`, with the word before it (`Start`) or after
/// it (`Finish`) added, and the space between, and where it now starts; none at
/// the line's edge.
pub fn extend(text: &str, at: usize, passage: &str, end: End) -> Option<(usize, String)> {
    let (start, finish) = (at, at + passage.len());
    let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[finish..].find('\n').map_or(text.len(), |i| finish + i);
    match end {
        End::Start => {
            let word = text[line_start..start].trim_end();
            let word_start = word.rfind(char::is_whitespace).map_or(0, |i| {
                i + word[i..].chars().next().map_or(1, char::len_utf8)
            });
            let from = line_start + word_start;
            (word_start < word.len()).then(|| (from, text[from..finish].to_string()))
        }
        End::Finish => {
            let after = &text[finish..line_end];
            let gap = after.len() - after.trim_start().len();
            let word = after.trim_start();
            let word_len = word.find(char::is_whitespace).unwrap_or(word.len());
            (word_len > 0).then(|| (start, text[start..finish + gap + word_len].to_string()))
        }
    }
}

/// The passage (at byte `at` of the article, if known) without its first
/// (`Start`) or last (`Finish`) word, and where it now starts; none if it is one
/// word.
pub fn trim(at: Option<usize>, passage: &str, end: End) -> Option<(Option<usize>, String)> {
    let rest = match end {
        End::Start => passage
            .trim_end()
            .find(char::is_whitespace)
            .map(|i| passage[i..].trim_start()),
        End::Finish => passage
            .trim_end()
            .rfind(char::is_whitespace)
            .map(|i| passage[..i].trim_end()),
    }?;
    let skipped = rest.as_ptr() as usize - passage.as_ptr() as usize;
    (!rest.trim().is_empty()).then(|| (at.map(|a| a + skipped), rest.to_string()))
}

/// Whether the passage at byte `at` of `text` starts, or ends, in the middle of
/// a word: a selection that took part of a word is seldom what was meant.
pub fn cuts_a_word(text: &str, at: usize, passage: &str) -> bool {
    // An apostrophe between letters is part of the word ("Turkey’s").
    let wordy = |c: char| c.is_alphanumeric() || c == '’' || c == '\'';
    let inside = |a: Option<char>, b: Option<char>| a.is_some_and(wordy) && b.is_some_and(wordy);
    let finish = at + passage.len();
    inside(text[..at].chars().next_back(), passage.chars().next())
        || inside(passage.chars().next_back(), text[finish..].chars().next())
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str =
        "Mayor Ana Ruiz said on Monday: “We agreed.”\nSouthbay officials said nothing.";

    fn grow(passage: &str, end: End) -> Option<String> {
        let at = TEXT.find(passage).expect("in the text");
        let (from, grown) = extend(TEXT, at, passage, end)?;
        assert!(TEXT[from..].starts_with(&grown), "{grown} at {from}");
        Some(grown)
    }

    fn shrink(passage: &str, end: End) -> Option<String> {
        let at = TEXT.find(passage).expect("in the text");
        let (from, rest) = trim(Some(at), passage, end)?;
        assert!(TEXT[from.expect("a place")..].starts_with(&rest), "{rest}");
        Some(rest)
    }

    #[test]
    fn a_passage_grows_by_a_word_within_its_line() {
        assert_eq!(
            grow("Ruiz said", End::Start).as_deref(),
            Some("Ana Ruiz said")
        );
        assert_eq!(
            grow("Ruiz said", End::Finish).as_deref(),
            Some("Ruiz said on")
        );
        // Punctuation goes with its word.
        assert_eq!(grow("on", End::Finish).as_deref(), Some("on Monday:"));
        assert_eq!(grow("Monday:", End::Finish).as_deref(), Some("Monday: “We"));
        // Not past the line's edge, either way.
        assert_eq!(grow("Mayor", End::Start), None);
        assert_eq!(grow("agreed.”", End::Finish), None);
        assert_eq!(grow("Southbay", End::Start), None);
        // A passage that starts or ends mid-word takes the rest of that word.
        assert_eq!(grow("uiz", End::Start).as_deref(), Some("Ruiz"));
        assert_eq!(grow("Mon", End::Finish).as_deref(), Some("Monday:"));
    }

    #[test]
    fn a_passage_shrinks_by_a_word() {
        assert_eq!(
            shrink("Ana Ruiz said", End::Start).as_deref(),
            Some("Ruiz said")
        );
        assert_eq!(
            shrink("Ana Ruiz said", End::Finish).as_deref(),
            Some("Ana Ruiz")
        );
        assert_eq!(shrink("Ruiz", End::Start), None);
        assert_eq!(shrink("Ruiz", End::Finish), None);
        // Typed words, not placed: spaces aside, the same words.
        let typed = |words, end| trim(None, words, end).map(|(_, w)| w);
        assert_eq!(typed("Ana  Ruiz ", End::Finish).as_deref(), Some("Ana"));
        assert_eq!(typed("Ana  Ruiz ", End::Start).as_deref(), Some("Ruiz "));
    }

    #[test]
    fn a_passage_that_cuts_a_word_is_told() {
        let cuts = |p: &str| cuts_a_word(TEXT, TEXT.find(p).unwrap(), p);
        assert!(cuts("uiz said"));
        assert!(cuts("Ruiz sai"));
        assert!(!cuts("Ruiz said"));
        assert!(!cuts("Monday: “We"));
        assert!(!cuts("Mayor"));
        assert!(!cuts("nothing."));
        let text = "Turkey’s role is clear.";
        assert!(cuts_a_word(text, 0, "Turkey’"));
        assert!(cuts_a_word(text, 6, "’s role"));
        assert!(!cuts_a_word(text, 0, "Turkey’s"));
    }
}
