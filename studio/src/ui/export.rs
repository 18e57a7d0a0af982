//! Export: the content file as it stands, readable and in a stable order, to
//! download, with how to publish it. Opening the file again gives back the same
//! explainer (tested on every shipped file).

use explainer_model::authoring::export;
use explainer_model::propose::slug;
use yew::prelude::*;

use super::use_ctx;
use crate::files::download;
use crate::state::{Action, Notice};

#[function_component]
pub fn Export() -> Html {
    let ctx = use_ctx();
    let c = ctx.doc();
    let text = match export(c) {
        Ok(text) => text,
        Err(e) => return html! { <p role="alert">{ e }</p> },
    };
    let name = match slug(&c.article.title) {
        s if s.is_empty() => "explainer.toml".to_string(),
        s => format!("{s}.toml"),
    };
    let ondownload = {
        let (studio, text, name) = (ctx.studio.clone(), text.clone(), name.clone());
        Callback::from(move |_| {
            if let Err(e) = download(&name, &text) {
                studio.dispatch(Action::Notice(Some(Notice::error(format!(
                    "The file could not be downloaded: {e}"
                )))));
            }
        })
    };
    let check = &ctx.studio.check;
    let state = if check.ready() {
        html! { <p class="st-ok" role="status">{ "✓ Ready to publish: the checker finds nothing to fix." }</p> }
    } else {
        html! { <p class="st-not-ok" role="status">{ format!("Not ready yet: {} problem(s) to see to under Problems. You can still download the file to keep your work.", check.problems.len()) }</p> }
    };
    html! {
        <div class="st-export">
            { state }
            <button type="button" onclick={ondownload}>{ format!("Download {name}") }</button>
            <h3>{ "Publish it" }</h3>
            <ol>
                <li>{ "Check it the way the build will: " }<code>{ format!("cargo run -p explainer-model --features authoring --bin content-check -- {name}") }</code></li>
                <li>{ "Build the reader’s page from it: " }<code>{ format!("EXPLAINER_CONTENT={name} bash scripts/build.sh") }</code>{ ", then serve " }<code>{ "dist/" }</code>{ " (see the README)." }</li>
            </ol>
            <label for="st-export-text">{ "The file" }</label>
            <textarea id="st-export-text" readonly=true rows="16" value={text} />
        </div>
    }
}
