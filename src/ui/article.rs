//! The article, verbatim, with every mention of an actor as a link that selects it,
//! and the marked evidence (if any) wrapped in `<mark>`.

use explainer_model::explainer::{Mention, Target};
use explainer_model::text::{blocks, segments, LineRole};
use explainer_model::Selection;
use yew::prelude::*;

use super::context::Ctx;
use crate::browser_sync::MARK_ID;

pub fn view(ctx: &Ctx) -> Html {
    let body = blocks(&ctx.x.lines).into_iter().map(|block| {
        let lines = block.lines.iter().enumerate().map(|(n, &i)| {
            html! { <>{ if n > 0 { html! { <br /> } } else { html! {} } }{ line(ctx, i) }</> }
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
        <article id="article" class="article" aria-label={format!("The {} article", ctx.x.source)}>
            { for body }
        </article>
    }
}

/// One line of the article: its text cut into plain runs, mentions and marked runs.
fn line(ctx: &Ctx, index: usize) -> Html {
    let x = &ctx.x;
    let mentions = x.mentions_on(index);
    let spans: Vec<_> = mentions.iter().map(|m| m.span).collect();
    let marked = ctx
        .state
        .marked
        .filter(|q| q.line as usize == index)
        .map(|q| q.span);
    let mut first_mark = true;
    let pieces = segments(x.lines[index].span, &spans, marked)
        .into_iter()
        .map(|seg| {
            let text = x.span_text(seg.span);
            let piece = match seg.mention {
                Some(m) => mention(ctx, &mentions[m], text),
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

fn mention(ctx: &Ctx, m: &Mention, text: &str) -> Html {
    let x = &ctx.x;
    let actor_index = x.actor_of(m.target);
    let actor = &x.actors[actor_index];
    let target = Selection::Actor(actor_index);
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
                format!(
                    "{}, “{}”, {}: see where {} stands",
                    person.name, person.role, actor.name, actor.name
                ),
            )
        }
    };
    let selected = ctx.selection().involves(actor_index);
    let class = classes!(
        "mention",
        format!("actor-{}", actor.id),
        selected.then_some("is-selected")
    );
    html! {
        <a class={class} href={ctx.href(target)} aria-label={label} title={title}
            aria-current={selected.then_some("true")} onclick={ctx.select_on_click(target)}>
            { text }
        </a>
    }
}
