//! A kind's verb as the page reads it: "<from> <verb> <to>" is the diagram's
//! accessible name, the relation table's row and the panel's heading for every
//! relation of the kind, with nothing around it to correct it. So it must join its
//! two names cleanly ("is a member of the" + "The West" meets an article with an
//! article), and where every quote of a relation only plans, seeks or expects
//! something, so must the sentence ("seeks", "is to"), or it states as done what
//! the article says is not.

use super::hedges;

/// What is wrong with a verb read between two actors.
#[derive(Debug, PartialEq, Eq)]
pub enum Misreading {
    /// Where the verb meets a name, a word is repeated or two small words meet
    /// ("of the The West", "talks with with"): the two words.
    Join(String, String),
    /// Every quote of the relation hedges (the first one's word), and the
    /// sentence does not.
    Hedge(&'static str),
}

/// Articles and prepositions: an article cannot be followed by either, nor a
/// preposition by another ("of the The West", "talks with to").
const ARTICLES: &[&str] = &["the", "a", "an"];
const PREPOSITIONS: &[&str] = &[
    "of",
    "with",
    "to",
    "for",
    "on",
    "at",
    "in",
    "by",
    "from",
    "into",
    "onto",
    "over",
    "against",
    "about",
    "between",
    "among",
    "involving",
];

fn words(text: &str) -> impl DoubleEndedIterator<Item = String> + '_ {
    text.split(|c: char| !(c.is_alphanumeric() || c == '’' || c == '\''))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
}

fn clash(left: &str, right: &str) -> bool {
    let article = |w: &str| ARTICLES.contains(&w);
    let preposition = |w: &str| PREPOSITIONS.contains(&w);
    (article(left) && (article(right) || preposition(right)))
        || (preposition(left) && preposition(right))
}

/// Checks where the verb meets the two names in "<from> <verb> <to>".
pub fn joins(from: &str, verb: &str, to: &str) -> Option<Misreading> {
    let pairs = [
        (words(from).next_back(), words(verb).next()),
        (words(verb).next_back(), words(to).next()),
    ];
    pairs.into_iter().find_map(|pair| match pair {
        (Some(left), Some(right)) if left == right || clash(&left, &right) => {
            Some(Misreading::Join(left, right))
        }
        _ => None,
    })
}

/// Checks the sentence against its relation's evidence: if every quote hedges,
/// the verb must too.
pub fn hedge(verb: &str, evidence: &[&str]) -> Option<Misreading> {
    if evidence.is_empty() || hedges::hedge_in(verb).is_some() {
        return None;
    }
    let mut found = evidence.iter().map(|q| hedges::hedge_in(q));
    let first = found.next()??;
    found
        .all(|w| w.is_some())
        .then_some(Misreading::Hedge(first))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_repeated_or_two_small_words_where_verb_and_name_meet() {
        assert_eq!(joins("Turkey", "is a member of", "NATO"), None);
        assert_eq!(
            joins("Turkey", "has not joined the sanctions of", "The West"),
            None
        );
        assert_eq!(
            joins("Turkey", "has not joined the sanctions of the", "The West"),
            Some(Misreading::Join("the".into(), "the".into()))
        );
        assert_eq!(
            joins("Turkey", "seeks talks with", "With Ukraine"),
            Some(Misreading::Join("with".into(), "with".into()))
        );
        assert_eq!(joins("Turkey", "has ties to", "the United States"), None);
        assert_eq!(
            joins("Turkey", "is a member of the", "A Team"),
            Some(Misreading::Join("the".into(), "a".into()))
        );
        assert_eq!(
            joins("Turkey", "has long sought talks involving", "With Ukraine"),
            Some(Misreading::Join("involving".into(), "with".into()))
        );
        assert_eq!(
            joins("Rivers Board", "board members meet", "Marrowby"),
            Some(Misreading::Join("board".into(), "board".into()))
        );
    }

    #[test]
    fn a_sentence_hedges_when_every_quote_does() {
        let sought = ["has long sought to bring Kyiv and Moscow for truce talks"];
        assert_eq!(
            hedge("brokers truce talks involving", &sought),
            Some(Misreading::Hedge("sought"))
        );
        assert_eq!(
            hedge("has long sought to broker truce talks involving", &sought),
            None
        );
        let scheduled = ["Erdogan is scheduled to fly to Astana on Wednesday"];
        assert_eq!(hedge("is to hold talks with", &scheduled), None);
        assert_eq!(
            hedge("holds talks with", &scheduled),
            Some(Misreading::Hedge("scheduled"))
        );
        // One quote that states it plainly is enough for the sentence.
        let mixed = [
            "He said the town would ask the Rivers Board to review the decision.",
            "confirmed that it had received a request from Marrowby",
        ];
        assert_eq!(hedge("asks for a review by", &mixed), None);
    }
}
