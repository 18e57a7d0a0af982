//! The content file's shape, as an editor writes it (and as the studio exports it:
//! fields appear in this order, and empty optional ones are left out). Unknown
//! fields are errors, so a typo in a field name is reported instead of silently
//! ignored.

use serde::{Deserialize, Serialize};

fn is_false(b: &bool) -> bool {
    !*b
}

#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ContentFile {
    pub article: ArticleSpec,
    /// The diagram's size; without it, one is chosen to fit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub diagram: Option<DiagramSpec>,
    pub kinds: Vec<KindSpec>,
    pub actors: Vec<ActorSpec>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub people: Vec<PersonSpec>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub statements: Vec<StatementSpec>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub relations: Vec<RelationSpec>,
    /// The story's events, in the order they happened.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub events: Vec<EventSpec>,
    /// Sentences of the article that no claim cites, on purpose, and why; the
    /// faithfulness review shows them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub left_out: Vec<LeftOutSpec>,
    /// The studio's own notes on its work, which the compiler and the reader's page
    /// ignore: kept in the file so they go where it goes.
    #[serde(default, skip_serializing_if = "StudioNotes::is_empty")]
    pub studio: StudioNotes,
}

/// Unknown fields are kept out of errors here, unlike everywhere else: a later
/// studio's notes must not make this build refuse the file.
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
pub struct StudioNotes {
    /// The machine's proposals the editor turned down (the studio's keys for
    /// them), so that opening the file again does not propose them again.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rejected: Vec<String>,
}

impl StudioNotes {
    pub fn is_empty(&self) -> bool {
        self.rejected.is_empty()
    }
}

#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ArticleSpec {
    /// The explainer's title. Not the source's headline.
    pub title: String,
    pub source: String,
    /// Where the article was published (its address), credited on the page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The article's licence or terms of use, as its source gives them (such as
    /// "CC BY 2.5"), shown with the credit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub licence: Option<String>,
    /// 1-based line numbers of the photo caption and of subheadings.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub caption_lines: Vec<usize>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub subheading_lines: Vec<usize>,
    /// Facts from outside the article; always shown labelled as context.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub context: Vec<String>,
    /// The article, verbatim.
    pub text: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct DiagramSpec {
    pub width: f32,
    pub height: f32,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct KindSpec {
    pub id: String,
    pub label: String,
    pub verb: String,
    pub line: LineStyle,
    #[serde(default, skip_serializing_if = "is_false")]
    pub directed: bool,
}

/// An edge's line as the file writes it: the compiled explainer's own type, named
/// like the file's other parts.
pub use crate::explainer::LineStyle;

/// A one-line summary, the article's words that support it, and who says so.
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ClaimSpec {
    pub summary: String,
    pub evidence: Vec<String>,
    /// Who says so: a person's or actor's id, or the article's own words for a
    /// source ("Ukraine’s emergency services"). Without it, the claim is the
    /// article's own reporting.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub according_to: Option<String>,
    /// The editor has checked that the summary keeps what its evidence hedges
    /// ("is scheduled to", "would") and attributes ("said"), and overrules the
    /// checker's warning.
    #[serde(default, skip_serializing_if = "is_false")]
    pub hedge_checked: bool,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ActorSpec {
    pub id: String,
    pub name: String,
    /// Words of the article that stand for this actor: names, capitals,
    /// institutions, adjectives.
    pub aliases: Vec<String>,
    pub role: ClaimSpec,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub stances: Vec<ClaimSpec>,
    /// Fixed centre in the diagram; without it the layout places the actor.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub position: Option<[f32; 2]>,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct PersonSpec {
    pub id: String,
    pub name: String,
    pub actor: String,
    /// Their title, as the article words it; none for an institution that speaks,
    /// such as "the Kremlin".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    pub aliases: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct StatementSpec {
    /// A person's id, or an actor's id for a statement in its own name.
    pub speaker: String,
    /// Quoted in their own words, rather than reported.
    pub direct: bool,
    /// Only what the speaker said or is reported to have said.
    pub quote: String,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RelationSpec {
    /// `[from, to]`; for a mutual kind the order does not matter.
    pub between: [String; 2],
    pub kind: String,
    pub summary: String,
    pub evidence: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub according_to: Option<String>,
    #[serde(default, skip_serializing_if = "is_false")]
    pub hedge_checked: bool,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct EventSpec {
    /// When, in the article's own words ("last month", "on Thursday"); none if the
    /// article does not say.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub when: Option<String>,
    pub summary: String,
    pub evidence: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub according_to: Option<String>,
    #[serde(default, skip_serializing_if = "is_false")]
    pub hedge_checked: bool,
    pub actors: Vec<String>,
    /// A calendar date or other fact from outside the article; shown as context.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context: Option<String>,
    /// The calendar date, from outside the article, as `YYYY`, `YYYY-MM` or
    /// `YYYY-MM-DD`: the checker uses it to see that the events are in order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
}

/// A passage of the article that the explainer leaves out on purpose.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct LeftOutSpec {
    pub quote: String,
    pub reason: String,
}
