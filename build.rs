//! Compiles the content file and bakes it into Rust source that the app includes
//! as a `static`, so a mistake in the content fails the build with the editor's
//! error messages, and the browser neither parses TOML nor decodes anything at
//! start-up. `EXPLAINER_CONTENT` picks another content file.

use std::path::PathBuf;

use databake::Bake;

const DEFAULT_CONTENT: &str = "content/afp-istanbul-2022-10-11.toml";

fn main() {
    println!("cargo:rerun-if-env-changed=EXPLAINER_CONTENT");
    let path = std::env::var("EXPLAINER_CONTENT").unwrap_or_else(|_| DEFAULT_CONTENT.to_string());
    println!("cargo:rerun-if-changed={path}");
    let source = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        eprintln!("{path}: error: cannot read the content file: {e}");
        std::process::exit(1);
    });
    let compiled = explainer_model::authoring::compile(&source, &path).unwrap_or_else(|errors| {
        for e in &errors {
            eprintln!("{e}");
        }
        eprintln!("{path}: {} error(s); `cargo run -p explainer-model --features authoring --bin content-check -- {path}` checks it alone", errors.len());
        std::process::exit(1);
    });
    for warning in &compiled.warnings {
        // One line each: Cargo shows `cargo:warning` lines in the build's output.
        println!("cargo:warning={}", warning.to_string().replace('\n', " "));
    }
    let baked = compiled.explainer.bake(&Default::default());
    let out =
        PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("explainer.rs");
    std::fs::write(&out, baked.to_string()).expect("OUT_DIR is writable");
}
