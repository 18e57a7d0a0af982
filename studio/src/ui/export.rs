//! Publish and export: the reader's page of the explainer, made in the browser
//! and downloaded as a folder to host anywhere (`publish`), with the code to embed
//! it; and the content file as it stands, readable and in a stable order, to keep.
//! Opening the file again gives back the same explainer (tested on every shipped
//! file).

use explainer_model::authoring::export;
use explainer_model::propose::slug;
use yew::prelude::*;

use explainer_reader::publish::embed_code;

use super::use_ctx;
use crate::files::{download, download_bytes};
use crate::state::{Action, Notice};

/// Where publishing stands.
#[derive(Clone, PartialEq)]
enum Publishing {
    Idle,
    Making,
    Done {
        file_name: String,
        files: usize,
        bytes: usize,
    },
    Failed(String),
}

#[function_component]
pub fn Export() -> Html {
    let ctx = use_ctx();
    let c = ctx.doc();
    let text = match export(c) {
        Ok(text) => text,
        Err(e) => return html! { <p role="alert">{ e }</p> },
    };
    let folder = folder_name(&c.article.title);
    let name = format!("{folder}.toml");
    let address = use_state(String::new);
    let publishing = use_state(|| Publishing::Idle);
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
    let typed = address.trim().to_string();
    let address_problem = (!typed.is_empty()
        && !explainer_model::authoring::is_web_address(&typed))
    .then_some("An address starts with https:// (or http://) and has no spaces.");
    // Never the explainer of a version typing has since left behind.
    let ready = (check.ready() && !ctx.studio.check_stale)
        .then(|| check.explainer.clone())
        .flatten();
    let onpublish = {
        let (publishing, folder) = (publishing.clone(), folder.clone());
        let address = (address_problem.is_none() && !typed.is_empty()).then(|| typed.clone());
        let ready = ready.clone();
        Callback::from(move |_| {
            let Some(explainer) = ready.clone() else {
                return;
            };
            let (publishing, folder, address) =
                (publishing.clone(), folder.clone(), address.clone());
            publishing.set(Publishing::Making);
            wasm_bindgen_futures::spawn_local(async move {
                let made = crate::publish::package(explainer, &folder, address.as_deref()).await;
                publishing.set(
                    match made.and_then(|p| {
                        download_bytes(&p.file_name, &p.bytes, "application/zip")?;
                        Ok(Publishing::Done {
                            file_name: p.file_name,
                            files: p.files,
                            bytes: p.bytes.len(),
                        })
                    }) {
                        Ok(done) => done,
                        Err(why) => Publishing::Failed(why),
                    },
                );
            });
        })
    };
    let oninput = {
        let address = address.clone();
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            address.set(input.value());
        })
    };
    let state = match &ready {
        Some(_) => {
            html! { <p class="st-ok" role="status">{ "✓ Ready to publish: the checker finds nothing to fix, and nothing is missing." }</p> }
        }
        None => {
            html! { <p class="st-not-ok" role="status">{ format!("Not ready to publish yet: {} problem(s) left, listed under Problems. You can still download the file to keep your work.", check.problems.len() + check.left().len()) }</p> }
        }
    };
    let making = *publishing == Publishing::Making;
    let outcome = match &*publishing {
        Publishing::Idle => html! {},
        Publishing::Making => html! { <p role="status">{ "Making the page…" }</p> },
        Publishing::Done {
            file_name,
            files,
            bytes,
        } => html! {
            <p class="st-ok" role="status">{ format!("✓ Downloaded {file_name}: a folder of {files} files ({} kB). Unzip it and upload the folder “{folder}” to your web host as it is. To correct the page later, publish again and upload the new folder over the old one.", bytes / 1000) }</p>
        },
        Publishing::Failed(why) => html! {
            <p class="st-not-ok" role="alert">{ format!("The page could not be made: {why}. Your work is kept; try again, or download the file below.") }</p>
        },
    };
    let title = ready
        .as_ref()
        .map_or_else(|| c.article.title.clone(), |e| e.title.to_string());
    // Only for an address the editor gave: a code pointing elsewhere would be
    // copied and pasted as it is.
    let embed = if typed.is_empty() || address_problem.is_some() {
        html! { <p class="st-help">{ "Type above where the page will live, and its embed code appears here." }</p> }
    } else {
        let code = embed_code(&typed, &title);
        html! {
            <>
                <p>{ "Paste this where the explainer should appear. The frame takes the page’s height as it changes, so it never scrolls inside." }</p>
                <label for="st-embed">{ "Embed code" }</label>
                <textarea id="st-embed" readonly=true rows="6" value={code.responsive} />
                <label for="st-embed-plain">{ "If your site removes scripts, a plain frame" }</label>
                <textarea id="st-embed-plain" readonly=true rows="3" value={code.plain} />
            </>
        }
    };
    html! {
        <div class="st-export">
            { state }
            <h3>{ "Publish" }</h3>
            <p>{ "Publishing makes the reader’s page of this explainer, here in your browser, and downloads it as a .zip of one folder. Any web host serves that folder as it is: your site, your CMS’s file store, a CDN. Nothing is sent anywhere." }</p>
            <label for="st-address">{ "Where will the page live? (optional)" }</label>
            <input id="st-address" type="url" placeholder={format!("https://example.org/{folder}/")} value={(*address).clone()} {oninput}
                aria-describedby="st-address-help" aria-invalid={address_problem.is_some().to_string()} />
            <p id="st-address-help" class="st-help">{ address_problem.unwrap_or("With the address, the page names it as its own (for search engines and link previews), and the embed code below points to it.") }</p>
            <button type="button" class="st-publish" disabled={ready.is_none() || making} onclick={onpublish}>{ format!("Publish: download {folder}.zip") }</button>
            { outcome }
            <h3>{ "Embed it" }</h3>
            { embed }
            <h3>{ "Keep the file" }</h3>
            <p>{ "The explainer’s file holds all your work. Open it here again later to go on." }</p>
            <button type="button" onclick={ondownload}>{ format!("Download {name}") }</button>
            <label for="st-export-text">{ "The file" }</label>
            <textarea id="st-export-text" readonly=true rows="16" value={text} />
        </div>
    }
}

/// The name of the published folder and of the exported file, from the title:
/// short enough to type (the first words, up to 48 characters).
fn folder_name(title: &str) -> String {
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
    name
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_file_is_named_by_the_titles_first_words() {
        assert_eq!(super::folder_name(""), "explainer");
        assert_eq!(
            super::folder_name("Harbour towns agree"),
            "harbour-towns-agree"
        );
        assert_eq!(
            super::folder_name("Teachers at Calder’s twelve public schools walked out on Tuesday after the board refused"),
            "teachers-at-calder-s-twelve-public-schools"
        );
    }

    #[test]
    fn only_a_web_address_is_taken_as_the_pages_address() {
        use explainer_model::authoring::is_web_address;
        for good in ["https://example.org/x/", "http://a.b"] {
            assert!(is_web_address(good), "{good}");
        }
        for bad in [
            "",
            "example.org",
            "https://",
            "https:///x",
            "https://a b",
            "javascript:alert(1)",
            "https://a.b/\"x",
        ] {
            assert!(!is_web_address(bad), "{bad}");
        }
    }
}
