//! The static parts' controls in the browser: article mentions, diagram nodes and
//! edges, pair-grid cells, and the timeline's links and evidence. They are
//! pre-rendered HTML that Yew never re-renders (see `ui::islands`), each carrying
//! what it stands for: a selection in `data-select`, or an evidence quote in
//! `data-quote`. The app routes their clicks, keys and focus here through handlers
//! on its root, and [`reflect`] and [`reflect_mark`] show the current state on them.

use explainer_model::explainer::Quote;
use explainer_model::layout::nearest_in_direction;
use explainer_model::selection::parse_fragment;
use explainer_model::{Explainer, Selection};
use gloo::utils::document;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, KeyboardEvent};

use crate::state::Action;

/// The elements a click acts on, and the attributes they carry.
const CONTROL: &str = "[data-select], [data-quote], a.mention";
const SELECT: &str = "data-select";
const QUOTE: &str = "data-quote";
/// Timeline events, lit when the selection involves one of their actors.
const ACTORS: &str = "data-actors";
/// Row headers of the grid, lit when their actor alone is selected.
const LIT: &str = "data-lit";
/// The widgets with one tab stop each (roving tabindex).
const ROVING_GROUP: &str = ".diagram-svg, .matrix-grid";

fn target_element(e: &Event) -> Option<Element> {
    e.target()?.dyn_into::<Element>().ok()
}

/// What an element stands for: its `data-select`, or a mention's link.
fn selection_of(x: &Explainer, el: &Element) -> Selection {
    let value = el
        .get_attribute(SELECT)
        .or_else(|| el.get_attribute("href"))
        .unwrap_or_default();
    parse_fragment(&value, |id| x.actor_index(id))
}

/// An evidence quote from its `data-quote`, "event/quote": looked up in the content
/// by index, so a tampered page can name no passage outside the article.
fn quote_at(x: &Explainer, address: &str) -> Option<Quote> {
    let (event, quote) = address.split_once('/')?;
    let event = x.events.get(event.parse::<usize>().ok()?)?;
    event
        .claim
        .evidence
        .get(quote.parse::<usize>().ok()?)
        .copied()
}

/// What a click asks for, if it landed on a static control. A click a Yew handler
/// already took (it prevents the default) is left alone.
pub fn clicked(x: &Explainer, e: &Event) -> Option<Action> {
    if e.default_prevented() {
        return None;
    }
    let el = target_element(e)?.closest(CONTROL).ok()??;
    // Mentions and links select instead of being followed.
    e.prevent_default();
    match el.get_attribute(QUOTE) {
        Some(address) => quote_at(x, &address).map(Action::Mark),
        None => Some(Action::Select(selection_of(x, &el))),
    }
}

/// Keys on a diagram node or a grid cell: arrows, Home and End move the focus within
/// the widget; Enter and Space return the selection to make.
pub fn key(x: &Explainer, e: &KeyboardEvent) -> Option<Selection> {
    let el = target_element(e)?;
    let id = el.id();
    let key = e.key();
    let next = if let Some(actor) = id.strip_prefix("node-") {
        let nodes = &x.diagram.nodes;
        let from = x.actor_index(actor)?;
        let to = match key.as_str() {
            "ArrowRight" => nearest_in_direction(nodes, from, 1.0, 0.0),
            "ArrowLeft" => nearest_in_direction(nodes, from, -1.0, 0.0),
            "ArrowDown" => nearest_in_direction(nodes, from, 0.0, 1.0),
            "ArrowUp" => nearest_in_direction(nodes, from, 0.0, -1.0),
            "Home" => Some(0),
            "End" => Some(nodes.len() - 1),
            _ => None,
        };
        to.map(|i| format!("node-{}", x.actors[i].id))
    } else if let Some(cell) = id.strip_prefix("cell-") {
        let (r, c) = cell.split_once('-')?;
        let (r, c): (usize, usize) = (r.parse().ok()?, c.parse().ok()?);
        let last = x.actors.len() - 1;
        let (r, c) = match key.as_str() {
            "ArrowRight" => (r, (c + 1).min(last)),
            "ArrowLeft" => (r, c.saturating_sub(1)),
            "ArrowDown" => ((r + 1).min(last), c),
            "ArrowUp" => (r.saturating_sub(1), c),
            "Home" => (r, 0),
            "End" => (r, last),
            _ => (r, c),
        };
        Some(format!("cell-{r}-{c}"))
    } else {
        return None;
    };
    if key == "Enter" || key == " " {
        e.prevent_default();
        return Some(selection_of(x, &el));
    }
    if let Some(next) = next.filter(|_| key.starts_with("Arrow") || key == "Home" || key == "End") {
        e.prevent_default();
        if let Some(next) = document().get_element_by_id(&next) {
            focus(&next);
        }
    }
    None
}

/// The widget's one tab stop follows the focus, so Tab returns to where the reader
/// was (a click focuses a cell or node as well as selecting it).
pub fn focused(e: &Event) {
    let Some(el) = target_element(e) else { return };
    if !el.has_attribute(SELECT) || !el.has_attribute("tabindex") {
        return;
    }
    let Some(group) = el.closest(ROVING_GROUP).ok().flatten() else {
        return;
    };
    for other in all(&group, "[tabindex=\"0\"]") {
        let _ = other.set_attribute("tabindex", "-1");
    }
    let _ = el.set_attribute("tabindex", "0");
}

fn focus(el: &Element) {
    if let Some(el) = el.dyn_ref::<web_sys::HtmlElement>() {
        let _ = el.focus();
    } else if let Some(el) = el.dyn_ref::<web_sys::SvgElement>() {
        let _ = el.focus();
    }
}

fn all(root: &Element, selector: &str) -> Vec<Element> {
    let Ok(list) = root.query_selector_all(selector) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<Element>().ok())
        .collect()
}

/// Shows `selection` on the static parts: selected and related nodes, the selected
/// edges and grid cells, lit row headers and timeline events, and the ARIA states
/// that go with them.
/// Writes only what changes, so the overview leaves the pre-rendered page as it is.
pub fn reflect(x: &Explainer, selection: Selection) {
    let Some(root) = document().document_element() else {
        return;
    };
    let neighbours = match selection {
        Selection::Actor(a) => x.neighbours(a),
        _ => Vec::new(),
    };
    for el in all(&root, "[data-select]:not(a)") {
        let target = selection_of(x, &el);
        let classes = el.class_list();
        let (selected, related) = if classes.contains("node") {
            let Selection::Actor(i) = target else {
                continue;
            };
            set_attr(&el, "aria-current", selection.involves(i).then_some("true"));
            (selection.involves(i), neighbours.contains(&i))
        } else if classes.contains("edge") {
            let Selection::Pair(a, b) = target else {
                continue;
            };
            let selected = match selection {
                Selection::Actor(s) => a == s || b == s,
                _ => selection == target,
            };
            (selected, false)
        } else if classes.contains("cell") {
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
        toggle(&el, "is-selected", selected);
        toggle(&el, "is-related", related);
    }
    for el in all(&root, "[data-lit]") {
        let lit = el.get_attribute(LIT).and_then(|id| x.actor_index(&id));
        toggle(
            &el,
            "is-selected",
            lit.is_some_and(|a| selection == Selection::Actor(a)),
        );
    }
    for el in all(&root, "[data-actors]") {
        let ids = el.get_attribute(ACTORS).unwrap_or_default();
        let lit = ids
            .split(' ')
            .filter_map(|id| x.actor_index(id))
            .any(|a| selection.involves(a));
        toggle(&el, "is-selected", lit);
    }
}

/// Shows which evidence button's passage is marked in the article.
pub fn reflect_mark(x: &Explainer, marked: Option<Quote>) {
    let Some(root) = document().document_element() else {
        return;
    };
    for el in all(&root, "[data-quote]") {
        let quote = el.get_attribute(QUOTE).and_then(|a| quote_at(x, &a));
        toggle(&el, "is-current", marked.is_some() && quote == marked);
    }
}

fn toggle(el: &Element, class: &str, on: bool) {
    let classes = el.class_list();
    if classes.contains(class) != on {
        let _ = classes.toggle_with_force(class, on);
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
