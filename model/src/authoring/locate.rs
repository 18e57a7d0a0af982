//! Finds where an item is written in the content file: its [`Path`] looked up in
//! the TOML parser's spans, so an error points at the exact key or value at fault,
//! never at the first place its words happen to appear.

use toml::de::{DeTable, DeValue};

use super::error::{line_column, ContentError, Path, Step};

/// The spans of a parsed content file.
pub struct Locator<'a> {
    source: &'a str,
    root: Option<DeValue<'a>>,
}

impl<'a> Locator<'a> {
    pub fn new(source: &'a str) -> Self {
        let root = DeTable::parse(source)
            .ok()
            .map(|table| DeValue::Table(table.into_inner()));
        Locator { source, root }
    }

    /// The byte range of the value at `path`, or of the nearest enclosing item
    /// that is written in the file (a missing field points at its table).
    pub fn span(&self, path: &Path) -> Option<std::ops::Range<usize>> {
        let mut value = self.root.as_ref()?;
        let mut found = None;
        for step in &path.0 {
            let next = match step {
                Step::Key(key) => value.get(*key),
                Step::Index(index) => value.get(*index),
            };
            match next {
                Some(spanned) => {
                    found = Some(spanned.span());
                    value = spanned.get_ref();
                }
                None => break,
            }
        }
        found
    }

    /// Fills in the line and column of each error from its path.
    pub fn place(&self, errors: &mut [ContentError]) {
        for e in errors.iter_mut().filter(|e| e.line.is_none()) {
            if let Some(span) = e.path.as_ref().and_then(|p| self.span(p)) {
                let (line, column) = line_column(self.source, span.start);
                e.line = Some(line);
                e.column = Some(column);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = "[article]\ntext = 'x'\n\n[[actors]]\nid = \"a\"\nrole.summary = \"s\"\nrole.evidence = [\"x\", \"y\"]\n\n[[actors]]\nid = \"b\"\n";

    fn at(path: Path) -> (usize, usize) {
        let span = Locator::new(FILE).span(&path).expect("found");
        line_column(FILE, span.start)
    }

    #[test]
    fn paths_find_their_values() {
        let actors = Path::root().key("actors");
        assert_eq!(at(actors.index(1).key("id")), (10, 6));
        assert_eq!(
            at(actors.index(0).key("role").key("evidence").index(1)),
            (7, 23)
        );
        assert_eq!(at(Path::root().key("article").key("text")), (2, 8));
    }

    #[test]
    fn a_missing_field_points_at_what_encloses_it() {
        let (line, _) = at(Path::root().key("actors").index(1).key("aliases"));
        assert!(line >= 9, "{line}");
    }
}
