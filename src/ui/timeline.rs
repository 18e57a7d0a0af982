//! The story's events in order, each dated in the article's own words, with the
//! passage it comes from and the actors involved. A static part (see `islands`):
//! each event names its actors in `data-actors`, so `selectable::reflect` lights up
//! a selected actor's events; its actor links carry `data-select` and its evidence
//! buttons `data-quote`, served by the app's root handlers like the diagram's.

use explainer_model::{Explainer, Selection};
use yew::prelude::*;

use super::evidence::{self, quoted};

pub fn view(x: &Explainer) -> Html {
    if x.events.is_empty() {
        return html! {};
    }
    let events = x.events.iter().enumerate().map(|(e, event)| {
        let ids: Vec<&str> = event.actors.iter().map(|&a| x.actors[a].id.as_ref()).collect();
        let links = event.actors.iter().map(|&a| {
            let select = x.fragment(Selection::Actor(a));
            html! { <a class="actor-link" href={format!("#{select}")} data-select={select}>{ x.actors[a].name.as_ref() }</a> }
        });
        let evidence = event.claim.evidence.iter().enumerate().map(|(q, quote)| html! {
            <li>
                <button type="button" class="evidence" data-quote={quote_address(e, q)} title={evidence::BUTTON_TITLE}>
                    { evidence::button_text(x.quote_text(quote)) }
                </button>
            </li>
        });
        html! {
            <li class="event" data-actors={ids.join(" ")}>
                <p class="event-when">
                    { match &event.when { Some(when) => quoted(when), None => html! { "Undated in the article" } } }
                </p>
                <p class="event-summary">{ event.claim.summary.as_ref() }</p>
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
        <section class="timeline" aria-labelledby="timeline-title">
            <h2 id="timeline-title">{ "What happened when" }</h2>
            <p class="hint">{ "In the article’s own words and order of events; calendar dates are context from outside the article." }</p>
            <ol>{ for events }</ol>
        </section>
    }
}

/// Where an event's evidence quote is, as `data-quote` holds it: "event/quote".
/// The browser looks the quote up by these indexes (see `selectable::quote_at`),
/// so nothing read from the page can point outside the article.
pub fn quote_address(event: usize, quote: usize) -> String {
    format!("{event}/{quote}")
}
