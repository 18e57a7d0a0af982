//! The faithfulness review: every summary beside its evidence and who says so,
//! every statement as direct or reported, and the article's sentences that nothing
//! cites, with the reason where the file gives one. Generated from the content
//! file, so it never drifts; written for an editor to read top to bottom.

use std::fmt::Write;

use super::file::ContentFile;
use crate::explainer::{Claim, Explainer, Quote, Speaker};
use crate::text::Span;

/// The review as Markdown. `file` is the content file's path, as the command that
/// regenerates it names it.
pub fn review(content: &ContentFile, explainer: &Explainer, file: &str) -> String {
    let mut out = String::new();
    let e = explainer;
    let _ = writeln!(out, "# Faithfulness review: {}\n", e.title);
    let _ = writeln!(
        out,
        "Generated from `{file}` by `cargo run -p explainer-model --features authoring --bin content-check -- --faithfulness {file}`; \
         regenerate it after every change to the content file (a test fails until you do). \
         Read it top to bottom: each summary should say no more than its evidence, keep its hedges \
         (\"is scheduled to\", \"would\") and name who says so. A claim with no source is the article's \
         own reporting.\n"
    );
    let _ = writeln!(out, "## Actors\n");
    for actor in e.actors.iter() {
        let _ = writeln!(out, "### {}\n", actor.name);
        claim(&mut out, e, "Role", &actor.role);
        for stance in actor.stances.iter() {
            claim(&mut out, e, "Stance", stance);
        }
    }
    let _ = writeln!(out, "## Relations\n");
    for r in e.relations.iter() {
        claim(&mut out, e, &e.relation_sentence(r), &r.claim);
    }
    let _ = writeln!(out, "## Who said what\n");
    for s in e.statements.iter() {
        let speaker = match s.speaker {
            Speaker::Person(p) => e.people[p].name.as_ref(),
            Speaker::Actor(a) => e.actors[a].name.as_ref(),
        };
        let how = if s.direct { "direct" } else { "reported" };
        let _ = writeln!(out, "- **{speaker}** ({how}): {}", quoted(e, &s.quote));
    }
    let _ = writeln!(out, "\n## Events, in the order they happened\n");
    for event in e.events.iter() {
        let when = event.when.as_deref().unwrap_or("undated in the article");
        let label = format!("{when}: {}", event.claim.summary);
        claim_evidence(&mut out, e, &label, &event.claim);
        if let Some(context) = &event.context {
            let _ = writeln!(out, "  - context, from outside the article: {context}");
        }
        out.push('\n');
    }
    uncited(&mut out, content, e);
    out
}

fn quoted(e: &Explainer, quote: &Quote) -> String {
    format!("“{}” (line {})", e.quote_text(quote), quote.line + 1)
}

fn source(e: &Explainer, claim: &Claim) -> String {
    match claim.source {
        Some(s) => format!("according to {}", e.source_name(s)),
        None => "the article's own reporting".into(),
    }
}

fn claim(out: &mut String, e: &Explainer, label: &str, claim: &Claim) {
    claim_evidence(out, e, label, claim);
    out.push('\n');
}

fn claim_evidence(out: &mut String, e: &Explainer, label: &str, claim: &Claim) {
    let _ = writeln!(
        out,
        "- **{label}:** {} — *{}*",
        claim.summary,
        source(e, claim)
    );
    for quote in claim.evidence.iter() {
        let _ = writeln!(out, "  - {}", quoted(e, quote));
    }
}

/// Every span the explainer cites: evidence of every claim, and statements.
fn cited(e: &Explainer) -> Vec<Span> {
    let mut spans = Vec::new();
    let mut add = |c: &Claim| spans.extend(c.evidence.iter().map(|q| q.span));
    for a in e.actors.iter() {
        add(&a.role);
        a.stances.iter().for_each(&mut add);
    }
    e.relations.iter().for_each(|r| add(&r.claim));
    e.events.iter().for_each(|ev| add(&ev.claim));
    spans.extend(e.statements.iter().map(|s| s.quote.span));
    spans
}

fn overlaps(a: Span, b: Span) -> bool {
    a.start < b.end && b.start < a.end
}

fn uncited(out: &mut String, content: &ContentFile, e: &Explainer) {
    let _ = writeln!(out, "## Sentences nothing cites\n");
    let _ = writeln!(
        out,
        "What the explainer leaves out. Every sentence that says where an actor stands, what it did or what it said should be cited above, or listed here with a reason (`[[left_out]]` in the content file).\n"
    );
    let cited = cited(e);
    let mut count = 0;
    for (i, line) in e.lines.iter().enumerate() {
        for sentence in sentences(&e.text, line.span) {
            if cited.iter().any(|c| overlaps(*c, sentence)) {
                continue;
            }
            count += 1;
            let reason = content.left_out.iter().find_map(|l| {
                let start = e.text.find(&l.quote)?;
                overlaps(sentence, Span::new(start, start + l.quote.len())).then_some(&l.reason)
            });
            let text = &e.text[sentence.range()];
            match reason {
                Some(reason) => {
                    let _ = writeln!(out, "- line {}: “{text}” — left out: {reason}", i + 1);
                }
                None => {
                    let _ = writeln!(out, "- line {}: “{text}” — **no reason given**", i + 1);
                }
            }
        }
    }
    if count == 0 {
        let _ = writeln!(out, "None: every sentence is cited.");
    }
}

/// The sentences of one line: cut after `.`, `?` or `!` (and any closing quote)
/// where a space follows. Blank text is no sentence.
pub fn sentences(text: &str, line: Span) -> Vec<Span> {
    let body = &text[line.range()];
    let mut out = Vec::new();
    let mut start = 0;
    let mut chars = body.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if !matches!(c, '.' | '?' | '!') {
            continue;
        }
        let mut end = i + c.len_utf8();
        while let Some(&(j, q)) = chars.peek() {
            if matches!(q, '”' | '’' | '"' | ')') {
                end = j + q.len_utf8();
                chars.next();
            } else {
                break;
            }
        }
        if chars.peek().is_some_and(|&(_, n)| n == ' ') {
            out.push((start, end));
            start = end + 1;
        }
    }
    out.push((start, body.len()));
    out.into_iter()
        .filter(|&(s, e)| !body[s..e].trim().is_empty())
        .map(|(s, e)| Span::new(line.start as usize + s, line.start as usize + e))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_cut_into_sentences() {
        let text = "He said: no. “It is over,” she said. Why? Done";
        let got: Vec<&str> = sentences(text, Span::new(0, text.len()))
            .into_iter()
            .map(|s| &text[s.range()])
            .collect();
        assert_eq!(
            got,
            ["He said: no.", "“It is over,” she said.", "Why?", "Done"]
        );
    }
}
