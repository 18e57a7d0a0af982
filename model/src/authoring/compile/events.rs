//! The timeline: events dated in the article's own words, and, where the editor
//! gives calendar dates, listed in an order those dates allow.

use super::claims::ClaimParts;
use super::ids::IdsOf;
use super::{item, Compiler};
use crate::authoring::dates::{self, DateSpan};
use crate::authoring::error::ErrorKind;
use crate::explainer::Event;

impl Compiler<'_> {
    pub(super) fn events(&mut self) -> Vec<Event> {
        let content = self.content;
        let events = content
            .events
            .iter()
            .enumerate()
            .map(|(i, e)| {
                let at = item("events", i);
                if let Some(when) = e.when.as_deref().filter(|w| !self.text.contains(*w)) {
                    self.error(
                        ErrorKind::WhenNotInArticle,
                        at.key("when"),
                        format!("event time \"{when}\" is not in the article"),
                        "give `when` in the article's own words, or leave it out and put a date in `context`",
                    );
                }
                let parts = ClaimParts {
                    summary: &e.summary,
                    evidence: &e.evidence,
                    according_to: e.according_to.as_deref(),
                    hedge_checked: e.hedge_checked,
                };
                let claim = self.claim(parts, at.clone());
                let actors = e
                    .actors
                    .iter()
                    .enumerate()
                    .filter_map(|(a, id)| {
                        self.resolve(IdsOf::Actors, id, at.key("actors").index(a))
                    })
                    .collect();
                Event {
                    when: e.when.clone().map(Into::into),
                    claim,
                    actors,
                    context: e.context.clone().map(Into::into),
                }
            })
            .collect();
        self.check_order();
        events
    }

    /// Rejects a later-listed event whose date lies wholly before an earlier one's.
    fn check_order(&mut self) {
        let content = self.content;
        let mut dated: Vec<(usize, DateSpan)> = Vec::new();
        for (i, e) in content.events.iter().enumerate() {
            let Some(date) = e.date.as_deref() else {
                continue;
            };
            let at = item("events", i).key("date");
            let Some(span) = dates::parse(date) else {
                self.error(
                    ErrorKind::BadDate,
                    at,
                    format!("date \"{date}\" is not YYYY, YYYY-MM or YYYY-MM-DD"),
                    "write a calendar date such as \"2022-09-21\", \"2022-09\" or \"2022\"",
                );
                continue;
            };
            if let Some(&(earlier, _)) = dated.iter().find(|(_, d)| span.before(d)) {
                let other = &content.events[earlier];
                self.error(
                    ErrorKind::TimelineOrder,
                    at,
                    format!(
                        "\"{}\" ({date}) is listed after \"{}\" ({}), which came later",
                        e.summary,
                        other.summary,
                        other.date.as_deref().unwrap_or_default()
                    ),
                    "events go in the order they happened: move this one before the other, or correct a date",
                );
            }
            dated.push((i, span));
        }
    }
}
