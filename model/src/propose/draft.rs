//! A draft content file from proposals, in the shape the compiler reads: every word
//! in it is the article's own, and only the summaries are left for the editor.

use std::fmt::Write;

use super::draft_layout::place;
use super::proposals::{Proposals, RelationKind};
use super::sentences::Document;
use crate::text::Span;

/// A TOML basic string: quotes, backslashes and control characters escaped.
fn quoted(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04X}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn list(items: &[String]) -> String {
    let items: Vec<String> = items.iter().map(|s| quoted(s)).collect();
    format!("[{}]", items.join(", "))
}

/// The article as a literal multi-line string, which keeps it readable and
/// verbatim; a basic string where the text holds ''' or characters a literal
/// string cannot.
fn article_text(text: &str) -> String {
    let literal_ok = !text.contains("'''")
        && !text.ends_with("''")
        && !text
            .chars()
            .any(|c| c.is_control() && c != '\n' && c != '\t');
    if literal_ok {
        format!("'''\n{text}'''")
    } else {
        quoted(text)
    }
}

/// An exact passage the compiler accepts: found once, within one line.
fn unique(text: &str, span: Span) -> Option<String> {
    let quote = text[span.range()].trim();
    (!quote.is_empty() && !quote.contains('\n') && text.matches(quote).count() == 1)
        .then(|| quote.to_string())
}

fn ends_a_sentence(line: &str) -> bool {
    line.trim_end()
        .ends_with(['.', '!', '?', '”', '"', ':', ';', ','])
}

/// The first line, when it is a photo caption: no full stop, and the story follows.
fn caption_lines(doc: &Document) -> Vec<usize> {
    let line = |i: usize| doc.lines.get(i).map(|l| doc.text[l.range()].trim());
    match (line(0), line(1)) {
        (Some(first), Some(second))
            if !first.is_empty() && !second.is_empty() && !ends_a_sentence(first) =>
        {
            vec![1]
        }
        _ => Vec::new(),
    }
}

/// Short lines without a full stop set off by blank lines, or between dashes
/// ("– Viable ceasefire –").
fn subheading_lines(doc: &Document, captions: &[usize]) -> Vec<usize> {
    let line = |i: usize| doc.lines.get(i).map_or("", |l| doc.text[l.range()].trim());
    (0..doc.lines.len())
        .filter(|&i| !captions.contains(&(i + 1)))
        .filter(|&i| {
            let l = line(i);
            let dashed =
                l.len() > 2 && l.starts_with(['–', '—', '-']) && l.ends_with(['–', '—', '-']);
            let apart = i > 0 && line(i - 1).is_empty() && line(i + 1).is_empty();
            !l.is_empty()
                && !ends_a_sentence(l)
                && l.split_whitespace().count() <= 8
                && (dashed || apart)
        })
        .map(|i| i + 1)
        .collect()
}

/// The explainer's title to start from: the lead sentence's first clause.
fn title(doc: &Document, captions: &[usize]) -> String {
    let lead = doc
        .sentences
        .iter()
        .find(|s| !captions.contains(&(s.line + 1)))
        .map_or("", |s| doc.sentence_text(s));
    let clause = lead.split([',', ';']).next().unwrap_or(lead);
    clause.trim().trim_end_matches('.').to_string()
}

/// The first sentence naming any of `spans` that the compiler can find exactly once.
fn first_sentence(doc: &Document, spans: &[Span]) -> Option<String> {
    let mut sorted = spans.to_vec();
    sorted.sort();
    sorted.iter().find_map(|s| {
        let sentence = doc.sentence_at(s.start)?;
        unique(doc.text, sentence.span).or_else(|| unique(doc.text, doc.lines[sentence.line]))
    })
}

pub fn draft_toml(text: &str, proposals: &Proposals) -> String {
    let doc = Document::new(text);
    let captions = caption_lines(&doc);
    let subheadings = subheading_lines(&doc, &captions);
    let mut out = String::new();
    let w = &mut out;
    let _ = writeln!(
        w,
        "# Draft content file, proposed by the machine from the article alone."
    );
    let _ = writeln!(
        w,
        "# Every alias, role, quote and evidence below is the article's own words;"
    );
    let _ = writeln!(
        w,
        "# what they say about who is who was guessed by rules. Check each one, delete"
    );
    let _ = writeln!(
        w,
        "# what is wrong, write every empty `summary`, then run content-check."
    );
    // Relations first, so the diagram can be laid out around them.
    let relations: Vec<(usize, usize, &RelationKind, String)> = proposals
        .relations
        .iter()
        .filter_map(|r| Some((r.from, r.to, &r.kind, unique(text, r.evidence)?)))
        .collect();
    let mut kinds: Vec<&RelationKind> = Vec::new();
    for (_, _, kind, _) in &relations {
        if !kinds.iter().any(|k| k.id == kind.id) {
            kinds.push(kind);
        }
    }
    if kinds.is_empty() {
        // The file must have `kinds`; with none to list, it says so before any table.
        let _ = writeln!(w);
        let _ = writeln!(w, "kinds = []");
    }
    let _ = writeln!(w);
    let _ = writeln!(w, "[article]");
    let _ = writeln!(w, "title = {}", quoted(&title(&doc, &captions)));
    let source = doc.agency.map_or("", |a| &text[a.range()]);
    let _ = writeln!(w, "source = {}", quoted(source));
    let numbers = |v: &[usize]| {
        v.iter()
            .map(usize::to_string)
            .collect::<Vec<_>>()
            .join(", ")
    };
    let _ = writeln!(w, "caption_lines = [{}]", numbers(&captions));
    let _ = writeln!(w, "subheading_lines = [{}]", numbers(&subheadings));
    let _ = writeln!(w, "text = {}", article_text(text));

    let names: Vec<&str> = proposals.actors.iter().map(|a| a.name.as_str()).collect();
    let edges: Vec<(usize, usize, &str)> = relations
        .iter()
        .map(|(f, t, k, _)| (*f, *t, k.label))
        .collect();
    let placed = place(&names, &edges);
    let _ = writeln!(w);
    let _ = writeln!(w, "[diagram]");
    let _ = writeln!(w, "width = {}", placed.width);
    let _ = writeln!(w, "height = {}", placed.height);

    for kind in &kinds {
        let _ = writeln!(w);
        let _ = writeln!(w, "[[kinds]]");
        let _ = writeln!(w, "id = {}", quoted(kind.id));
        let _ = writeln!(w, "label = {}", quoted(kind.label));
        let _ = writeln!(w, "verb = {}", quoted(kind.verb));
        let _ = writeln!(w, "line = {}", quoted(kind.line.as_str()));
        let _ = writeln!(w, "directed = {}", kind.directed);
    }

    for (i, actor) in proposals.actors.iter().enumerate() {
        let mut spans = actor.found.clone();
        for p in proposals.people.iter().filter(|p| p.actor == i) {
            spans.extend(&p.found);
        }
        let _ = writeln!(w);
        let _ = writeln!(w, "[[actors]]");
        let _ = writeln!(w, "id = {}", quoted(&actor.id));
        let _ = writeln!(w, "name = {}", quoted(&actor.name));
        let _ = writeln!(w, "aliases = {}", list(&actor.aliases));
        if let Some((x, y)) = placed.positions.get(i) {
            let _ = writeln!(w, "position = [{x}, {y}]");
        }
        let _ = writeln!(w, "role.summary = \"\"");
        let evidence: Vec<String> = first_sentence(&doc, &spans).into_iter().collect();
        let _ = writeln!(w, "role.evidence = {}", list(&evidence));
    }

    for person in &proposals.people {
        let _ = writeln!(w);
        let _ = writeln!(w, "[[people]]");
        let _ = writeln!(w, "id = {}", quoted(&person.id));
        let _ = writeln!(w, "name = {}", quoted(&person.name));
        let _ = writeln!(w, "actor = {}", quoted(&proposals.actors[person.actor].id));
        if let Some(role) = person.role {
            let _ = writeln!(w, "role = {}", quoted(&text[role.range()]));
        }
        let _ = writeln!(w, "aliases = {}", list(&person.aliases));
    }

    for statement in &proposals.statements {
        let Some(quote) = unique(text, statement.span) else {
            continue;
        };
        let _ = writeln!(w);
        let _ = writeln!(w, "[[statements]]");
        let _ = writeln!(
            w,
            "speaker = {}",
            quoted(proposals.speaker_id(statement.speaker))
        );
        let _ = writeln!(w, "direct = {}", statement.direct);
        let _ = writeln!(w, "quote = {}", quoted(&quote));
    }

    for (from, to, kind, evidence) in &relations {
        let _ = writeln!(w);
        let _ = writeln!(w, "[[relations]]");
        let between = [
            proposals.actors[*from].id.clone(),
            proposals.actors[*to].id.clone(),
        ];
        let _ = writeln!(w, "between = {}", list(&between));
        let _ = writeln!(w, "kind = {}", quoted(kind.id));
        let _ = writeln!(w, "summary = \"\"");
        let _ = writeln!(w, "evidence = {}", list(std::slice::from_ref(evidence)));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_are_escaped_for_toml() {
        assert_eq!(quoted("a \"b\" \\ c\n"), "\"a \\\"b\\\" \\\\ c\\n\"");
    }

    #[test]
    fn the_article_is_literal_unless_it_cannot_be() {
        assert_eq!(article_text("It’s “fine”"), "'''\nIt’s “fine”'''");
        assert_eq!(article_text("a ''' b"), "\"a ''' b\"");
    }

    #[test]
    fn captions_and_subheadings_are_found_by_their_shape() {
        let doc = Document::new("Photo of a ferry\nThe towns agreed.\n\n– Money –\n\nThey pay.\n\nRegulator steps in\n\nIt did.");
        let captions = caption_lines(&doc);
        assert_eq!(captions, [1]);
        assert_eq!(subheading_lines(&doc, &captions), [4, 8]);
    }
}
