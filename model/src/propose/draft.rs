//! A draft content file from proposals, in the shape the compiler reads: every word
//! in it is the article's own, and only the summaries are left for the editor. The
//! studio builds the same entries one accepted proposal at a time.

use super::proposals::{Proposals, RelationKind};
use super::sentences::Document;
use crate::authoring::{
    ActorSpec, ArticleSpec, ClaimSpec, ContentFile, KindSpec, PersonSpec, RelationSpec,
    StatementSpec,
};
use crate::text::{find_passage, Span};

/// An exact passage the compiler accepts: found once, within one line.
fn unique(text: &str, span: Span) -> Option<String> {
    let quote = text.get(span.range())?.trim();
    find_passage(text, quote).is_ok().then(|| quote.to_string())
}

fn ends_a_sentence(line: &str) -> bool {
    line.trim_end()
        .ends_with(['.', '!', '?', '”', '"', ':', ';', ','])
}

/// The first line, when it is a photo caption: no full stop, and the story follows.
fn caption_lines(doc: &Document) -> Vec<usize> {
    let line = |i: usize| doc.lines.get(i).map(|l| doc.text[l.range()].trim());
    match (line(0), line(1)) {
        (Some(first), Some(second))
            if !first.is_empty() && !second.is_empty() && !ends_a_sentence(first) =>
        {
            vec![1]
        }
        _ => Vec::new(),
    }
}

/// Short lines without a full stop set off by blank lines, or between dashes
/// ("– Viable ceasefire –").
fn subheading_lines(doc: &Document, captions: &[usize]) -> Vec<usize> {
    let line = |i: usize| doc.lines.get(i).map_or("", |l| doc.text[l.range()].trim());
    (0..doc.lines.len())
        .filter(|&i| !captions.contains(&(i + 1)))
        .filter(|&i| {
            let l = line(i);
            let dashed =
                l.len() > 2 && l.starts_with(['–', '—', '-']) && l.ends_with(['–', '—', '-']);
            let apart = i > 0 && line(i - 1).is_empty() && line(i + 1).is_empty();
            !l.is_empty()
                && !ends_a_sentence(l)
                && l.split_whitespace().count() <= 8
                && (dashed || apart)
        })
        .map(|i| i + 1)
        .collect()
}

/// The explainer's title to start from: the lead sentence's first clause.
fn title(doc: &Document, captions: &[usize]) -> String {
    let lead = doc
        .sentences
        .iter()
        .find(|s| !captions.contains(&(s.line + 1)))
        .map_or("", |s| doc.sentence_text(s));
    let clause = lead.split([',', ';']).next().unwrap_or(lead);
    clause.trim().trim_end_matches('.').to_string()
}

/// The first sentence naming any of `spans` that the compiler can find exactly once.
fn first_sentence(doc: &Document, spans: &[Span]) -> Option<String> {
    let mut sorted = spans.to_vec();
    sorted.sort();
    sorted.iter().find_map(|s| {
        let sentence = doc.sentence_at(s.start)?;
        unique(doc.text, sentence.span).or_else(|| unique(doc.text, doc.lines[sentence.line]))
    })
}

/// The article section of a draft: caption and subheading lines guessed from
/// their shape, the lead's first clause as a title, the dateline's agency.
pub fn article_spec(text: &str) -> ArticleSpec {
    let doc = Document::new(text);
    let caption_lines = caption_lines(&doc);
    let subheading_lines = subheading_lines(&doc, &caption_lines);
    ArticleSpec {
        title: title(&doc, &caption_lines),
        source: doc.agency.map_or("", |a| &text[a.range()]).to_string(),
        url: None,
        licence: None,
        caption_lines,
        subheading_lines,
        context: Vec::new(),
        text: text.to_string(),
    }
}

/// The proposed actor `index`, with its role's evidence: the first sentence that
/// names it or one of its people.
pub fn actor_spec(text: &str, proposals: &Proposals, index: usize) -> ActorSpec {
    let doc = Document::new(text);
    let actor = &proposals.actors[index];
    let mut spans = actor.found.clone();
    for p in proposals.people.iter().filter(|p| p.actor == index) {
        spans.extend(&p.found);
    }
    ActorSpec {
        id: actor.id.clone(),
        name: actor.name.clone(),
        aliases: actor.aliases.clone(),
        role: ClaimSpec {
            evidence: first_sentence(&doc, &spans).into_iter().collect(),
            ..ClaimSpec::default()
        },
        stances: Vec::new(),
        position: None,
    }
}

pub fn person_spec(text: &str, proposals: &Proposals, index: usize) -> PersonSpec {
    let person = &proposals.people[index];
    PersonSpec {
        id: person.id.clone(),
        name: person.name.clone(),
        actor: proposals.actors[person.actor].id.clone(),
        role: person.role.map(|r| text[r.range()].to_string()),
        aliases: person.aliases.clone(),
    }
}

/// The proposed statement `index`, if its words are a passage the compiler accepts.
pub fn statement_spec(text: &str, proposals: &Proposals, index: usize) -> Option<StatementSpec> {
    let statement = &proposals.statements[index];
    Some(StatementSpec {
        speaker: proposals.speaker_id(statement.speaker).to_string(),
        direct: statement.direct,
        quote: unique(text, statement.span)?,
    })
}

pub fn kind_spec(kind: &RelationKind) -> KindSpec {
    KindSpec {
        id: kind.id.to_string(),
        label: kind.label.to_string(),
        verb: kind.verb.to_string(),
        line: kind.line,
        directed: kind.directed,
    }
}

/// The relation hint `index` with its suggested kind, if its evidence is a passage
/// the compiler accepts.
pub fn relation_spec(
    text: &str,
    proposals: &Proposals,
    index: usize,
) -> Option<(RelationSpec, KindSpec)> {
    let hint = &proposals.relations[index];
    let relation = RelationSpec {
        between: [
            proposals.actors[hint.from].id.clone(),
            proposals.actors[hint.to].id.clone(),
        ],
        kind: hint.kind.id.to_string(),
        summary: String::new(),
        evidence: vec![unique(text, hint.evidence)?],
        according_to: None,
        hedge_checked: false,
    };
    Some((relation, kind_spec(&hint.kind)))
}

/// A whole draft: every proposal, with only the summaries left empty.
pub fn draft(text: &str, proposals: &Proposals) -> ContentFile {
    let mut kinds: Vec<KindSpec> = Vec::new();
    let mut relations = Vec::new();
    for i in 0..proposals.relations.len() {
        if let Some((relation, kind)) = relation_spec(text, proposals, i) {
            if !kinds.iter().any(|k| k.id == kind.id) {
                kinds.push(kind);
            }
            relations.push(relation);
        }
    }
    // No positions and no size: the layout places every actor and sizes the
    // diagram to fit.
    let actors: Vec<ActorSpec> = (0..proposals.actors.len())
        .map(|i| actor_spec(text, proposals, i))
        .collect();
    ContentFile {
        article: article_spec(text),
        diagram: None,
        kinds,
        actors,
        people: (0..proposals.people.len())
            .map(|p| person_spec(text, proposals, p))
            .collect(),
        statements: (0..proposals.statements.len())
            .filter_map(|s| statement_spec(text, proposals, s))
            .collect(),
        relations,
        events: Vec::new(),
        left_out: Vec::new(),
        studio: Default::default(),
    }
}

/// The draft as a file, with a header saying what to do with it.
pub fn draft_toml(text: &str, proposals: &Proposals) -> String {
    let content = draft(text, proposals);
    let body = toml::to_string(&content).expect("a content file always serializes");
    format!(
        "# Draft content file, proposed by the machine from the article alone.\n\
         # Every alias, role, quote and evidence below is the article's own words;\n\
         # what they say about who is who was guessed by rules. Check each one, delete\n\
         # what is wrong, write every empty `summary`, then run content-check.\n\n{body}"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn captions_and_subheadings_are_found_by_their_shape() {
        let doc = Document::new("Photo of a ferry\nThe towns agreed.\n\n– Money –\n\nThey pay.\n\nRegulator steps in\n\nIt did.");
        let captions = caption_lines(&doc);
        assert_eq!(captions, [1]);
        assert_eq!(subheading_lines(&doc, &captions), [4, 8]);
    }
}
