//! Finishes the built page (Trunk's post-build hook): pre-renders the app into
//! `index.html`, so it shows everything before and without WebAssembly, and
//! secures it (external boot script with integrity, Content-Security-Policy).
//!
//! Usage: `prerender DIR` where DIR holds Trunk's `index.html` (rewritten in place).

use std::path::Path;
use std::process::ExitCode;
use std::rc::Rc;

use afp_explainer::page::{
    boot_script, fill_mount, find_loader, inline_stylesheet, integrity, secure, selection_css,
    set_title,
};
use afp_explainer::ui::islands::Islands;
use afp_explainer::{explainer, App, AppProps};

#[tokio::main(flavor = "current_thread")]
async fn main() -> ExitCode {
    let Some(dir) = std::env::args().nth(1) else {
        eprintln!("usage: prerender DIR (the folder with Trunk's index.html)");
        return ExitCode::from(2);
    };
    let islands = Islands::render(&explainer()).await;
    let rendered = yew::ServerRenderer::<App>::with_props(move || AppProps {
        explainer: explainer(),
        islands: Rc::new(islands),
    })
    .render()
    .await;
    match finish(Path::new(&dir), &rendered) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("prerender: {dir}: {e}");
            ExitCode::FAILURE
        }
    }
}

fn finish(dir: &Path, rendered: &str) -> Result<(), String> {
    let index = dir.join("index.html");
    let page =
        std::fs::read_to_string(&index).map_err(|e| format!("cannot read index.html: {e}"))?;
    let loader = find_loader(&page)?;
    let boot = boot_script(&loader);
    let boot_integrity = integrity(boot.as_bytes());
    // Named by content, like Trunk's files, so it can be cached forever.
    let boot_name = format!(
        "boot-{}.js",
        &boot_integrity["sha384-".len()..][..16].replace(['/', '+'], "_")
    );
    std::fs::write(dir.join(&boot_name), &boot)
        .map_err(|e| format!("cannot write {boot_name}: {e}"))?;
    let page = fill_mount(&page, rendered)?;
    let x = explainer();
    let page = set_title(&page, &x.title)?;
    let (page, style_hash) = inline_css(dir, &page, &selection_css(&x))?;
    let page = secure(
        &page,
        &loader,
        &format!("/{boot_name}"),
        &boot_integrity,
        &style_hash,
    )?;
    std::fs::write(&index, page).map_err(|e| format!("cannot write index.html: {e}"))
}

/// Inlines Trunk's stylesheet (then removes the file, now unused).
fn inline_css(dir: &Path, page: &str, extra: &str) -> Result<(String, String), String> {
    let name = std::fs::read_dir(dir)
        .map_err(|e| format!("cannot list {}: {e}", dir.display()))?
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .find(|n| n.starts_with("style-") && n.ends_with(".css"))
        .ok_or("no style-*.css from Trunk")?;
    let css =
        std::fs::read_to_string(dir.join(&name)).map_err(|e| format!("cannot read {name}: {e}"))?;
    let inlined = inline_stylesheet(page, &css, extra)?;
    std::fs::remove_file(dir.join(&name)).map_err(|e| format!("cannot remove {name}: {e}"))?;
    Ok(inlined)
}
