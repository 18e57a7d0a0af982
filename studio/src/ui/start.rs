//! The start: paste an article, open a .txt or .toml file (or drop one on the
//! page), or open the shipped example to see a finished explainer's annotations.

use yew::prelude::*;

use super::fields::FilePicker;
use super::{use_ctx, UiAction};
use crate::document::new_document;
use crate::state::Action;
use crate::storage::parse;

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
            ctx.studio
                .dispatch(Action::Replace(Box::new(new_document(&article))));
            ctx.ui.dispatch(UiAction::Starting(false));
            ctx.ui.dispatch(UiAction::Tab(super::Tab::Proposals));
        })
    };
    let example = {
        let ctx = ctx.clone();
        Callback::from(move |_| {
            let content = parse(EXAMPLE).expect("the shipped content file reads");
            ctx.studio.dispatch(Action::Replace(Box::new(content)));
            ctx.ui.dispatch(UiAction::Starting(false));
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
            <p class="st-hint">{ "You can also drop a .txt or .toml file anywhere on this page. Starting anew can be undone." }</p>
        </main>
    }
}
