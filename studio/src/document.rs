//! The studio's document, the content file being made, and every edit an editor
//! can make to it. Evidence, aliases, roles and statements can only come from a
//! passage of the article (see [`find_passage`]), so every claim is anchored by
//! construction. Pure: tested with plain `cargo test`.

use explainer_model::authoring::{
    is_reserved, ActorSpec, ClaimSpec, ContentFile, EventSpec, KindSpec, LeftOutSpec, LineSpec,
    Path, PersonSpec, RelationSpec, StatementSpec, RESERVED_PREFIXES,
};
use explainer_model::propose::{article_spec, slug};

/// Why a passage cannot be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PassageProblem {
    Empty,
    NotFound,
    /// It occurs this many times; evidence must point to one place.
    Repeated(usize),
    CrossesLine,
}

impl PassageProblem {
    pub fn describe(&self) -> String {
        match self {
            PassageProblem::Empty => "Select words in the article, or type them here.".into(),
            PassageProblem::NotFound => {
                "These words are not in the article, exactly as typed.".into()
            }
            PassageProblem::Repeated(n) => {
                format!("These words occur {n} times in the article: select a longer passage.")
            }
            PassageProblem::CrossesLine => {
                "The passage runs over a line break: take one line at a time.".into()
            }
        }
    }
}

/// Where `passage` is in `text`: it must occur exactly once, within one line.
pub fn find_passage(text: &str, passage: &str) -> Result<usize, PassageProblem> {
    if passage.trim().is_empty() {
        return Err(PassageProblem::Empty);
    }
    let mut hits = text.match_indices(passage).map(|(i, _)| i);
    let first = hits.next().ok_or(PassageProblem::NotFound)?;
    let more = hits.count();
    if more > 0 {
        return Err(PassageProblem::Repeated(more + 1));
    }
    if passage.contains('\n') {
        return Err(PassageProblem::CrossesLine);
    }
    Ok(first)
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

/// Adds `passage` as another word for actor `actor`, unless it already is one.
pub fn add_alias(c: &mut ContentFile, actor: usize, passage: &str) {
    let aliases = &mut c.actors[actor].aliases;
    if !aliases.iter().any(|a| a == passage) {
        aliases.push(passage.to_string());
    }
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

/// What a piece of evidence is for: a claim, or a new stance of an actor.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EvidenceFor {
    Claim(ClaimAt),
    NewStance(usize),
}

/// Adds `passage` as evidence for `target`, unless it is already there. Returns
/// the claim it went to.
pub fn add_evidence(c: &mut ContentFile, target: EvidenceFor, passage: &str) -> ClaimAt {
    let at = match target {
        EvidenceFor::Claim(at) => at,
        EvidenceFor::NewStance(a) => {
            c.actors[a].stances.push(ClaimSpec::default());
            ClaimAt::Stance(a, c.actors[a].stances.len() - 1)
        }
    };
    if let Some(f) = at.fields(c) {
        if !f.evidence.iter().any(|q| q == passage) {
            f.evidence.push(passage.to_string());
        }
    }
    at
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
        line: LineSpec::Solid,
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

/// Deletes actor `actor` and what depends on it (see [`actor_dependents`]).
pub fn delete_actor(c: &mut ContentFile, actor: usize) {
    let id = c.actors.remove(actor).id;
    let people: Vec<String> = c
        .people
        .iter()
        .filter(|p| p.actor == id)
        .map(|p| p.id.clone())
        .collect();
    c.people.retain(|p| p.actor != id);
    c.statements
        .retain(|s| s.speaker != id && !people.contains(&s.speaker));
    c.relations.retain(|r| !r.between.contains(&id));
    for event in &mut c.events {
        event.actors.retain(|a| a != &id);
    }
    forget_source(c, &id);
    for person in &people {
        forget_source(c, person);
    }
}

/// Deletes person `person` and what they said.
pub fn delete_person(c: &mut ContentFile, person: usize) {
    let id = c.people.remove(person).id;
    c.statements.retain(|s| s.speaker != id);
    forget_source(c, &id);
}

/// Claims that named `id` as their source no longer do.
fn forget_source(c: &mut ContentFile, id: &str) {
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

/// Deletes kind `kind` if no relation uses it; otherwise says how many do.
pub fn delete_kind(c: &mut ContentFile, kind: usize) -> Result<(), usize> {
    let id = &c.kinds[kind].id;
    match c.relations.iter().filter(|r| &r.kind == id).count() {
        0 => {
            c.kinds.remove(kind);
            Ok(())
        }
        used => Err(used),
    }
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
fn rename_speaker(c: &mut ContentFile, old: &str, new: &str) {
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

/// Renames an actor's id everywhere it is referred to. The caller checks first
/// that no other item has it (`id_problem`).
pub fn rename_actor(c: &mut ContentFile, actor: usize, new_id: &str) {
    let old = std::mem::replace(&mut c.actors[actor].id, new_id.to_string());
    rename_speaker(c, &old, new_id);
}

/// Renames a person's id everywhere it is referred to.
pub fn rename_person(c: &mut ContentFile, person: usize, new_id: &str) {
    let old = std::mem::replace(&mut c.people[person].id, new_id.to_string());
    rename_speaker(c, &old, new_id);
}

#[cfg(test)]
mod tests {
    use super::*;
    use explainer_model::authoring::compile_content;

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

    /// A document built by the studio's edits alone, as an editor would.
    fn annotated() -> ContentFile {
        let mut c = new_document(TEXT);
        let north = add_actor(&mut c, "Northport");
        let south = add_actor(&mut c, "Southbay");
        let ruiz = add_person(&mut c, north, "Ana Ruiz");
        add_alias_person(&mut c, ruiz, "Ruiz");
        c.actors[north].role.summary = "Will pay most of the ferry, its mayor says".into();
        add_evidence(
            &mut c,
            EvidenceFor::Claim(ClaimAt::Role(north)),
            "Northport will pay most of the cost, Ruiz said.",
        );
        c.actors[south].role.summary = "Calls the deal a first step".into();
        add_evidence(
            &mut c,
            EvidenceFor::Claim(ClaimAt::Role(south)),
            "called the deal “a first step”",
        );
        add_evidence(
            &mut c,
            EvidenceFor::NewStance(north),
            "agreed on Monday to run a joint ferry",
        );
        c.actors[north].stances[0].summary = "Agreed to run a joint ferry".into();
        let kind = add_kind(&mut c, "ferry deal");
        let r = add_relation(&mut c, north, south, &kind);
        c.relations[r].summary = "They agreed to run a joint ferry".into();
        add_evidence(
            &mut c,
            EvidenceFor::Claim(ClaimAt::Relation(r)),
            "Northport and Southbay agreed on Monday",
        );
        add_statement(&mut c, "ana-ruiz", "Northport will pay most of the cost");
        c
    }

    fn add_alias_person(c: &mut ContentFile, person: usize, alias: &str) {
        c.people[person].aliases.push(alias.to_string());
    }

    #[test]
    fn a_document_made_by_edits_compiles() {
        let c = annotated();
        let compiled = compile_content(&c, "studio").unwrap_or_else(|e| panic!("{e:#?}"));
        assert_eq!(compiled.explainer.actors.len(), 2);
        assert_eq!(compiled.explainer.mentions.len(), 6);
        assert!(compiled.warnings.is_empty(), "{:#?}", compiled.warnings);
    }

    #[test]
    fn deleting_an_actor_says_what_goes_and_takes_it() {
        let mut c = annotated();
        assert_eq!(
            actor_dependents(&c, 0),
            ["1 person (Ana Ruiz)", "1 statement", "1 relation"]
        );
        delete_actor(&mut c, 0);
        assert!(c.people.is_empty() && c.statements.is_empty() && c.relations.is_empty());
        assert_eq!(c.actors.len(), 1);
    }

    #[test]
    fn a_kind_in_use_is_not_deleted() {
        let mut c = annotated();
        assert_eq!(delete_kind(&mut c, 0), Err(1));
        c.relations.clear();
        assert_eq!(delete_kind(&mut c, 0), Ok(()));
    }

    #[test]
    fn renaming_an_actor_or_a_person_keeps_every_reference() {
        let mut c = annotated();
        c.actors[1].role.according_to = Some("northport".into());
        c.actors[0].stances[0].according_to = Some("ana-ruiz".into());
        rename_actor(&mut c, 0, "north-port");
        assert_eq!(c.people[0].actor, "north-port");
        assert_eq!(c.relations[0].between[0], "north-port");
        assert_eq!(c.actors[1].role.according_to.as_deref(), Some("north-port"));
        rename_person(&mut c, 0, "ruiz");
        assert_eq!(c.statements[0].speaker, "ruiz");
        assert_eq!(c.actors[0].stances[0].according_to.as_deref(), Some("ruiz"));
        assert!(compile_content(&c, "studio").is_ok());
    }

    #[test]
    fn an_id_already_given_is_refused() {
        let c = annotated();
        let taken = speaker_ids(&c);
        assert!(id_problem("southbay", &taken, true).is_some());
        assert!(id_problem("ana-ruiz", &taken, false).is_some());
        assert!(id_problem("", &taken, false).is_some());
        assert_eq!(id_problem("south-bay", &taken, true), None);
    }

    #[test]
    fn a_statement_is_direct_when_it_opens_a_quotation() {
        let mut c = annotated();
        add_statement(&mut c, "ana-ruiz", "“a first step”");
        add_statement(&mut c, "ana-ruiz", "called the deal “a first step”");
        assert!(c.statements[1].direct);
        assert!(!c.statements[2].direct);
    }
}
