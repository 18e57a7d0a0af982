//! The article, verbatim, with every mention of an actor as a link.
//!
//! It is the page's largest part and never changes once loaded, so it is a static
//! part (see `islands`): rendered at build time, adopted by hydration as it is, and
//! absent from the wasm. Which mentions light up for a selection is decided by CSS
//! from the root's `data-selected` (see `page::selection_css`); the app's one
//! delegated click handler serves every mention (see `selectable`); marked evidence
//! is wrapped in `<mark>` in the DOM itself (see `marking`).

use explainer_model::explainer::{Mention, Target};
use explainer_model::text::{blocks, segments, LineRole};
use explainer_model::Explainer;
use yew::prelude::*;

use crate::marking::line_id;

/// The `<article>`: its blocks of lines, each line cut into plain runs and
/// mentions. Each line is a `span#line-N`, where marking finds it.
pub fn view(x: &Explainer) -> Html {
    let body = blocks(&x.lines).into_iter().map(|block| {
        let lines = block.lines.iter().enumerate().map(|(n, &i)| {
            html! { <>{ if n > 0 { html! { <br /> } } else { html! {} } }{ line(x, i) }</> }
        });
        match block.role {
            LineRole::Caption => html! {
                <p class="caption"><span class="caption-label" aria-hidden="true">{ "Photo caption" }</span>{ for lines }</p>
            },
            LineRole::Subheading => html! { <h2 class="subheading">{ for lines }</h2> },
            _ => html! { <p>{ for lines }</p> },
        }
    });
    html! {
        <article id="article" class="article" aria-label={format!("The {} article", x.source)}>
            { for body }
        </article>
    }
}

/// One line of the article: its text cut into plain runs and mentions.
fn line(x: &Explainer, index: usize) -> Html {
    let mentions = x.mentions_on(index);
    let spans: Vec<_> = mentions.iter().map(|m| m.span).collect();
    let pieces = segments(x.lines[index].span, &spans, None)
        .into_iter()
        .map(|seg| {
            let text = x.span_text(seg.span);
            match seg.mention {
                Some(m) => mention(x, &mentions[m], text),
                None => html! { { text } },
            }
        });
    html! { <span class="line" id={line_id(index)}>{ for pieces }</span> }
}

fn mention(x: &Explainer, m: &Mention, text: &str) -> Html {
    let actor = &x.actors[x.actor_of(m.target)];
    // The accessible name starts with the visible words (WCAG 2.5.3) and says
    // which actor they stand for.
    let (label, title) = match m.target {
        Target::Actor(_) if text == actor.name => {
            (None, format!("{}: see where it stands", actor.name))
        }
        Target::Actor(_) => (
            Some(format!("{text}, {}", actor.name)),
            format!("{}: see where it stands", actor.name),
        ),
        Target::Person(p) => {
            let person = &x.people[p];
            let label = if text == person.name {
                format!("{text}, {}", actor.name)
            } else {
                format!("{text}, {}, {}", person.name, actor.name)
            };
            (
                Some(label),
                match &person.role {
                    Some(role) => format!(
                        "{}, “{role}”, {}: see where {} stands",
                        person.name, actor.name, actor.name
                    ),
                    None => format!(
                        "{}, {}: see where {} stands",
                        person.name, actor.name, actor.name
                    ),
                },
            )
        }
    };
    html! {
        <a class={format!("mention actor-{}", actor.id)} href={format!("#{}", actor.id)} aria-label={label} title={title}>{ text }</a>
    }
}
