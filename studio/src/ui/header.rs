//! The studio's bar: what it is, whether the work is saved and ready to publish,
//! and the commands that apply to the whole document (new, open, undo, redo).

use yew::prelude::*;

use super::fields::FilePicker;
use super::{use_ctx, Tab, UiAction};
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    /// Opens a file chosen with the picker.
    pub on_open: Callback<web_sys::File>,
}

#[function_component]
pub fn Header(p: &HeaderProps) -> Html {
    let ctx = use_ctx();
    let check = &ctx.studio.check;
    let history = &ctx.studio.history;
    let undo = {
        let studio = ctx.studio.clone();
        Callback::from(move |_| studio.dispatch(Action::Undo))
    };
    let redo = {
        let studio = ctx.studio.clone();
        Callback::from(move |_| studio.dispatch(Action::Redo))
    };
    let new_article = {
        let ui = ctx.ui.clone();
        Callback::from(move |_| ui.dispatch(UiAction::Starting(true)))
    };
    let to_problems = {
        let ui = ctx.ui.clone();
        Callback::from(move |_| ui.dispatch(UiAction::Tab(Tab::Problems)))
    };
    let errors = check.errors();
    let warnings = check.problems.len() - errors;
    let left = check.left().len();
    // (While typing is not yet checked, the last check's word stands.)
    let status = if check.ready() {
        html! { <button type="button" class="st-ready" onclick={to_problems}>{ "✓ Ready to publish" }</button> }
    } else if check.valid() {
        html! { <button type="button" class="st-not-ready" onclick={to_problems}>{ format!("✓ Valid; {left} thing(s) left before publishing") }</button> }
    } else {
        let mut parts = Vec::new();
        if errors > 0 {
            parts.push(if errors == 1 {
                "1 error".to_string()
            } else {
                format!("{errors} errors")
            });
        }
        if warnings > 0 {
            parts.push(if warnings == 1 {
                "1 warning".to_string()
            } else {
                format!("{warnings} warnings")
            });
        }
        html! { <button type="button" class="st-not-ready" onclick={to_problems}>{ format!("{} to fix before publishing", parts.join(", ")) }</button> }
    };
    html! {
        <header class="st-header">
            <h1>{ "Explainer studio" }</h1>
            <nav class="st-commands" aria-label="Document">
                <button type="button" onclick={new_article}>{ "New article…" }</button>
                <FilePicker label="Open a file…" on_open={p.on_open.clone()} />
                <button type="button" onclick={undo} disabled={!history.can_undo()} aria-keyshortcuts="Control+Z Meta+Z">{ "Undo" }</button>
                <button type="button" onclick={redo} disabled={!history.can_redo()} aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z">{ "Redo" }</button>
            </nav>
            if ctx.studio.has_article() && !ctx.ui.starting {
                <p class="st-save" role="status">{ status }</p>
            }
        </header>
    }
}
