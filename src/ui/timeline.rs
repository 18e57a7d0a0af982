//! The story's events in order, each dated in the article's own words, with the
//! passage it comes from and the actors involved. A selected actor's events light up.

use yew::prelude::*;

use super::context::Ctx;
use super::evidence::{self, quoted};
use crate::ui::panel::actor_link;

pub fn view(ctx: &Ctx) -> Html {
    let x = &ctx.x;
    if x.events.is_empty() {
        return html! {};
    }
    let selection = ctx.selection();
    let events = x.events.iter().map(|e| {
        let lit = e.actors.iter().any(|&a| selection.involves(a));
        html! {
            <li class={classes!("event", lit.then_some("is-selected"))}>
                <p class="event-when">
                    { match &e.when { Some(when) => quoted(when), None => html! { "Undated in the article" } } }
                </p>
                <p class="event-summary">{ e.claim.summary.as_ref() }</p>
                if let Some(note) = &e.context {
                    <p class="context"><span class="context-label">{ "Context, not from the article: " }</span>{ note }</p>
                }
                <p class="event-actors">
                    <span class="sr-only">{ "Involves: " }</span>
                    { for e.actors.iter().map(|&a| actor_link(ctx, a)) }
                </p>
                { evidence::view(ctx, &e.claim.evidence) }
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
