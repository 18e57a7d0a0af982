//! Finishes the built page (Trunk's post-build hook). It compiles the content file
//! (`EXPLAINER_CONTENT`, else the shipped AFP file; a mistake fails the build with
//! the editor's messages), pre-renders the app into `index.html` with the content
//! as data, so it shows everything before and without WebAssembly, and secures it
//! (boot script and preloads with integrity hashes; inline stylesheet; CSP). It
//! also leaves the kit the studio publishes other articles' pages from
//! (`publish-kit.json`): the same finishing, in the browser (`publish`).
//!
//! Usage: `prerender DIR` where DIR holds Trunk's `index.html` (rewritten in place);
//! `prerender --shell DIR` finishes a page that renders in the browser only (the
//! studio): boot script, preloads and policy, no pre-rendered app.

use std::path::Path;
use std::process::ExitCode;
use std::rc::Rc;

use explainer_model::Explainer;
use explainer_reader::page::{finish, integrity, read_built, Boot, Finish, Start};
use explainer_reader::publish::{self, file_name, files_of, finish_reader, Kit};
use explainer_reader::share_png;

const DEFAULT_CONTENT: &str = "content/afp-istanbul-2022-10-11.toml";

#[tokio::main(flavor = "current_thread")]
async fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.as_slice() {
        [flag, dir] if flag == "--shell" => finish_shell(Path::new(dir)),
        [dir] => match compile_content() {
            Ok(explainer) => finish_page(Path::new(dir), Rc::new(explainer)).await,
            Err(()) => return ExitCode::FAILURE,
        },
        _ => {
            eprintln!("usage: prerender [--shell] DIR (the folder with Trunk's index.html)");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("prerender: {}: {e}", args.last().map_or("", String::as_str));
            ExitCode::FAILURE
        }
    }
}

/// The content file, compiled and checked; its errors and warnings are printed in
/// the editor's words, with file, line and column.
fn compile_content() -> Result<Explainer, ()> {
    let path = std::env::var("EXPLAINER_CONTENT").unwrap_or_else(|_| DEFAULT_CONTENT.into());
    // Trunk runs hooks in the project's folder; the path is the user's, as given.
    let source = std::fs::read_to_string(&path)
        .map_err(|e| eprintln!("{path}: error: cannot read the content file: {e}"))?;
    let compiled = explainer_model::authoring::compile(&source, &path).map_err(|errors| {
        for e in &errors {
            eprintln!("{e}");
        }
        eprintln!("{path}: {} error(s); `cargo run -p explainer-model --features authoring --bin content-check -- {path}` checks it alone", errors.len());
    })?;
    for warning in &compiled.warnings {
        eprintln!("{warning}");
    }
    Ok(compiled.explainer)
}

fn read(dir: &Path, name: &str) -> Result<Vec<u8>, String> {
    let path = dir.join(name);
    std::fs::read(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

fn write(dir: &Path, name: &str, bytes: impl AsRef<[u8]>) -> Result<(), String> {
    std::fs::write(dir.join(name), bytes).map_err(|e| format!("cannot write {name}: {e}"))
}

/// The reader's page: pre-rendered, finished, and the kit for the studio. The
/// stylesheet is inlined, so its file goes into the kit instead.
async fn finish_page(dir: &Path, explainer: Rc<Explainer>) -> Result<(), String> {
    let template = String::from_utf8(read(dir, "index.html")?)
        .map_err(|_| "index.html is not UTF-8".to_string())?;
    let stylesheet = read_built(&template)?
        .stylesheet
        .ok_or("no stylesheet linked")?;
    let stylesheet = file_name(&stylesheet).to_string();
    let css = String::from_utf8(read(dir, &stylesheet)?)
        .map_err(|_| format!("{stylesheet} is not UTF-8"))?;
    let kit = Kit {
        files: files_of(&template)?,
        template,
        css,
    };
    let app_html = publish::render_app(explainer.clone()).await;
    let page = finish_reader(&kit, &explainer, &app_html, None, &|name| read(dir, name))?;
    for (name, bytes) in &page.made {
        write(dir, name, bytes)?;
    }
    write(
        dir,
        publish::SHARE_PNG,
        share_png::card_png(&page.card_svg)?,
    )?;
    write(dir, "index.html", &page.index_html)?;
    let kit = serde_json::to_string(&kit).map_err(|e| format!("cannot write the kit: {e}"))?;
    write(dir, publish::KIT_FILE, kit)?;
    std::fs::remove_file(dir.join(&stylesheet))
        .map_err(|e| format!("cannot remove {stylesheet}: {e}"))
}

/// A page that renders in the browser only (the studio): its stylesheets stay
/// linked, and it carries no content.
fn finish_shell(dir: &Path) -> Result<(), String> {
    let page = String::from_utf8(read(dir, "index.html")?)
        .map_err(|_| "index.html is not UTF-8".to_string())?;
    let built = read_built(&page)?;
    let wasm_integrity = integrity(&read(dir, file_name(&built.wasm))?);
    let glue_integrity = integrity(&read(dir, file_name(&built.glue))?);
    let boot = Boot::new(&built, &wasm_integrity, Start::Alone);
    write(dir, &boot.name, &boot.js)?;
    let page = finish(
        &page,
        &Finish {
            built: &built,
            app_html: None,
            title: None,
            meta: None,
            content: None,
            css: None,
            boot_src: &boot.src(&built),
            boot_integrity: &boot.integrity,
            glue_integrity: &glue_integrity,
            wasm_integrity: &wasm_integrity,
        },
    )?;
    write(dir, "index.html", page)
}
