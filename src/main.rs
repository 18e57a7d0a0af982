//! Browser entry point: hydrates the pre-rendered page.

// Talc rather than the default dlmalloc: the same job in about 2 kB less brotli.
// Only without atomics: the app is single-threaded, which Talc's wasm allocator assumes.
#[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    afp_explainer::browser_sync::install_panic_hook();
    let root = gloo::utils::document()
        .get_element_by_id(afp_explainer::contract::id::APP)
        .expect("index.html has <div id=\"app\">");
    yew::Renderer::<afp_explainer::App>::with_root_and_props(
        root,
        afp_explainer::AppProps {
            explainer: afp_explainer::explainer(),
            // The static parts stay as pre-rendered (see ui::static_parts).
            parts: afp_explainer::ui::static_parts::StaticParts::Adopted,
        },
    )
    .hydrate();
}
