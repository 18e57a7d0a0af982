//! Finding words in the article: aliases as whole words (mentions), and evidence
//! quotes as exact, unique passages.

use crate::text::Span;

/// Every whole-word occurrence of `needle` in `text`. A match must not continue a
/// word on either side, so "Russia" is not found inside "Russian", while
/// "Turkey" is found in "Turkey’s".
pub fn whole_words(text: &str, needle: &str) -> Vec<Span> {
    if needle.is_empty() {
        return Vec::new();
    }
    text.match_indices(needle)
        .filter(|(start, _)| {
            let end = start + needle.len();
            let before = text[..*start].chars().next_back();
            let after = text[end..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
        .map(|(start, _)| Span::new(start, start + needle.len()))
        .collect()
}

/// Keeps the longest of overlapping candidates, earliest first, so "the Turkish
/// diplomat" wins over "Turkish". Input: (span, payload) in any order.
pub fn longest_first<T: Copy>(mut found: Vec<(Span, T)>) -> Vec<(Span, T)> {
    found.sort_by_key(|(s, _)| (s.start, std::cmp::Reverse(s.end)));
    let mut kept: Vec<(Span, T)> = Vec::with_capacity(found.len());
    for (span, payload) in found {
        if kept.last().is_none_or(|(last, _)| span.start >= last.end) {
            kept.push((span, payload));
        }
    }
    kept
}

/// The line of `text` that shares the most words with `quote`: shown to an editor
/// whose quote was not found, since it is usually a near miss.
pub fn closest_line<'a>(text: &'a str, quote: &str) -> Option<&'a str> {
    let words: Vec<String> = quote
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() > 2)
        .map(str::to_lowercase)
        .collect();
    text.lines()
        .map(|line| {
            let lower = line.to_lowercase();
            (
                words.iter().filter(|w| lower.contains(w.as_str())).count(),
                line,
            )
        })
        .filter(|(score, _)| *score > 0)
        .max_by_key(|(score, _)| *score)
        .map(|(_, line)| line)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_words_respect_word_edges() {
        let t = "Russia’s Russian Russia-Ukraine";
        let found: Vec<&str> = whole_words(t, "Russia")
            .iter()
            .map(|s| &t[s.range()])
            .collect();
        assert_eq!(found.len(), 2);
        assert!(whole_words("Turkeys", "Turkey").is_empty());
    }

    #[test]
    fn longer_candidates_win_overlaps() {
        let kept = longest_first(vec![
            (Span::new(4, 11), 'b'),
            (Span::new(0, 20), 'a'),
            (Span::new(21, 25), 'c'),
        ]);
        assert_eq!(kept.iter().map(|(_, p)| *p).collect::<String>(), "ac");
    }

    #[test]
    fn closest_line_finds_the_near_miss() {
        let text = "The cat sat.\nTurkey called for a ceasefire in Ukraine.";
        assert_eq!(
            closest_line(text, "Turkey called for a truce in Ukraine"),
            Some("Turkey called for a ceasefire in Ukraine.")
        );
    }
}
