//! Shows the state on the static parts, which Yew never re-renders: the selected
//! and related nodes, edges and grid cells, lit mentions, grid row headers and
//! timeline events, with the ARIA states that go with them, and which evidence
//! button's passage is marked. Writes only what differs, so in the overview the
//! pre-rendered page stays exactly as built, and a click restyles only what it
//! changes rather than the whole article.

use std::cell::Cell;

use explainer_model::explainer::Quote;
use explainer_model::{Explainer, Selection};
use gloo::utils::document;
use wasm_bindgen::JsCast;
use web_sys::Element;

use crate::contract::{attr, class, id};
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

thread_local! {
    /// The selection the static parts show now, so a new one changes only what
    /// differs: the page as built shows the overview.
    static SHOWN: Cell<Selection> = const { Cell::new(Selection::Overview) };
}

/// The static parts show the overview, as built (a freshly mounted page).
pub fn reset() {
    SHOWN.set(Selection::Overview);
}

fn involved(selection: Selection) -> Vec<usize> {
    match selection {
        Selection::Overview => Vec::new(),
        Selection::Actor(a) => vec![a],
        Selection::Pair(a, b) => vec![a, b],
    }
}

/// Shows `selection` on the static parts, touching only the elements whose look
/// changes from the selection shown before: a click costs a handful of DOM writes,
/// not a walk over every control.
pub fn reflect(explainer: &Explainer, selection: Selection) {
    let shown = SHOWN.replace(selection);
    if shown == selection {
        return;
    }
    let Some(root) = page() else { return };
    let by_id = |id: &str| document().get_element_by_id(id);
    if let Ok(Some(page_root)) = root.query_selector(&format!(".{}", class::ROOT)) {
        toggle(
            &page_root,
            class::HAS_SELECTION,
            selection != Selection::Overview,
        );
    }
    light_mentions(explainer, &root, shown, selection);
    let neighbours = |s: Selection| match s {
        Selection::Actor(a) => explainer.neighbours(a),
        _ => Vec::new(),
    };
    let (now_related, before_related) = (neighbours(selection), neighbours(shown));
    // Nodes: those selected or related, before or now, each once. (Marked in a
    // mask rather than sorted and deduplicated: a sort would add 4 kB to the
    // reader's wasm.)
    let mut touched = vec![false; explainer.actors.len()];
    for a in involved(shown)
        .into_iter()
        .chain(involved(selection))
        .chain(now_related.iter().copied())
        .chain(before_related.iter().copied())
    {
        if let Some(t) = touched.get_mut(a) {
            *t = true;
        }
    }
    for a in (0..touched.len()).filter(|&a| touched[a]) {
        let Some(el) = by_id(&id::node(&explainer.actors[a].id)) else {
            continue;
        };
        let selected = selection.involves(a);
        set_attr(&el, "aria-current", selected.then_some("true"));
        toggle(&el, class::IS_SELECTED, selected);
        toggle(&el, class::IS_RELATED, now_related.contains(&a));
    }
    // Edges: few, each named by its pair.
    for el in all(&root, &format!(".{}[{}]", class::EDGE, attr::SELECT)) {
        let Selection::Pair(a, b) = selection_of(explainer, &el) else {
            continue;
        };
        let selected = match selection {
            Selection::Actor(s) => a == s || b == s,
            _ => selection == Selection::Pair(a, b),
        };
        toggle(&el, class::IS_SELECTED, selected);
    }
    // Grid cells: the rows and columns of the actors selected before or now.
    let n = explainer.actors.len();
    let mut lines: Vec<usize> = involved(shown);
    lines.extend(involved(selection));
    for &a in &lines {
        for other in 0..n {
            for (r, c) in [(a, other), (other, a)] {
                let Some(el) = by_id(&id::cell(r, c)) else {
                    continue;
                };
                let target = if r == c {
                    Selection::Actor(r)
                } else {
                    Selection::pair(r, c)
                };
                let selected = selection == target && matches!(target, Selection::Pair(..));
                set_attr(
                    &el,
                    "aria-selected",
                    Some(if selected { "true" } else { "false" }),
                );
                toggle(&el, class::IS_SELECTED, selected);
                toggle(
                    &el,
                    class::IS_RELATED,
                    selection.involves(r) || selection.involves(c),
                );
            }
        }
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
    bring_into_view(explainer);
}

/// Where the diagram is zoomed in and pans, centres its own region (never the
/// page) on the selected actor, as a focus does: a name chosen in the text or the
/// search box shows in the diagram too. Fitted, the region has nothing to scroll
/// and this does nothing. (Few DOM calls and integer arithmetic: this is in the
/// reader's wasm, whose bytes are budgeted.)
pub fn bring_into_view(explainer: &Explainer) {
    if let Selection::Actor(a) = SHOWN.get() {
        centre_on(explainer, a);
    }
}

/// Centres the diagram's region on actor `a` if it is out of view, where the
/// region scrolls (zoomed in).
pub fn centre_on(explainer: &Explainer, a: usize) {
    let d = &explainer.diagram;
    let (Ok(Some(region)), Some(node)) =
        (document().query_selector(".diagram-scroll"), d.nodes.get(a))
    else {
        return;
    };
    // Zoomed in, the drawing fills what the region scrolls over.
    let scale = region.scroll_width() as f32 / d.width;
    let (x, y) = ((node.cx * scale) as i32, (node.cy * scale) as i32);
    let (w, h) = (region.client_width(), region.client_height());
    // Only an actor out of view (or at its very edge) moves: a click on one in
    // view must not slide it from under the pointer.
    if (x - region.scroll_left() - w / 2).abs() > w / 2 - 20 {
        region.set_scroll_left(x - w / 2);
    }
    if (y - region.scroll_top() - h / 2).abs() > h / 2 - 20 {
        region.set_scroll_top(y - h / 2);
    }
}

/// Lights the mentions of the selected actors and puts out those of the actors
/// selected before, touching no other mention, so the browser restyles only these.
fn light_mentions(explainer: &Explainer, root: &Element, shown: Selection, selection: Selection) {
    let mentions_of = |a: usize| {
        all(
            root,
            &format!(
                "a.{}.{}",
                class::MENTION,
                class::actor(&explainer.actors[a].id)
            ),
        )
    };
    for a in involved(shown)
        .into_iter()
        .filter(|&a| !selection.involves(a))
    {
        for el in mentions_of(a) {
            toggle(&el, class::IS_LIT, false);
        }
    }
    for a in involved(selection)
        .into_iter()
        .filter(|&a| !shown.involves(a))
    {
        for el in mentions_of(a) {
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
