//! Relations between two actors, each of a kind, with their claim.

use super::claims::ClaimParts;
use super::ids::IdsOf;
use super::{item, Compiler};
use crate::authoring::error::ErrorKind;
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
                let claim = self.claim(parts, at);
                let (from, to, kind) = (from?, to?, kind?);
                (from != to).then_some(Relation {
                    from,
                    to,
                    kind,
                    claim,
                })
            })
            .collect()
    }
}
