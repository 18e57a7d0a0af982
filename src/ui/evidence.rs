//! A list of evidence quotes; each one, when chosen, is marked in the article and
//! scrolled into view.

use explainer_model::explainer::Quote;
use yew::prelude::*;

use super::context::Ctx;
use crate::state::Action;

pub fn view(ctx: &Ctx, quotes: &[Quote]) -> Html {
    let items = quotes.iter().map(|&quote| {
        let onclick = {
            let ctx = ctx.clone();
            Callback::from(move |_| ctx.dispatch(Action::Mark(quote)))
        };
        let current = ctx.state.marked == Some(quote);
        html! {
            <li>
                <button type="button" class={classes!("evidence", current.then_some("is-current"))} {onclick}
                    title={BUTTON_TITLE}>
                    { button_text(ctx.x.quote_text(&quote)) }
                </button>
            </li>
        }
    });
    list(items)
}

/// What an evidence button says and shows on hover; the timeline's static buttons
/// (see `timeline`) say the same.
pub const BUTTON_TITLE: &str = "Show this passage in the article";

pub fn button_text(quote: &str) -> Html {
    html! { <>{ quoted(quote) }<span class="sr-only">{ ", show in the article" }</span></> }
}

pub fn list(items: impl Iterator<Item = Html>) -> Html {
    html! { <ul class="evidence-list" aria-label="Evidence from the article">{ for items }</ul> }
}

/// A quotation from the article. `<q>` adds quotation marks, so a passage that
/// already opens with the article's own “ is shown as it stands instead of doubled.
pub fn quoted(text: &str) -> Html {
    if text.starts_with('“') {
        html! { <span class="quote">{ text }</span> }
    } else {
        html! { <q>{ text }</q> }
    }
}
