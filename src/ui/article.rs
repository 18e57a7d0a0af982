//! The article, verbatim, with every mention of an actor as a link, and the marked
//! evidence (if any) wrapped in `<mark>`.
//!
//! This is the page's largest part, so it is its own component and re-renders only
//! when the marked evidence changes. Which mentions light up for a selection is
//! decided by CSS from the root's `data-selected` (see `page::selection_css`), and
//! one click handler on the article serves every mention.

use std::rc::Rc;

use explainer_model::explainer::{Mention, Quote, Target};
use explainer_model::selection::parse_fragment;
use explainer_model::text::{blocks, segments, LineRole};
use explainer_model::Explainer;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::browser_sync::MARK_ID;
use crate::state::{Action, State};

#[derive(Properties, Clone)]
pub struct ArticleProps {
    pub explainer: Rc<Explainer>,
    pub marked: Option<Quote>,
    pub dispatcher: UseReducerDispatcher<State>,
}

impl PartialEq for ArticleProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.explainer, &other.explainer)
            && self.marked == other.marked
            && self.dispatcher == other.dispatcher
    }
}

#[function_component]
pub fn Article(props: &ArticleProps) -> Html {
    let x = &props.explainer;
    // One listener for all mentions: a click on a mention selects what its link
    // points to, read back through the same parser the URL uses.
    let onclick = {
        let (x, dispatcher) = (x.clone(), props.dispatcher.clone());
        Callback::from(move |e: MouseEvent| {
            let link = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .and_then(|el| el.closest("a.mention").ok().flatten());
            if let Some(href) = link.and_then(|a| a.get_attribute("href")) {
                e.prevent_default();
                dispatcher.dispatch(Action::Select(parse_fragment(&href, |id| {
                    x.actor_index(id)
                })));
            }
        })
    };
    let body = blocks(&x.lines).into_iter().map(|block| {
        let lines = block.lines.iter().enumerate().map(|(n, &i)| {
            html! { <>{ if n > 0 { html! { <br /> } } else { html! {} } }{ line(x, props.marked, i) }</> }
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
        <article id="article" class="article" aria-label={format!("The {} article", x.source)} {onclick}>
            { for body }
        </article>
    }
}

/// One line of the article: its text cut into plain runs, mentions and marked runs.
fn line(x: &Explainer, marked: Option<Quote>, index: usize) -> Html {
    let mentions = x.mentions_on(index);
    let spans: Vec<_> = mentions.iter().map(|m| m.span).collect();
    let marked = marked.filter(|q| q.line as usize == index).map(|q| q.span);
    let mut first_mark = true;
    let pieces = segments(x.lines[index].span, &spans, marked)
        .into_iter()
        .map(|seg| {
            let text = x.span_text(seg.span);
            let piece = match seg.mention {
                Some(m) => mention(x, &mentions[m], text),
                None => html! { { text } },
            };
            if seg.marked {
                // Only the first piece of the mark takes the id that focus and scroll target.
                let id = std::mem::replace(&mut first_mark, false).then_some(MARK_ID);
                html! { <mark id={id} tabindex={id.map(|_| "-1")}>{ piece }</mark> }
            } else {
                piece
            }
        });
    html! { <span class="line" id={format!("line-{index}")}>{ for pieces }</span> }
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
