//! The content file's shape, as an editor writes it. Unknown fields are errors, so a
//! typo in a field name is reported instead of silently ignored.

use serde::Deserialize;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ContentFile {
    pub article: ArticleSpec,
    /// Without it the diagram is sized to fit.
    pub diagram: Option<DiagramSpec>,
    pub kinds: Vec<KindSpec>,
    pub actors: Vec<ActorSpec>,
    #[serde(default)]
    pub people: Vec<PersonSpec>,
    #[serde(default)]
    pub statements: Vec<StatementSpec>,
    #[serde(default)]
    pub relations: Vec<RelationSpec>,
    /// The story's events, in the order they happened.
    #[serde(default)]
    pub events: Vec<EventSpec>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ArticleSpec {
    /// The explainer's title. Not the source's headline.
    pub title: String,
    pub source: String,
    /// 1-based line numbers of the photo caption and of subheadings.
    #[serde(default)]
    pub caption_lines: Vec<usize>,
    #[serde(default)]
    pub subheading_lines: Vec<usize>,
    /// Facts from outside the article; always shown labelled as context.
    #[serde(default)]
    pub context: Vec<String>,
    /// The article, verbatim.
    pub text: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DiagramSpec {
    pub width: f32,
    pub height: f32,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KindSpec {
    pub id: String,
    pub label: String,
    pub verb: String,
    pub line: LineSpec,
    #[serde(default)]
    pub directed: bool,
}

#[derive(Clone, Copy, Debug, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LineSpec {
    Solid,
    Dashed,
    Dotted,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClaimSpec {
    pub summary: String,
    pub evidence: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActorSpec {
    pub id: String,
    pub name: String,
    /// Words of the article that stand for this actor: names, capitals,
    /// institutions, adjectives.
    pub aliases: Vec<String>,
    pub role: ClaimSpec,
    #[serde(default)]
    pub stances: Vec<ClaimSpec>,
    /// Fixed centre in the diagram; without it the actor is placed automatically.
    pub position: Option<[f32; 2]>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PersonSpec {
    pub id: String,
    pub name: String,
    pub actor: String,
    /// Their title, as the article words it; none for an institution that speaks,
    /// such as "the Kremlin".
    pub role: Option<String>,
    pub aliases: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatementSpec {
    /// A person's id, or an actor's id for a statement in its own name.
    pub speaker: String,
    pub quote: String,
    /// Quoted in their own words, rather than reported.
    pub direct: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RelationSpec {
    /// `[from, to]`; for a mutual kind the order does not matter.
    pub between: [String; 2],
    pub kind: String,
    pub summary: String,
    pub evidence: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventSpec {
    /// When, in the article's own words ("last month", "on Thursday"); none if the
    /// article does not say.
    pub when: Option<String>,
    pub summary: String,
    pub evidence: Vec<String>,
    pub actors: Vec<String>,
    /// A calendar date or other fact from outside the article; shown as context.
    pub context: Option<String>,
}
