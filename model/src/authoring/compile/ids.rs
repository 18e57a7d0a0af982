//! Ids: each kind, actor and person has one, well-formed and unique, and every
//! reference to one resolves.

use std::collections::HashMap;

use super::Compiler;
use crate::authoring::error::{ErrorKind, Path};

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
