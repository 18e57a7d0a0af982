//! The article as text: byte spans, lines, display blocks, the segments a line is
//! cut into for its mentions, and where a passage of it is.

/// A byte range into the article text. Always on `char` boundaries.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "wire", derive(serde::Serialize, serde::Deserialize))]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        Span {
            start: start as u32,
            end: end as u32,
        }
    }
    pub fn range(self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }
    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

/// Why a passage does not point to one place in the article.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PassageProblem {
    /// Nothing but white space.
    Empty,
    NotFound,
    /// It occurs this many times.
    Repeated(usize),
    CrossesLine,
}

/// Where `passage` is in `text`, if it points to one place: it occurs exactly
/// once, within one line. Evidence, statements and passages left out must, so the
/// reader can show the very words; the compiler, the studio and the proposals all
/// ask this one question.
pub fn find_passage(text: &str, passage: &str) -> Result<Span, PassageProblem> {
    if passage.trim().is_empty() {
        return Err(PassageProblem::Empty);
    }
    let mut hits = text.match_indices(passage).map(|(i, _)| i);
    let start = hits.next().ok_or(PassageProblem::NotFound)?;
    let more = hits.count();
    if more > 0 {
        return Err(PassageProblem::Repeated(more + 1));
    }
    // Lines end at '\n' only (see split_lines), so this is "within one line".
    if passage.contains('\n') {
        return Err(PassageProblem::CrossesLine);
    }
    Ok(Span::new(start, start + passage.len()))
}

/// How a line of the article is presented. The article file has no markup, so the
/// content file says which line is the photo caption and which are subheadings.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "wire", derive(serde::Serialize, serde::Deserialize))]
pub enum LineRole {
    Caption,
    Subheading,
    Body,
    /// An empty line: it separates paragraphs.
    Blank,
}

/// One line of the article (without its line break).
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "wire", derive(serde::Serialize, serde::Deserialize))]
pub struct Line {
    pub span: Span,
    pub role: LineRole,
}

/// A run of lines shown as one element: a caption, a subheading, or a paragraph of
/// one or more consecutive body lines.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Block {
    pub role: LineRole,
    /// Indexes into the article's lines.
    pub lines: Vec<usize>,
}

/// Splits `text` into lines, keeping every character: the spans plus the `\n`
/// between them cover the text exactly.
pub fn split_lines(text: &str) -> Vec<Span> {
    let mut spans = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if c == '\n' {
            spans.push(Span::new(start, i));
            start = i + 1;
        }
    }
    spans.push(Span::new(start, text.len()));
    spans
}

/// Groups lines into display blocks: consecutive body lines form one paragraph,
/// while captions and subheadings stand alone. Blank lines only separate.
pub fn blocks(lines: &[Line]) -> Vec<Block> {
    let mut out: Vec<Block> = Vec::new();
    let mut previous_was_body = false;
    for (i, line) in lines.iter().enumerate() {
        match line.role {
            LineRole::Blank => previous_was_body = false,
            LineRole::Body if previous_was_body => {
                out.last_mut().expect("a body block is open").lines.push(i);
            }
            role => {
                out.push(Block {
                    role,
                    lines: vec![i],
                });
                previous_was_body = role == LineRole::Body;
            }
        }
    }
    out
}

/// A piece of a line: plain text, or a mention of an entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Segment {
    pub span: Span,
    /// Index into the line's mentions, if this piece is one.
    pub mention: Option<usize>,
}

/// Cuts `line` at the edges of its `mentions` (sorted, non-overlapping, inside the
/// line), so each piece can be rendered on its own.
pub fn segments(line: Span, mentions: &[Span]) -> Vec<Segment> {
    let mut cuts = Vec::with_capacity(mentions.len() * 2 + 2);
    cuts.push(line.start);
    for m in mentions {
        cuts.extend([m.start, m.end]);
    }
    cuts.push(line.end);
    cuts.dedup();
    cuts.windows(2)
        .map(|w| {
            let span = Span {
                start: w[0],
                end: w[1],
            };
            Segment {
                span,
                mention: mentions.iter().position(|m| m.contains(span)),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(text: &str, role: LineRole) -> Line {
        Line {
            span: Span::new(0, text.len()),
            role,
        }
    }

    #[test]
    fn lines_cover_the_text_exactly() {
        let text = "a\n\nbé\nc";
        let spans = split_lines(text);
        let rebuilt: Vec<&str> = spans.iter().map(|s| &text[s.range()]).collect();
        assert_eq!(rebuilt.join("\n"), text);
        assert_eq!(spans.len(), 4);
    }

    #[test]
    fn a_passage_points_to_one_place_within_one_line() {
        let text = "Northport and Southbay agreed.\nSouthbay paid.";
        assert_eq!(find_passage(text, "agreed"), Ok(Span::new(23, 29)));
        assert_eq!(find_passage(text, " \n"), Err(PassageProblem::Empty));
        assert_eq!(find_passage(text, "agreed!"), Err(PassageProblem::NotFound));
        assert_eq!(
            find_passage(text, "Southbay"),
            Err(PassageProblem::Repeated(2))
        );
        assert_eq!(
            find_passage(text, "agreed.\nSouthbay"),
            Err(PassageProblem::CrossesLine)
        );
    }

    #[test]
    fn consecutive_body_lines_share_a_paragraph() {
        use LineRole::*;
        let lines: Vec<Line> = [
            Caption, Body, Blank, Body, Body, Blank, Subheading, Blank, Body,
        ]
        .into_iter()
        .map(|r| line("x", r))
        .collect();
        let b = blocks(&lines);
        let shape: Vec<(LineRole, Vec<usize>)> = b.into_iter().map(|b| (b.role, b.lines)).collect();
        assert_eq!(
            shape,
            vec![
                (Caption, vec![0]),
                (Body, vec![1]),
                (Body, vec![3, 4]),
                (Subheading, vec![6]),
                (Body, vec![8]),
            ]
        );
    }

    #[test]
    fn segments_split_at_mentions() {
        let line = Span::new(0, 20);
        let mentions = [Span::new(2, 6), Span::new(6, 10), Span::new(14, 20)];
        let segs = segments(line, &mentions);
        let ranges: Vec<_> = segs
            .iter()
            .map(|s| (s.span.start, s.span.end, s.mention))
            .collect();
        assert_eq!(
            ranges,
            vec![
                (0, 2, None),
                (2, 6, Some(0)),
                (6, 10, Some(1)),
                (10, 14, None),
                (14, 20, Some(2)),
            ]
        );
    }

    #[test]
    fn a_line_without_mentions_is_one_segment() {
        let segs = segments(Span::new(10, 20), &[]);
        assert_eq!(segs.len(), 1);
        assert_eq!(segs[0].mention, None);
    }
}
