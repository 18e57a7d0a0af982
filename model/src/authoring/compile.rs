//! Checks a content file and compiles it into an [`Explainer`]. Every mistake is
//! collected, not just the first, and each names where it is and what to do.

use std::collections::{HashMap, HashSet};

use super::error::{line_column, ContentError};
use super::file::{ClaimSpec, ContentFile, LineSpec};
use super::find::{closest_line, longest_first, whole_words};
use crate::explainer::{
    Actor, Claim, Event, Explainer, Kind, LineStyle, Mention, Person, Quote, Relation, Speaker,
    Statement, Target,
};
use crate::layout::{layout, overlaps, Diagram, EdgeInput, LayoutInput};
use crate::text::{split_lines, Line, LineRole, Span};

/// Reads `source` (the text of the content file named `file`) and compiles it.
pub fn compile(source: &str, file: &str) -> Result<Explainer, Vec<ContentError>> {
    let content: ContentFile = toml::from_str(source).map_err(|e| {
        let (line, column) = e.span().map(|s| line_column(source, s.start)).unzip();
        vec![ContentError {
            file: file.into(),
            line,
            column,
            message: e.message().trim().to_string(),
            help: "fix the TOML at this place; the README's \"Explain another article\" shows a complete file".into(),
        }]
    })?;
    let mut c = Compiler {
        source,
        file,
        text: &content.article.text,
        errors: Vec::new(),
    };
    let explainer = c.compile(&content);
    if c.errors.is_empty() {
        Ok(explainer)
    } else {
        Err(c.errors)
    }
}

struct Compiler<'a> {
    source: &'a str,
    file: &'a str,
    text: &'a str,
    errors: Vec<ContentError>,
}

impl<'a> Compiler<'a> {
    /// Records an error, placed at the first place `near` is written in the file.
    fn error(&mut self, near: &str, message: String, help: impl Into<String>) {
        let at = (!near.is_empty()).then(|| self.source.find(near)).flatten();
        let (line, column) = at.map(|offset| line_column(self.source, offset)).unzip();
        self.errors.push(ContentError {
            file: self.file.into(),
            line,
            column,
            message,
            help: help.into(),
        });
    }

    fn compile(&mut self, content: &ContentFile) -> Explainer {
        if self.text.trim().is_empty() {
            self.error(
                "text",
                "the article is empty".into(),
                "paste the article, verbatim, into [article] text = '''...'''",
            );
        }
        let lines = self.lines(content);
        let kinds = self.index_ids("kind", content.kinds.iter().map(|k| k.id.as_str()));
        let actors = self.index_ids("actor", content.actors.iter().map(|a| a.id.as_str()));
        let people = self.index_ids("person", content.people.iter().map(|p| p.id.as_str()));

        let people_out: Vec<Person> = content
            .people
            .iter()
            .map(|p| {
                if let Some(role) = p.role.as_deref().filter(|r| !self.text.contains(*r)) {
                    self.error(role, format!("role \"{role}\" of {} is not in the article", p.id), "a person's role must be the article's own words, e.g. \"Foreign Minister\"");
                }
                Person {
                    id: p.id.clone().into(),
                    name: p.name.clone().into(),
                    role: p.role.clone().map(Into::into),
                    actor: self.resolve(&actors, "actor", &p.actor).unwrap_or(0),
                }
            })
            .collect();

        let mentions = self.mentions(content, &lines);
        for (i, actor) in content.actors.iter().enumerate() {
            let named = mentions.iter().any(|m| match m.target {
                Target::Actor(a) => a == i,
                Target::Person(p) => people_out.get(p).is_some_and(|p| p.actor == i),
            });
            if !named {
                self.error(
                    &format!("id = \"{}\"", actor.id),
                    format!("actor {} is never mentioned in the article", actor.id),
                    "give it an alias that occurs in the text",
                );
            }
        }

        let actors_out: Vec<Actor> = content
            .actors
            .iter()
            .enumerate()
            .map(|(i, a)| Actor {
                id: a.id.clone().into(),
                name: a.name.clone().into(),
                role: self.claim(&a.role, &lines),
                stances: a.stances.iter().map(|s| self.claim(s, &lines)).collect(),
                people: (0..people_out.len())
                    .filter(|p| people_out[*p].actor == i)
                    .collect(),
            })
            .collect();

        let statements = content
            .statements
            .iter()
            .filter_map(|s| {
                let speaker = match (people.get(&s.speaker), actors.get(&s.speaker)) {
                    (Some(&p), _) => Some(Speaker::Person(p)),
                    (None, Some(&a)) => Some(Speaker::Actor(a)),
                    (None, None) => {
                        self.error(&format!("\"{}\"", s.speaker), format!("unknown speaker \"{}\"", s.speaker), "a speaker is a person's id, or an actor's id for a statement in its own name");
                        None
                    }
                };
                let quote = self.quote(&s.quote, &lines);
                Some(Statement {
                    speaker: speaker?,
                    quote: quote?,
                    direct: s.direct,
                })
            })
            .collect();

        let kinds_out: Vec<Kind> = content
            .kinds
            .iter()
            .map(|k| Kind {
                id: k.id.clone().into(),
                label: k.label.clone().into(),
                verb: k.verb.clone().into(),
                line: match k.line {
                    LineSpec::Solid => LineStyle::Solid,
                    LineSpec::Dashed => LineStyle::Dashed,
                    LineSpec::Dotted => LineStyle::Dotted,
                },
                directed: k.directed,
            })
            .collect();

        let relations: Vec<Relation> = content
            .relations
            .iter()
            .filter_map(|r| {
                let from = self.resolve(&actors, "actor", &r.between[0]);
                let to = self.resolve(&actors, "actor", &r.between[1]);
                let kind = self.resolve(&kinds, "kind", &r.kind);
                if r.between[0] == r.between[1] {
                    self.error(
                        &r.summary,
                        format!("relation of {} to itself", r.between[0]),
                        "a relation links two different actors",
                    );
                }
                let claim = self.claim(
                    &ClaimSpec {
                        summary: r.summary.clone(),
                        evidence: r.evidence.clone(),
                    },
                    &lines,
                );
                (from? != to?).then_some(Relation {
                    from: from?,
                    to: to?,
                    kind: kind?,
                    claim,
                })
            })
            .collect();

        let events = content
            .events
            .iter()
            .map(|e| {
                if let Some(when) = e.when.as_deref().filter(|w| !self.text.contains(*w)) {
                    self.error(when, format!("event time \"{when}\" is not in the article"), "give `when` in the article's own words, or leave it out and put a date in `context`");
                }
                Event {
                    when: e.when.clone().map(Into::into),
                    claim: self.claim(
                        &ClaimSpec {
                            summary: e.summary.clone(),
                            evidence: e.evidence.clone(),
                        },
                        &lines,
                    ),
                    actors: e.actors.iter().filter_map(|a| self.resolve(&actors, "actor", a)).collect(),
                    context: e.context.clone().map(Into::into),
                }
            })
            .collect();

        let names: Vec<&str> = content.actors.iter().map(|a| a.name.as_str()).collect();
        let pinned: Vec<Option<(f32, f32)>> = content
            .actors
            .iter()
            .map(|a| a.position.map(|[x, y]| (x, y)))
            .collect();
        let diagram = match layout(LayoutInput {
            names: &names,
            pinned: &pinned,
            edges: edge_inputs(&relations, &kinds_out),
            size: content.diagram.as_ref().map(|d| (d.width, d.height)),
        }) {
            Ok(diagram) => {
                for problem in overlaps(&diagram, &names) {
                    self.error(
                        "[diagram]",
                        format!("diagram: {problem}"),
                        "remove the actors' `position`s so they are placed automatically",
                    );
                }
                diagram
            }
            Err(e) => {
                for p in e.problems {
                    let near = match p.actors.first() {
                        Some(&i) => format!("id = \"{}\"", content.actors[i].id),
                        None => "[diagram]".into(),
                    };
                    self.error(&near, format!("diagram: {}", p.message), p.help);
                }
                Diagram {
                    width: 0.0,
                    height: 0.0,
                    nodes: Vec::new().into(),
                    edges: Vec::new().into(),
                }
            }
        };

        Explainer {
            title: content.article.title.clone().into(),
            source: content.article.source.clone().into(),
            context: content
                .article
                .context
                .iter()
                .cloned()
                .map(Into::into)
                .collect(),
            text: self.text.to_string().into(),
            lines: lines.into(),
            mentions: mentions.into(),
            actors: actors_out.into(),
            people: people_out.into(),
            statements,
            kinds: kinds_out.into(),
            relations: relations.into(),
            events,
            diagram,
        }
    }

    fn lines(&mut self, content: &ContentFile) -> Vec<Line> {
        let spans = split_lines(self.text);
        let mut lines: Vec<Line> = spans
            .iter()
            .map(|&span| Line {
                span,
                role: if self.text[span.range()].trim().is_empty() {
                    LineRole::Blank
                } else {
                    LineRole::Body
                },
            })
            .collect();
        let marked = [
            (
                &content.article.caption_lines,
                LineRole::Caption,
                "caption_lines",
            ),
            (
                &content.article.subheading_lines,
                LineRole::Subheading,
                "subheading_lines",
            ),
        ];
        for (numbers, role, field) in marked {
            for &n in numbers {
                match lines.get_mut(n.wrapping_sub(1)) {
                    Some(line) if line.role != LineRole::Blank => line.role = role,
                    _ => self.error(
                        field,
                        format!("{field} names line {n}, which is blank or past the end"),
                        format!("the article has {} lines, numbered from 1", spans.len()),
                    ),
                }
            }
        }
        lines
    }

    /// Maps ids to indexes, reporting malformed and duplicate ids.
    fn index_ids<'s>(
        &mut self,
        what: &str,
        ids: impl Iterator<Item = &'s str>,
    ) -> HashMap<String, usize> {
        let mut map = HashMap::new();
        for (i, id) in ids.enumerate() {
            let well_formed = !id.is_empty()
                && id
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
            if !well_formed {
                self.error(
                    &format!("\"{id}\""),
                    format!("{what} id \"{id}\" is not lowercase letters, digits and dashes"),
                    "ids appear in links, so keep them plain, e.g. \"united-states\"",
                );
            }
            if map.insert(id.to_string(), i).is_some() {
                self.error(
                    &format!("\"{id}\""),
                    format!("duplicate {what} id \"{id}\""),
                    format!("give each {what} its own id"),
                );
            }
        }
        map
    }

    fn resolve(&mut self, ids: &HashMap<String, usize>, what: &str, id: &str) -> Option<usize> {
        let found = ids.get(id).copied();
        if found.is_none() {
            let mut known: Vec<&str> = ids.keys().map(String::as_str).collect();
            known.sort_unstable();
            self.error(
                &format!("\"{id}\""),
                format!("unknown {what} \"{id}\""),
                format!("use one of: {}", known.join(", ")),
            );
        }
        found
    }

    fn mentions(&mut self, content: &ContentFile, lines: &[Line]) -> Vec<Mention> {
        let entities = content
            .actors
            .iter()
            .enumerate()
            .map(|(i, a)| (Target::Actor(i), &a.aliases))
            .chain(
                content
                    .people
                    .iter()
                    .enumerate()
                    .map(|(i, p)| (Target::Person(i), &p.aliases)),
            );
        let mut owner: HashMap<&str, Target> = HashMap::new();
        let mut found = Vec::new();
        for (target, aliases) in entities {
            for alias in aliases {
                if owner.insert(alias, target).is_some_and(|t| t != target) {
                    self.error(
                        &format!("\"{alias}\""),
                        format!("alias \"{alias}\" belongs to two entities"),
                        "each alias may stand for one actor or person only",
                    );
                }
                let spans = whole_words(self.text, alias);
                if spans.is_empty() {
                    self.error(
                        &format!("\"{alias}\""),
                        format!("alias \"{alias}\" never occurs in the article as a whole word"),
                        "aliases are matched exactly, with case; copy the word from the text",
                    );
                }
                found.extend(spans.into_iter().map(|s| (s, target)));
            }
        }
        longest_first(found)
            .into_iter()
            .map(|(span, target)| Mention {
                span,
                line: line_of(lines, span) as u32,
                target,
            })
            .collect()
    }

    fn claim(&mut self, spec: &ClaimSpec, lines: &[Line]) -> Claim {
        if spec.evidence.is_empty() {
            self.error(
                &spec.summary,
                format!("\"{}\" has no evidence", spec.summary),
                "every claim needs at least one exact quote from the article",
            );
        }
        Claim {
            summary: spec.summary.clone().into(),
            evidence: spec
                .evidence
                .iter()
                .filter_map(|q| self.quote(q, lines))
                .collect(),
        }
    }

    /// Finds an evidence quote: it must occur exactly once, within one line.
    fn quote(&mut self, quote: &str, lines: &[Line]) -> Option<Quote> {
        let hits: Vec<usize> = self.text.match_indices(quote).map(|(i, _)| i).collect();
        let near = format!("\"{quote}\"");
        match hits.as_slice() {
            _ if quote.trim().is_empty() => {
                self.error(
                    &near,
                    "empty evidence quote".into(),
                    "quote the article's words",
                );
                None
            }
            [] => {
                let help = match closest_line(self.text, quote) {
                    Some(line) => format!("copy it exactly (quotes, dashes and apostrophes included); the closest line is: {line}"),
                    None => "copy it exactly from the article".into(),
                };
                self.error(
                    &near,
                    format!("evidence not found verbatim in the article: \"{quote}\""),
                    help,
                );
                None
            }
            [start] => {
                let span = Span::new(*start, start + quote.len());
                let line = line_of(lines, span);
                if !lines[line].span.contains(span) {
                    self.error(
                        &near,
                        format!("evidence crosses a line break: \"{quote}\""),
                        "quote within one line; use two quotes for two lines",
                    );
                    return None;
                }
                Some(Quote {
                    span,
                    line: line as u32,
                })
            }
            many => {
                self.error(
                    &near,
                    format!(
                        "evidence \"{quote}\" occurs {} times in the article",
                        many.len()
                    ),
                    "lengthen the quote so it points to one place",
                );
                None
            }
        }
    }
}

fn line_of(lines: &[Line], span: Span) -> usize {
    lines
        .partition_point(|l| l.span.end < span.start)
        .min(lines.len() - 1)
}

/// One diagram edge per related pair, in order of first relation, labelled with the
/// distinct kinds between them.
fn edge_inputs(relations: &[Relation], kinds: &[Kind]) -> Vec<EdgeInput> {
    let mut edges: Vec<EdgeInput> = Vec::new();
    let mut seen = HashSet::new();
    for (i, r) in relations.iter().enumerate() {
        let (a, b) = (r.from.min(r.to), r.from.max(r.to));
        let label = kinds[r.kind].label.to_string();
        if seen.insert((a, b)) {
            edges.push(EdgeInput {
                a,
                b,
                relations: vec![i],
                label_lines: vec![label],
            });
        } else {
            let edge = edges
                .iter_mut()
                .find(|e| e.a == a && e.b == b)
                .expect("seen pairs have an edge");
            edge.relations.push(i);
            if !edge.label_lines.contains(&label) {
                edge.label_lines.push(label);
            }
        }
    }
    edges
}
