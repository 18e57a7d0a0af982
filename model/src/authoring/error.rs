//! Problems in a content file, worded for the editor who has to fix them: what kind
//! of problem, how serious, which item it is about (for the studio to jump to) and
//! where that item is written in the file (for `content-check`).

use std::fmt;

/// What went wrong, so tests and tools can tell problems apart without reading
/// their wording.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ErrorKind {
    /// Not TOML, or not the content file's shape (a missing or unknown field).
    Syntax,
    EmptyArticle,
    /// `caption_lines` or `subheading_lines` names a blank or missing line.
    BadLineNumber,
    MalformedId,
    DuplicateId,
    /// An id that names no actor, person or kind.
    UnknownId,
    AliasNotFound,
    /// One alias given to two actors or people.
    AliasShared,
    NeverMentioned,
    /// A person's role that is not the article's words.
    RoleNotInArticle,
    /// An event's `when` that is not the article's words.
    WhenNotInArticle,
    /// An `according_to` that is neither an id nor the article's words.
    UnknownSource,
    EmptySummary,
    NoEvidence,
    EmptyQuote,
    QuoteNotFound,
    QuoteRepeated,
    QuoteCrossesLine,
    SelfRelation,
    BadDate,
    /// Events listed in an order their dates contradict.
    TimelineOrder,
    /// The diagram cannot be laid out as given.
    Layout,
    /// A summary that drops its evidence's hedge or attribution (a warning).
    HedgeDropped,
    /// The article's `url` is not a web address.
    BadAddress,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// The file cannot be published until it is fixed.
    Error,
    /// Worth a look; the editor may overrule it.
    Warning,
}

/// One step of a [`Path`]: a field, or an item of a list.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Step {
    Key(&'static str),
    Index(usize),
}

/// Where an item is in the content file, as the file's own keys and list indexes:
/// `actors[2].stances[1].evidence[0]`. The studio finds the item by it, and
/// `content-check` turns it into a line and column.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Path(pub Vec<Step>);

impl Path {
    pub fn root() -> Self {
        Path(Vec::new())
    }

    pub fn key(&self, key: &'static str) -> Self {
        let mut steps = self.0.clone();
        steps.push(Step::Key(key));
        Path(steps)
    }

    pub fn index(&self, index: usize) -> Self {
        let mut steps = self.0.clone();
        steps.push(Step::Index(index));
        Path(steps)
    }

    /// The list and index of the top-level item this path is in, e.g.
    /// `("actors", 2)` for `actors[2].stances[1]`.
    pub fn item(&self) -> Option<(&'static str, usize)> {
        match self.0.as_slice() {
            [Step::Key(list), Step::Index(i), ..] => Some((list, *i)),
            _ => None,
        }
    }

    /// The key the path ends with (`position` for `actors[2].position`).
    pub fn last_key(&self) -> Option<&'static str> {
        match self.0.last() {
            Some(Step::Key(key)) => Some(key),
            _ => None,
        }
    }

    /// The section the path starts in (`diagram` for `diagram.width`).
    pub fn first_key(&self) -> Option<&'static str> {
        match self.0.first() {
            Some(Step::Key(key)) => Some(key),
            _ => None,
        }
    }
}

impl fmt::Display for Path {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, step) in self.0.iter().enumerate() {
            match step {
                Step::Key(key) if i == 0 => write!(f, "{key}")?,
                Step::Key(key) => write!(f, ".{key}")?,
                Step::Index(index) => write!(f, "[{index}]")?,
            }
        }
        Ok(())
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContentError {
    pub kind: ErrorKind,
    pub severity: Severity,
    pub file: String,
    /// The item at fault, where the problem belongs to one.
    pub path: Option<Path>,
    /// 1-based position in the content file, where known.
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub message: String,
    /// What to do about it.
    pub help: String,
}

impl ContentError {
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
            if let Some(column) = self.column {
                write!(f, ":{column}")?;
            }
        }
        let severity = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, ": {severity}: {}", self.message)?;
        if !self.help.is_empty() {
            write!(f, "\n  help: {}", self.help)?;
        }
        Ok(())
    }
}

impl std::error::Error for ContentError {}

/// 1-based line and column (in characters) of byte `offset` in `source`.
pub fn line_column(source: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(source.len());
    while !source.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &source[..offset];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_lines_and_characters() {
        assert_eq!(line_column("ab\ncé d", 7), (2, 4));
        assert_eq!(line_column("abc", 0), (1, 1));
    }

    #[test]
    fn paths_read_as_the_file_writes_them() {
        let path = Path::root()
            .key("actors")
            .index(2)
            .key("stances")
            .index(1)
            .key("evidence")
            .index(0);
        assert_eq!(path.to_string(), "actors[2].stances[1].evidence[0]");
        assert_eq!(path.item(), Some(("actors", 2)));
        assert_eq!(Path::root().key("article").item(), None);
    }

    #[test]
    fn display_names_file_position_severity_and_help() {
        let mut e = ContentError {
            kind: ErrorKind::UnknownId,
            severity: Severity::Error,
            file: "c.toml".into(),
            path: None,
            line: Some(3),
            column: Some(7),
            message: "unknown actor `x`".into(),
            help: "use one of: a, b".into(),
        };
        assert_eq!(
            e.to_string(),
            "c.toml:3:7: error: unknown actor `x`\n  help: use one of: a, b"
        );
        e.severity = Severity::Warning;
        assert!(e.to_string().starts_with("c.toml:3:7: warning: "));
    }
}
