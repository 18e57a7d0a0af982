//! The phone reader's way to the diagram and back. The diagram sits below the
//! whole article on a phone; a control that stays on screen takes the reader there
//! (a plain link to `#diagram`, so it works without WebAssembly too, and Back
//! returns), and with the app running it also remembers where they were reading
//! and offers to take them back there.

use std::cell::Cell;

use gloo::utils::{document, window};
use wasm_bindgen::JsCast;
use web_sys::{Element, Event};

use crate::contract::id;

thread_local! {
    /// Where the reader was reading when they went to the diagram.
    static READING_AT: Cell<Option<f64>> = const { Cell::new(None) };
}

fn show(element_id: &str, shown: bool) {
    if let Some(el) = document().get_element_by_id(element_id) {
        let _ = if shown {
            el.remove_attribute("hidden")
        } else {
            el.set_attribute("hidden", "")
        };
    }
}

/// Serves a click on either control; returns whether it was one.
pub fn clicked(e: &Event) -> bool {
    let Some(el) = e
        .target()
        .and_then(|t| t.dyn_into::<Element>().ok())
        .and_then(|t| t.closest("a").ok().flatten())
    else {
        return false;
    };
    match el.id().as_str() {
        id::TO_DIAGRAM => {
            // The link itself makes the jump; only remember where the reader was.
            READING_AT.set(window().scroll_y().ok());
            show(id::TO_DIAGRAM, false);
            show(id::BACK_TO_READING, true);
            true
        }
        id::BACK_TO_READING => {
            e.prevent_default();
            if let Some(y) = READING_AT.take() {
                window().scroll_to_with_x_and_y(0.0, y);
            }
            show(id::BACK_TO_READING, false);
            show(id::TO_DIAGRAM, true);
            true
        }
        _ => false,
    }
}
