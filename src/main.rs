//! Browser entry point. The boot script loads this wasm and the page's content
//! file side by side, then hands the content to `start`, which mounts the
//! interactive panel into its slot on the pre-rendered page. The rest of the page
//! is already there and stays as built.

// Talc rather than the default dlmalloc: the same job in about 2 kB less brotli.
// Only without atomics: the app is single-threaded, which Talc's wasm allocator assumes.
#[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

use std::rc::Rc;

use explainer_reader::browser_sync::{install_panic_hook, mark_unavailable};
use explainer_reader::contract::id;
use explainer_reader::{content, Interactive, InteractiveProps};
use wasm_bindgen::prelude::wasm_bindgen;

fn main() {
    install_panic_hook();
}

/// Starts the page with its content file's bytes. Without readable content or
/// its slot, the page stays as built, fully readable, and says that its
/// interactive features are unavailable.
#[wasm_bindgen]
pub fn start(content: &[u8]) {
    let Ok(explainer) = content::decode(content) else {
        gloo::console::warn!("explainer: the page's content file is unreadable");
        mark_unavailable();
        return;
    };
    let Some(slot) = gloo::utils::document().get_element_by_id(id::PANEL_SLOT) else {
        mark_unavailable();
        return;
    };
    // The slot holds the overview panel as the build rendered it. Yew renders the
    // same into it, within this task (its scheduler runs as a microtask), so the
    // browser never paints the slot empty.
    slot.set_inner_html("");
    yew::Renderer::<Interactive>::with_root_and_props(
        slot,
        InteractiveProps {
            explainer: Rc::new(explainer),
        },
    )
    .render();
}
