//! What the reader has selected, and its form in the URL fragment.
//!
//! Fragments are `#<actor-id>` or `#<actor-id>/<actor-id>`. Parsing never fails:
//! anything it cannot read falls back to the valid part, or to the overview, since
//! a shared link with a typo should still open the page.

/// The one selection both views (text and diagram) show.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Selection {
    #[default]
    Overview,
    Actor(usize),
    /// Two distinct actors, the lower index first, so each pair has one form.
    Pair(usize, usize),
}

impl Selection {
    /// A pair in canonical order; the same actor twice is just that actor.
    pub fn pair(a: usize, b: usize) -> Self {
        match a.cmp(&b) {
            std::cmp::Ordering::Less => Selection::Pair(a, b),
            std::cmp::Ordering::Greater => Selection::Pair(b, a),
            std::cmp::Ordering::Equal => Selection::Actor(a),
        }
    }

    /// Whether `actor` is part of this selection.
    pub fn involves(self, actor: usize) -> bool {
        match self {
            Selection::Overview => false,
            Selection::Actor(a) => a == actor,
            Selection::Pair(a, b) => a == actor || b == actor,
        }
    }
}

/// Longest fragment part worth looking at; ids are short, and a hostile 100 kB
/// fragment must not cost more than a glance.
const MAX_PART: usize = 64;

/// Reads a fragment (with or without its leading `#`), resolving ids with `index_of`.
pub fn parse_fragment(fragment: &str, index_of: impl Fn(&str) -> Option<usize>) -> Selection {
    let body = fragment.strip_prefix('#').unwrap_or(fragment);
    let mut found = body
        .split('/')
        .take(3)
        .filter(|part| part.len() <= MAX_PART)
        .filter_map(index_of);
    match (found.next(), found.next()) {
        (Some(a), Some(b)) => Selection::pair(a, b),
        (Some(a), None) => Selection::Actor(a),
        _ => Selection::Overview,
    }
}

/// The fragment for `selection`, without `#`; empty for the overview.
pub fn to_fragment(selection: Selection, id_of: impl Fn(usize) -> String) -> String {
    match selection {
        Selection::Overview => String::new(),
        Selection::Actor(a) => id_of(a),
        Selection::Pair(a, b) => format!("{}/{}", id_of(a), id_of(b)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const IDS: [&str; 3] = ["turkey", "russia", "ukraine"];

    fn parse(f: &str) -> Selection {
        parse_fragment(f, |id| IDS.iter().position(|x| *x == id))
    }

    fn format(s: Selection) -> String {
        to_fragment(s, |i| IDS[i].to_string())
    }

    #[test]
    fn reads_actors_and_pairs() {
        assert_eq!(parse("#turkey"), Selection::Actor(0));
        assert_eq!(parse("ukraine"), Selection::Actor(2));
        assert_eq!(parse("#ukraine/russia"), Selection::Pair(1, 2));
    }

    #[test]
    fn keeps_the_valid_part() {
        assert_eq!(parse("#turkey/junk"), Selection::Actor(0));
        assert_eq!(parse("#junk/russia"), Selection::Actor(1));
        assert_eq!(parse("#turkey/turkey"), Selection::Actor(0));
    }

    #[test]
    fn anything_else_is_the_overview() {
        for f in [
            "",
            "#",
            "#/",
            "///",
            "#Turkey",
            "#turkey ",
            "#%74urkey",
            "#<script>",
            "#tսrkey",
        ] {
            assert_eq!(parse(f), Selection::Overview, "{f:?}");
        }
        assert_eq!(parse(&"x".repeat(100_000)), Selection::Overview);
    }

    #[test]
    fn round_trips() {
        for s in [
            Selection::Overview,
            Selection::Actor(1),
            Selection::Pair(0, 2),
        ] {
            assert_eq!(parse(&format(s)), s);
        }
    }
}
