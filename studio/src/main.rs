//! The studio: make an explainer of any article in the browser, by selecting its
//! text, with the machine proposing and the editor deciding, checked as it goes by
//! the real compiler, previewed by the reader's own components. The same page,
//! opened with `?preview`, is the preview shown in the studio's frames.

// Talc rather than the default dlmalloc, as in the reader.
#[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

mod accept;
mod crash;
mod document;
mod edit;
mod files;
mod history;
mod kinds;
mod nudge;
mod publish;
mod share_png;
mod state;
mod storage;
mod ui;
mod words;

fn main() {
    crash::install();
    let document = gloo::utils::document();
    let Some(root) = document.get_element_by_id("studio") else {
        return;
    };
    // The page's "Loading…" line gives way to the studio.
    root.set_inner_html("");
    if let Some(html) = document.document_element() {
        let _ = html.set_attribute("data-interactive", "");
    }
    let preview = gloo::utils::window()
        .location()
        .search()
        .is_ok_and(|s| s == "?preview");
    if preview {
        yew::Renderer::<ui::preview::PreviewPage>::with_root(root).render();
    } else {
        yew::Renderer::<ui::app::StudioApp>::with_root(root).render();
    }
}
