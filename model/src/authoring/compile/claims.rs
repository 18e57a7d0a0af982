//! The one claim builder every section shares: a summary, its evidence quotes, who
//! says so, and the check that the summary keeps its evidence's hedges.

use super::Compiler;
use crate::authoring::error::{ErrorKind, Path, Severity};
use crate::authoring::file::ClaimSpec;
use crate::authoring::hedges::{dropped, Dropped};
use crate::explainer::{Claim, Source, Speaker};

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
}
