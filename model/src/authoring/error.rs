//! Errors in a content file, worded for the editor who has to fix them.

use std::fmt;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContentError {
    pub file: String,
    /// 1-based position in the content file, where known.
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub message: String,
    /// What to do about it.
    pub help: String,
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
        write!(f, ": error: {}", self.message)?;
        if !self.help.is_empty() {
            write!(f, "\n  help: {}", self.help)?;
        }
        Ok(())
    }
}

/// 1-based line and column (in characters) of byte `offset` in `source`.
pub fn line_column(source: &str, offset: usize) -> (usize, usize) {
    let before = &source[..offset.min(source.len())];
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
    fn display_names_file_position_and_help() {
        let e = ContentError {
            file: "c.toml".into(),
            line: Some(3),
            column: Some(7),
            message: "unknown actor `x`".into(),
            help: "use one of: a, b".into(),
        };
        assert_eq!(
            e.to_string(),
            "c.toml:3:7: error: unknown actor `x`\n  help: use one of: a, b"
        );
    }
}
