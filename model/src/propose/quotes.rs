//! Quoted passages, cut at line ends: a quotation that runs over several lines
//! becomes one piece per line, since a statement's quote must lie within one line.

use super::sentences::Document;
use crate::text::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct QuotePiece {
    /// Quotation marks included where the line has them.
    pub span: Span,
    pub line: usize,
    /// Pieces of one quotation share this number.
    pub quotation: usize,
    /// Begins its line without an opening mark: the quotation started on an earlier
    /// line, or its opening mark is missing (a closing mark alone).
    pub continued: bool,
}

/// A quotation open for more lines than this is a stray mark, not a quotation.
const MAX_LINES: usize = 4;

fn trimmed(text: &str, from: usize, to: usize) -> Option<Span> {
    let slice = &text[from..to];
    let start = from + (slice.len() - slice.trim_start().len());
    let end = to - (slice.len() - slice.trim_end().len());
    (start < end).then(|| Span::new(start, end))
}

pub fn find(doc: &Document) -> Vec<QuotePiece> {
    let text = doc.text;
    let mut pieces: Vec<QuotePiece> = Vec::new();
    let mut next_quotation = 0;
    // The open quotation: its number, where its piece on this line starts, and the
    // index of its first piece.
    let mut open: Option<(usize, usize, usize)> = None;
    for (line_number, line) in doc.lines.iter().enumerate() {
        let (start, end) = (line.start as usize, line.end as usize);
        if let Some((q, _, first)) = open {
            if text[start..end].trim().is_empty() {
                continue;
            }
            let spanned = pieces[first..].iter().filter(|p| p.quotation == q).count();
            if spanned >= MAX_LINES {
                pieces.retain(|p| p.quotation != q);
                open = None;
            } else {
                open = Some((q, start, first));
            }
        }
        let mut continued = open.is_some();
        for (offset, c) in text[start..end].char_indices() {
            let at = start + offset;
            let after = at + c.len_utf8();
            match (c, open) {
                ('“', Some((q, from, first))) if continued && text[from..at].trim().is_empty() => {
                    // A new paragraph of a running quotation opens with a mark again.
                    open = Some((q, at, first));
                    continued = false;
                }
                ('“', None) | ('"', None) => {
                    open = Some((next_quotation, at, pieces.len()));
                    next_quotation += 1;
                    continued = false;
                }
                ('”', Some((q, from, _))) | ('"', Some((q, from, _))) => {
                    pieces.extend(trimmed(text, from, after).map(|span| QuotePiece {
                        span,
                        line: line_number,
                        quotation: q,
                        continued,
                    }));
                    open = None;
                    continued = false;
                }
                ('”', None) => {
                    // A closing mark alone: the line so far was quoted.
                    pieces.extend(trimmed(text, start, after).map(|span| QuotePiece {
                        span,
                        line: line_number,
                        quotation: next_quotation,
                        continued: true,
                    }));
                    next_quotation += 1;
                }
                _ => {}
            }
        }
        if let Some((q, from, _)) = open {
            pieces.extend(trimmed(text, from, end).map(|span| QuotePiece {
                span,
                line: line_number,
                quotation: q,
                continued,
            }));
        }
    }
    if let Some((q, _, _)) = open {
        // Never closed: no quotation, just a stray mark.
        pieces.retain(|p| p.quotation != q);
    }
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pieces(text: &str) -> Vec<(&str, usize, bool)> {
        let doc = Document::new(text);
        find(&doc)
            .into_iter()
            .map(|p| (&text[p.span.range()], p.quotation, p.continued))
            .collect()
    }

    #[test]
    fn curly_and_straight_quotations_within_a_line() {
        assert_eq!(
            pieces("“Yes,” he said. \"No,\" she said."),
            [("“Yes,”", 0, false), ("\"No,\"", 1, false)]
        );
    }

    #[test]
    fn a_quotation_over_two_lines_is_a_piece_per_line() {
        assert_eq!(
            pieces("“Every engineer agrees. Hold the river\nand it floods,” Breck said."),
            [
                ("“Every engineer agrees. Hold the river", 0, false),
                ("and it floods,”", 0, true)
            ]
        );
    }

    #[test]
    fn a_closing_mark_alone_quotes_its_line_so_far() {
        assert_eq!(
            pieces("“It’s late,” he said.\nA process must begin. A just peace.”"),
            [
                ("“It’s late,”", 0, false),
                ("A process must begin. A just peace.”", 1, true)
            ]
        );
    }

    #[test]
    fn a_mark_never_closed_is_no_quotation() {
        assert!(pieces("“Never closed.\nNext line.\n\nMore.").is_empty());
    }
}
