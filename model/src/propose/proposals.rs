//! What the machine proposes: actors, people, statements and relation hints, each
//! with the byte spans of the words it was found by.

use crate::explainer::LineStyle;
use crate::text::Span;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Proposals {
    pub actors: Vec<ActorProposal>,
    pub people: Vec<PersonProposal>,
    pub statements: Vec<StatementProposal>,
    pub relations: Vec<RelationHint>,
}

/// How an actor was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ActorSource {
    /// A country, body or bloc of the gazetteer.
    Gazetteer,
    /// A capitalised name the gazetteer does not know.
    Name,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ActorProposal {
    pub id: String,
    pub name: String,
    pub source: ActorSource,
    /// The article's words for it, as the compiler matches them: whole words, case
    /// included, each standing for this actor only.
    pub aliases: Vec<String>,
    /// Every place those words occur, in text order.
    pub found: Vec<Span>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct PersonProposal {
    pub id: String,
    pub name: String,
    /// Index into [`Proposals::actors`].
    pub actor: usize,
    /// Their title, a verbatim span of the article ("Kremlin spokesman"); none for
    /// an institution that speaks.
    pub role: Option<Span>,
    pub aliases: Vec<String>,
    pub found: Vec<Span>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Speaker {
    /// Index into [`Proposals::people`].
    Person(usize),
    /// Index into [`Proposals::actors`]: an actor speaking in its own name.
    Actor(usize),
}

#[derive(Clone, Debug, PartialEq)]
pub struct StatementProposal {
    pub speaker: Speaker,
    /// The statement, within one line.
    pub span: Span,
    /// In the speaker's own words, between quotation marks.
    pub direct: bool,
    /// The words that named the speaker ("he", "the Turkish diplomat"), if any
    /// were on the statement's line; a continued quotation has none.
    pub attribution: Option<Span>,
}

/// A kind of relation the tool suggests; the editor confirms or changes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RelationKind {
    pub id: &'static str,
    pub label: &'static str,
    pub verb: &'static str,
    pub line: LineStyle,
    pub directed: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct RelationHint {
    /// Indexes into [`Proposals::actors`]; for a mutual kind the order is the text's.
    pub from: usize,
    pub to: usize,
    pub kind: RelationKind,
    /// The words that suggested the kind: "sanctions against".
    pub cue: Span,
    /// The smallest clause holding both actors and the cue, within one line.
    pub evidence: Span,
}

impl Proposals {
    pub fn speaker_id(&self, speaker: Speaker) -> &str {
        match speaker {
            Speaker::Person(p) => &self.people[p].id,
            Speaker::Actor(a) => &self.actors[a].id,
        }
    }
}
