//! The compiled explainer: everything the page shows, already checked. Indexes
//! replace ids, and every quote is a span of the article text, so rendering never
//! searches or fails.
//!
//! Fields marked `serde(skip)` are shown only by the page's pre-rendered parts
//! (the context notes, the timeline's dates, the diagram's edge labels and the
//! key), which the build and the studio render from the compiled content; the
//! content file the reader's browser decodes (`wire`) leaves them out, to keep
//! the reader's bytes within its budget.

use crate::layout::Diagram;
use crate::selection::Selection;
use crate::stored::{List, Text};
use crate::text::{Line, Span};

#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "wire", derive(serde::Serialize, serde::Deserialize))]
pub struct Explainer {
    /// The explainer's own title: ours, not the source's headline.
    pub title: Text,
    /// Who published the article, e.g. "AFP".
    pub source: Text,
    /// Where, when the content gives it: an http(s) address, checked.
    #[cfg_attr(feature = "wire", serde(skip))]
    pub source_url: Option<Text>,
    /// Its licence or terms of use, as the editor entered them.
    #[cfg_attr(feature = "wire", serde(skip))]
    pub licence: Option<Text>,
    /// Notes from outside the article; the page labels them as context.
    #[cfg_attr(feature = "wire", serde(skip))]
    pub context: List<Text>,
    /// The article exactly as supplied.
    pub text: Text,
    pub lines: List<Line>,
    /// Every alias found in the text, sorted by position, never overlapping.
    pub mentions: List<Mention>,
    pub actors: List<Actor>,
    pub people: List<Person>,
    pub statements: List<Statement>,
    pub kinds: List<Kind>,
    pub relations: List<Relation>,
    /// In the order they happened.
    pub events: List<Event>,
    pub diagram: Diagram,
}

/// A span of the text that names an entity.
#[derive(Clone, Copy, Debug, PartialEq)]
#[cfg_attr(feature = "wire", derive(serde::Serialize, serde::Deserialize))]
pub struct Mention {
    pub span: Span,
    pub line: u32,
    pub target: Target,
}

/// What a mention names: an actor, or a person who speaks for one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "wire", derive(serde::Serialize, serde::Deserialize))]
pub enum Target {
    Actor(usize),
    Person(usize),
}

/// An exact passage of the article, used as evidence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "wire", derive(serde::Serialize, serde::Deserialize))]
pub struct Quote {
    pub span: Span,
    pub line: u32,
}

/// A one-line summary, the article's words that support it, and who says so.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "wire", derive(serde::Serialize, serde::Deserialize))]
pub struct Claim {
    pub summary: Text,
    pub evidence: List<Quote>,
    /// Who the article says it from; none when it is the article's own reporting.
    pub source: Option<Source>,
}

/// Who says so: someone in the article, or a source in the article's own words
/// ("Ukraine’s emergency services").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "wire", derive(serde::Serialize, serde::Deserialize))]
pub enum Source {
    Person(usize),
    Actor(usize),
    Words(Quote),
}

#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "wire", derive(serde::Serialize, serde::Deserialize))]
pub struct Actor {
    /// Stable id, used in the URL fragment.
    pub id: Text,
    pub name: Text,
    /// Its part in this story, in one line.
    pub role: Claim,
    pub stances: List<Claim>,
    /// Indexes into `Explainer::people`.
    pub people: List<usize>,
}

#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "wire", derive(serde::Serialize, serde::Deserialize))]
pub struct Person {
    pub id: Text,
    pub name: Text,
    /// Their title as the article gives it, verbatim; none for an institution.
    pub role: Option<Text>,
    pub actor: usize,
}

/// Something a person said, quoted directly or reported.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "wire", derive(serde::Serialize, serde::Deserialize))]
pub struct Statement {
    pub speaker: Speaker,
    pub quote: Quote,
    pub direct: bool,
}

/// Something that happened, dated in the article's own words.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "wire", derive(serde::Serialize, serde::Deserialize))]
pub struct Event {
    /// The article's words for when ("last month"); none if it does not say.
    #[cfg_attr(feature = "wire", serde(skip))]
    pub when: Option<Text>,
    pub claim: Claim,
    pub actors: List<usize>,
    /// A fact from outside the article, such as the calendar date; shown as context.
    #[cfg_attr(feature = "wire", serde(skip))]
    pub context: Option<Text>,
}

/// Who made a statement: a person, or an actor speaking in its own name ("Turkey
/// has rejected…", "warnings from Washington").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "wire", derive(serde::Serialize, serde::Deserialize))]
pub enum Speaker {
    Person(usize),
    Actor(usize),
}

/// How a kind's edges are drawn. One type from the content file (where it is
/// written "solid", "dashed", "dotted") to the page; the page's content file
/// (postcard) encodes it by number, so the names cost the reader nothing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "wire", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "wire", serde(rename_all = "lowercase"))]
pub enum LineStyle {
    Solid,
    Dashed,
    Dotted,
}

impl LineStyle {
    pub const ALL: [LineStyle; 3] = [LineStyle::Solid, LineStyle::Dashed, LineStyle::Dotted];

    /// Its name in content files (and the studio's choice of it).
    pub fn name(self) -> &'static str {
        match self {
            LineStyle::Solid => "solid",
            LineStyle::Dashed => "dashed",
            LineStyle::Dotted => "dotted",
        }
    }
}

/// A kind of relationship, e.g. "at war" or "pressures".
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "wire", derive(serde::Serialize, serde::Deserialize))]
pub struct Kind {
    pub id: Text,
    /// Short label drawn on the edge.
    #[cfg_attr(feature = "wire", serde(skip))]
    pub label: Text,
    /// Reads between two names: "Russia" + "is at war with" + "Ukraine".
    pub verb: Text,
    pub line: LineStyle,
    /// Whether `from` acts on `to`; otherwise the relation is mutual.
    pub directed: bool,
}

#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "wire", derive(serde::Serialize, serde::Deserialize))]
pub struct Relation {
    pub from: usize,
    pub to: usize,
    pub kind: usize,
    pub claim: Claim,
}

impl Explainer {
    pub fn quote_text(&self, quote: &Quote) -> &str {
        self.span_text(quote.span)
    }

    /// The text of `span`. Spans are checked when compiled; `get` rather than
    /// indexing keeps string-slicing panics, and the formatting they pull in, out
    /// of the reader's wasm.
    pub fn span_text(&self, span: Span) -> &str {
        self.text.get(span.range()).unwrap_or_default()
    }

    pub fn actor_index(&self, id: &str) -> Option<usize> {
        self.actors.iter().position(|a| a.id == id)
    }

    /// `selection` as the URL fragment writes it, without the `#`: "turkey",
    /// "russia/ukraine", or "" for the overview. Links, the address bar and the
    /// static parts' `data-select` all use this form, and `parse_fragment` reads it.
    pub fn fragment(&self, selection: Selection) -> String {
        crate::selection::to_fragment(selection, |i| self.actors[i].id.to_string())
    }

    /// The actor a mention stands for; a person stands for their actor.
    pub fn actor_of(&self, target: Target) -> usize {
        match target {
            Target::Actor(a) => a,
            Target::Person(p) => self.people[p].actor,
        }
    }

    /// Relations that involve `actor`, in content order.
    pub fn relations_of(&self, actor: usize) -> impl Iterator<Item = (usize, &Relation)> {
        self.relations
            .iter()
            .enumerate()
            .filter(move |(_, r)| r.from == actor || r.to == actor)
    }

    /// Relations between two actors, in either direction.
    pub fn relations_between(
        &self,
        a: usize,
        b: usize,
    ) -> impl Iterator<Item = (usize, &Relation)> {
        self.relations
            .iter()
            .enumerate()
            .filter(move |(_, r)| (r.from == a && r.to == b) || (r.from == b && r.to == a))
    }

    /// Actors linked to `actor` by at least one relation, in actor order.
    pub fn neighbours(&self, actor: usize) -> Vec<usize> {
        let mut linked = vec![false; self.actors.len()];
        for (_, r) in self.relations_of(actor) {
            linked[if r.from == actor { r.to } else { r.from }] = true;
        }
        (0..linked.len()).filter(|&i| linked[i]).collect()
    }

    /// A relation as a sentence, e.g. "The United States pressures Turkey", "Turkey
    /// has not joined the sanctions of the West".
    pub fn relation_sentence(&self, relation: &Relation) -> String {
        format!(
            "{} {} {}",
            self.actors[relation.from].name,
            self.kinds[relation.kind].verb,
            midway(&self.actors[relation.to].name)
        )
    }

    /// The actor an edge points to, when every relation it draws is directed the
    /// same way (e.g. "pressures"); mutual or mixed edges get no arrowhead.
    pub fn edge_target(&self, edge: &crate::layout::Edge) -> Option<usize> {
        let mut targets = edge.relations.iter().map(|&r| {
            let relation = &self.relations[r];
            self.kinds[relation.kind].directed.then_some(relation.to)
        });
        let first = targets.next()??;
        targets.all(|t| t == Some(first)).then_some(first)
    }

    /// What `speaker` said, in the article's order.
    pub fn statements_of(&self, speaker: Speaker) -> Vec<&Statement> {
        self.statements
            .iter()
            .filter(|s| s.speaker == speaker)
            .collect()
    }

    /// Who `source` is, as a sentence names them midway: "the Kremlin", "Dmitry
    /// Peskov", "Ukraine’s emergency services".
    pub fn source_name(&self, source: Source) -> String {
        midway(match source {
            Source::Person(p) => self.people[p].name.as_ref(),
            Source::Actor(a) => self.actors[a].name.as_ref(),
            Source::Words(quote) => self.quote_text(&quote),
        })
    }

    /// Mentions on one line, in order.
    pub fn mentions_on(&self, line: usize) -> &[Mention] {
        let start = self.mentions.partition_point(|m| (m.line as usize) < line);
        let end = self.mentions.partition_point(|m| (m.line as usize) <= line);
        &self.mentions[start..end]
    }
}

/// A name as a sentence gives it midway: one that opens with an article ("The
/// Kremlin", "A Turkish official", "The West") takes it in lower case. (Spelled
/// out: Unicode's to_lowercase would add its tables to the reader's wasm.)
pub fn midway(name: &str) -> String {
    for (article, lower) in [("The ", "the "), ("A ", "a "), ("An ", "an ")] {
        if let Some(rest) = name.strip_prefix(article) {
            return [lower, rest].concat();
        }
    }
    name.to_string()
}

/// Whether two names are the same name, as a reader hears them: ignoring a leading
/// article and ASCII case ("United States" and "The United States", "German
/// government source" and "A German government source"), so a label need not say
/// a name twice.
pub fn same_name(a: &str, b: &str) -> bool {
    fn bare(name: &str) -> &str {
        let name = name.trim();
        for article in ["the ", "a ", "an "] {
            if name
                .get(..article.len())
                .is_some_and(|s| s.eq_ignore_ascii_case(article))
            {
                return &name[article.len()..];
            }
        }
        name
    }
    bare(a).eq_ignore_ascii_case(bare(b))
}

/// A name as a sentence gives it midway, with its possessive: "Turkey’s", "the
/// United States’" (a name ending in s takes the apostrophe alone).
pub fn possessive(name: &str) -> String {
    let name = midway(name);
    if name.ends_with('s') {
        name + "’"
    } else {
        name + "’s"
    }
}
