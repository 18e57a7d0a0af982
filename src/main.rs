//! Browser entry point: hydrates the pre-rendered page.

fn main() {
    // A panic logs to the console instead of failing silently; the pre-rendered
    // article stays on the page either way.
    console_error_panic_hook::set_once();
    let root = gloo::utils::document()
        .get_element_by_id("app")
        .expect("index.html has <div id=\"app\">");
    yew::Renderer::<afp_explainer::App>::with_root_and_props(
        root,
        afp_explainer::AppProps {
            explainer: afp_explainer::explainer(),
        },
    )
    .hydrate();
}
