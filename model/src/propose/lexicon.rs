//! Word lists the rules share: titles, speech verbs, organisation heads, and the
//! capitalised words that are not names.

/// Last words of a title: "Foreign Minister", "Kremlin spokesman", "chief executive".
pub const TITLE_HEADS: &[&str] = &[
    "president",
    "minister",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "secretary",
    "secretary-general",
    "director-general",
    "leader",
    "chief",
    "executive",
    "officer",
    "director",
    "mayor",
    "governor",
    "chancellor",
    "counterpart",
    "ambassador",
    "envoy",
    "commander",
    "chairman",
    "chairwoman",
    "chair",
    "head",
    "official",
    "diplomat",
    "negotiator",
    "adviser",
    "advisor",
    "analyst",
    "economist",
    "councillor",
    "councilor",
    "senator",
    "lawmaker",
    "king",
    "queen",
    "prince",
    "princess",
    "pope",
    "premier",
    "ceo",
    "founder",
    "deputy",
    "commissioner",
    "judge",
    "prosecutor",
    "lawyer",
    "attorney",
    "inspector",
    "manager",
    "representative",
    "president-elect",
    "vice-president",
    "emir",
    "sheikh",
    "professor",
    "source",
];

/// Words that may stand before a title's head: "Foreign", "general", "diplomatic".
pub const TITLE_MODIFIERS: &[&str] = &[
    "foreign",
    "prime",
    "deputy",
    "vice",
    "defence",
    "defense",
    "interior",
    "finance",
    "economy",
    "economic",
    "trade",
    "health",
    "energy",
    "justice",
    "safety",
    "security",
    "press",
    "chief",
    "executive",
    "general",
    "senior",
    "former",
    "acting",
    "interim",
    "state",
    "top",
    "first",
    "national",
    "labour",
    "labor",
    "environment",
    "education",
    "transport",
    "agriculture",
    "diplomatic",
    "government",
    "military",
    "intelligence",
    "presidential",
    "regional",
    "local",
    "party",
    "opposition",
    "junior",
    "assistant",
    "managing",
    "financial",
    "operating",
    "communications",
    "public",
    "emergency",
    "police",
    "army",
    "navy",
    "union",
    "secretary",
];

/// Heads of unnamed sources: "a Turkish official", "a diplomatic source".
pub const SOURCE_HEADS: &[&str] = &[
    "official",
    "officials",
    "source",
    "sources",
    "diplomat",
    "diplomats",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "officer",
    "adviser",
    "advisor",
    "negotiator",
    "analyst",
    "analysts",
    "services",
    "authorities",
    "ministry",
    "police",
    "government",
    "office",
];

/// Words ending an organisation's name: such a name is an actor even when named once.
pub const ORGANISATION_HEADS: &[&str] = &[
    "Council",
    "Board",
    "Agency",
    "Authority",
    "Commission",
    "Committee",
    "Federation",
    "Union",
    "Association",
    "Party",
    "Ministry",
    "Department",
    "Office",
    "Bank",
    "Fund",
    "Group",
    "Motors",
    "Corporation",
    "Corp",
    "Inc",
    "Ltd",
    "Company",
    "Institute",
    "University",
    "Court",
    "Parliament",
    "Assembly",
    "Congress",
    "Senate",
    "League",
    "Front",
    "Movement",
    "Army",
    "Forces",
    "Police",
    "Service",
    "Organisation",
    "Organization",
    "Alliance",
    "Coalition",
    "Trust",
    "Foundation",
    "Airlines",
    "Airways",
    "Industries",
    "Holdings",
];

/// What comes after a speech verb.
#[derive(Clone, Copy)]
enum Takes {
    /// What was said, maybe after "that" or a listener: "said the talks would…",
    /// "told AFP that the meeting…".
    WhatWasSaid,
    /// A person or an infinitive ("urged both sides to"), which stay part of the
    /// statement.
    Other,
}

use Takes::{Other, WhatWasSaid};

/// Speech verbs that report what someone said, and what each takes: the one list
/// [`SPEECH_VERBS`] and [`SAY_THAT`] are both read from.
const SPEECH: &[(&str, Takes)] = &[
    ("said", WhatWasSaid),
    ("says", WhatWasSaid),
    ("told", WhatWasSaid),
    ("tells", WhatWasSaid),
    ("added", WhatWasSaid),
    ("adds", WhatWasSaid),
    ("confirmed", WhatWasSaid),
    ("confirms", WhatWasSaid),
    ("warned", Other),
    ("warns", Other),
    ("urged", Other),
    ("urges", Other),
    ("announced", WhatWasSaid),
    ("announces", WhatWasSaid),
    ("stated", WhatWasSaid),
    ("insisted", WhatWasSaid),
    ("stressed", WhatWasSaid),
    ("noted", WhatWasSaid),
    ("explained", WhatWasSaid),
    ("argued", WhatWasSaid),
    ("claimed", WhatWasSaid),
    ("denied", Other),
    ("declared", Other),
    ("acknowledged", WhatWasSaid),
    ("admitted", WhatWasSaid),
    ("complained", Other),
    ("accused", Other),
    ("demanded", Other),
    ("pledged", Other),
    ("promised", Other),
    ("vowed", Other),
    ("condemned", Other),
    ("denounced", Other),
    ("criticised", Other),
    ("criticized", Other),
    ("welcomed", Other),
    ("reiterated", Other),
    ("suggested", Other),
    ("wrote", Other),
    ("replied", Other),
    ("asked", Other),
    ("commented", Other),
];

/// Speech verbs that report what someone said. A sentence with one, outside
/// quotation marks, is a statement.
pub const SPEECH_VERBS: &[&str] = &speech_verbs::<{ SPEECH.len() }>(false);

/// The speech verbs whose object is what was said: a statement after one can start
/// past it.
pub const SAY_THAT: &[&str] = &speech_verbs::<{ say_that_count() }>(true);

const fn say_that_count() -> usize {
    let (mut i, mut n) = (0, 0);
    while i < SPEECH.len() {
        if matches!(SPEECH[i].1, WhatWasSaid) {
            n += 1;
        }
        i += 1;
    }
    n
}

/// The verbs of [`SPEECH`] in its order, or only those that take what was said.
/// The order matters: the checker names the first speech verb a quote holds.
const fn speech_verbs<const N: usize>(say_that_only: bool) -> [&'static str; N] {
    let mut out = [""; N];
    let (mut i, mut n) = (0, 0);
    while i < SPEECH.len() {
        let (verb, takes) = SPEECH[i];
        if !say_that_only || matches!(takes, WhatWasSaid) {
            out[n] = verb;
            n += 1;
        }
        i += 1;
    }
    out
}

/// Verbs that are speech only with a particle after them: "called for", "called on".
pub const SPEECH_VERBS_WITH_PARTICLE: &[(&str, &[&str])] = &[
    ("called", &["for", "on"]),
    ("calls", &["for", "on"]),
    ("call", &["for", "on"]),
];

/// Nouns of speech whose author follows "from": "warnings from Washington".
pub const SPEECH_NOUNS: &[&str] = &[
    "warning",
    "warnings",
    "calls",
    "demands",
    "criticism",
    "statement",
    "threats",
];

/// Capitalised words that begin sentences or stand for times, never names.
pub const NOT_NAMES: &[&str] = &[
    "The",
    "A",
    "An",
    "And",
    "But",
    "Or",
    "If",
    "As",
    "At",
    "In",
    "On",
    "Of",
    "For",
    "From",
    "To",
    "By",
    "With",
    "Without",
    "During",
    "After",
    "Before",
    "Since",
    "Until",
    "While",
    "When",
    "Where",
    "What",
    "Who",
    "Why",
    "How",
    "Which",
    "There",
    "Here",
    "This",
    "That",
    "These",
    "Those",
    "It",
    "Its",
    "He",
    "She",
    "His",
    "Her",
    "They",
    "Their",
    "We",
    "Our",
    "You",
    "Your",
    "My",
    "Not",
    "No",
    "Yes",
    "Also",
    "However",
    "Meanwhile",
    "Some",
    "Many",
    "Most",
    "All",
    "Every",
    "Each",
    "Both",
    "Neither",
    "Unfortunately",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Sept",
    "Oct",
    "Nov",
    "Dec",
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "TV",
    "AFP",
    "Reuters",
    "AP",
    "According",
    "Such",
    "Other",
    "Another",
    "More",
    "Less",
    "Few",
    "Several",
    "Only",
    "Even",
    "Just",
    "Still",
    "Yet",
    "Then",
    "Now",
    "Later",
    "Earlier",
    "Once",
    "Last",
    "Next",
    "New",
];

/// Words that make a following place a setting, not a party: "a summit in Uzbekistan".
pub const LOCATIVES: &[&str] = &[
    "in",
    "at",
    "near",
    "to",
    "from",
    "across",
    "inside",
    "outside",
    "around",
    "throughout",
    "towards",
    "toward",
    "via",
    "into",
    "within",
    "through",
];

/// Adverbs that may stand between a speaker and the verb: "A Turkish official earlier told".
pub const SPEECH_ADVERBS: &[&str] = &[
    "earlier",
    "also",
    "later",
    "again",
    "then",
    "previously",
    "separately",
    "repeatedly",
    "has",
    "have",
    "had",
    "was",
    "has also",
    "publicly",
    "once",
];

/// Pronouns that refer to the last speaker.
pub const PERSONAL_PRONOUNS: &[&str] = &["he", "she"];
pub const GROUP_PRONOUNS: &[&str] = &["it", "they"];

pub fn is_title_head(word: &str) -> bool {
    TITLE_HEADS.contains(&word.to_lowercase().as_str())
}

pub fn is_title_word(word: &str) -> bool {
    let lower = word.to_lowercase();
    TITLE_HEADS.contains(&lower.as_str()) || TITLE_MODIFIERS.contains(&lower.as_str())
}

pub fn is_source_head(word: &str) -> bool {
    SOURCE_HEADS.contains(&word.to_lowercase().as_str())
}

pub fn is_organisation_head(word: &str) -> bool {
    ORGANISATION_HEADS.contains(&word)
}

pub fn is_name_word(word: &str) -> bool {
    !NOT_NAMES.contains(&word)
}

/// Nouns that may stand between a locative and a place: "in the Kazakh capital Astana".
const PLACE_NOUNS: &[&str] = &[
    "capital", "city", "town", "region", "province", "village", "port",
];

/// Whether the words before a place, nearest first, make it a setting rather than a
/// party: "in Uzbekistan", "to Astana", "in the Kazakh capital Astana".
pub fn is_setting<'a, 'b: 'a>(before: impl Iterator<Item = &'a super::tokens::Token<'b>>) -> bool {
    for t in before.filter(|t| t.is_word()).take(5) {
        if LOCATIVES.iter().any(|l| t.is(l)) {
            return true;
        }
        let part_of_place =
            t.is("the") || t.is_capitalised() || PLACE_NOUNS.iter().any(|n| t.is(n));
        if !part_of_place {
            return false;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_speech_verb_lists_are_read_whole_from_one() {
        assert_eq!(SPEECH_VERBS.len(), SPEECH.len());
        assert!(!SPEECH_VERBS.contains(&"") && !SAY_THAT.contains(&""));
        assert!(SAY_THAT.iter().all(|v| SPEECH_VERBS.contains(v)));
        assert!(SAY_THAT.contains(&"told") && !SAY_THAT.contains(&"urged"));
    }
}
