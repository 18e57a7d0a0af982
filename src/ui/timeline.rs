//! The story's events in order, each dated in the article's own words, with the
//! passage it comes from and the actors involved. A static part (see
//! `static_parts`): each event names its actors in `data-actors`, so `reflect`
//! lights up a selected actor's events; its actor links carry `data-select` and its
//! evidence buttons `data-quote`, served by `controls` like the diagram's.

use explainer_model::{Explainer, Selection};
use yew::prelude::*;

use super::evidence::{self, quoted};
use crate::contract::{id, QuoteAddress};

pub fn view(explainer: &Explainer) -> Html {
    if explainer.events.is_empty() {
        return html! {};
    }
    let events = explainer.events.iter().enumerate().map(|(e, event)| {
        let ids: Vec<&str> = event.actors.iter().map(|&a| explainer.actors[a].id.as_ref()).collect();
        let links = event.actors.iter().map(|&a| {
            let select = explainer.fragment(Selection::Actor(a));
            html! { <a class="actor-link" href={format!("#{select}")} data-select={select}>{ explainer.actors[a].name.as_ref() }</a> }
        });
        let evidence = event.claim.evidence.iter().enumerate().map(|(q, quote)| html! {
            <li>
                <button type="button" class="evidence" data-quote={QuoteAddress { event: e, quote: q }.format()} title={evidence::BUTTON_TITLE}>
                    { evidence::button_text(explainer.quote_text(quote)) }
                </button>
            </li>
        });
        html! {
            <li class="event" data-actors={ids.join(" ")}>
                <p class="event-when">
                    { match &event.when { Some(when) => quoted(when), None => html! { "Undated in the article" } } }
                </p>
                <p class="event-summary">{ super::claim::summary(explainer, &event.claim) }</p>
                if let Some(note) = &event.context {
                    <p class="context"><span class="context-label">{ "Context, not from the article: " }</span>{ note }</p>
                }
                <p class="event-actors">
                    <span class="sr-only">{ "Involves: " }</span>
                    { for links }
                </p>
                { evidence::list(evidence) }
            </li>
        }
    });
    html! {
        <section class="timeline" aria-labelledby={id::TIMELINE_TITLE}>
            <h2 id={id::TIMELINE_TITLE}>{ "What happened when" }</h2>
            <p class="hint">{ "In the order they happened, dated in the article’s own words; calendar dates are context from outside the article. Unless a source is named, each is the article’s own reporting." }</p>
            <ol>{ for events }</ol>
        </section>
    }
}
