//! Finishes the built page (Trunk's post-build hook): pre-renders the app into
//! `index.html`, so it shows everything before and without WebAssembly, and
//! secures it (boot script and preloads with integrity hashes, computed here once
//! from the final files; inline stylesheet; Content-Security-Policy).
//!
//! Usage: `prerender DIR` where DIR holds Trunk's `index.html` (rewritten in place);
//! `prerender --shell DIR` finishes a page that renders in the browser only (the
//! studio): boot script, preloads and policy, no pre-rendered app.

use std::path::Path;
use std::process::ExitCode;

use afp_explainer::page::{boot_script, finish, integrity, read_built, Finish};
use afp_explainer::ui::static_parts::StaticParts;
use afp_explainer::{explainer, Page, PageProps};

#[tokio::main(flavor = "current_thread")]
async fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (shell, dir) = match args.as_slice() {
        [flag, dir] if flag == "--shell" => (true, dir.clone()),
        [dir] => (false, dir.clone()),
        _ => {
            eprintln!("usage: prerender [--shell] DIR (the folder with Trunk's index.html)");
            return ExitCode::from(2);
        }
    };
    if shell {
        return match finish_dir(Path::new(&dir), None) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("prerender: {dir}: {e}");
                ExitCode::FAILURE
            }
        };
    }
    let parts = StaticParts::render(&explainer()).await;
    // Plain HTML, not hydratable: the browser renders only the panel's slot anew.
    let rendered = yew::LocalServerRenderer::<Page>::with_props(PageProps {
        explainer: explainer(),
        parts,
    })
    .hydratable(false)
    .render()
    .await;
    match finish_dir(Path::new(&dir), Some(&rendered)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("prerender: {dir}: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Where the page is served from (`/`, or `/studio/`): Trunk tells its hooks.
fn public_url() -> String {
    std::env::var("TRUNK_PUBLIC_URL").unwrap_or_else(|_| "/".into())
}

/// Where a file of the built site is, by the absolute path the page links it
/// with (which starts with the public URL).
fn site_path(dir: &Path, href: &str) -> std::path::PathBuf {
    let base = public_url();
    dir.join(
        href.strip_prefix(base.as_str())
            .unwrap_or(href)
            .trim_start_matches('/'),
    )
}

fn read(dir: &Path, href: &str) -> Result<Vec<u8>, String> {
    let path = site_path(dir, href);
    std::fs::read(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

/// Finishes DIR's index.html: with the pre-rendered app (the reader), or as a
/// shell whose stylesheets stay linked (the studio).
fn finish_dir(dir: &Path, rendered: Option<&str>) -> Result<(), String> {
    let index = dir.join("index.html");
    let page =
        std::fs::read_to_string(&index).map_err(|e| format!("cannot read index.html: {e}"))?;
    let built = read_built(&page)?;
    let wasm_integrity = integrity(&read(dir, &built.wasm)?);
    let glue_integrity = integrity(&read(dir, &built.glue)?);
    let boot = boot_script(&built.glue, &built.wasm, &wasm_integrity);
    let boot_integrity = integrity(boot.as_bytes());
    // Named by content, like Trunk's files, so it can be cached forever.
    let boot_name = format!(
        "boot-{}.js",
        &boot_integrity["sha384-".len()..][..16].replace(['/', '+'], "_")
    );
    std::fs::write(dir.join(&boot_name), &boot)
        .map_err(|e| format!("cannot write {boot_name}: {e}"))?;
    let boot_src = format!("{}{boot_name}", public_url());
    let Some(rendered) = rendered else {
        let page = finish(
            &page,
            &Finish {
                built: &built,
                app_html: None,
                title: None,
                css: None,
                boot_src: &boot_src,
                boot_integrity: &boot_integrity,
                glue_integrity: &glue_integrity,
                wasm_integrity: &wasm_integrity,
            },
        )?;
        return std::fs::write(&index, page).map_err(|e| format!("cannot write index.html: {e}"));
    };
    // The stylesheet the page links, inlined so the first paint needs no second
    // request; the file is then unused.
    let stylesheet = built.stylesheet.as_deref().ok_or("no stylesheet linked")?;
    let content = explainer();
    let css = String::from_utf8(read(dir, stylesheet)?)
        .map_err(|_| format!("{stylesheet} is not UTF-8"))?
        + &afp_explainer::page::diagram_css(&content.diagram);
    let page = finish(
        &page,
        &Finish {
            built: &built,
            app_html: Some(rendered),
            title: Some(&content.title),
            css: Some(&css),
            boot_src: &boot_src,
            boot_integrity: &boot_integrity,
            glue_integrity: &glue_integrity,
            wasm_integrity: &wasm_integrity,
        },
    )?;
    std::fs::remove_file(site_path(dir, stylesheet))
        .map_err(|e| format!("cannot remove {stylesheet}: {e}"))?;
    std::fs::write(&index, page).map_err(|e| format!("cannot write index.html: {e}"))
}
