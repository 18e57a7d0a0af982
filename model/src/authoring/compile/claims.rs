//! The one claim builder every section shares: a summary, its evidence quotes, who
//! says so, and the check that the summary keeps its evidence's hedges.

use super::Compiler;
use crate::authoring::error::{ErrorKind, Path, Severity};
use crate::authoring::file::ClaimSpec;
use crate::authoring::hedges::{dropped, Dropped};
use crate::authoring::sources::{slip, SourceSlip, Speaker as Named};
use crate::explainer::{Claim, Quote, Source, Speaker};
use crate::text::Span;

/// A claim as the file writes it, borrowed from wherever it sits (an actor's role
/// or stance, a relation, an event).
pub(super) struct ClaimParts<'a> {
    pub summary: &'a str,
    pub evidence: &'a [String],
    pub according_to: Option<&'a str>,
    pub hedge_checked: bool,
}

impl<'a> From<&'a ClaimSpec> for ClaimParts<'a> {
    fn from(c: &'a ClaimSpec) -> Self {
        ClaimParts {
            summary: &c.summary,
            evidence: &c.evidence,
            according_to: c.according_to.as_deref(),
            hedge_checked: c.hedge_checked,
        }
    }
}

impl Compiler<'_> {
    /// Builds the claim at `at` (whose `summary`, `evidence` and `according_to`
    /// are fields under it).
    pub(super) fn claim(&mut self, parts: ClaimParts, at: Path) -> Claim {
        if parts.summary.trim().is_empty() {
            self.error(
                ErrorKind::EmptySummary,
                at.key("summary"),
                "the summary is empty".into(),
                "say in one line what the evidence supports, keeping its hedges (\"is scheduled to\") and who says so",
            );
        }
        if parts.evidence.is_empty() {
            self.error(
                ErrorKind::NoEvidence,
                at.key("summary"),
                format!("\"{}\" has no evidence", parts.summary),
                "every claim needs at least one exact quote from the article",
            );
        }
        let evidence: Vec<_> = parts
            .evidence
            .iter()
            .enumerate()
            .filter_map(|(i, q)| self.quote(q, at.key("evidence").index(i)))
            .collect();
        let source = parts
            .according_to
            .and_then(|s| self.source(s, at.key("according_to")));
        if !parts.hedge_checked {
            self.check_hedges(&parts, source.is_some(), &at);
            self.check_sources(&parts, source.as_ref(), &evidence, &at);
        }
        Claim {
            summary: parts.summary.to_string().into(),
            evidence: evidence.into(),
            source,
        }
    }

    /// Who says so: a person's or actor's id, or else the article's own words.
    fn source(&mut self, according_to: &str, at: Path) -> Option<Source> {
        if according_to.trim().is_empty() {
            self.error(
                ErrorKind::UnknownSource,
                at,
                "according_to is empty".into(),
                "name who says so, or leave according_to out for the article's own reporting",
            );
            return None;
        }
        match self.speaker(according_to) {
            Some(Speaker::Person(p)) => return Some(Source::Person(p)),
            Some(Speaker::Actor(a)) => return Some(Source::Actor(a)),
            None => {}
        }
        if self.text.contains(according_to) {
            // The first place the words stand is the source's name; they need not
            // be unique, as a name may recur.
            let start = self.text.find(according_to)?;
            let span = crate::text::Span::new(start, start + according_to.len());
            return Some(Source::Words(crate::explainer::Quote {
                span,
                line: self.line_of(span) as u32,
            }));
        }
        self.error(
            ErrorKind::UnknownSource,
            at,
            format!("according_to \"{according_to}\" is neither an id nor the article's words"),
            "give a person's or actor's id, or copy the source's name from the article, e.g. \"Ukraine’s emergency services\"",
        );
        None
    }

    fn check_hedges(&mut self, parts: &ClaimParts, attributed: bool, at: &Path) {
        let quotes: Vec<&str> = parts.evidence.iter().map(String::as_str).collect();
        let Some(problem) = dropped(parts.summary, &quotes, attributed) else {
            return;
        };
        let (message, help) = match problem {
            Dropped::Hedge(word) => (
                format!("the evidence says \"{word}\", but the summary \"{}\" states it as fact", parts.summary),
                "keep the evidence's hedge in the summary (\"is scheduled to\", \"would\", \"expects\"), or, if the summary is right as it is, add `hedge_checked = true`",
            ),
            Dropped::Attribution(word) => (
                format!("the evidence says \"{word}\", but the summary \"{}\" does not say who says so", parts.summary),
                "say who says so in the summary (\"X says\"), or give the claim an `according_to`; or, if it is right as it is, add `hedge_checked = true`",
            ),
        };
        self.problem(
            Severity::Warning,
            ErrorKind::HedgeDropped,
            at.key("summary"),
            message,
            help,
        );
    }

    /// A source the summary names in its own words must be one the claim backs,
    /// and must not be the claim's own `according_to`, which the page adds.
    fn check_sources(
        &mut self,
        parts: &ClaimParts,
        source: Option<&Source>,
        evidence: &[Quote],
        at: &Path,
    ) {
        let content = self.content;
        let quotes: Vec<&str> = parts.evidence.iter().map(String::as_str).collect();
        let spans: Vec<Span> = evidence.iter().map(|q| q.span).collect();
        // Who the file says said each quoted passage that the evidence overlaps.
        let mut heard = Vec::new();
        for s in &content.statements {
            let Some(start) = self.text.find(s.quote.as_str()) else {
                continue;
            };
            let said = Span::new(start, start + s.quote.len());
            if spans
                .iter()
                .any(|e| e.start < said.end && said.start < e.end)
            {
                heard.extend(self.speaker(&s.speaker));
            }
        }
        let person_of = |p: usize| {
            content
                .people
                .get(p)
                .and_then(|p| self.actors.get(&p.actor).copied())
        };
        let mut speakers: Vec<Named> = content
            .people
            .iter()
            .enumerate()
            .map(|(p, person)| {
                let names: Vec<&str> = std::iter::once(person.name.as_str())
                    .chain(person.aliases.iter().map(String::as_str))
                    .collect();
                let mut named = Named::new(names, person.role.as_deref());
                named.backed =
                    Named::named_in(&named.names, &quotes) || heard.contains(&Speaker::Person(p));
                named
            })
            .collect();
        for (a, actor) in content.actors.iter().enumerate() {
            let names: Vec<&str> = std::iter::once(actor.name.as_str())
                .chain(actor.aliases.iter().map(String::as_str))
                .collect();
            let its_people = (0..content.people.len()).filter(|&p| person_of(p) == Some(a));
            let backed = Named::named_in(&names, &quotes)
                || heard.contains(&Speaker::Actor(a))
                || its_people.into_iter().any(|p| speakers[p].backed);
            speakers.push(Named {
                names,
                nouns: Vec::new(),
                backed,
            });
        }
        let according_to = match source {
            Some(Source::Person(p)) => Some(*p),
            Some(Source::Actor(a)) => Some(content.people.len() + a),
            Some(Source::Words(q)) => {
                let words = &self.text[q.span.range()];
                speakers.push(Named::new(vec![words], None));
                Some(speakers.len() - 1)
            }
            None => None,
        };
        let Some(problem) = slip(parts.summary, &speakers, according_to) else {
            return;
        };
        let (message, help) = match problem {
            SourceSlip::Twice(name) => (
                format!("the summary \"{}\" names its source (\"{name}\"), and the page adds \", according to\" it again", parts.summary),
                "leave who says so to `according_to`, and say only what they say",
            ),
            SourceSlip::Unbacked(name) => (
                format!("the summary \"{}\" gives it to \"{name}\", but neither its evidence nor its according_to does", parts.summary),
                "cite the words where they say so (or that the file gives them as a statement), or give who says so as the evidence does",
            ),
        };
        self.problem(
            Severity::Warning,
            ErrorKind::HedgeDropped,
            at.key("summary"),
            message,
            help,
        );
    }
}
