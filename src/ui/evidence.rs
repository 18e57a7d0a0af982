//! Evidence buttons: quotes of the article, or statements in it, each of which,
//! when chosen, is marked in the article and scrolled into view.

use explainer_model::explainer::{Quote, Statement};
use yew::prelude::*;

use super::reading::Reading;
use crate::state::Action;

fn button(reading: &Reading, quote: Quote, content: Html) -> Html {
    let onclick = {
        let reading = reading.clone();
        Callback::from(move |_| reading.dispatch(Action::Mark(quote)))
    };
    let current = reading.state.marked == Some(quote);
    html! {
        <li>
            <button type="button" class={classes!("evidence", current.then_some("is-current"))} {onclick}
                title={BUTTON_TITLE}>
                { content }<span class="sr-only">{ ", show in the article" }</span>
            </button>
        </li>
    }
}

/// Quotes of the article that support a claim.
pub fn view(reading: &Reading, quotes: &[Quote]) -> Html {
    list(
        quotes
            .iter()
            .map(|&q| button(reading, q, quoted(reading.explainer.quote_text(&q)))),
    )
}

/// What someone said: their own words, in the article's quotation marks, or what
/// the article reports them saying, told apart in words.
pub fn statements(reading: &Reading, said: &[&Statement]) -> Html {
    list(said.iter().map(|s| {
        let text = reading.explainer.quote_text(&s.quote);
        let how = if s.direct {
            "In their words: "
        } else {
            "Reported: "
        };
        let content =
            html! { <><span class="speech">{ how }</span><span class="quote">{ text }</span></> };
        button(reading, s.quote, content)
    }))
}

/// What an evidence button says and shows on hover; the timeline's static buttons
/// (see `timeline`) say the same.
pub const BUTTON_TITLE: &str = "Show this passage in the article";

/// A static evidence button's content (the timeline's): as [`view`]'s buttons say.
#[cfg(feature = "static-parts")]
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
