//! What the checker says, in the same words as `content-check`: each problem with
//! what to do, and a button that takes the editor to the item at fault; then what
//! a valid explainer still lacks to be worth publishing. With neither, it is ready.

use yew::prelude::*;

use super::{use_ctx, Tab, UiAction};

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
    let items = check.problems.iter().map(|p| {
        let goto = p.path.clone().map(|path| {
            let ui = ctx.ui.clone();
            Callback::from(move |_| ui.dispatch(UiAction::Goto(path.clone())))
        });
        let severity = if p.is_error() { "Error" } else { "Warning" };
        html! {
            <li class={if p.is_error() { "st-error" } else { "st-warning" }}>
                <p><strong>{ severity }{ ": " }</strong>{ &p.message }</p>
                if !p.help.is_empty() { <p class="st-help">{ &p.help }</p> }
                if let Some(onclick) = goto {
                    <button type="button" {onclick}>{ format!("Go to {}", p.path.as_ref().map(ToString::to_string).unwrap_or_default()) }</button>
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
