//! The machine's proposals: actors, people, statements and relations it found in
//! the article, each accepted, accepted and opened for editing, or rejected with
//! one action, and all of a kind at once. Nothing enters the document without the
//! editor's say; pending proposals are outlined in the article.

use explainer_model::authoring::ContentFile;
use explainer_model::propose::{Proposals, Speaker};
use yew::prelude::*;

use super::{use_ctx, Ctx};
use crate::accept::{key, pending, unacceptable, Which};
use crate::edit::Edit;

fn describe(c: &ContentFile, p: &Proposals, which: Which) -> (String, String) {
    let text = &c.article.text;
    match which {
        Which::Actor(i) => {
            let a = &p.actors[i];
            (
                a.name.clone(),
                format!(
                    "found as {} ({} times)",
                    a.aliases
                        .iter()
                        .map(|w| format!("“{w}”"))
                        .collect::<Vec<_>>()
                        .join(", "),
                    a.found.len()
                ),
            )
        }
        Which::Person(i) => {
            let x = &p.people[i];
            let role = x
                .role
                .map(|r| format!("“{}”, ", &text[r.range()]))
                .unwrap_or_default();
            (
                x.name.clone(),
                format!("{role}for {}", p.actors[x.actor].name),
            )
        }
        Which::Statement(i) => {
            let s = &p.statements[i];
            let who = match s.speaker {
                Speaker::Person(x) => p.people[x].name.clone(),
                Speaker::Actor(a) => p.actors[a].name.clone(),
            };
            let how = if s.direct {
                "in their words"
            } else {
                "reported"
            };
            (format!("{who} ({how})"), text[s.span.range()].to_string())
        }
        Which::Relation(i) => {
            let r = &p.relations[i];
            (
                format!(
                    "{} {} {}",
                    p.actors[r.from].name, r.kind.verb, p.actors[r.to].name
                ),
                text[r.evidence.range()].to_string(),
            )
        }
    }
}

/// Accepts proposals, as one edit (one undo step) that takes each whole or not
/// at all and names those it could not; with `follow`, opens the last for
/// editing.
fn accept_now(ctx: &Ctx, which: Vec<Which>, follow: bool) {
    let proposals = &ctx.studio.proposals;
    let edit = Edit::Accept(which.into_iter().map(|w| key(proposals, w)).collect());
    if follow {
        ctx.edit_and_follow(edit);
    } else {
        ctx.edit(edit);
    }
}

#[function_component]
pub fn ProposalList() -> Html {
    let ctx = use_ctx();
    let c = ctx.doc();
    let p = ctx.studio.proposals.clone();
    let waiting = pending(c, &p, ctx.studio.rejected());
    let unacceptable: Vec<String> = unacceptable(c, &p, ctx.studio.rejected())
        .into_iter()
        .map(|w| crate::accept::name(&p, w))
        .collect();
    type Is = fn(&Which) -> bool;
    let groups: [(&str, Is); 4] = [
        ("Actors", |w| matches!(w, Which::Actor(_))),
        ("People", |w| matches!(w, Which::Person(_))),
        ("Statements", |w| matches!(w, Which::Statement(_))),
        ("Relations", |w| matches!(w, Which::Relation(_))),
    ];
    let total = p.actors.len() + p.people.len() + p.statements.len() + p.relations.len();
    let sections = groups.iter().map(|(name, is)| {
        let items: Vec<Which> = waiting.iter().copied().filter(is).collect();
        if items.is_empty() {
            return html! {};
        }
        let all = {
            let (ctx, items) = (ctx.clone(), items.clone());
            Callback::from(move |_| accept_now(&ctx, items.clone(), false))
        };
        let rows = items.iter().map(|&w| {
            let (title, detail) = describe(c, &p, w);
            let accept = {
                let ctx = ctx.clone();
                Callback::from(move |_| accept_now(&ctx, vec![w], false))
            };
            let edit = {
                let ctx = ctx.clone();
                Callback::from(move |_| accept_now(&ctx, vec![w], true))
            };
            let reject = {
                let (ctx, k) = (ctx.clone(), key(&p, w));
                Callback::from(move |_| ctx.edit(Edit::Reject(k.clone())))
            };
            html! {
                <li class="st-proposal">
                    <p><strong>{ &title }</strong>{ " — " }{ detail }</p>
                    <div class="st-row">
                        <button type="button" onclick={accept} aria-label={format!("Accept {title}")}>{ "Accept" }</button>
                        <button type="button" onclick={edit} aria-label={format!("Accept and edit {title}")}>{ "Accept and edit" }</button>
                        <button type="button" onclick={reject} aria-label={format!("Reject {title}")}>{ "Reject" }</button>
                    </div>
                </li>
            }
        });
        html! {
            <section class="st-proposal-group" aria-label={format!("Proposed {}", name.to_lowercase())}>
                <h3>{ format!("{name} ({})", items.len()) }</h3>
                <button type="button" onclick={all}>{ format!("Accept all {} {}", items.len(), name.to_lowercase()) }</button>
                <ul>{ for rows }</ul>
            </section>
        }
    });
    html! {
        <div class="st-proposals">
            <p>{ format!("The machine read the article and proposes {total} annotations: {} wait for your say. They are outlined in the article. Nothing is added until you accept it, and every acceptance can be undone.", waiting.len()) }</p>
            if !unacceptable.is_empty() {
                <p class="st-hint">{ format!("Found too, but not offered, because their words occur more than once in the article: {}. Select those words yourself, with the words around them, if you want them.", unacceptable.join("; ")) }</p>
            }
            { for sections }
        </div>
    }
}
