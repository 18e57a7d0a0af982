//! Relations between two actors, each of a kind, with their claim.

use super::claims::ClaimParts;
use super::ids::IdsOf;
use super::{item, Compiler};
use crate::authoring::error::{ErrorKind, Path, Severity};
use crate::authoring::file::RelationSpec;
use crate::authoring::verbs::{self, Misreading};
use crate::explainer::Relation;

impl Compiler<'_> {
    pub(super) fn relations(&mut self) -> Vec<Relation> {
        let content = self.content;
        content
            .relations
            .iter()
            .enumerate()
            .filter_map(|(i, r)| {
                let at = item("relations", i);
                let between = at.key("between");
                let from = self.resolve(IdsOf::Actors, &r.between[0], between.index(0));
                let to = self.resolve(IdsOf::Actors, &r.between[1], between.index(1));
                let kind = self.resolve(IdsOf::Kinds, &r.kind, at.key("kind"));
                if r.between[0] == r.between[1] {
                    self.error(
                        ErrorKind::SelfRelation,
                        between.index(1),
                        format!("relation of {} to itself", r.between[0]),
                        "a relation links two different actors",
                    );
                }
                let parts = ClaimParts {
                    summary: &r.summary,
                    evidence: &r.evidence,
                    according_to: r.according_to.as_deref(),
                    hedge_checked: r.hedge_checked,
                };
                let claim = self.claim(parts, at.clone());
                let (from, to, kind) = (from?, to?, kind?);
                self.check_reading(r, from, to, kind, &at);
                (from != to).then_some(Relation {
                    from,
                    to,
                    kind,
                    claim,
                })
            })
            .collect()
    }

    /// The sentence the page builds from the relation, "<from> <verb> <to>" (the
    /// diagram's accessible name, the relation table, the panel): the verb must
    /// meet both names cleanly and keep a hedge that every quote has.
    fn check_reading(&mut self, r: &RelationSpec, from: usize, to: usize, kind: usize, at: &Path) {
        let content = self.content;
        let (from, to) = (&content.actors[from].name, &content.actors[to].name);
        let verb = &content.kinds[kind].verb;
        let sentence = format!("{from} {verb} {to}");
        let quotes: Vec<&str> = r.evidence.iter().map(String::as_str).collect();
        let hedge = (!r.hedge_checked)
            .then(|| verbs::hedge(verb, &quotes))
            .flatten();
        for problem in [verbs::joins(from, verb, to), hedge].into_iter().flatten() {
            let (message, help) = match problem {
                Misreading::Join(left, right) => (
                    format!("\"{sentence}\": \"{left}\" meets \"{right}\" where the verb meets a name"),
                    "reword the kind's verb so that it reads right between these two names",
                ),
                Misreading::Hedge(word) => (
                    format!("the evidence says \"{word}\", but the page's sentence \"{sentence}\" states it as done"),
                    "give the relation a kind whose verb keeps the hedge (\"seeks\", \"is to\", \"would\"), or, if the sentence is right as it is, add `hedge_checked = true`",
                ),
            };
            self.problem(
                Severity::Warning,
                ErrorKind::HedgeDropped,
                at.key("kind"),
                message,
                help,
            );
        }
    }
}
