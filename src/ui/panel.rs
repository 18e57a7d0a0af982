//! The panel beside the diagram: every actor's role at a glance (overview), one
//! actor's stances, relationships and people, or what the article says about a pair.

use explainer_model::explainer::{Claim, Speaker};
use explainer_model::Selection;
use yew::prelude::*;

use super::context::Ctx;
use super::evidence;
use crate::state::Action;

pub fn view(ctx: &Ctx) -> Html {
    let body = match ctx.selection() {
        Selection::Overview => overview(ctx),
        Selection::Actor(a) => actor(ctx, a),
        Selection::Pair(a, b) => pair(ctx, a, b),
    };
    let open = ctx.selection() != Selection::Overview;
    html! {
        <section id="panel" class={classes!("panel", open.then_some("is-open"))} aria-labelledby="panel-title">
            { body }
        </section>
    }
}

fn close_button(ctx: &Ctx) -> Html {
    let ctx = ctx.clone();
    let onclick = Callback::from(move |_| ctx.dispatch(Action::Clear));
    html! {
        <button type="button" class="close" {onclick} aria-label="Back to the overview (Escape)">
            { "× Overview" }
        </button>
    }
}

fn actor_link(ctx: &Ctx, index: usize) -> Html {
    let actor = &ctx.x.actors[index];
    let target = Selection::Actor(index);
    html! {
        <a class="actor-link" href={ctx.href(target)} onclick={ctx.select_on_click(target)}>{ actor.name.as_ref() }</a>
    }
}

fn claim(ctx: &Ctx, claim: &Claim) -> Html {
    html! {
        <li class="claim">
            <p class="claim-summary">{ claim.summary.as_ref() }</p>
            { evidence::view(ctx, &claim.evidence) }
        </li>
    }
}

fn overview(ctx: &Ctx) -> Html {
    html! {
        <>
            <h2 id="panel-title">{ "Where each one stands" }</h2>
            <ul class="overview">
                { for ctx.x.actors.iter().enumerate().map(|(i, a)| html! {
                    <li>{ actor_link(ctx, i) }<span class="overview-role">{ a.role.summary.as_ref() }</span></li>
                }) }
            </ul>
        </>
    }
}

fn actor(ctx: &Ctx, index: usize) -> Html {
    let x = &ctx.x;
    let a = &x.actors[index];
    let relations = x.relations_of(index).map(|(_, r)| {
        let other = if r.from == index { r.to } else { r.from };
        let target = Selection::pair(index, other);
        html! {
            <li><a class="relation-link" href={ctx.href(target)} onclick={ctx.select_on_click(target)}>{ x.relation_sentence(r) }</a></li>
        }
    });
    let people = a.people.iter().map(|&p| {
        let person = &x.people[p];
        let said = x.quotes_of(Speaker::Person(p));
        html! {
            <li class="person">
                <p>
                    <strong>{ person.name.as_ref() }</strong>
                    if let Some(role) = &person.role { { ", " }<q class="person-role">{ role.as_ref() }</q> }
                </p>
                if !said.is_empty() { { evidence::view(ctx, &said) } }
            </li>
        }
    });
    let own_words = x.quotes_of(Speaker::Actor(index));
    let others = (0..x.actors.len()).filter(|&o| o != index).map(|o| {
        let target = Selection::pair(index, o);
        html! { <li><a href={ctx.href(target)} onclick={ctx.select_on_click(target)}>{ x.actors[o].name.as_ref() }</a></li> }
    });
    html! {
        <>
            { close_button(ctx) }
            <h2 id="panel-title">{ a.name.as_ref() }</h2>
            <ul class="role">{ claim(ctx, &a.role) }</ul>
            if !a.stances.is_empty() {
                <h3>{ "Stances" }</h3>
                <ul class="claims">{ for a.stances.iter().map(|c| claim(ctx, c)) }</ul>
            }
            <h3>{ "Relationships" }</h3>
            <ul class="relations">{ for relations }</ul>
            if !a.people.is_empty() {
                <h3>{ "People, and what they said" }</h3>
                <ul class="people">{ for people }</ul>
            }
            if !own_words.is_empty() {
                <h3>{ format!("What {} said in its own name", a.name) }</h3>
                { evidence::view(ctx, &own_words) }
            }
            <h3>{ "Compare with" }</h3>
            <ul class="compare">{ for others }</ul>
        </>
    }
}

fn pair(ctx: &Ctx, a: usize, b: usize) -> Html {
    let x = &ctx.x;
    let between: Vec<_> = x.relations_between(a, b).collect();
    let side = |i: usize| {
        html! {
            <div class="compare-side">
                <h3>{ actor_link(ctx, i) }</h3>
                <p>{ x.actors[i].role.summary.as_ref() }</p>
                <ul class="compare-stances">
                    { for x.actors[i].stances.iter().map(|c| html! { <li>{ c.summary.as_ref() }</li> }) }
                </ul>
            </div>
        }
    };
    html! {
        <>
            { close_button(ctx) }
            <h2 id="panel-title">{ format!("{} and {}", x.actors[a].name, x.actors[b].name) }</h2>
            if between.is_empty() {
                <p class="none">{ "The article states no direct relationship between them." }</p>
            } else {
                <ul class="claims">
                    { for between.iter().map(|(_, r)| html! {
                        <li class="claim">
                            <p class="claim-kind">{ x.relation_sentence(r) }</p>
                            <p class="claim-summary">{ r.claim.summary.as_ref() }</p>
                            { evidence::view(ctx, &r.claim.evidence) }
                        </li>
                    }) }
                </ul>
            }
            <h3>{ "Side by side" }</h3>
            <div class="compare-sides">{ side(a) }{ side(b) }</div>
        </>
    }
}
