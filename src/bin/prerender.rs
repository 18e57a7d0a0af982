//! Pre-renders the app into the built `index.html` (Trunk's post-build hook), so
//! the page shows everything before, and without, WebAssembly.
//!
//! Usage: `prerender PATH/TO/index.html` (rewritten in place).

use std::process::ExitCode;

use afp_explainer::{explainer, App, AppProps};

/// The element the client hydrates; `index.html` must contain it empty. Trunk's
/// minifier drops the quotes, so both spellings are accepted.
const MOUNTS: [&str; 2] = ["<div id=\"app\"></div>", "<div id=app></div>"];

#[tokio::main(flavor = "current_thread")]
async fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: prerender PATH/TO/index.html");
        return ExitCode::from(2);
    };
    let page = match std::fs::read_to_string(&path) {
        Ok(page) => page,
        Err(e) => {
            eprintln!("prerender: cannot read {path}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let rendered = yew::ServerRenderer::<App>::with_props(|| AppProps {
        explainer: explainer(),
    })
    .render()
    .await;
    match fill(&page, &rendered, &explainer().title) {
        Ok(filled) => match std::fs::write(&path, filled) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("prerender: cannot write {path}: {e}");
                ExitCode::FAILURE
            }
        },
        Err(e) => {
            eprintln!("prerender: {path}: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Puts the rendered app into the mount element and the explainer's title into
/// `<title>`.
fn fill(page: &str, rendered: &str, title: &str) -> Result<String, String> {
    let mount = MOUNTS.iter().find(|m| page.contains(*m)).ok_or_else(|| {
        format!(
            "no empty {} to render into (already pre-rendered?)",
            MOUNTS[0]
        )
    })?;
    let page = page.replacen(mount, &format!("<div id=\"app\">{rendered}</div>"), 1);
    let start = page.find("<title>").ok_or("no <title>")? + "<title>".len();
    let end = page[start..].find("</title>").ok_or("no </title>")? + start;
    Ok(format!(
        "{}{}{}",
        &page[..start],
        escape(title),
        &page[end..]
    ))
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}
