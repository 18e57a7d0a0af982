//! The machine's proposals, as the document sees them: which are already in it,
//! which wait for the editor's say, and how one is added whole (`Edit::Accept`).
//! A rejection is named by a key that holds while the article stays.

use explainer_model::authoring::{ContentFile, Path};
use explainer_model::propose::{
    actor_spec, person_spec, relation_spec, statement_spec, Proposals, Speaker,
};
use explainer_model::text::Span;

use crate::document::{speaker_ids, unique_id};

/// A proposal, by kind and its place in the machine's lists: for the view; an
/// edit names a proposal by its [`key`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Which {
    Actor(usize),
    Person(usize),
    Statement(usize),
    Relation(usize),
}

/// A stable name for a proposal, so a rejection sticks while the article stays.
pub fn key(p: &Proposals, which: Which) -> String {
    match which {
        Which::Actor(i) => format!("actor:{}", p.actors[i].id),
        Which::Person(i) => format!("person:{}", p.people[i].id),
        Which::Statement(i) => format!("statement:{}", p.statements[i].span.start),
        Which::Relation(i) => {
            let r = &p.relations[i];
            format!(
                "relation:{}:{}:{}",
                p.actors[r.from].id, p.actors[r.to].id, r.kind.id
            )
        }
    }
}

/// Every proposal, in the machine's order.
fn all(p: &Proposals) -> impl Iterator<Item = Which> {
    (0..p.actors.len())
        .map(Which::Actor)
        .chain((0..p.people.len()).map(Which::Person))
        .chain((0..p.statements.len()).map(Which::Statement))
        .chain((0..p.relations.len()).map(Which::Relation))
}

/// The proposal with `key`, if the machine still makes it.
pub fn find(p: &Proposals, key_of: &str) -> Option<Which> {
    all(p).find(|&w| key(p, w) == key_of)
}

/// A proposal as the editor knows it: "Vladimir Putin", "Russia attacks
/// Ukraine", "what Dmitry Peskov said (“Preparations are underway…”)".
pub fn name(p: &Proposals, which: Which) -> String {
    match which {
        Which::Actor(i) => p.actors[i].name.clone(),
        Which::Person(i) => p.people[i].name.clone(),
        Which::Statement(i) => {
            let s = &p.statements[i];
            let who = match s.speaker {
                Speaker::Person(x) => &p.people[x].name,
                Speaker::Actor(a) => &p.actors[a].name,
            };
            format!("what {} said", explainer_model::explainer::midway(who))
        }
        Which::Relation(i) => {
            let r = &p.relations[i];
            format!(
                "{} {} {}",
                p.actors[r.from].name,
                r.kind.verb,
                explainer_model::explainer::midway(&p.actors[r.to].name)
            )
        }
    }
}

/// Whether a proposal can be added at all: a statement's words, or a relation's
/// evidence, must point to one place in the article.
fn acceptable(text: &str, p: &Proposals, which: Which) -> bool {
    match which {
        Which::Statement(i) => statement_spec(text, p, i).is_some(),
        Which::Relation(i) => relation_spec(text, p, i).is_some(),
        _ => true,
    }
}

/// The document's id for proposed actor `i`, if it has been accepted (by id, or
/// under another id with the same words).
fn actor_in(c: &ContentFile, p: &Proposals, i: usize) -> Option<String> {
    let proposed = &p.actors[i];
    c.actors
        .iter()
        .find(|a| a.id == proposed.id || a.aliases.iter().any(|w| proposed.aliases.contains(w)))
        .map(|a| a.id.clone())
}

fn person_in(c: &ContentFile, p: &Proposals, i: usize) -> Option<String> {
    let proposed = &p.people[i];
    c.people
        .iter()
        .find(|x| x.id == proposed.id || x.aliases.iter().any(|w| proposed.aliases.contains(w)))
        .map(|x| x.id.clone())
}

/// Whether statement `s` holds words of `span` (the same statement, found again).
fn overlaps(text: &str, s: &explainer_model::authoring::StatementSpec, span: Span) -> bool {
    text.find(s.quote.as_str()).is_some_and(|start| {
        start < (span.end as usize) && (span.start as usize) < start + s.quote.len()
    })
}

fn statement_in(c: &ContentFile, text: &str, p: &Proposals, i: usize) -> bool {
    let span = p.statements[i].span;
    c.statements.iter().any(|s| overlaps(text, s, span))
}

/// Where proposed relation `i` is in the document, if it is.
fn relation_at(c: &ContentFile, p: &Proposals, i: usize) -> Option<usize> {
    let r = &p.relations[i];
    let (from, to) = (actor_in(c, p, r.from)?, actor_in(c, p, r.to)?);
    c.relations.iter().position(|x| {
        x.kind == r.kind.id
            && (x.between == [from.clone(), to.clone()] || x.between == [to.clone(), from.clone()])
    })
}

fn relation_in(c: &ContentFile, p: &Proposals, i: usize) -> bool {
    relation_at(c, p, i).is_some()
}

/// Whether a proposal is already in the document.
pub fn accepted(c: &ContentFile, p: &Proposals, which: Which) -> bool {
    match which {
        Which::Actor(i) => actor_in(c, p, i).is_some(),
        Which::Person(i) => person_in(c, p, i).is_some(),
        Which::Statement(i) => statement_in(c, &c.article.text, p, i),
        Which::Relation(i) => relation_in(c, p, i),
    }
}

/// The proposals still waiting for the editor's say (those that can be added).
pub fn pending(c: &ContentFile, p: &Proposals, rejected: &[String]) -> Vec<Which> {
    all(p)
        .filter(|&w| !rejected.contains(&key(p, w)) && !accepted(c, p, w))
        .filter(|&w| acceptable(&c.article.text, p, w))
        .collect()
}

/// The proposals the machine made that cannot be added as they are (their words
/// recur in the article), for the editor to select themselves.
pub fn unacceptable(c: &ContentFile, p: &Proposals, rejected: &[String]) -> Vec<Which> {
    all(p)
        .filter(|&w| !rejected.contains(&key(p, w)) && !accepted(c, p, w))
        .filter(|&w| !acceptable(&c.article.text, p, w))
        .collect()
}

/// The words of pending proposals, to outline in the article.
pub fn pending_spans(c: &ContentFile, p: &Proposals, rejected: &[String]) -> Vec<Span> {
    pending(c, p, rejected)
        .into_iter()
        .flat_map(|w| match w {
            Which::Actor(i) => p.actors[i].found.clone(),
            Which::Person(i) => p.people[i].found.clone(),
            Which::Statement(i) => vec![p.statements[i].span],
            Which::Relation(_) => Vec::new(),
        })
        .collect()
}

/// Adds a proposal to the document, with what it needs (a person's actor, a
/// statement's speaker, a relation's actors and kind). Returns the item it landed
/// on (its path), or why it cannot be added; the caller works on a copy
/// (`edit::apply`), so a refusal half-way leaves nothing behind.
pub fn accept(c: &mut ContentFile, p: &Proposals, which: Which) -> Result<Path, String> {
    let text = c.article.text.clone();
    let item = |list: &'static str, i: usize| Path::root().key(list).index(i);
    let lost = || "it no longer fits the document.".to_string();
    match which {
        Which::Actor(i) => {
            if actor_in(c, p, i).is_none() {
                let mut spec = actor_spec(&text, p, i);
                let taken = speaker_ids(c);
                spec.id = unique_id(&spec.id, taken.iter().map(String::as_str));
                c.actors.push(spec);
            }
            let id = actor_in(c, p, i).ok_or_else(lost)?;
            let at = c.actors.iter().position(|a| a.id == id).ok_or_else(lost)?;
            Ok(item("actors", at))
        }
        Which::Person(i) => {
            accept(c, p, Which::Actor(p.people[i].actor))?;
            if person_in(c, p, i).is_none() {
                let mut spec = person_spec(&text, p, i);
                spec.actor = actor_in(c, p, p.people[i].actor).ok_or_else(lost)?;
                let taken = speaker_ids(c);
                spec.id = unique_id(&spec.id, taken.iter().map(String::as_str));
                c.people.push(spec);
            }
            let id = person_in(c, p, i).ok_or_else(lost)?;
            let at = c.people.iter().position(|x| x.id == id).ok_or_else(lost)?;
            Ok(item("people", at))
        }
        Which::Statement(i) => {
            let speaker = match p.statements[i].speaker {
                Speaker::Person(s) => {
                    accept(c, p, Which::Person(s))?;
                    person_in(c, p, s).ok_or_else(lost)?
                }
                Speaker::Actor(a) => {
                    accept(c, p, Which::Actor(a))?;
                    actor_in(c, p, a).ok_or_else(lost)?
                }
            };
            let span = p.statements[i].span;
            if let Some(at) = c.statements.iter().position(|s| overlaps(&text, s, span)) {
                return Ok(item("statements", at));
            }
            let mut spec = statement_spec(&text, p, i).ok_or_else(|| {
                "its words occur more than once in the article: select them yourself, with the words around them, and choose who said them.".to_string()
            })?;
            spec.speaker = speaker;
            c.statements.push(spec);
            Ok(item("statements", c.statements.len() - 1))
        }
        Which::Relation(i) => {
            let hint = &p.relations[i];
            accept(c, p, Which::Actor(hint.from))?;
            accept(c, p, Which::Actor(hint.to))?;
            if let Some(at) = relation_at(c, p, i) {
                return Ok(item("relations", at));
            }
            let (mut relation, kind) = relation_spec(&text, p, i).ok_or_else(|| {
                "its evidence occurs more than once in the article: add the relation yourself, and select its evidence with the words around it.".to_string()
            })?;
            relation.between = [
                actor_in(c, p, hint.from).ok_or_else(lost)?,
                actor_in(c, p, hint.to).ok_or_else(lost)?,
            ];
            if !c.kinds.iter().any(|k| k.id == kind.id) {
                c.kinds.push(kind);
            }
            c.relations.push(relation);
            Ok(item("relations", c.relations.len() - 1))
        }
    }
}
