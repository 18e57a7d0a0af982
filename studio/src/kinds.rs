//! The relation kinds news uses most, ready to pick: each with the verb that reads
//! right between two names ("Germany bans Mahan Air") and its direction set, so
//! an editor need not write a verb for the common cases. Checked by the real
//! compiler's verb rules in the tests.

use explainer_model::authoring::{ContentFile, KindSpec, LineStyle};

use crate::document::unique_id;

/// A kind on offer: label on the diagram, verb, line, whether directed.
pub struct Starter {
    pub label: &'static str,
    pub verb: &'static str,
    pub line: LineStyle,
    pub directed: bool,
}

const fn kind(label: &'static str, verb: &'static str, line: LineStyle, directed: bool) -> Starter {
    Starter {
        label,
        verb,
        line,
        directed,
    }
}

use LineStyle::{Dashed, Dotted, Solid};

pub const STARTERS: &[Starter] = &[
    kind("at war", "is at war with", Solid, false),
    kind("attacks", "attacks", Solid, true),
    kind("sanctions", "imposes sanctions on", Dashed, true),
    kind("bans", "bans", Dashed, true),
    kind("pressures", "pressures", Dashed, true),
    kind("accuses", "accuses", Dashed, true),
    kind("criticises", "criticises", Dashed, true),
    kind("opposes", "opposes", Dashed, true),
    kind("urges", "urges", Dashed, true),
    kind("supports", "supports", Solid, true),
    kind("allied", "is allied with", Solid, false),
    kind("member of", "is a member of", Solid, true),
    kind("agreement", "has an agreement with", Solid, false),
    kind("trade", "trades with", Solid, false),
    kind("holds talks", "holds talks with", Dotted, false),
    kind("meets", "meets", Dotted, false),
    kind("mediates", "mediates with", Dotted, true),
    kind("negotiates", "negotiates with", Dotted, false),
];

/// Whether the document has a kind that is this starter, or would read as it on
/// the diagram's key (the same verb, or the same label).
fn has(c: &ContentFile, s: &Starter) -> Option<String> {
    c.kinds
        .iter()
        .find(|k| k.verb == s.verb || k.label == s.label)
        .map(|k| k.id.clone())
}

/// The starters the document does not have yet, by their index.
pub fn on_offer(c: &ContentFile) -> impl Iterator<Item = (usize, &'static Starter)> + '_ {
    STARTERS
        .iter()
        .enumerate()
        .filter(|(_, s)| has(c, s).is_none())
}

/// Adds starter `n` to the document's kinds; returns its id.
pub fn add_starter(c: &mut ContentFile, n: usize) -> Option<String> {
    let s = STARTERS.get(n)?;
    if let Some(id) = has(c, s) {
        return Some(id);
    }
    let id = unique_id(s.label, c.kinds.iter().map(|k| k.id.as_str()));
    c.kinds.push(KindSpec {
        id: id.clone(),
        label: s.label.to_string(),
        verb: s.verb.to_string(),
        line: s.line,
        directed: s.directed,
    });
    Some(id)
}

/// How a relation of a kind with `verb` reads: "Germany bans Mahan Air".
pub fn sentence(from: &str, verb: &str, to: &str) -> String {
    format!(
        "{} {} {}",
        from,
        verb.trim(),
        explainer_model::explainer::midway(to)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{add_actor, add_relation};
    use explainer_model::authoring::compile_content;

    #[test]
    fn every_starter_reads_right_and_passes_the_checker() {
        let text = "Germany and Mahan Air were named.\nSecond line.";
        let mut c = crate::document::new_document(text);
        add_actor(&mut c, "Germany");
        add_actor(&mut c, "Mahan Air");
        for n in 0..STARTERS.len() {
            let id = add_starter(&mut c, n).expect("a starter");
            add_relation(&mut c, 0, 1, &id);
        }
        // The checker's verb rules (doubled words, prepositions) find nothing to say
        // about any starter's verb; other problems (empty summaries) are expected.
        let problems = match compile_content(&c, "t.toml") {
            Ok(compiled) => compiled.warnings,
            Err(errors) => errors,
        };
        // (The verb's reading is checked at each relation's kind.)
        for p in &problems {
            let at = p.path.as_ref();
            if at
                .and_then(|p| p.item())
                .is_some_and(|(list, _)| list == "kinds")
                || at.and_then(|p| p.last_key()) == Some("kind")
            {
                panic!("a starter kind has a problem: {p}");
            }
        }
        assert!(!problems.is_empty(), "the checker ran (empty summaries)");
        assert_eq!(
            sentence("Germany", "bans", "Mahan Air"),
            "Germany bans Mahan Air"
        );
        assert_eq!(
            sentence("Turkey", "is a member of", "The West"),
            "Turkey is a member of the West"
        );
    }

    #[test]
    fn a_starter_is_added_once_and_offered_until_then() {
        let mut c = crate::document::new_document("A text.\nMore.");
        let offered = on_offer(&c).count();
        assert_eq!(offered, STARTERS.len());
        let a = add_starter(&mut c, 3).unwrap();
        let b = add_starter(&mut c, 3).unwrap();
        assert_eq!(a, b);
        assert_eq!(c.kinds.len(), 1);
        assert_eq!(on_offer(&c).count(), STARTERS.len() - 1);
    }
}
