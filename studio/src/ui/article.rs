//! The article as the studio shows it: verbatim, line by line, with what is
//! annotated marked in it (each actor's words in its own colour, evidence
//! underlined, the machine's pending proposals outlined). Selecting words in it
//! puts them in the passage bar, by pointer, touch or keyboard selection.

use explainer_model::authoring::{longest_first, whole_words, ContentFile};
use explainer_model::propose::Proposals;
use explainer_model::text::{split_lines, Span};
use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::{use_ctx, UiAction};
use crate::accept::pending_spans;

/// The element the article is rendered in.
pub const TEXT_ID: &str = "st-text";

/// What a stretch of the article is marked as.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
struct Marks {
    /// The actor whose words these are (index, for its colour).
    actor: Option<usize>,
    evidence: bool,
    proposed: bool,
}

/// Every marked stretch of the text.
fn marked(doc: &ContentFile, proposals: &Proposals, rejected: &[String]) -> Vec<(Span, Marks)> {
    let text = &doc.article.text;
    let mut names: Vec<(Span, usize)> = Vec::new();
    for (i, actor) in doc.actors.iter().enumerate() {
        for alias in &actor.aliases {
            names.extend(whole_words(text, alias).into_iter().map(|s| (s, i)));
        }
    }
    for person in &doc.people {
        let Some(actor) = doc.actors.iter().position(|a| a.id == person.actor) else {
            continue;
        };
        for alias in &person.aliases {
            names.extend(whole_words(text, alias).into_iter().map(|s| (s, actor)));
        }
    }
    let mut out: Vec<(Span, Marks)> = longest_first(names)
        .into_iter()
        .map(|(s, actor)| {
            (
                s,
                Marks {
                    actor: Some(actor),
                    ..Marks::default()
                },
            )
        })
        .collect();
    let quotes = doc
        .actors
        .iter()
        .flat_map(|a| {
            a.role
                .evidence
                .iter()
                .chain(a.stances.iter().flat_map(|s| &s.evidence))
        })
        .chain(doc.relations.iter().flat_map(|r| &r.evidence))
        .chain(doc.events.iter().flat_map(|e| &e.evidence))
        .chain(doc.statements.iter().map(|s| &s.quote));
    for quote in quotes {
        if let Some(start) = text.find(quote.as_str()).filter(|_| !quote.is_empty()) {
            out.push((
                Span::new(start, start + quote.len()),
                Marks {
                    evidence: true,
                    ..Marks::default()
                },
            ));
        }
    }
    for span in pending_spans(doc, proposals, rejected) {
        out.push((
            span,
            Marks {
                proposed: true,
                ..Marks::default()
            },
        ));
    }
    out
}

/// One line cut where marks begin and end, each piece with the marks over it.
fn pieces(line: Span, marks: &[(Span, Marks)]) -> Vec<(Span, Marks)> {
    let mut cuts = vec![line.start, line.end];
    for (s, _) in marks {
        for edge in [s.start, s.end] {
            if line.start < edge && edge < line.end {
                cuts.push(edge);
            }
        }
    }
    cuts.sort_unstable();
    cuts.dedup();
    cuts.windows(2)
        .map(|w| {
            let piece = Span {
                start: w[0],
                end: w[1],
            };
            let mut m = Marks::default();
            for (_, mark) in marks.iter().filter(|(s, _)| s.contains(piece)) {
                m.actor = m.actor.or(mark.actor);
                m.evidence |= mark.evidence;
                m.proposed |= mark.proposed;
            }
            (piece, m)
        })
        .collect()
}

#[function_component]
pub fn ArticlePane() -> Html {
    let ctx = use_ctx();
    let doc = ctx.doc();
    let text = &doc.article.text;
    let marks = marked(doc, &ctx.studio.proposals, ctx.studio.rejected());
    // Selections made by any means (pointer, touch handles, keyboard) end up in
    // the passage bar; an emptied selection keeps the passage in hand.
    {
        let ui = ctx.ui.clone();
        use_effect_with((), move |_| {
            let listener =
                EventListener::new(&gloo::utils::document(), "selectionchange", move |_| {
                    if let Some((passage, at)) = selected_passage() {
                        ui.dispatch(UiAction::Passage(passage, at));
                    }
                });
            move || drop(listener)
        });
    }
    let lines = split_lines(text).into_iter().enumerate().map(|(n, line)| {
        if text[line.range()].trim().is_empty() {
            return html! { <p class="st-blank" aria-hidden="true"></p> };
        }
        let pieces = pieces(line, &marks).into_iter().map(|(span, m)| {
            let words = &text[span.range()];
            if m == Marks::default() {
                return html! { { words } };
            }
            let class = classes!(
                m.actor.map(|a| format!("st-m st-m{}", a % 8)),
                m.evidence.then_some("st-ev"),
                m.proposed.then_some("st-proposed"),
            );
            let title = m.actor.map(|a| doc.actors[a].name.clone());
            html! { <span {class} {title}>{ words }</span> }
        });
        // Where the line starts in the text, so a selection's place can be told.
        html! { <p class="st-line" data-line={(n + 1).to_string()} data-at={line.start.to_string()}>{ for pieces }</p> }
    });
    html! {
        <section class="st-article" aria-labelledby="st-article-title">
            <h2 id="st-article-title">{ "The article" }</h2>
            <p class="st-hint">{ "Select words to annotate them. Each actor’s words have a colour; evidence is underlined; the machine’s proposals are outlined." }</p>
            <div id={TEXT_ID} class="st-text" tabindex="0" role="document" aria-label="The article, verbatim">{ for lines }</div>
        </section>
    }
}

/// The words selected in the article, and where they start in its text (a byte
/// offset), when that can be told.
pub fn selected_passage() -> Option<(String, Option<usize>)> {
    let selection = gloo::utils::window().get_selection().ok()??;
    if selection.is_collapsed() {
        return None;
    }
    let article = gloo::utils::document().get_element_by_id(TEXT_ID)?;
    let inside = |node: Option<web_sys::Node>| node.is_some_and(|n| article.contains(Some(&n)));
    if !inside(selection.anchor_node()) || !inside(selection.focus_node()) {
        return None;
    }
    let words: String = selection.to_string().into();
    let trimmed = words.trim();
    if trimmed.is_empty() {
        return None;
    }
    let leading = words.len() - words.trim_start().len();
    let at = selection_offset(&selection).map(|at| at + leading);
    Some((trimmed.to_string(), at))
}

/// Where the selection starts in the article's text: its line's start, and the
/// length of the line's text before it (each line is drawn exactly as in the
/// text).
fn selection_offset(selection: &web_sys::Selection) -> Option<usize> {
    let range = selection.get_range_at(0).ok()?;
    let start = range.start_container().ok()?;
    let element = match start.dyn_ref::<web_sys::Element>() {
        Some(e) => e.clone(),
        None => start.parent_element()?,
    };
    let line = element.closest(".st-line").ok()??;
    let line_start: usize = line.get_attribute("data-at")?.parse().ok()?;
    let before = gloo::utils::document().create_range().ok()?;
    before.set_start(&line, 0).ok()?;
    before.set_end(&start, range.start_offset().ok()?).ok()?;
    let within: String = before.to_string().into();
    Some(line_start + within.len())
}

/// Selects the `len` bytes at byte `at` of the article's `text` in the article
/// pane, as if the editor had; false if they cannot be shown (not drawn yet).
pub fn select_in_article(text: &str, at: usize, len: usize) -> bool {
    fn select(text: &str, at: usize, len: usize) -> Option<()> {
        let document = gloo::utils::document();
        let lines = document.query_selector_all("#st-text .st-line").ok()?;
        // The line the words are on: the last that starts at or before them.
        let line = (0..lines.length())
            .rev()
            .filter_map(|i| lines.item(i)?.dyn_into::<web_sys::Element>().ok())
            .find(|l| {
                let start = l
                    .get_attribute("data-at")
                    .and_then(|a| a.parse::<usize>().ok());
                start.is_some_and(|start| start <= at)
            })?;
        let line_start: usize = line.get_attribute("data-at")?.parse().ok()?;
        // The DOM counts in UTF-16 units; the text, in bytes.
        let units = |bytes: &str| bytes.encode_utf16().count() as u32;
        let from = units(text.get(line_start..at)?);
        let to = from + units(text.get(at..at + len)?);
        let range = document.create_range().ok()?;
        let walker = document
            .create_tree_walker_with_what_to_show(&line, 4)
            .ok()?;
        let (mut seen, mut started) = (0u32, false);
        while let Ok(Some(node)) = walker.next_node() {
            let length = node.text_content().map_or(0, |t| units(&t));
            if !started && from < seen + length {
                range.set_start(&node, from - seen).ok()?;
                started = true;
            }
            if started && to <= seen + length {
                range.set_end(&node, to - seen).ok()?;
                let selection = gloo::utils::window().get_selection().ok()??;
                selection.remove_all_ranges().ok()?;
                selection.add_range(&range).ok()?;
                return Some(());
            }
            seen += length;
        }
        None
    }
    select(text, at, len).is_some()
}

/// Clears the selection, once its words have been used.
pub fn clear_selection() {
    if let Ok(Some(selection)) = gloo::utils::window().get_selection() {
        let _ = selection.remove_all_ranges();
    }
}
