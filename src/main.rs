//! Browser entry point: hydrates the pre-rendered page.

fn main() {
    afp_explainer::browser_sync::install_panic_hook();
    let root = gloo::utils::document()
        .get_element_by_id("app")
        .expect("index.html has <div id=\"app\">");
    yew::Renderer::<afp_explainer::App>::with_root_and_props(
        root,
        afp_explainer::AppProps {
            explainer: afp_explainer::explainer(),
            // Empty: the static parts stay as pre-rendered (see ui::islands).
            islands: Default::default(),
        },
    )
    .hydrate();
}
