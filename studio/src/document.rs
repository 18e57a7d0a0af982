//! The studio's document, the content file being made, and the steps its edits
//! (`edit.rs`) are made of, by position. Words from the passage bar are checked
//! against the article (`find_passage`) where an edit is applied; what is typed
//! in a field is checked by the compiler. Pure: tested with plain `cargo test`.

use explainer_model::authoring::{
    is_reserved, ActorSpec, ClaimSpec, ContentFile, EventSpec, KindSpec, LeftOutSpec, LineStyle,
    Path, PersonSpec, RelationSpec, StatementSpec, RESERVED_PREFIXES,
};
use explainer_model::propose::{article_spec, slug};

pub use explainer_model::text::PassageProblem;

/// Why a passage cannot be used, in the editor's words.
pub fn describe(problem: &PassageProblem) -> String {
    match problem {
        PassageProblem::Empty => "Select words in the article, or type them here.".into(),
        PassageProblem::NotFound => "These words are not in the article, exactly as typed.".into(),
        PassageProblem::Repeated(n) => {
            format!("These words occur {n} times in the article: select a longer passage.")
        }
        PassageProblem::CrossesLine => {
            "The passage runs over a line break: take one line at a time.".into()
        }
    }
}

/// Where `passage` is in `text`: it must occur exactly once, within one line, as
/// the compiler asks of evidence.
pub fn find_passage(text: &str, passage: &str) -> Result<usize, PassageProblem> {
    explainer_model::text::find_passage(text, passage).map(|span| span.start as usize)
}

/// The 1-based line a byte offset is on.
pub fn line_number(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].matches('\n').count() + 1
}

/// A new document for an article: its text, with the caption, subheadings, title
/// and source the machine guesses, and nothing annotated yet.
pub fn new_document(text: &str) -> ContentFile {
    ContentFile {
        article: article_spec(text),
        ..ContentFile::default()
    }
}

/// An id made from `name`, different from every id in `taken`.
pub fn unique_id<'a>(name: &str, taken: impl Iterator<Item = &'a str> + Clone) -> String {
    let base = match slug(name) {
        s if s.is_empty() => "item".to_string(),
        // No number after it would free it from a reserved prefix ("node-…").
        s if RESERVED_PREFIXES.iter().any(|p| s.starts_with(p)) => format!("id-{s}"),
        s => s,
    };
    let mut id = base.clone();
    let mut n = 2;
    // Reserved ids are refused for actors only, but avoiding them everywhere
    // keeps one rule.
    while is_reserved(&id) || taken.clone().any(|t| t == id) {
        id = format!("{base}-{n}");
        n += 1;
    }
    id
}

/// Ids of actors and people together: a statement's speaker or a claim's source
/// may be either, so they must not clash.
pub fn speaker_ids(c: &ContentFile) -> Vec<String> {
    c.actors
        .iter()
        .map(|a| a.id.clone())
        .chain(c.people.iter().map(|p| p.id.clone()))
        .collect()
}

/// Adds an actor named by `passage`, which also becomes its first alias (so every
/// occurrence of it in the article is linked). Returns its index.
pub fn add_actor(c: &mut ContentFile, passage: &str) -> usize {
    let taken = speaker_ids(c);
    c.actors.push(ActorSpec {
        id: unique_id(passage, taken.iter().map(String::as_str)),
        name: passage.to_string(),
        aliases: vec![passage.to_string()],
        role: ClaimSpec::default(),
        stances: Vec::new(),
        position: None,
    });
    c.actors.len() - 1
}

/// Adds a person named by `passage`, speaking for actor `actor`.
pub fn add_person(c: &mut ContentFile, actor: usize, passage: &str) -> usize {
    let taken = speaker_ids(c);
    c.people.push(PersonSpec {
        id: unique_id(passage, taken.iter().map(String::as_str)),
        name: passage.to_string(),
        actor: c.actors[actor].id.clone(),
        role: None,
        aliases: vec![passage.to_string()],
    });
    c.people.len() - 1
}

/// Where a claim is: an actor's role or stance, a relation or an event. The
/// claim's fields sit in different structs; this reaches them alike.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ClaimAt {
    Role(usize),
    Stance(usize, usize),
    Relation(usize),
    Event(usize),
}

/// A claim's fields, borrowed for editing.
pub struct ClaimFields<'a> {
    pub summary: &'a mut String,
    pub evidence: &'a mut Vec<String>,
    pub according_to: &'a mut Option<String>,
    pub hedge_checked: &'a mut bool,
}

impl ClaimAt {
    /// Its path in the file, as the checker names it.
    pub fn path(self) -> Path {
        let item = |list: &'static str, i: usize| Path::root().key(list).index(i);
        match self {
            ClaimAt::Role(a) => item("actors", a).key("role"),
            ClaimAt::Stance(a, s) => item("actors", a).key("stances").index(s),
            ClaimAt::Relation(r) => item("relations", r),
            ClaimAt::Event(e) => item("events", e),
        }
    }

    /// Its fields, if it still exists.
    pub fn fields(self, c: &mut ContentFile) -> Option<ClaimFields<'_>> {
        fn from_spec(spec: &mut ClaimSpec) -> ClaimFields<'_> {
            ClaimFields {
                summary: &mut spec.summary,
                evidence: &mut spec.evidence,
                according_to: &mut spec.according_to,
                hedge_checked: &mut spec.hedge_checked,
            }
        }
        Some(match self {
            ClaimAt::Role(a) => from_spec(&mut c.actors.get_mut(a)?.role),
            ClaimAt::Stance(a, s) => from_spec(c.actors.get_mut(a)?.stances.get_mut(s)?),
            ClaimAt::Relation(r) => {
                let r = c.relations.get_mut(r)?;
                ClaimFields {
                    summary: &mut r.summary,
                    evidence: &mut r.evidence,
                    according_to: &mut r.according_to,
                    hedge_checked: &mut r.hedge_checked,
                }
            }
            ClaimAt::Event(e) => {
                let e = c.events.get_mut(e)?;
                ClaimFields {
                    summary: &mut e.summary,
                    evidence: &mut e.evidence,
                    according_to: &mut e.according_to,
                    hedge_checked: &mut e.hedge_checked,
                }
            }
        })
    }

    /// Its fields as they are.
    pub fn read(self, c: &ContentFile) -> Option<ClaimView<'_>> {
        fn from_spec(spec: &ClaimSpec) -> ClaimView<'_> {
            ClaimView {
                summary: &spec.summary,
                evidence: &spec.evidence,
                according_to: spec.according_to.as_deref(),
                hedge_checked: spec.hedge_checked,
            }
        }
        Some(match self {
            ClaimAt::Role(a) => from_spec(&c.actors.get(a)?.role),
            ClaimAt::Stance(a, s) => from_spec(c.actors.get(a)?.stances.get(s)?),
            ClaimAt::Relation(r) => {
                let r = c.relations.get(r)?;
                ClaimView {
                    summary: &r.summary,
                    evidence: &r.evidence,
                    according_to: r.according_to.as_deref(),
                    hedge_checked: r.hedge_checked,
                }
            }
            ClaimAt::Event(e) => {
                let e = c.events.get(e)?;
                ClaimView {
                    summary: &e.summary,
                    evidence: &e.evidence,
                    according_to: e.according_to.as_deref(),
                    hedge_checked: e.hedge_checked,
                }
            }
        })
    }
}

/// A claim's fields, borrowed to show them.
pub struct ClaimView<'a> {
    pub summary: &'a str,
    pub evidence: &'a [String],
    pub according_to: Option<&'a str>,
    pub hedge_checked: bool,
}

/// Adds a stance of actor `actor` with `passage` as its evidence, and returns it.
pub fn add_stance(c: &mut ContentFile, actor: usize, passage: &str) -> ClaimAt {
    c.actors[actor].stances.push(ClaimSpec {
        evidence: vec![passage.to_string()],
        ..ClaimSpec::default()
    });
    ClaimAt::Stance(actor, c.actors[actor].stances.len() - 1)
}

/// Adds `passage` as something `speaker` (a person's or actor's id) said: direct
/// when the passage opens a quotation (the article's own quotation marks), not
/// when it merely holds a quoted phrase (“called for a “just peace””).
pub fn add_statement(c: &mut ContentFile, speaker: &str, passage: &str) -> usize {
    c.statements.push(StatementSpec {
        speaker: speaker.to_string(),
        direct: passage.starts_with(['“', '"']),
        quote: passage.to_string(),
    });
    c.statements.len() - 1
}

/// Adds a kind of relationship labelled `label`, and returns its id.
pub fn add_kind(c: &mut ContentFile, label: &str) -> String {
    let id = unique_id(label, c.kinds.iter().map(|k| k.id.as_str()));
    c.kinds.push(KindSpec {
        id: id.clone(),
        label: label.to_string(),
        verb: format!("{label} with"),
        line: LineStyle::Solid,
        directed: false,
    });
    id
}

/// Adds a relation from actor `from` to actor `to` of kind `kind` (an id).
pub fn add_relation(c: &mut ContentFile, from: usize, to: usize, kind: &str) -> usize {
    c.relations.push(RelationSpec {
        between: [c.actors[from].id.clone(), c.actors[to].id.clone()],
        kind: kind.to_string(),
        summary: String::new(),
        evidence: Vec::new(),
        according_to: None,
        hedge_checked: false,
    });
    c.relations.len() - 1
}

pub fn add_event(c: &mut ContentFile) -> usize {
    c.events.push(EventSpec {
        when: None,
        summary: String::new(),
        evidence: Vec::new(),
        according_to: None,
        hedge_checked: false,
        actors: Vec::new(),
        context: None,
        date: None,
    });
    c.events.len() - 1
}

pub fn add_left_out(c: &mut ContentFile, passage: &str) {
    c.left_out.push(LeftOutSpec {
        quote: passage.to_string(),
        reason: String::new(),
    });
}

/// What else goes when actor `actor` is deleted, in words, for the editor to
/// confirm: its people and what they said, its relations, what it said in its
/// own name, and its place in events.
pub fn actor_dependents(c: &ContentFile, actor: usize) -> Vec<String> {
    let id = &c.actors[actor].id;
    let people: Vec<&PersonSpec> = c.people.iter().filter(|p| &p.actor == id).collect();
    let speaks = |s: &StatementSpec| &s.speaker == id || people.iter().any(|p| p.id == s.speaker);
    let mut out = Vec::new();
    let count = |n: usize, one: &str, many: &str| {
        if n == 1 {
            format!("1 {one}")
        } else {
            format!("{n} {many}")
        }
    };
    if !people.is_empty() {
        let names: Vec<&str> = people.iter().map(|p| p.name.as_str()).collect();
        out.push(format!(
            "{} ({})",
            count(people.len(), "person", "people"),
            names.join(", ")
        ));
    }
    let statements = c.statements.iter().filter(|s| speaks(s)).count();
    if statements > 0 {
        out.push(count(statements, "statement", "statements"));
    }
    let relations = c
        .relations
        .iter()
        .filter(|r| r.between.contains(id))
        .count();
    if relations > 0 {
        out.push(count(relations, "relation", "relations"));
    }
    let events = c.events.iter().filter(|e| e.actors.contains(id)).count();
    if events > 0 {
        out.push(format!(
            "its place in {} (the events stay)",
            count(events, "event", "events")
        ));
    }
    out
}

/// Claims that named `id` as their source no longer do.
pub(crate) fn forget_source(c: &mut ContentFile, id: &str) {
    let clear = |source: &mut Option<String>| {
        if source.as_deref() == Some(id) {
            *source = None;
        }
    };
    for actor in &mut c.actors {
        clear(&mut actor.role.according_to);
        actor
            .stances
            .iter_mut()
            .for_each(|s| clear(&mut s.according_to));
    }
    c.relations
        .iter_mut()
        .for_each(|r| clear(&mut r.according_to));
    c.events.iter_mut().for_each(|e| clear(&mut e.according_to));
}

/// Why an id cannot be given: empty, another item's already, or, for an actor
/// (whose id is a link's fragment), one of the reader's page's own.
pub fn id_problem(new_id: &str, taken: &[String], is_actor: bool) -> Option<String> {
    if new_id.is_empty() {
        return Some("An id cannot be empty.".into());
    }
    if is_actor && is_reserved(new_id) {
        return Some(format!(
            "“{new_id}” names a part of the reader’s page: choose another."
        ));
    }
    taken
        .iter()
        .any(|t| t == new_id)
        .then(|| format!("“{new_id}” is already another item’s id: choose another."))
}

/// Changes every reference to the actor or person `old` into `new`, so no link,
/// speaker or source breaks when an id is renamed.
pub(crate) fn rename_speaker(c: &mut ContentFile, old: &str, new: &str) {
    let swap = |s: &mut String| {
        if s == old {
            *s = new.to_string();
        }
    };
    let swap_source = |s: &mut Option<String>| {
        if let Some(s) = s.as_mut() {
            swap(s);
        }
    };
    c.people.iter_mut().for_each(|p| swap(&mut p.actor));
    c.statements.iter_mut().for_each(|s| swap(&mut s.speaker));
    for a in &mut c.actors {
        swap_source(&mut a.role.according_to);
        a.stances
            .iter_mut()
            .for_each(|s| swap_source(&mut s.according_to));
    }
    for r in &mut c.relations {
        r.between.iter_mut().for_each(swap);
        swap_source(&mut r.according_to);
    }
    for e in &mut c.events {
        e.actors.iter_mut().for_each(swap);
        swap_source(&mut e.according_to);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "Northport and Southbay agreed on Monday to run a joint ferry, Mayor Ana Ruiz said.\nSouthbay officials called the deal “a first step”.\nNorthport will pay most of the cost, Ruiz said.";

    #[test]
    fn a_passage_must_be_the_articles_words_once_within_a_line() {
        assert_eq!(find_passage(TEXT, "joint ferry"), Ok(49));
        assert_eq!(
            find_passage(TEXT, "Northport"),
            Err(PassageProblem::Repeated(2))
        );
        assert_eq!(
            find_passage(TEXT, "joint Ferry"),
            Err(PassageProblem::NotFound)
        );
        assert_eq!(find_passage(TEXT, " "), Err(PassageProblem::Empty));
        assert_eq!(
            find_passage(TEXT, "said.\nSouthbay officials"),
            Err(PassageProblem::CrossesLine)
        );
        assert_eq!(line_number(TEXT, 90), 2);
    }

    #[test]
    fn ids_are_made_from_names_and_kept_apart() {
        let taken = ["northport", "northport-2"];
        assert_eq!(unique_id("Northport", taken.iter().copied()), "northport-3");
        assert_eq!(unique_id("Ana Ruiz", taken.iter().copied()), "ana-ruiz");
        assert_eq!(unique_id("“”", taken.iter().copied()), "item");
        assert_eq!(unique_id("Article", taken.iter().copied()), "article-2");
        assert_eq!(unique_id("Node", taken.iter().copied()), "node");
        assert_eq!(
            unique_id("Node Corp", taken.iter().copied()),
            "id-node-corp"
        );
        assert!(id_problem("diagram", &[], true).is_some());
        assert_eq!(id_problem("diagram", &[], false), None);
    }

    #[test]
    fn a_statement_is_direct_when_it_opens_a_quotation() {
        let mut c = new_document(TEXT);
        add_statement(&mut c, "southbay", "“a first step”");
        add_statement(&mut c, "southbay", "called the deal “a first step”");
        assert!(c.statements[0].direct);
        assert!(!c.statements[1].direct);
    }
}
