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
    let name = file_name(&c.article.title);
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

/// The export's file name, from the title: short enough to type in a command
/// (the first words, up to 48 characters).
fn file_name(title: &str) -> String {
    let mut name = String::new();
    for word in slug(title).split('-') {
        if !name.is_empty() && name.len() + 1 + word.len() > 48 {
            break;
        }
        if !name.is_empty() {
            name.push('-');
        }
        name.push_str(word);
    }
    if name.is_empty() {
        name.push_str("explainer");
    }
    name + ".toml"
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_file_is_named_by_the_titles_first_words() {
        assert_eq!(super::file_name(""), "explainer.toml");
        assert_eq!(
            super::file_name("Harbour towns agree"),
            "harbour-towns-agree.toml"
        );
        assert_eq!(
            super::file_name("Teachers at Calder’s twelve public schools walked out on Tuesday after the board refused"),
            "teachers-at-calder-s-twelve-public-schools.toml"
        );
    }
}
