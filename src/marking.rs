//! Marks a passage of the article in the DOM: wraps the quote's text in `<mark>`
//! elements, the first taking the id that focus and scrolling go to, and unwraps
//! them again. The article body is static HTML that Yew adopted and never
//! re-renders (see `ui::static_parts`), so the marks are made here instead of in a view.

use explainer_model::explainer::Quote;
use explainer_model::Explainer;
use gloo::utils::document;
use wasm_bindgen::JsCast;
use web_sys::{Element, Node, Text};

use crate::contract::id;

/// Removes every mark from the article, leaving its text as it was.
pub fn clear() {
    let Some(article) = document().get_element_by_id(id::ARTICLE) else {
        return;
    };
    // Runs on every change of the marked evidence, the first render included: with no
    // mark there is nothing to unwrap, and the article need not be walked.
    let marks = match article.query_selector_all("mark") {
        Ok(marks) if marks.length() > 0 => marks,
        _ => return,
    };
    for i in 0..marks.length() {
        if let Some(mark) = marks.item(i) {
            unwrap(&mark);
        }
    }
    // Joins the text nodes that marking split, so the DOM is as pre-rendered.
    article.normalize();
}

fn unwrap(mark: &Node) -> Option<()> {
    let parent = mark.parent_node()?;
    while let Some(child) = mark.first_child() {
        parent.insert_before(&child, Some(mark)).ok()?;
    }
    parent.remove_child(mark).ok()?;
    Some(())
}

/// Wraps `quote` in marks on its line. Returns whether it found the text to mark.
pub fn mark(explainer: &Explainer, quote: Quote) -> bool {
    let line = document().get_element_by_id(&id::line(quote.line as usize));
    line.and_then(|line| mark_in(&line, explainer, quote))
        .is_some()
}

fn mark_in(line: &Element, explainer: &Explainer, quote: Quote) -> Option<()> {
    // The model counts bytes of UTF-8; the DOM counts UTF-16 units.
    let line_start = explainer.lines.get(quote.line as usize)?.span.start as usize;
    let units = |to: u32| {
        explainer
            .text
            .get(line_start..to as usize)
            .map(|s| s.encode_utf16().count() as u32)
    };
    let (start, end) = (units(quote.span.start)?, units(quote.span.end)?);
    let mut offset = 0;
    let mut first = true;
    for text in text_nodes(line) {
        let len = text.length();
        let (from, to) = (start.max(offset), end.min(offset + len));
        let node_start = offset;
        offset += len;
        if from >= to {
            continue;
        }
        // Cut the text node down to the marked part, then wrap that part.
        let mut part = text;
        if from > node_start {
            part = part.split_text(from - node_start).ok()?;
        }
        if to < node_start + len {
            part.split_text(to - from).ok()?;
        }
        let mark = document().create_element("mark").ok()?;
        if std::mem::take(&mut first) {
            mark.set_id(id::EVIDENCE_MARK);
            // Focusable from script only, so keyboard users land on the passage.
            mark.set_attribute("tabindex", "-1").ok()?;
        }
        part.parent_node()?.insert_before(&mark, Some(&part)).ok()?;
        mark.append_child(&part).ok()?;
    }
    (!first).then_some(())
}

/// The text nodes under `node`, in document order.
fn text_nodes(node: &Node) -> Vec<Text> {
    let mut found = Vec::new();
    let mut child = node.first_child();
    while let Some(c) = child {
        match c.dyn_ref::<Text>() {
            Some(text) => found.push(text.clone()),
            None => found.extend(text_nodes(&c)),
        }
        child = c.next_sibling();
    }
    found
}
