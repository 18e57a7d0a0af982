//! The kinds of relationship, the people, the mentions of actors and people in the
//! text, the actors with their roles and stances, and who said what.

use std::collections::HashMap;

use super::ids::IdsOf;
use super::{item, Compiler};
use crate::authoring::error::ErrorKind;
use crate::authoring::find::{longest_first, whole_words};
use crate::explainer::{Actor, Kind, Mention, Person, Speaker, Statement, Target};

impl Compiler<'_> {
    pub(super) fn kinds(&mut self) -> Vec<Kind> {
        self.content
            .kinds
            .iter()
            .map(|k| Kind {
                id: k.id.clone().into(),
                label: k.label.clone().into(),
                verb: k.verb.clone().into(),
                line: k.line,
                directed: k.directed,
            })
            .collect()
    }

    pub(super) fn people(&mut self) -> Vec<Person> {
        let content = self.content;
        content
            .people
            .iter()
            .enumerate()
            .map(|(i, p)| {
                let at = item("people", i);
                if let Some(role) = p.role.as_deref().filter(|r| !self.text.contains(*r)) {
                    self.error(
                        ErrorKind::RoleNotInArticle,
                        at.key("role"),
                        format!("role \"{role}\" of {} is not in the article", p.id),
                        "a person's role must be the article's own words, e.g. \"Foreign Minister\"",
                    );
                }
                Person {
                    id: p.id.clone().into(),
                    name: p.name.clone().into(),
                    role: p.role.clone().map(Into::into),
                    actor: self
                        .resolve(IdsOf::Actors, &p.actor, at.key("actor"))
                        .unwrap_or(0),
                }
            })
            .collect()
    }

    /// Every alias of every actor and person, found as whole words in the text;
    /// then every actor must be mentioned, by itself or through its people.
    pub(super) fn mentions(&mut self, people: &[Person]) -> Vec<Mention> {
        let content = self.content;
        let entities = content
            .actors
            .iter()
            .enumerate()
            .map(|(i, a)| (Target::Actor(i), item("actors", i), &a.aliases))
            .chain(
                content
                    .people
                    .iter()
                    .enumerate()
                    .map(|(i, p)| (Target::Person(i), item("people", i), &p.aliases)),
            );
        let mut owner: HashMap<&str, Target> = HashMap::new();
        let mut found = Vec::new();
        for (target, at, aliases) in entities {
            for (a, alias) in aliases.iter().enumerate() {
                let at = at.key("aliases").index(a);
                if owner.insert(alias, target).is_some_and(|t| t != target) {
                    self.error(
                        ErrorKind::AliasShared,
                        at.clone(),
                        format!("alias \"{alias}\" belongs to two entities"),
                        "each alias may stand for one actor or person only",
                    );
                }
                let spans = whole_words(self.text, alias);
                if spans.is_empty() {
                    self.error(
                        ErrorKind::AliasNotFound,
                        at,
                        format!("alias \"{alias}\" never occurs in the article as a whole word"),
                        "aliases are matched exactly, with case; copy the word from the text",
                    );
                }
                found.extend(spans.into_iter().map(|s| (s, target)));
            }
        }
        let mentions: Vec<Mention> = longest_first(found)
            .into_iter()
            .map(|(span, target)| Mention {
                span,
                line: self.line_of(span) as u32,
                target,
            })
            .collect();
        for (i, actor) in content.actors.iter().enumerate() {
            let named = mentions.iter().any(|m| match m.target {
                Target::Actor(a) => a == i,
                Target::Person(p) => people.get(p).is_some_and(|p| p.actor == i),
            });
            if !named {
                self.error(
                    ErrorKind::NeverMentioned,
                    item("actors", i).key("aliases"),
                    format!("actor {} is never mentioned in the article", actor.id),
                    "give it an alias that occurs in the text",
                );
            }
        }
        mentions
    }

    pub(super) fn actors(&mut self, people: &[Person]) -> Vec<Actor> {
        let content = self.content;
        content
            .actors
            .iter()
            .enumerate()
            .map(|(i, a)| {
                let at = item("actors", i);
                Actor {
                    id: a.id.clone().into(),
                    name: a.name.clone().into(),
                    role: self.claim((&a.role).into(), at.key("role")),
                    stances: a
                        .stances
                        .iter()
                        .enumerate()
                        .map(|(s, stance)| self.claim(stance.into(), at.key("stances").index(s)))
                        .collect(),
                    people: (0..people.len())
                        .filter(|&p| people[p].actor == i)
                        .collect(),
                }
            })
            .collect()
    }

    /// Who said what. A speaker is a person, or an actor in its own name.
    pub(super) fn statements(&mut self) -> Vec<Statement> {
        let content = self.content;
        content
            .statements
            .iter()
            .enumerate()
            .filter_map(|(i, s)| {
                let at = item("statements", i);
                let speaker = self.speaker(&s.speaker);
                if speaker.is_none() {
                    self.error(
                        ErrorKind::UnknownId,
                        at.key("speaker"),
                        format!("unknown speaker \"{}\"", s.speaker),
                        "a speaker is a person's id, or an actor's id for a statement in its own name",
                    );
                }
                let quote = self.quote(&s.quote, at.key("quote"));
                Some(Statement {
                    speaker: speaker?,
                    quote: quote?,
                    direct: s.direct,
                })
            })
            .collect()
    }

    /// A person's id, or else an actor's.
    pub(super) fn speaker(&self, id: &str) -> Option<Speaker> {
        match (self.people.get(id), self.actors.get(id)) {
            (Some(&p), _) => Some(Speaker::Person(p)),
            (None, Some(&a)) => Some(Speaker::Actor(a)),
            (None, None) => None,
        }
    }
}
