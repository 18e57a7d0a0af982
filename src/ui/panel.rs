//! The panel beside the diagram: every actor's role at a glance (overview), one
//! actor's stances, relationships and people, or what the article says about a pair.

use explainer_model::explainer::midway;
use explainer_model::explainer::{Claim, Speaker};
use explainer_model::Selection;
use yew::prelude::*;

use super::claim;
use super::evidence;
use super::reading::Reading;
use crate::contract::id;
use crate::state::Action;

pub fn view(reading: &Reading) -> Html {
    let body = match reading.selection() {
        Selection::Overview => overview(reading),
        Selection::Actor(a) => actor(reading, a),
        Selection::Pair(a, b) => pair(reading, a, b),
    };
    let open = reading.selection() != Selection::Overview;
    html! {
        <section id={id::PANEL} class={classes!("panel", open.then_some("is-open"))} aria-labelledby={id::PANEL_TITLE}>
            { body }
        </section>
    }
}

fn close_button(reading: &Reading) -> Html {
    let reading = reading.clone();
    let onclick = Callback::from(move |_| reading.dispatch(Action::Clear));
    html! {
        <button type="button" class="close" {onclick} aria-label="Back to the overview (Escape)">
            { "× Overview" }
        </button>
    }
}

fn actor_link(reading: &Reading, index: usize) -> Html {
    let actor = &reading.explainer.actors[index];
    let target = Selection::Actor(index);
    html! {
        <a class="actor-link" href={reading.href(target)} onclick={reading.select_on_click(target)}>{ actor.name.as_ref() }</a>
    }
}

fn claim_item(reading: &Reading, c: &Claim) -> Html {
    html! {
        <li class="claim">
            <p class="claim-summary">{ claim::summary(&reading.explainer, c) }</p>
            { evidence::view(reading, &c.evidence) }
        </li>
    }
}

fn overview(reading: &Reading) -> Html {
    html! {
        <>
            <h2 id={id::PANEL_TITLE}>{ "Where each one stands" }</h2>
            <ul class="overview">
                { for reading.explainer.actors.iter().enumerate().map(|(i, a)| html! {
                    <li>{ actor_link(reading, i) }<span class="overview-role">{ claim::summary(&reading.explainer, &a.role) }</span></li>
                }) }
            </ul>
        </>
    }
}

fn actor(reading: &Reading, index: usize) -> Html {
    let explainer = &reading.explainer;
    let a = &explainer.actors[index];
    let relations = explainer.relations_of(index).map(|(_, r)| {
        let other = if r.from == index { r.to } else { r.from };
        let target = Selection::pair(index, other);
        html! {
            <li><a class="relation-link" href={reading.href(target)} onclick={reading.select_on_click(target)}>{ explainer.relation_sentence(r) }</a></li>
        }
    });
    let people = a.people.iter().map(|&p| {
        let person = &explainer.people[p];
        let said = explainer.statements_of(Speaker::Person(p));
        html! {
            <li class="person">
                <p>
                    <strong>{ person.name.as_ref() }</strong>
                    if let Some(role) = &person.role { { ", " }<q class="person-role">{ role.as_ref() }</q> }
                </p>
                if !said.is_empty() { { evidence::statements(reading, &said) } }
            </li>
        }
    });
    let own_words = explainer.statements_of(Speaker::Actor(index));
    let others = (0..explainer.actors.len()).filter(|&o| o != index).map(|o| {
        let target = Selection::pair(index, o);
        html! { <li><a href={reading.href(target)} onclick={reading.select_on_click(target)}>{ explainer.actors[o].name.as_ref() }</a></li> }
    });
    html! {
        <>
            { close_button(reading) }
            <h2 id={id::PANEL_TITLE}>{ a.name.as_ref() }</h2>
            <ul class="role">{ claim_item(reading, &a.role) }</ul>
            if !a.stances.is_empty() {
                <h3>{ "Stances" }</h3>
                <ul class="claims">{ for a.stances.iter().map(|c| claim_item(reading, c)) }</ul>
            }
            <h3>{ "Relationships" }</h3>
            <ul class="relations">{ for relations }</ul>
            if !a.people.is_empty() {
                <h3>{ "People, and what they said" }</h3>
                <ul class="people">{ for people }</ul>
            }
            if !own_words.is_empty() {
                <h3>{ format!("What {} said in its own name", midway(&a.name)) }</h3>
                { evidence::statements(reading, &own_words) }
            }
            <h3>{ "Compare with" }</h3>
            <ul class="compare">{ for others }</ul>
        </>
    }
}

fn pair(reading: &Reading, a: usize, b: usize) -> Html {
    let explainer = &reading.explainer;
    let between: Vec<_> = explainer.relations_between(a, b).collect();
    let side = |i: usize| {
        html! {
            <div class="compare-side">
                <h3>{ actor_link(reading, i) }</h3>
                <p>{ claim::summary(explainer, &explainer.actors[i].role) }</p>
                <ul class="compare-stances">
                    { for explainer.actors[i].stances.iter().map(|c| html! { <li>{ claim::summary(explainer, c) }</li> }) }
                </ul>
            </div>
        }
    };
    html! {
        <>
            { close_button(reading) }
            <h2 id={id::PANEL_TITLE}>{ format!("{} and {}", explainer.actors[a].name, midway(&explainer.actors[b].name)) }</h2>
            if between.is_empty() {
                <p class="none">{ "The article states no direct relationship between them." }</p>
            } else {
                <ul class="claims">
                    { for between.iter().map(|(_, r)| html! {
                        <li class="claim">
                            <p class="claim-kind">{ explainer.relation_sentence(r) }</p>
                            <p class="claim-summary">{ claim::summary(explainer, &r.claim) }</p>
                            { evidence::view(reading, &r.claim.evidence) }
                        </li>
                    }) }
                </ul>
            }
            <h3>{ "Side by side" }</h3>
            <div class="compare-sides">{ side(a) }{ side(b) }</div>
        </>
    }
}
