//! The content build.rs bakes into the app as static data is exactly what the
//! content file compiles to, so nothing is lost or altered on the way.

const DEFAULT_CONTENT: &str = "content/afp-istanbul-2022-10-11.toml";

#[test]
fn the_baked_explainer_is_the_compiled_content_file() {
    let path = std::env::var("EXPLAINER_CONTENT").unwrap_or_else(|_| DEFAULT_CONTENT.into());
    let source =
        std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(&path))
            .expect("the content file is readable");
    let compiled = explainer_model::authoring::compile(&source, &path)
        .expect("the content compiles")
        .explainer;
    let baked = afp_explainer::explainer();
    assert_eq!(*baked, compiled);
}
