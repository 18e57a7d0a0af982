//! The article, verbatim, with every mention of an actor as a link.
//!
//! It is the page's largest part and never changes once loaded, so it is a static
//! part (see `static_parts`): rendered at build time and left as built (the reader
//! renders only the `Interactive` island, into #panel-slot), and absent from the
//! reader's wasm. The mentions of a selected actor are lit by
//! `reflect`; the app's one delegated click handler serves every mention (see
//! `controls`); marked evidence is wrapped in `<mark>` in the DOM itself (see
//! `marking`).

use explainer_model::explainer::{midway, same_name};
use explainer_model::explainer::{Mention, Target};
use explainer_model::text::{blocks, segments, LineRole};
use explainer_model::{Explainer, Selection};
use yew::prelude::*;

use crate::contract::{class, id};

/// The `<article>`: its blocks of lines, each line cut into plain runs and
/// mentions. Each line is a `span#line-N`, where marking finds it.
pub fn view(explainer: &Explainer) -> Html {
    let body = blocks(&explainer.lines).into_iter().map(|block| {
        let lines = block.lines.iter().enumerate().map(|(n, &i)| {
            html! { <>{ if n > 0 { html! { <br /> } } else { html! {} } }{ line(explainer, i) }</> }
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
        <article id={id::ARTICLE} class="article" aria-label={format!("The {} article", explainer.source)}>
            { for body }
        </article>
    }
}

/// One line of the article: its text cut into plain runs and mentions.
fn line(explainer: &Explainer, index: usize) -> Html {
    let mentions = explainer.mentions_on(index);
    let spans: Vec<_> = mentions.iter().map(|m| m.span).collect();
    let pieces = segments(explainer.lines[index].span, &spans)
        .into_iter()
        .map(|seg| {
            let text = explainer.span_text(seg.span);
            match seg.mention {
                Some(m) => mention(explainer, &mentions[m], text),
                None => html! { { text } },
            }
        });
    html! { <span class="line" id={id::line(index)}>{ for pieces }</span> }
}

fn mention(explainer: &Explainer, m: &Mention, text: &str) -> Html {
    let actor_index = explainer.actor_of(m.target);
    let actor = &explainer.actors[actor_index];
    // The accessible name starts with the visible words (WCAG 2.5.3) and says
    // which actor they stand for.
    let (label, title) = match m.target {
        Target::Actor(_) if same_name(text, &actor.name) => {
            (None, format!("{}: see where it stands", actor.name))
        }
        Target::Actor(_) => (
            Some(format!("{text}, {}", midway(&actor.name))),
            format!("{}: see where it stands", actor.name),
        ),
        Target::Person(p) => {
            let person = &explainer.people[p];
            let of = midway(&actor.name);
            let label = if same_name(text, &person.name) {
                format!("{text}, {of}")
            } else {
                format!("{text}, {}, {of}", person.name)
            };
            (
                Some(label),
                match &person.role {
                    Some(role) => {
                        format!("{}, “{role}”, {of}: see where {of} stands", person.name)
                    }
                    None => format!("{}, {of}: see where {of} stands", person.name),
                },
            )
        }
    };
    html! {
        <a class={classes!(class::MENTION, class::actor(&actor.id))} href={format!("#{}", explainer.fragment(Selection::Actor(actor_index)))}
            aria-label={label} title={title}>{ text }</a>
    }
}
