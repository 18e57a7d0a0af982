//! Hedges and attributions in a claim's words: whether its evidence says something
//! is only scheduled, expected or possible, or that someone said it, and whether
//! its summary kept that. A summary that drops them says more than the article did.

/// Words that make a statement less than a fact: plans, expectations, attempts,
/// possibilities, the future.
const MODAL: &[&str] = &[
    "scheduled",
    "expected",
    "expects",
    "would",
    "could",
    "may",
    "might",
    "reportedly",
    "allegedly",
    "likely",
    "possibly",
    "plan",
    "plans",
    "planned",
    "will",
    "is to",
    "are to",
    "was to",
    "set to",
    // "Due to" alone is mostly a cause ("due to the strike"); with a verb it is a
    // schedule.
    "is due to",
    "are due to",
    "was due to",
    "were due to",
    "sought",
    "seeks",
    "seek",
    "tries",
    "tried",
    "trying",
    "hopes",
    "aims",
];

/// Words that make a statement someone's word rather than the article's, beside
/// the speech verbs the proposals know (`propose::lexicon::SPEECH_VERBS`): other
/// tenses, and attributions that are no verbs.
const SPEECH: &[&str] = &[
    "say",
    "states",
    "claims",
    "warnings",
    "called",
    "calls",
    "according to",
    "insists",
    "denies",
    "accuses",
];

/// Whether `text` contains `phrase` (lower case) as whole words. Capitalised, it
/// counts only where a sentence starts, so that "in May" is a month, not a hedge.
fn has_phrase(text: &str, phrase: &str) -> bool {
    let whole = |at: usize, len: usize| {
        let before = text[..at].chars().next_back();
        let after = text[at + len..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    };
    if text
        .match_indices(phrase)
        .any(|(at, _)| whole(at, phrase.len()))
    {
        return true;
    }
    let mut capitalised = phrase[..1].to_uppercase();
    capitalised.push_str(&phrase[1..]);
    text.match_indices(&capitalised).any(|(at, _)| {
        let starts_sentence = text[..at]
            .trim_end_matches([' ', '“', '"', '‘'])
            .chars()
            .next_back()
            .is_none_or(|c| matches!(c, '.' | '?' | '!' | ':'));
        starts_sentence && whole(at, capitalised.len())
    })
}

fn first_of<'w>(text: &str, words: &[&'w str]) -> Option<&'w str> {
    words.iter().copied().find(|w| has_phrase(text, w))
}

fn first_speech(text: &str) -> Option<&'static str> {
    first_of(text, crate::propose::lexicon::SPEECH_VERBS).or_else(|| first_of(text, SPEECH))
}

/// The first hedge `text` holds, if any ("scheduled", "would").
pub(super) fn hedge_in(text: &str) -> Option<&'static str> {
    first_of(text, MODAL)
}

/// Where `text` attributes something: the byte ranges of its speech words
/// ("said", "confirmed", "according to"), in order.
pub(super) fn speech_words(text: &str) -> Vec<(usize, usize)> {
    let mut found: Vec<(usize, usize)> = crate::propose::lexicon::SPEECH_VERBS
        .iter()
        .chain(SPEECH)
        .flat_map(|w| {
            text.match_indices(w)
                .filter(|(at, _)| whole_at(text, *at, w.len()))
                .map(|(at, w)| (at, at + w.len()))
                .collect::<Vec<_>>()
        })
        .collect();
    found.sort_unstable();
    found.dedup();
    found
}

fn whole_at(text: &str, at: usize, len: usize) -> bool {
    let before = text[..at].chars().next_back();
    let after = text[at + len..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

/// What a summary dropped from its evidence, if anything.
#[derive(Debug, PartialEq, Eq)]
pub enum Dropped {
    /// The evidence hedges ("scheduled"); the summary does not.
    Hedge(&'static str),
    /// The evidence attributes ("said"); neither the summary nor the claim's
    /// `according_to` does.
    Attribution(&'static str),
}

/// Checks one claim: its summary, its evidence quotes, and whether it names a
/// source (which carries attribution, though not a hedge).
pub fn dropped(summary: &str, evidence: &[&str], attributed: bool) -> Option<Dropped> {
    let summary_hedges = first_of(summary, MODAL).is_some();
    let summary_attributes = first_speech(summary).is_some();
    for quote in evidence {
        if let Some(word) = first_of(quote, MODAL) {
            if !summary_hedges {
                return Some(Dropped::Hedge(word));
            }
        }
        if let Some(word) = first_speech(quote) {
            if !summary_attributes && !attributed {
                return Some(Dropped::Attribution(word));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_dropped_schedule_is_found() {
        let evidence = ["Erdogan is scheduled to fly to Astana on Wednesday"];
        assert_eq!(
            dropped("Erdogan flies to Astana", &evidence, false),
            Some(Dropped::Hedge("scheduled"))
        );
        assert_eq!(
            dropped("Erdogan is scheduled to fly to Astana", &evidence, false),
            None
        );
    }

    #[test]
    fn due_to_is_a_hedge_as_a_schedule_not_as_a_cause() {
        let scheduled = ["The ferry is due to start in May"];
        assert_eq!(
            dropped("The ferry starts in May", &scheduled, false),
            Some(Dropped::Hedge("is due to"))
        );
        let cause = ["The port closed due to the strike"];
        assert_eq!(dropped("The port closed", &cause, false), None);
    }

    #[test]
    fn attribution_is_kept_by_the_summary_or_the_source() {
        let evidence = ["killing 19 people, according to Ukraine’s emergency services"];
        assert_eq!(
            dropped("19 people were killed", &evidence, false),
            Some(Dropped::Attribution("according to"))
        );
        assert_eq!(dropped("19 people were killed", &evidence, true), None);
        assert_eq!(
            dropped(
                "Emergency services say 19 people were killed",
                &evidence,
                false
            ),
            None
        );
    }

    #[test]
    fn a_source_does_not_stand_for_a_hedge() {
        let evidence = ["He said the talks would be an opportunity to discuss"];
        assert_eq!(
            dropped("Wants to discuss Ukraine", &evidence, true),
            Some(Dropped::Hedge("would"))
        );
    }

    #[test]
    fn words_match_whole_and_capitalised_only_at_a_sentence_start() {
        assert!(has_phrase("Will they?", "will"));
        assert!(has_phrase("Yes. Will they?", "will"));
        assert!(!has_phrase("goodwill", "will"));
        assert!(!has_phrase("sayings", "say"));
        assert!(has_phrase("as Kyiv says.", "says"));
        assert!(!has_phrase("elections in May", "may"));
        assert!(has_phrase("talks may resume", "may"));
    }
}
