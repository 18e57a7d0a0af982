//! Ids: each kind, actor and person has one, well-formed and unique, and every
//! reference to one resolves.

use std::collections::HashMap;

use super::Compiler;
use crate::authoring::error::{ErrorKind, Path};

/// Ids of the reader's page's own elements (see the app's `contract`), and the
/// prefixes of those made per item. An actor's id is a link's fragment, so it must
/// not be one of them.
pub const RESERVED_IDS: &[&str] = &[
    "app",
    "explainer-content",
    "article",
    "diagram",
    "diagram-title",
    "arrowhead",
    "panel",
    "panel-title",
    "panel-slot",
    "timeline-title",
    "evidence-mark",
    "to-diagram",
    "back-to-reading",
    "find-name",
    "find-names",
    "find-note",
];
pub const RESERVED_PREFIXES: &[&str] = &["node-", "cell-", "line-"];

/// Whether `id` would name a part of the reader's page rather than an actor.
pub fn is_reserved(id: &str) -> bool {
    RESERVED_IDS.contains(&id) || RESERVED_PREFIXES.iter().any(|p| id.starts_with(p))
}

/// Which table of ids a reference looks in.
#[derive(Clone, Copy)]
pub(super) enum IdsOf {
    Kinds,
    Actors,
}

impl Compiler<'_> {
    pub(super) fn index_all_ids(&mut self) {
        let content = self.content;
        self.kinds = self.index_ids("kind", "kinds", content.kinds.iter().map(|k| k.id.as_str()));
        self.actors = self.index_ids(
            "actor",
            "actors",
            content.actors.iter().map(|a| a.id.as_str()),
        );
        self.people = self.index_ids(
            "person",
            "people",
            content.people.iter().map(|p| p.id.as_str()),
        );
        // A speaker or a source is a person's id or an actor's: one id for both
        // would be read as the person's, silently.
        for (i, person) in content.people.iter().enumerate() {
            if self.actors.contains_key(&person.id) {
                self.error(
                    ErrorKind::DuplicateId,
                    Path::root().key("people").index(i).key("id"),
                    format!("person id \"{}\" is also an actor's id", person.id),
                    "a speaker or source names either; give the person an id of their own",
                );
            }
        }
    }

    /// Maps ids to indexes, reporting malformed and duplicate ids at the later one.
    fn index_ids<'s>(
        &mut self,
        what: &str,
        list: &'static str,
        ids: impl Iterator<Item = &'s str>,
    ) -> HashMap<String, usize> {
        let mut map = HashMap::new();
        for (i, id) in ids.enumerate() {
            let at = Path::root().key(list).index(i).key("id");
            let well_formed = !id.is_empty()
                && id
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
            if !well_formed {
                self.error(
                    ErrorKind::MalformedId,
                    at.clone(),
                    format!("{what} id \"{id}\" is not lowercase letters, digits and dashes"),
                    "ids appear in links, so keep them plain, e.g. \"united-states\"",
                );
            } else if what == "actor" && is_reserved(id) {
                self.error(
                    ErrorKind::MalformedId,
                    at.clone(),
                    format!("actor id \"{id}\" names a part of the page"),
                    "a link to it would jump to that part instead of selecting the actor: choose another id",
                );
            }
            if map.contains_key(id) {
                self.error(
                    ErrorKind::DuplicateId,
                    at,
                    format!("duplicate {what} id \"{id}\""),
                    format!("give each {what} its own id"),
                );
            } else {
                map.insert(id.to_string(), i);
            }
        }
        map
    }

    /// The index of the kind or actor `id`, reporting it at `at` if unknown.
    pub(super) fn resolve(&mut self, of: IdsOf, id: &str, at: Path) -> Option<usize> {
        let (ids, what) = match of {
            IdsOf::Kinds => (&self.kinds, "kind"),
            IdsOf::Actors => (&self.actors, "actor"),
        };
        if let Some(&found) = ids.get(id) {
            return Some(found);
        }
        let mut known: Vec<&str> = ids.keys().map(String::as_str).collect();
        known.sort_unstable();
        let help = format!("use one of: {}", known.join(", "));
        self.error(
            ErrorKind::UnknownId,
            at,
            format!("unknown {what} \"{id}\""),
            help,
        );
        None
    }
}
