//! The names a reader may look an actor up by: what the diagram's search box
//! suggests, and matches against in the browser (`controls::find`).

use crate::Explainer;

impl Explainer {
    /// Each actor's own name first, then each other way the article names it or
    /// one of its people ("Tehran" for Iran, "Erdogan" for Turkey), once each,
    /// ignoring case.
    pub fn names(&self) -> Vec<(&str, usize)> {
        let mut names: Vec<(&str, usize)> = self
            .actors
            .iter()
            .enumerate()
            .map(|(i, a)| (a.name.as_ref(), i))
            .collect();
        let others = self
            .mentions
            .iter()
            .map(|m| (self.span_text(m.span), self.actor_of(m.target)))
            .chain(self.people.iter().map(|p| (p.name.as_ref(), p.actor)));
        for (name, actor) in others {
            // As the browser's matching (CSS's `i` flag) ignores case: ASCII only.
            if !name.is_empty() && !names.iter().any(|(n, _)| n.eq_ignore_ascii_case(name)) {
                names.push((name, actor));
            }
        }
        names
    }
}
