//! Property tests of the URL fragment parser: whatever a link carries, parsing
//! never panics, only yields known actors, and round-trips what it writes.

use explainer_model::selection::{parse_fragment, to_fragment};
use explainer_model::Selection;
use proptest::prelude::*;

const IDS: [&str; 7] = [
    "turkey",
    "russia",
    "ukraine",
    "united-states",
    "kazakhstan",
    "nato",
    "west",
];

fn parse(f: &str) -> Selection {
    parse_fragment(f, |id| IDS.iter().position(|x| *x == id))
}

fn selection() -> impl Strategy<Value = Selection> {
    prop_oneof![
        Just(Selection::Overview),
        (0..IDS.len()).prop_map(Selection::Actor),
        (0..IDS.len(), 0..IDS.len()).prop_map(|(a, b)| Selection::pair(a, b)),
    ]
}

proptest! {
    #[test]
    fn any_text_parses_to_known_actors(f in ".{0,300}") {
        match parse(&f) {
            Selection::Overview => {}
            Selection::Actor(a) => prop_assert!(a < IDS.len()),
            Selection::Pair(a, b) => prop_assert!(a < b && b < IDS.len()),
        }
    }

    #[test]
    fn what_is_written_reads_back(s in selection()) {
        let fragment = to_fragment(s, |i| IDS[i].to_string());
        prop_assert_eq!(parse(&fragment), s);
        prop_assert_eq!(parse(&format!("#{fragment}")), s);
    }

    #[test]
    fn a_valid_id_survives_trailing_junk(a in 0..IDS.len(), junk in "[^/]{0,80}") {
        prop_assume!(!IDS.contains(&junk.as_str()));
        let parsed = parse(&format!("#{}/{}", IDS[a], junk));
        prop_assert_eq!(parsed, Selection::Actor(a));
    }

    #[test]
    fn ids_only_match_exactly(a in 0..IDS.len(), prefix in "[a-zA-Z%-]{1,4}") {
        prop_assert_eq!(parse(&format!("#{prefix}{}", IDS[a])), Selection::Overview);
        prop_assert_eq!(parse(&format!("#{}{prefix}", IDS[a])), Selection::Overview);
    }
}
