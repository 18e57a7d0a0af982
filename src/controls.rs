//! The static parts' controls in the browser: article mentions, diagram nodes and
//! edges, pair-grid cells, and the timeline's links and evidence. They are
//! pre-rendered HTML that Yew never re-renders (see `ui::static_parts`), each
//! carrying what it stands for: a selection in `data-select` (or a mention's
//! `href`), or an evidence quote in `data-quote`. Rather than a handler per control,
//! the app's root has one click, one keydown and one focusin handler, which call
//! these.

use explainer_model::explainer::Quote;
use explainer_model::layout::nearest_in_direction;
use explainer_model::selection::parse_fragment;
use explainer_model::{Explainer, Selection};
use gloo::utils::document;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, KeyboardEvent, MouseEvent};

use crate::contract::{attr, class, id, selector, QuoteAddress};
use crate::reflect::all;
use crate::state::Action;

/// The widgets with one tab stop each (roving tabindex).
const ROVING_GROUP: &str = ".diagram-svg, .matrix-grid";

fn target_element(e: &Event) -> Option<Element> {
    e.target()?.dyn_into::<Element>().ok()
}

/// What an element stands for: its `data-select`, or a mention's link.
pub fn selection_of(explainer: &Explainer, el: &Element) -> Selection {
    let value = el
        .get_attribute(attr::SELECT)
        .or_else(|| el.get_attribute("href"))
        .unwrap_or_default();
    parse_fragment(&value, |id| explainer.actor_index(id))
}

/// An evidence quote from its `data-quote`, looked up in the content.
pub fn quote_at(explainer: &Explainer, value: &str) -> Option<Quote> {
    let address = QuoteAddress::parse(value)?;
    let event = explainer.events.get(address.event)?;
    event.claim.evidence.get(address.quote).copied()
}

/// What a click asks for, if it landed on a static control. A click a Yew handler
/// already took (it prevents the default) is left alone.
pub fn clicked(explainer: &Explainer, e: &Event) -> Option<Action> {
    if e.default_prevented() {
        return None;
    }
    // The search box's button (Enter in the box is a key: `key`).
    let target = target_element(e)?;
    if target.closest(selector::FIND_BUTTON).ok()?.is_some() {
        let form = target.closest(selector::FIND).ok()??;
        return find(explainer, e, &form).map(Action::Select);
    }
    let controls = format!(
        "[{}], [{}], a.{}",
        attr::SELECT,
        attr::QUOTE,
        class::MENTION
    );
    let el = target_element(e)?.closest(&controls).ok()??;
    // A link clicked to open elsewhere (new tab or window, download, middle
    // button) is the browser's to follow.
    if el.has_attribute("href") && opens_elsewhere(e) {
        return None;
    }
    // Mentions and links select instead of being followed.
    e.prevent_default();
    match el.get_attribute(attr::QUOTE) {
        Some(address) => quote_at(explainer, &address).map(Action::Mark),
        None => Some(Action::Select(selection_of(explainer, &el))),
    }
}

/// Whether a click asks for its link elsewhere: modifier keys (new tab or window,
/// download) or a button other than the main one.
pub fn opens_elsewhere(e: &Event) -> bool {
    e.dyn_ref::<MouseEvent>().is_some_and(|m| {
        m.ctrl_key() || m.meta_key() || m.shift_key() || m.alt_key() || m.button() != 0
    })
}

/// Whether a click toggled the diagram's zoom.
pub fn zoom_clicked(e: &Event) -> bool {
    target_element(e).is_some_and(|el| el.closest(selector::ZOOM).ok().flatten().is_some())
}

/// What the search box says when its words name no actor, or several.
const NOT_FOUND: &str =
    "No one here goes by that name, or several do: type more, or pick a suggestion.";

/// The diagram's search box, submitted: the actor its words name, if exactly one;
/// otherwise it says so, and nothing changes. A name fits if it is the words
/// (ignoring case), or else if one of its words starts with them, as long as every
/// name that fits is one actor's. The names are the box's suggestions (built from
/// the content: `Explainer::names`), each carrying its actor's `data-select`, and
/// CSS selectors (`i`: ignoring case) match them, so the reader's wasm holds no
/// matching of its own.
fn find(explainer: &Explainer, e: &Event, form: &Element) -> Option<Selection> {
    // The form is never sent anywhere: the page answers it.
    e.prevent_default();
    let query = document()
        .get_element_by_id(id::FIND_NAME)?
        .unchecked_into::<web_sys::HtmlInputElement>()
        .value();
    // Bytes, not chars: Unicode's tables would weigh on the reader's wasm.
    let words = query.trim_matches(' ');
    // A quote or backslash would end the selector's string; no name has one.
    let fits = if words.is_empty() || words.bytes().any(|b| b == b'"' || b == b'\\') {
        Vec::new()
    } else {
        all(
            form,
            &format!("option[value^=\"{words}\" i],option[value*=\" {words}\" i],option[value*=\"-{words}\" i]"),
        )
    };
    let actor = |o: &Element| o.get_attribute(attr::SELECT);
    // A name that is the words wins; otherwise every name that fits is one actor's.
    let exact = fits.iter().find(|o| {
        o.get_attribute("value")
            .is_some_and(|v| v.eq_ignore_ascii_case(words))
    });
    let found = match exact {
        Some(o) => actor(o),
        None => fits
            .first()
            .and_then(actor)
            .filter(|f| fits.iter().all(|o| actor(o).as_ref() == Some(f))),
    }
    .map(|f| parse_fragment(&f, |id| explainer.actor_index(id)));
    if let Some(note) = document().get_element_by_id(id::FIND_NOTE) {
        note.set_text_content(found.is_none().then_some(NOT_FOUND));
    }
    // Found again after panning away, it is shown again (a selection that does
    // not change is not reflected anew).
    if let Some(Selection::Actor(a)) = found {
        crate::reflect::centre_on(explainer, a);
    }
    found
}

/// Keys on a diagram node or a grid cell: arrows, Home and End move the focus within
/// the widget; Enter and Space return the selection to make.
pub fn key(explainer: &Explainer, e: &KeyboardEvent) -> Option<Selection> {
    let el = target_element(e)?;
    let key = e.key();
    let element_id = el.id();
    // Enter in the search box (not every engine clicks the form's button for it).
    if element_id == id::FIND_NAME {
        let form = el.closest(selector::FIND).ok()??;
        return (key == "Enter")
            .then(|| find(explainer, e, &form))
            .flatten();
    }
    // The node moved to, which a zoomed diagram pans to once it has focus.
    let mut node = None;
    let next = if let Some(actor) = id::parse_node(&element_id) {
        let nodes = &explainer.diagram.nodes;
        let from = explainer.actor_index(actor)?;
        let to = match key.as_str() {
            "ArrowRight" => nearest_in_direction(nodes, from, 1.0, 0.0),
            "ArrowLeft" => nearest_in_direction(nodes, from, -1.0, 0.0),
            "ArrowDown" => nearest_in_direction(nodes, from, 0.0, 1.0),
            "ArrowUp" => nearest_in_direction(nodes, from, 0.0, -1.0),
            "Home" => Some(0),
            "End" => Some(nodes.len() - 1),
            _ => None,
        };
        node = to;
        to.map(|i| id::node(&explainer.actors[i].id))
    } else if let Some((r, c)) = id::parse_cell(&element_id) {
        let last = explainer.actors.len() - 1;
        let (r, c) = match key.as_str() {
            "ArrowRight" => (r, (c + 1).min(last)),
            "ArrowLeft" => (r, c.saturating_sub(1)),
            "ArrowDown" => ((r + 1).min(last), c),
            "ArrowUp" => (r.saturating_sub(1), c),
            "Home" => (r, 0),
            "End" => (r, last),
            _ => (r, c),
        };
        Some(id::cell(r, c))
    } else {
        return None;
    };
    if key == "Enter" || key == " " {
        e.prevent_default();
        return Some(selection_of(explainer, &el));
    }
    let moves = key.starts_with("Arrow") || key == "Home" || key == "End";
    if let Some(next) = next.filter(|_| moves) {
        e.prevent_default();
        if let Some(next) = document().get_element_by_id(&next) {
            focus(&next);
        }
        // Engines do not all scroll a focused SVG node into view (Firefox does
        // not): a zoomed diagram pans to it.
        if let Some(i) = node {
            crate::reflect::centre_on(explainer, i);
        }
    }
    None
}

/// The widget's one tab stop follows the focus, so Tab returns to where the reader
/// was (a click focuses a cell or node as well as selecting it).
pub fn focused(e: &Event) {
    let Some(el) = target_element(e) else { return };
    if !el.has_attribute(attr::SELECT) || !el.has_attribute("tabindex") {
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
