//! What the checker says, as `content-check` does but in an editor's words (see
//! `words`): each problem named by its item, with what to do, and a button that
//! takes the editor to the item at fault; then what a valid explainer still lacks
//! to be worth publishing. With neither, it is ready.

use yew::prelude::*;

use super::{use_ctx, Tab, UiAction};
use crate::words::{for_editor, item_and_field, item_name};

#[function_component]
pub fn Problems() -> Html {
    let ctx = use_ctx();
    let check = &ctx.studio.check;
    if check.ready() {
        let to_export = {
            let ui = ctx.ui.clone();
            Callback::from(move |_| ui.dispatch(UiAction::Tab(Tab::Export)))
        };
        return html! {
            <div class="st-ready-note" role="status">
                <h3>{ "✓ Ready to publish" }</h3>
                <p>{ "The checker finds nothing to fix: content-check and the build accept this file as it is." }</p>
                <button type="button" onclick={to_export}>{ "Publish it" }</button>
            </div>
        };
    }
    let left = check.left();
    let left = (!left.is_empty()).then(|| {
        html! {
            <>
                <h3>{ if check.valid() { "Valid, but not complete yet" } else { "Also left before publishing" } }</h3>
                <ul class="st-left">{ for left.iter().map(|l| html! { <li>{ l }</li> }) }</ul>
            </>
        }
    });
    let document = ctx.doc();
    let items = check.problems.iter().map(|p| {
        // The message names the item ("Germany’s role: the summary is empty");
        // the button, the field it goes to.
        let item = p.path.as_ref().map(|path| item_and_field(document, path).0);
        let place = p.path.as_ref().map(|path| item_name(document, path));
        let goto = p.path.clone().map(|path| {
            let ctx = ctx.clone();
            Callback::from(move |_| ctx.goto(path.clone()))
        });
        let severity = if p.is_error() { "Error" } else { "Warning" };
        html! {
            <li class={if p.is_error() { "st-error" } else { "st-warning" }}>
                <p><strong>{ severity }{ ": " }</strong>
                    if let Some(item) = &item { <span class="st-item">{ item }{ ": " }</span> }
                    { for_editor(&p.message) }</p>
                if !p.help.is_empty() { <p class="st-help">{ for_editor(&p.help) }</p> }
                if let (Some(onclick), Some(place)) = (goto, &place) {
                    <button type="button" {onclick}>{ format!("Go to {place}") }</button>
                }
            </li>
        }
    });
    html! {
        <div class="st-problems">
            <p>{ "The same checks as content-check and the build, run on every edit. Warnings can be overruled; errors must be fixed." }</p>
            <ul>{ for items }</ul>
            { left }
        </div>
    }
}
