//! Asks before a destructive edit, saying what goes with it (a modal dialog, so
//! focus stays in it and Escape cancels).

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::{use_ctx, Then, UiAction};
use crate::edit::Edit;
use crate::storage::forget;

#[function_component]
pub fn ConfirmDialog() -> Html {
    let ctx = use_ctx();
    let dialog = use_node_ref();
    let question = ctx.ui.confirm.clone();
    {
        let dialog = dialog.clone();
        use_effect_with(question.clone(), move |q| {
            if let Some(d) = dialog.cast::<web_sys::HtmlDialogElement>() {
                if q.is_some() && !d.open() {
                    let _ = d.show_modal();
                } else if q.is_none() && d.open() {
                    d.close();
                }
            }
        });
    }
    let close = {
        let ui = ctx.ui.clone();
        Callback::from(move |_| ui.dispatch(UiAction::Confirm(None)))
    };
    let on_cancel_event = {
        let ui = ctx.ui.clone();
        Callback::from(move |_: Event| ui.dispatch(UiAction::Confirm(None)))
    };
    let yes = {
        let (ctx, question) = (ctx.clone(), question.clone());
        Callback::from(move |_| {
            match question.as_ref().map(|q| &q.then) {
                Some(Then::Delete(item)) => ctx.edit(Edit::Delete(*item)),
                Some(Then::ForgetDraft(key)) => {
                    forget(key);
                    // Its button is gone with it, and the closing dialog would
                    // hand the focus back to it: once closed, the list (or the
                    // paste box, if it was the last) takes the focus.
                    gloo::timers::callback::Timeout::new(0, || {
                        let document = gloo::utils::document();
                        let next = document
                            .query_selector(".st-drafts li button")
                            .ok()
                            .flatten()
                            .or_else(|| document.get_element_by_id("st-paste"));
                        if let Some(el) =
                            next.and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
                        {
                            let _ = el.focus();
                        }
                    })
                    .forget();
                }
                None => {}
            }
            ctx.ui.dispatch(UiAction::Confirm(None));
        })
    };
    let Some(q) = question else {
        return html! { <dialog ref={dialog} class="st-dialog"></dialog> };
    };
    html! {
        <dialog ref={dialog} class="st-dialog" aria-labelledby="st-dialog-title" oncancel={on_cancel_event}>
            <h2 id="st-dialog-title">{ &q.title }</h2>
            if q.items.is_empty() {
                <p>{ "Nothing else goes with it." }</p>
            } else {
                <p>{ "This also deletes:" }</p>
                <ul>{ for q.items.iter().map(|i| html! { <li>{ i }</li> }) }</ul>
            }
            if matches!(q.then, Then::Delete(_)) {
                <p>{ "You can undo this." }</p>
            } else {
                <p><strong>{ "This cannot be undone." }</strong></p>
            }
            <div class="st-row">
                <button type="button" onclick={close}>{ "Cancel" }</button>
                <button type="button" class="st-danger" onclick={yes}>{ &q.yes }</button>
            </div>
        </dialog>
    }
}
