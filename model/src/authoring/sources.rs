//! Who a summary says says so. A summary may name its source in its own words
//! ("…, the Kremlin confirmed", "Breck said…", "according to…"); then the claim
//! must back it: its evidence names that source or one of its people, or quotes
//! words the file gives to them. And a summary whose claim has `according_to` must
//! not name that source again, since the page follows it with ", according to …"
//! ("…; the source said no more, according to a Turkish diplomatic source").

use super::find::whole_words;
use super::hedges::speech_words;

/// A person, an actor, or an `according_to` in the article's words, as a summary
/// may name them.
#[derive(Debug, Default)]
pub struct Speaker<'a> {
    /// Its name and aliases, matched as whole words with their capitals.
    pub names: Vec<&'a str>,
    /// Common nouns a summary may refer to it by once it is the claim's source
    /// ("the source", "the official"), lower case.
    pub nouns: Vec<String>,
    /// Whether the claim's evidence names it or one of its people, or quotes
    /// words the file gives to them.
    pub backed: bool,
}

impl<'a> Speaker<'a> {
    /// A person or a source in the article's words: its names, and the last word
    /// of each name and of its role as the nouns that stand for it.
    pub fn new(names: Vec<&'a str>, role: Option<&str>) -> Self {
        let nouns = names
            .iter()
            .copied()
            .chain(role)
            .filter_map(|n| n.split_whitespace().next_back())
            .map(|w| {
                w.trim_matches(|c: char| !c.is_alphanumeric())
                    .to_lowercase()
            })
            .filter(|w| w.chars().count() > 2)
            .collect();
        Speaker {
            names,
            nouns,
            backed: false,
        }
    }

    /// Whether any of `names` stands as whole words in one of the quotes.
    pub fn named_in(names: &[&str], quotes: &[&str]) -> bool {
        names
            .iter()
            .any(|n| quotes.iter().any(|q| !whole_words(q, n).is_empty()))
    }
}

/// A summary's slip in naming its source.
#[derive(Debug, PartialEq, Eq)]
pub enum SourceSlip {
    /// It names the claim's own `according_to`, which the page adds after it.
    Twice(String),
    /// It names a source that neither its evidence nor `according_to` backs.
    Unbacked(String),
}

/// Where a clause ends, on either side of a speech word.
fn is_boundary(c: char) -> bool {
    matches!(c, ',' | ';' | ':' | '.' | '(' | ')' | '—' | '–')
}

/// The words a speech word attributes to: the clause after "according to", the
/// clause before any other ("the Kremlin confirmed").
fn attributed(summary: &str, (start, end): (usize, usize)) -> &str {
    if &summary[start..end] == "according to" {
        let rest = &summary[end..];
        &rest[..rest.find(is_boundary).unwrap_or(rest.len())]
    } else {
        let before = &summary[..start];
        &before[before.rfind(is_boundary).map_or(0, |i| i + 1)..]
    }
}

/// The first slip in `summary`, whose claim names `according_to` (an index into
/// `speakers`) as its source, if any.
pub fn slip(
    summary: &str,
    speakers: &[Speaker],
    according_to: Option<usize>,
) -> Option<SourceSlip> {
    // A summary may open with the attribution ("According to X, …"); the speech
    // words are listed in lower case, and the letter's case is all that differs.
    let opened = summary
        .strip_prefix("According to ")
        .map(|rest| format!("according to {rest}"));
    let summary = opened.as_deref().unwrap_or(summary);
    for at in speech_words(summary) {
        let clause = attributed(summary, at);
        let lower = clause.to_lowercase();
        // The longest name in the clause is the one it gives.
        let named = speakers
            .iter()
            .enumerate()
            .flat_map(|(i, s)| s.names.iter().map(move |n| (i, *n)))
            .filter(|(_, n)| !whole_words(clause, n).is_empty())
            .max_by_key(|(_, n)| n.len());
        if let Some((i, name)) = named {
            if Some(i) == according_to {
                return Some(SourceSlip::Twice(name.to_string()));
            }
            if !speakers[i].backed {
                return Some(SourceSlip::Unbacked(name.to_string()));
            }
            continue;
        }
        let own = according_to.and_then(|i| speakers.get(i));
        if let Some(noun) = own.and_then(|s| {
            s.nouns
                .iter()
                .find(|noun| !whole_words(&lower, noun).is_empty())
        }) {
            return Some(SourceSlip::Twice(noun.clone()));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cast() -> Vec<Speaker<'static>> {
        let mut kremlin = Speaker::new(vec!["The Kremlin", "Kremlin"], None);
        kremlin.backed = true;
        let source = Speaker::new(
            vec!["A Turkish diplomatic source"],
            Some("Turkish diplomatic source"),
        );
        let breck = Speaker::new(vec!["Tomas Breck", "Breck"], Some("mayor"));
        vec![kremlin, source, breck]
    }

    #[test]
    fn a_summary_opening_with_its_attribution_is_read_too() {
        // Breck is not backed by the evidence in `cast`.
        assert_eq!(
            slip(
                "According to Breck, the town would ask for a review",
                &cast(),
                None
            ),
            Some(SourceSlip::Unbacked("Breck".into()))
        );
    }

    #[test]
    fn a_source_the_evidence_names_is_fine() {
        let summary = "Putin and Erdogan are to meet in Astana on Thursday, the Kremlin confirmed";
        assert_eq!(slip(summary, &cast(), None), None);
    }

    #[test]
    fn a_source_the_evidence_does_not_back_is_found() {
        let summary = "Breck said the town would ask for a review";
        assert_eq!(
            slip(summary, &cast(), None),
            Some(SourceSlip::Unbacked("Breck".into()))
        );
        let mut backed = cast();
        backed[2].backed = true;
        assert_eq!(slip(summary, &backed, None), None);
        let after = "A review is due, according to Tomas Breck";
        assert_eq!(
            slip(after, &cast(), None),
            Some(SourceSlip::Unbacked("Tomas Breck".into()))
        );
    }

    #[test]
    fn the_claims_own_source_named_again_is_found() {
        let summary = "Cavusoglu phoned Kuleba; the source said no more";
        assert_eq!(
            slip(summary, &cast(), Some(1)),
            Some(SourceSlip::Twice("source".into()))
        );
        assert_eq!(slip(summary, &cast(), None), None);
        assert_eq!(
            slip("The meeting is on, the Kremlin confirmed", &cast(), Some(0)),
            Some(SourceSlip::Twice("Kremlin".into()))
        );
        assert_eq!(slip("Cavusoglu phoned Kuleba", &cast(), Some(1)), None);
    }

    #[test]
    fn names_outside_the_attributing_clause_are_not_sources() {
        // "Breck" is what the Kremlin said something about, not who said it.
        let summary = "Breck will visit, the Kremlin said";
        assert_eq!(slip(summary, &cast(), None), None);
        // The article as its own source names no one.
        assert_eq!(
            slip(
                "Neither side wants talks, the article says",
                &cast(),
                Some(1)
            ),
            None
        );
    }
}
