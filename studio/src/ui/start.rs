//! The start: paste an article, open a .txt or .toml file (or drop one on the
//! page), open the shipped example to see a finished explainer's annotations, or
//! take up a draft put aside in this browser. A new one puts the one in hand
//! aside.

use yew::prelude::*;

use super::app::take_in_hand;
use super::fields::FilePicker;
use super::{use_ctx, Confirm, Then, UiAction};
use crate::document::new_document;
use crate::state::{Action, Notice, Studio};
use crate::storage::{forget, kept_drafts, parse, read_kept};

/// The shipped content file, to open as an example.
const EXAMPLE: &str = include_str!("../../../content/afp-istanbul-2022-10-11.toml");

#[derive(Properties, PartialEq)]
pub struct StartProps {
    pub on_open: Callback<web_sys::File>,
}

#[function_component]
pub fn Start(p: &StartProps) -> Html {
    let ctx = use_ctx();
    let text = use_state(String::new);
    let oninput = {
        let text = text.clone();
        Callback::from(move |e: InputEvent| {
            text.set(
                e.target_unchecked_into::<web_sys::HtmlTextAreaElement>()
                    .value(),
            )
        })
    };
    let start = {
        let (ctx, text) = (ctx.clone(), text.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            // The article exactly as pasted, but for the line endings of the
            // platform it came from.
            let article = text.replace("\r\n", "\n");
            if article.trim().is_empty() {
                return;
            }
            if take_in_hand(&ctx.studio, Studio::new(new_document(&article), None)) {
                ctx.ui.dispatch(UiAction::Starting(false));
                ctx.ui.dispatch(UiAction::Tab(super::Tab::Proposals));
            }
        })
    };
    let example = {
        let ctx = ctx.clone();
        Callback::from(move |_| {
            let content = parse(EXAMPLE).expect("the shipped content file reads");
            if take_in_hand(&ctx.studio, Studio::new(content, None)) {
                ctx.ui.dispatch(UiAction::Starting(false));
            }
        })
    };
    let cancel = {
        let ui = ctx.ui.clone();
        Callback::from(move |_| ui.dispatch(UiAction::Starting(false)))
    };
    let has_work = ctx.studio.has_article();
    html! {
        <main class="st-start" aria-labelledby="st-start-title">
            <h2 id="st-start-title">{ "Make an explainer of an article" }</h2>
            <p>{ "Paste the article, select its words to say who is who and who said what, and the studio checks it as you go and shows the explainer a reader will get. Your work is kept in this browser." }</p>
            <KeptDrafts />
            <form onsubmit={start}>
                <label for="st-paste">{ "The article’s text, exactly as published" }</label>
                <textarea id="st-paste" rows="12" value={(*text).clone()} {oninput} />
                <button type="submit" disabled={text.trim().is_empty()}>{ "Start with this article" }</button>
            </form>
            <div class="st-start-other">
                <FilePicker label="Open a .txt or .toml file…" on_open={p.on_open.clone()} />
                <button type="button" onclick={example}>{ "Open the example: the AFP article on Turkey and Ukraine" }</button>
                if has_work {
                    <button type="button" onclick={cancel}>{ "Back to the work in hand" }</button>
                }
            </div>
            <p class="st-hint">{ "You can also drop a .txt or .toml file anywhere on this page. Starting anew puts the work in hand aside, among your drafts." }</p>
        </main>
    }
}

/// The drafts put aside in this browser, each to take up again or delete. Its
/// own component, so typing in the paste box does not read them all again: it
/// is drawn again when the studio's state changes (a draft deleted or put
/// aside).
#[function_component]
fn KeptDrafts() -> Html {
    let ctx = use_ctx();
    let drafts = kept_drafts();
    if drafts.is_empty() {
        return html! {};
    }
    let items = drafts.into_iter().enumerate().map(|(n, kept)| {
        let resume = {
            let (ctx, key) = (ctx.clone(), kept.key.clone());
            // It leaves the list only once it is safely in hand.
            Callback::from(move |_| match read_kept(&key) {
                Ok((content, history)) => {
                    if take_in_hand(&ctx.studio, Studio::restored(content, history, None)) {
                        forget(&key);
                        ctx.ui.dispatch(UiAction::Starting(false));
                    }
                }
                Err(why) => ctx.studio.dispatch(Action::Notice(Some(Notice::error(why)))),
            })
        };
        let delete = {
            let (ui, key, title) = (ctx.ui.clone(), kept.key.clone(), kept.title.clone());
            Callback::from(move |_| {
                ui.dispatch(UiAction::Confirm(Some(std::rc::Rc::new(Confirm {
                    title: format!("Delete the draft “{title}”?"),
                    items: Vec::new(),
                    yes: "Delete the draft".into(),
                    then: Then::ForgetDraft(key.clone()),
                }))))
            })
        };
        let when = js_sys::Date::new(&kept.when.into())
            .to_locale_string("default", &wasm_bindgen::JsValue::UNDEFINED);
        // The buttons say what they do; the draft's title describes them.
        let title_id = format!("st-draft-{n}");
        html! {
            <li>
                <span class="st-draft-title" id={title_id.clone()}>{ &kept.title }</span>
                <span class="st-hint">{ format!("put aside {}", String::from(when)) }</span>
                <button type="button" onclick={resume} aria-describedby={title_id.clone()}>{ "Take it up" }</button>
                <button type="button" class="st-danger" onclick={delete} aria-describedby={title_id}>{ "Delete…" }</button>
            </li>
        }
    });
    html! {
        <section class="st-drafts" aria-labelledby="st-drafts-title">
            <h3 id="st-drafts-title">{ "Your drafts in this browser" }</h3>
            <ul>{ for items }</ul>
        </section>
    }
}
