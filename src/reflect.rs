//! Shows the state on the static parts, which Yew never re-renders: the selected
//! and related nodes, edges and grid cells, lit mentions, grid row headers and
//! timeline events, with the ARIA states that go with them, and which evidence
//! button's passage is marked. Writes only what differs, so in the overview the
//! pre-rendered page stays exactly as built, and a click restyles only what it
//! changes rather than the whole article.

use explainer_model::explainer::Quote;
use explainer_model::{Explainer, Selection};
use gloo::utils::document;
use wasm_bindgen::JsCast;
use web_sys::Element;

use crate::contract::{attr, class};
use crate::controls::{quote_at, selection_of};

/// Every element under `root` that matches `selector`.
pub fn all(root: &Element, selector: &str) -> Vec<Element> {
    let Ok(list) = root.query_selector_all(selector) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<Element>().ok())
        .collect()
}

fn page() -> Option<Element> {
    document().document_element()
}

/// Shows `selection` on the static parts.
pub fn reflect(explainer: &Explainer, selection: Selection) {
    let Some(root) = page() else { return };
    if let Ok(Some(page_root)) = root.query_selector(&format!(".{}", class::ROOT)) {
        toggle(
            &page_root,
            class::HAS_SELECTION,
            selection != Selection::Overview,
        );
    }
    light_mentions(explainer, &root, selection);
    let neighbours = match selection {
        Selection::Actor(a) => explainer.neighbours(a),
        _ => Vec::new(),
    };
    for el in all(&root, &format!("[{}]:not(a)", attr::SELECT)) {
        let target = selection_of(explainer, &el);
        let classes = el.class_list();
        let (selected, related) = if classes.contains(class::NODE) {
            let Selection::Actor(i) = target else {
                continue;
            };
            set_attr(&el, "aria-current", selection.involves(i).then_some("true"));
            (selection.involves(i), neighbours.contains(&i))
        } else if classes.contains(class::EDGE) {
            let Selection::Pair(a, b) = target else {
                continue;
            };
            let selected = match selection {
                Selection::Actor(s) => a == s || b == s,
                _ => selection == target,
            };
            (selected, false)
        } else if classes.contains(class::CELL) {
            let selected = selection == target && matches!(target, Selection::Pair(..));
            let related = match target {
                Selection::Actor(r) => selection.involves(r),
                Selection::Pair(r, c) => selection.involves(r) || selection.involves(c),
                Selection::Overview => false,
            };
            set_attr(
                &el,
                "aria-selected",
                Some(if selected { "true" } else { "false" }),
            );
            (selected, related)
        } else {
            continue;
        };
        toggle(&el, class::IS_SELECTED, selected);
        toggle(&el, class::IS_RELATED, related);
    }
    for el in all(&root, &format!("[{}]", attr::LIT)) {
        let lit = el
            .get_attribute(attr::LIT)
            .and_then(|id| explainer.actor_index(&id));
        toggle(
            &el,
            class::IS_SELECTED,
            lit.is_some_and(|a| selection == Selection::Actor(a)),
        );
    }
    for el in all(&root, &format!("[{}]", attr::ACTORS)) {
        let ids = el.get_attribute(attr::ACTORS).unwrap_or_default();
        let lit = ids
            .split(' ')
            .filter_map(|id| explainer.actor_index(id))
            .any(|a| selection.involves(a));
        toggle(&el, class::IS_SELECTED, lit);
    }
}

/// Lights the mentions of the selected actors, and only those: the mentions that
/// were lit and stay lit are not touched, so the browser restyles only the few
/// that change.
fn light_mentions(explainer: &Explainer, root: &Element, selection: Selection) {
    let wanted: Vec<String> = explainer
        .actors
        .iter()
        .enumerate()
        .filter(|(i, _)| selection.involves(*i))
        .map(|(_, a)| class::actor(&a.id))
        .collect();
    let is_wanted = |el: &Element| wanted.iter().any(|c| el.class_list().contains(c));
    for el in all(root, &format!("a.{}", class::IS_LIT)) {
        if !is_wanted(&el) {
            toggle(&el, class::IS_LIT, false);
        }
    }
    for actor_class in &wanted {
        for el in all(root, &format!("a.{}.{actor_class}", class::MENTION)) {
            toggle(&el, class::IS_LIT, true);
        }
    }
}

/// Shows which evidence button's passage is marked in the article.
pub fn reflect_mark(explainer: &Explainer, marked: Option<Quote>) {
    let Some(root) = page() else { return };
    for el in all(&root, &format!("[{}]", attr::QUOTE)) {
        let quote = el
            .get_attribute(attr::QUOTE)
            .and_then(|a| quote_at(explainer, &a));
        toggle(&el, class::IS_CURRENT, marked.is_some() && quote == marked);
    }
}

fn toggle(el: &Element, name: &str, on: bool) {
    let classes = el.class_list();
    if classes.contains(name) != on {
        let _ = classes.toggle_with_force(name, on);
    }
}

fn set_attr(el: &Element, name: &str, value: Option<&str>) {
    if el.get_attribute(name).as_deref() == value {
        return;
    }
    let _ = match value {
        Some(value) => el.set_attribute(name, value),
        None => el.remove_attribute(name),
    };
}
