//! Where each proposed actor and person is mentioned, found exactly as the compiler
//! will find their aliases: whole words, longest first, one owner per alias.

use super::proposals::{ActorProposal, PersonProposal};
use crate::authoring::find::{longest_first, whole_words};
use crate::text::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Entity {
    Actor(usize),
    Person(usize),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mention {
    pub span: Span,
    pub entity: Entity,
}

/// Gives each alias to one owner (a person before an actor: "Kremlin" is the
/// institution that speaks, not Russia at large), then finds every mention and
/// records it in its owner's `found`.
pub fn settle(
    text: &str,
    actors: &mut [ActorProposal],
    people: &mut [PersonProposal],
) -> Vec<Mention> {
    let mut taken: Vec<String> = Vec::new();
    for p in people.iter_mut() {
        p.aliases.retain(|a| !taken.contains(a) && !a.is_empty());
        taken.extend(p.aliases.iter().cloned());
    }
    for a in actors.iter_mut() {
        a.aliases.retain(|x| !taken.contains(x) && !x.is_empty());
        taken.extend(a.aliases.iter().cloned());
    }
    let mut found = Vec::new();
    for (i, a) in actors.iter().enumerate() {
        for alias in &a.aliases {
            found.extend(
                whole_words(text, alias)
                    .into_iter()
                    .map(|s| (s, Entity::Actor(i))),
            );
        }
    }
    for (i, p) in people.iter().enumerate() {
        for alias in &p.aliases {
            found.extend(
                whole_words(text, alias)
                    .into_iter()
                    .map(|s| (s, Entity::Person(i))),
            );
        }
    }
    let mentions: Vec<Mention> = longest_first(found)
        .into_iter()
        .map(|(span, entity)| Mention { span, entity })
        .collect();
    for m in &mentions {
        match m.entity {
            Entity::Actor(i) => actors[i].found.push(m.span),
            Entity::Person(i) => people[i].found.push(m.span),
        }
    }
    // An alias every occurrence of which lost to a longer one names nothing; the
    // compiler would reject it as never found, so it goes.
    for a in actors.iter_mut() {
        let found = &a.found;
        a.aliases
            .retain(|x| found.iter().any(|s| text[s.range()] == *x));
    }
    for p in people.iter_mut() {
        let found = &p.found;
        p.aliases
            .retain(|x| found.iter().any(|s| text[s.range()] == *x));
    }
    mentions
}

/// The actor a mention stands for: a person speaks for their actor.
pub fn actor_of(m: &Mention, people: &[PersonProposal]) -> usize {
    match m.entity {
        Entity::Actor(a) => a,
        Entity::Person(p) => people[p].actor,
    }
}
