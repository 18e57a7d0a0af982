//! The article section: the text's lines and their roles, evidence quotes found
//! in the text, and the passages left out on purpose.

use super::{item, Compiler};
use crate::authoring::error::{ErrorKind, Path};
use crate::authoring::find::closest_line;
use crate::explainer::Quote;
use crate::text::{find_passage, split_lines, Line, LineRole, PassageProblem, Span};

/// Whether `address` is a web address a page may link to: `https://` or
/// `http://`, a host, and no spaces, quotes or angle brackets.
pub fn is_web_address(address: &str) -> bool {
    let rest = address
        .strip_prefix("https://")
        .or_else(|| address.strip_prefix("http://"))
        .unwrap_or_default();
    !rest.is_empty()
        && !rest.starts_with('/')
        && !address
            .chars()
            .any(|c| c.is_whitespace() || matches!(c, '"' | '\'' | '<' | '>'))
}

impl Compiler<'_> {
    /// The article's address, if given: the page links to it, so only a web
    /// address (`https://…` or `http://…`, no spaces or quotes) is taken.
    pub(super) fn source_url(&mut self) -> Option<String> {
        let url = self.content.article.url.as_deref()?.trim();
        if !is_web_address(url) {
            self.error(
                ErrorKind::BadAddress,
                Path::root().key("article").key("url"),
                format!("the article's address is not a web address: {url:?}"),
                "give the address the article was published at, starting with https:// (or leave url out)",
            );
            return None;
        }
        Some(url.to_string())
    }

    /// The text's lines: blank or body, then captions and subheadings as the file
    /// marks them.
    pub(super) fn article_lines(&mut self) -> Vec<Line> {
        let article = Path::root().key("article");
        if self.text.trim().is_empty() {
            self.error(
                ErrorKind::EmptyArticle,
                article.key("text"),
                "the article is empty".into(),
                "paste the article, verbatim, into [article] text = '''...'''",
            );
        }
        let spans = split_lines(self.text);
        let mut lines: Vec<Line> = spans
            .iter()
            .map(|&span| Line {
                span,
                role: if self.text[span.range()].trim().is_empty() {
                    LineRole::Blank
                } else {
                    LineRole::Body
                },
            })
            .collect();
        let marked = [
            (
                &self.content.article.caption_lines,
                LineRole::Caption,
                "caption_lines",
            ),
            (
                &self.content.article.subheading_lines,
                LineRole::Subheading,
                "subheading_lines",
            ),
        ];
        for (numbers, role, field) in marked {
            for (i, &n) in numbers.iter().enumerate() {
                match lines.get_mut(n.wrapping_sub(1)) {
                    Some(line) if line.role != LineRole::Blank => line.role = role,
                    _ => self.error(
                        ErrorKind::BadLineNumber,
                        article.key(field).index(i),
                        format!("{field} names line {n}, which is blank or past the end"),
                        format!("the article has {} lines, numbered from 1", spans.len()),
                    ),
                }
            }
        }
        lines
    }

    /// Finds an evidence quote: it must occur exactly once, within one line.
    pub(super) fn quote(&mut self, quote: &str, at: Path) -> Option<Quote> {
        let (kind, message, help) = match find_passage(self.text, quote) {
            Ok(span) => {
                return Some(Quote {
                    span,
                    line: self.line_of(span) as u32,
                })
            }
            Err(PassageProblem::Empty) => (
                ErrorKind::EmptyQuote,
                "empty evidence quote".into(),
                "quote the article's words".into(),
            ),
            Err(PassageProblem::NotFound) => (
                ErrorKind::QuoteNotFound,
                format!("evidence not found verbatim in the article: \"{quote}\""),
                match closest_line(self.text, quote) {
                    Some(line) => format!("copy it exactly (quotes, dashes and apostrophes included); the closest line is: {line}"),
                    None => "copy it exactly from the article".into(),
                },
            ),
            Err(PassageProblem::Repeated(n)) => (
                ErrorKind::QuoteRepeated,
                format!("evidence \"{quote}\" occurs {n} times in the article"),
                "lengthen the quote so it points to one place".into(),
            ),
            Err(PassageProblem::CrossesLine) => (
                ErrorKind::QuoteCrossesLine,
                format!("evidence crosses a line break: \"{quote}\""),
                "quote within one line; use two quotes for two lines".into(),
            ),
        };
        self.error(kind, at, message, help);
        None
    }

    /// The line a span starts on.
    pub(super) fn line_of(&self, span: Span) -> usize {
        self.lines
            .partition_point(|l| l.span.end < span.start)
            .min(self.lines.len().saturating_sub(1))
    }

    /// Passages left out on purpose must be the article's words, like evidence.
    pub(super) fn left_out(&mut self) {
        for (i, left) in self.content.left_out.iter().enumerate() {
            let at = item("left_out", i);
            self.quote(&left.quote, at.key("quote"));
            if left.reason.trim().is_empty() {
                self.error(
                    ErrorKind::EmptySummary,
                    at.key("reason"),
                    "a passage left out needs a reason".into(),
                    "say why the explainer does not use it, e.g. \"background, no actor's stance\"",
                );
            }
        }
    }
}
