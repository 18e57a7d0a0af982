//! The article cut into lines and sentences, with wire datelines ("Istanbul (AFP) –")
//! set apart, since their place and agency are not part of the story.

use super::tokens::{tokenize, Token};
use crate::text::{split_lines, Span};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sentence {
    pub span: Span,
    /// Index of the line (0-based) the sentence is on: sentences never cross lines,
    /// as paragraphs end there.
    pub line: usize,
}

pub struct Document<'a> {
    pub text: &'a str,
    pub lines: Vec<Span>,
    pub sentences: Vec<Sentence>,
    /// Datelines at the start of lines, dash included.
    pub datelines: Vec<Span>,
    /// The news agency a dateline credits ("AFP"), if any.
    pub agency: Option<Span>,
}

/// Abbreviations whose full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "sgt", "gov", "sen", "rep", "prof", "jan",
    "feb", "aug", "sept", "sep", "oct", "nov", "dec", "no", "inc", "corp", "ltd", "co", "jr", "sr",
    "vs", "approx", "est",
];

fn is_dash(t: &Token) -> bool {
    ["–", "—", "-"].iter().any(|d| t.is_mark(d))
}

fn opens_quote(t: &Token) -> bool {
    t.is_mark("“")
}

fn closes_quote(t: &Token) -> bool {
    t.is_mark("”")
}

impl<'a> Document<'a> {
    pub fn new(text: &'a str) -> Self {
        let lines = split_lines(text);
        let mut sentences = Vec::new();
        let mut datelines = Vec::new();
        let mut agency = None;
        let mut open_quote = false;
        for (number, &line) in lines.iter().enumerate() {
            let tokens = tokenize(text, line);
            let mut body = &tokens[..];
            if let Some((end, credit)) = dateline(&tokens) {
                datelines.push(Span::new(
                    line.start as usize,
                    tokens[end].span.end as usize,
                ));
                agency = agency.or(credit);
                body = &tokens[end + 1..];
            }
            for span in split_sentences(body, &mut open_quote) {
                sentences.push(Sentence { span, line: number });
            }
        }
        Document {
            text,
            lines,
            sentences,
            datelines,
            agency,
        }
    }

    pub fn sentence_text(&self, sentence: &Sentence) -> &'a str {
        &self.text[sentence.span.range()]
    }

    pub fn sentence_at(&self, offset: u32) -> Option<&Sentence> {
        self.sentences
            .iter()
            .find(|s| s.span.start <= offset && offset < s.span.end.max(s.span.start + 1))
    }

    pub fn in_dateline(&self, span: Span) -> bool {
        self.datelines.iter().any(|d| d.contains(span))
    }

    pub fn line_of(&self, offset: u32) -> usize {
        self.lines
            .partition_point(|l| l.end < offset)
            .min(self.lines.len().saturating_sub(1))
    }
}

/// A dateline opens a line: a capitalised place, maybe a date after a comma, maybe
/// an agency in brackets, then a dash. Returns the dash's index and the agency.
fn dateline(tokens: &[Token]) -> Option<(usize, Option<Span>)> {
    let dash = tokens.iter().take(12).position(is_dash)?;
    let head = &tokens[..dash];
    let place_words = head.iter().take_while(|t| t.is_capitalised()).count();
    if place_words == 0 || head.iter().any(|t| t.is_mark(".") || opens_quote(t)) {
        return None;
    }
    let rest = &head[place_words..];
    let bracket = rest.iter().position(|t| t.is_mark("("));
    let credit = bracket.and_then(|b| {
        let inner = rest.get(b + 1).filter(|t| t.is_capitalised())?;
        rest.get(b + 2).filter(|t| t.is_mark(")"))?;
        Some(inner.span)
    });
    let before_bracket = &rest[..bracket.unwrap_or(rest.len())];
    let dated = before_bracket.first().is_some_and(|t| t.is_mark(","));
    let all_caps = head[..place_words]
        .iter()
        .all(|t| t.text.chars().all(|c| !c.is_lowercase()));
    let plain = before_bracket.is_empty() || dated;
    // A capitalised phrase and a dash alone ("Upper Tarn – a town…") is not enough:
    // a dateline's place is in capitals, or it credits an agency.
    (plain && (credit.is_some() || all_caps)).then_some((dash, credit))
}

/// Cuts a line's tokens into sentences; `open_quote` carries a quotation left open
/// at the end of a previous line, since sentences do not end inside quotations.
fn split_sentences(tokens: &[Token], open_quote: &mut bool) -> Vec<Span> {
    let mut spans = Vec::new();
    let mut start: Option<usize> = None;
    let mut i = 0;
    while i < tokens.len() {
        let t = &tokens[i];
        start.get_or_insert(i);
        if opens_quote(t) {
            *open_quote = true;
        } else if closes_quote(t) {
            *open_quote = false;
        } else if t.is_mark("\"") {
            *open_quote = !*open_quote;
        }
        let stop = t.is_mark(".") || t.is_mark("?") || t.is_mark("!");
        if stop && !abbreviation(tokens, i) {
            let mut end = i;
            while let Some(next) = tokens.get(end + 1) {
                let closes = closes_quote(next) || (next.is_mark("\"") && *open_quote);
                if closes {
                    *open_quote = false;
                } else if !next.is_mark(")") {
                    break;
                }
                end += 1;
            }
            let next_starts = tokens.get(end + 1).is_none_or(|n| {
                n.is_capitalised()
                    || opens_quote(n)
                    || n.is_mark("\"")
                    || n.text.starts_with(|c: char| c.is_ascii_digit())
            });
            if !*open_quote && next_starts {
                spans.push(Span::new(
                    tokens[start.take().unwrap_or(i)].span.start as usize,
                    tokens[end].span.end as usize,
                ));
            }
            i = end + 1;
            continue;
        }
        i += 1;
    }
    if let Some(s) = start {
        spans.push(Span::new(
            tokens[s].span.start as usize,
            tokens[tokens.len() - 1].span.end as usize,
        ));
    }
    spans
}

fn abbreviation(tokens: &[Token], stop: usize) -> bool {
    let Some(before) = stop.checked_sub(1).map(|b| &tokens[b]) else {
        return false;
    };
    let adjacent = before.span.end == tokens[stop].span.start;
    let initial = before.text.chars().count() == 1 && before.is_capitalised();
    adjacent && before.is_word() && (initial || ABBREVIATIONS.contains(&before.lower().as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        let doc = Document::new(text);
        doc.sentences.iter().map(|s| doc.sentence_text(s)).collect()
    }

    #[test]
    fn sentences_end_at_stops_outside_quotations() {
        assert_eq!(
            sentences("There must be peace. He said: The more the better.\n“It is late. Too late,” he said. Mr. Smith left."),
            [
                "There must be peace.",
                "He said: The more the better.",
                "“It is late. Too late,” he said.",
                "Mr. Smith left."
            ]
        );
    }

    #[test]
    fn a_quotation_open_at_the_end_of_a_line_keeps_the_next_line_one_sentence() {
        let text = "“Every engineer agrees. Hold the river\nand it floods. Truly,” Breck said.";
        assert_eq!(
            sentences(text),
            [
                "“Every engineer agrees. Hold the river",
                "and it floods. Truly,” Breck said."
            ]
        );
    }

    #[test]
    fn datelines_are_set_apart_with_their_agency() {
        let text = "Istanbul (AFP) – Turkey called.\nKESSINGHAM, Oct 3 (Newswire) - Workers left.\nELLISFORD – The council voted.\nUpper Tarn – the third town – abstained.";
        let doc = Document::new(text);
        let datelines: Vec<&str> = doc.datelines.iter().map(|d| &text[d.range()]).collect();
        assert_eq!(
            datelines,
            [
                "Istanbul (AFP) –",
                "KESSINGHAM, Oct 3 (Newswire) -",
                "ELLISFORD –"
            ]
        );
        assert_eq!(&text[doc.agency.unwrap().range()], "AFP");
        assert_eq!(doc.sentence_text(&doc.sentences[0]), "Turkey called.");
    }
}
