//! Keeps the state and the browser in step: URL fragment and selection, Back and
//! Forward, Escape, the static parts' controls (one delegated click, keydown and
//! focusin handler on the document), the selection shown on the static parts, and
//! marking evidence in the article and scrolling to it. All of it runs in effects,
//! never during render, so the first render matches the pre-rendered panel.

use explainer_model::selection::parse_fragment;
use explainer_model::{Explainer, Selection};
use gloo::events::{EventListener, EventListenerOptions};
use gloo::utils::{document, window};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::contract::{attr, class, id};
use crate::controls;
use crate::marking;
use crate::reflect::{reflect, reflect_mark};
use crate::state::Action;
use crate::ui::reading::Reading;

/// After a panic the app no longer responds, but the pre-rendered page is intact:
/// log the panic, and tell the reader quietly instead of leaving dead controls.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        gloo::console::error!(format!("explainer: {info}"));
        mark_unavailable();
    }));
}

pub fn mark_unavailable() {
    if let Some(html) = document().document_element() {
        let _ = html.remove_attribute(attr::INTERACTIVE);
        let _ = html.class_list().add_1(class::NOT_INTERACTIVE);
    }
}

#[hook]
pub fn use_browser_sync(reading: &Reading) {
    let dispatcher = reading.state.dispatcher();
    let explainer = reading.explainer.clone();
    // Apply the fragment once the panel is mounted; then follow Back/Forward and
    // edited URLs.
    use_effect_with((), move |_| {
        // A freshly mounted page shows the overview, whatever an earlier one showed.
        crate::reflect::reset();
        let apply = move || {
            if let Some(selection) = selection_in_url(&explainer) {
                dispatcher.dispatch(Action::Select(selection));
            }
        };
        apply();
        // Tells CSS and tests that the page now responds to the reader, and lifts
        // the "unavailable" note if a slow start had raised it.
        if let Some(html) = document().document_element() {
            let _ = html.set_attribute(attr::INTERACTIVE, "");
            let _ = html.class_list().remove_1(class::NOT_INTERACTIVE);
        }
        let on_history = {
            let apply = apply.clone();
            EventListener::new(&window(), "popstate", move |_| apply())
        };
        let on_hash = EventListener::new(&window(), "hashchange", move |_| apply());
        move || drop((on_history, on_hash))
    });

    // The static parts' controls (mentions, diagram, grid, timeline) are served by
    // these handlers on the document rather than one per control; see `controls`.
    // Not passive: they prevent the default of the links they take.
    let dispatcher = reading.state.dispatcher();
    let explainer = reading.explainer.clone();
    use_effect_with((), move |_| {
        let active = EventListenerOptions::enable_prevent_default;
        let on_click = {
            let (dispatcher, explainer) = (dispatcher.clone(), explainer.clone());
            EventListener::new_with_options(&document(), "click", active(), move |e| {
                if crate::reach::clicked(e) {
                    return;
                }
                if let Some(action) = controls::clicked(&explainer, e) {
                    dispatcher.dispatch(action);
                } else if controls::zoom_clicked(e) {
                    // Zoomed in, the diagram pans: the selection stays in view.
                    crate::reflect::bring_into_view(&explainer);
                }
            })
        };
        let on_key = {
            let (dispatcher, explainer) = (dispatcher.clone(), explainer.clone());
            EventListener::new_with_options(&document(), "keydown", active(), move |e| {
                let Some(key) = e.dyn_ref::<web_sys::KeyboardEvent>() else {
                    return;
                };
                if key.key() == "Escape" {
                    dispatcher.dispatch(Action::Clear);
                } else if let Some(selection) = controls::key(&explainer, key) {
                    dispatcher.dispatch(Action::Select(selection));
                }
            })
        };
        let on_focus = EventListener::new(&document(), "focusin", controls::focused);
        move || drop((on_click, on_key, on_focus))
    });

    // Each new selection becomes a history entry, so Back steps through them. The
    // first run is skipped: it is the pre-rendered overview, not the reader's choice.
    let first_run = use_mut_ref(|| true);
    let explainer = reading.explainer.clone();
    use_effect_with(reading.selection(), move |selection| {
        reflect(&explainer, *selection);
        if !std::mem::replace(&mut *first_run.borrow_mut(), false) {
            push_fragment(&explainer.fragment(*selection));
            // A new selection starts at its title, not where the last one was scrolled.
            if let Some(panel) = document().get_element_by_id(id::PANEL) {
                panel.set_scroll_top(0);
            }
        }
    });

    let explainer = reading.explainer.clone();
    use_effect_with(reading.state.marked, move |marked| {
        reflect_mark(&explainer, *marked);
        marking::clear();
        if let Some(quote) = *marked {
            if marking::mark(&explainer, quote) {
                reveal_mark();
            }
        }
    });
}

/// The selection the URL's fragment names; none when it names a part of the page
/// (`#diagram`, `#article`): that is a jump, which leaves the selection as it is.
fn selection_in_url(explainer: &Explainer) -> Option<Selection> {
    let hash = window().location().hash().unwrap_or_default();
    let body = hash.strip_prefix('#').unwrap_or(&hash);
    if !body.is_empty() && document().get_element_by_id(body).is_some() {
        return None;
    }
    Some(parse_fragment(&hash, |id| explainer.actor_index(id)))
}

/// Adds a history entry for `fragment`, unless the URL already shows it (as after
/// Back, or on opening a shared link).
fn push_fragment(fragment: &str) {
    let location = window().location();
    let current = location.hash().unwrap_or_default();
    if current.strip_prefix('#').unwrap_or(&current) == fragment {
        return;
    }
    let url = if fragment.is_empty() {
        format!(
            "{}{}",
            location.pathname().unwrap_or_default(),
            location.search().unwrap_or_default()
        )
    } else {
        format!("#{fragment}")
    };
    if let Ok(history) = window().history() {
        // Failing to record history is harmless: the page state is still right.
        let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

/// Moves focus to the marked evidence and scrolls it into view, so keyboard and screen reader
/// users land where sighted readers look.
fn reveal_mark() {
    let Some(mark) = document().get_element_by_id(id::EVIDENCE_MARK) else {
        return;
    };
    if let Some(el) = mark.dyn_ref::<web_sys::HtmlElement>() {
        let _ = el.focus();
    }
    let options = web_sys::ScrollIntoViewOptions::new();
    // To the top of the view, less the mark's scroll-margin (CSS): clear of the
    // bottom sheet on phones, near the middle on wide screens.
    options.set_block(web_sys::ScrollLogicalPosition::Start);
    mark.scroll_into_view_with_scroll_into_view_options(&options);
}
