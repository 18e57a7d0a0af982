//! The machine's proposals: actors, people, statements and relations it found in
//! the article, each accepted, accepted and opened for editing, or rejected with
//! one action, and all of a kind at once. Nothing enters the document without the
//! editor's say; pending proposals are outlined in the article.

use explainer_model::authoring::ContentFile;
use explainer_model::propose::{
    actor_spec, person_spec, relation_spec, statement_spec, Proposals, Speaker,
};
use explainer_model::text::Span;
use yew::prelude::*;

use super::{card_id, use_ctx, Ctx, Tab, UiAction};
use crate::document::{speaker_ids, unique_id};
use crate::state::Action;

/// A proposal, by kind and index.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Which {
    Actor(usize),
    Person(usize),
    Statement(usize),
    Relation(usize),
}

/// A stable name for a proposal, so a rejection sticks while the article stays.
pub fn key(p: &Proposals, which: Which) -> String {
    match which {
        Which::Actor(i) => format!("actor:{}", p.actors[i].id),
        Which::Person(i) => format!("person:{}", p.people[i].id),
        Which::Statement(i) => format!("statement:{}", p.statements[i].span.start),
        Which::Relation(i) => {
            let r = &p.relations[i];
            format!(
                "relation:{}:{}:{}",
                p.actors[r.from].id, p.actors[r.to].id, r.kind.id
            )
        }
    }
}

/// The document's id for proposed actor `i`, if it has been accepted (by id, or
/// under another id with the same words).
fn actor_in(c: &ContentFile, p: &Proposals, i: usize) -> Option<String> {
    let proposed = &p.actors[i];
    c.actors
        .iter()
        .find(|a| a.id == proposed.id || a.aliases.iter().any(|w| proposed.aliases.contains(w)))
        .map(|a| a.id.clone())
}

fn person_in(c: &ContentFile, p: &Proposals, i: usize) -> Option<String> {
    let proposed = &p.people[i];
    c.people
        .iter()
        .find(|x| x.id == proposed.id || x.aliases.iter().any(|w| proposed.aliases.contains(w)))
        .map(|x| x.id.clone())
}

fn statement_in(c: &ContentFile, text: &str, p: &Proposals, i: usize) -> bool {
    let span = p.statements[i].span;
    c.statements.iter().any(|s| {
        text.find(s.quote.as_str()).is_some_and(|start| {
            start < (span.end as usize) && (span.start as usize) < start + s.quote.len()
        })
    })
}

fn relation_in(c: &ContentFile, p: &Proposals, i: usize) -> bool {
    let r = &p.relations[i];
    let (Some(from), Some(to)) = (actor_in(c, p, r.from), actor_in(c, p, r.to)) else {
        return false;
    };
    c.relations.iter().any(|x| {
        x.kind == r.kind.id
            && (x.between == [from.clone(), to.clone()] || x.between == [to.clone(), from.clone()])
    })
}

/// Whether a proposal is already in the document.
pub fn accepted(c: &ContentFile, p: &Proposals, which: Which) -> bool {
    match which {
        Which::Actor(i) => actor_in(c, p, i).is_some(),
        Which::Person(i) => person_in(c, p, i).is_some(),
        Which::Statement(i) => statement_in(c, &c.article.text, p, i),
        Which::Relation(i) => relation_in(c, p, i),
    }
}

/// The proposals still waiting for the editor's say.
pub fn pending(c: &ContentFile, p: &Proposals, rejected: &[String]) -> Vec<Which> {
    let all = (0..p.actors.len())
        .map(Which::Actor)
        .chain((0..p.people.len()).map(Which::Person))
        .chain((0..p.statements.len()).map(Which::Statement))
        .chain((0..p.relations.len()).map(Which::Relation));
    all.filter(|&w| !rejected.contains(&key(p, w)) && !accepted(c, p, w))
        .collect()
}

/// The words of pending proposals, to outline in the article.
pub fn pending_spans(c: &ContentFile, p: &Proposals, rejected: &[String]) -> Vec<Span> {
    pending(c, p, rejected)
        .into_iter()
        .flat_map(|w| match w {
            Which::Actor(i) => p.actors[i].found.clone(),
            Which::Person(i) => p.people[i].found.clone(),
            Which::Statement(i) => vec![p.statements[i].span],
            Which::Relation(_) => Vec::new(),
        })
        .collect()
}

/// Adds a proposal to the document, with what it needs (a person's actor, a
/// statement's speaker, a relation's actors and kind). Returns the card it made.
pub fn accept(c: &mut ContentFile, p: &Proposals, which: Which) -> Option<(Tab, String)> {
    let text = c.article.text.clone();
    match which {
        Which::Actor(i) => {
            if actor_in(c, p, i).is_none() {
                let mut spec = actor_spec(&text, p, i);
                let taken = speaker_ids(c);
                spec.id = unique_id(&spec.id, taken.iter().map(String::as_str));
                c.actors.push(spec);
            }
            let at = c
                .actors
                .iter()
                .position(|a| Some(&a.id) == actor_in(c, p, i).as_ref())?;
            Some((Tab::Actors, card_id("actors", at)))
        }
        Which::Person(i) => {
            accept(c, p, Which::Actor(p.people[i].actor));
            if person_in(c, p, i).is_none() {
                let mut spec = person_spec(&text, p, i);
                spec.actor = actor_in(c, p, p.people[i].actor)?;
                let taken = speaker_ids(c);
                spec.id = unique_id(&spec.id, taken.iter().map(String::as_str));
                c.people.push(spec);
            }
            let id = person_in(c, p, i)?;
            let at = c.people.iter().position(|x| x.id == id)?;
            Some((Tab::People, card_id("people", at)))
        }
        Which::Statement(i) => {
            let speaker = match p.statements[i].speaker {
                Speaker::Person(s) => {
                    accept(c, p, Which::Person(s));
                    person_in(c, p, s)?
                }
                Speaker::Actor(a) => {
                    accept(c, p, Which::Actor(a));
                    actor_in(c, p, a)?
                }
            };
            if !statement_in(c, &text, p, i) {
                let mut spec = statement_spec(&text, p, i)?;
                spec.speaker = speaker;
                c.statements.push(spec);
            }
            Some((
                Tab::Statements,
                card_id("statements", c.statements.len() - 1),
            ))
        }
        Which::Relation(i) => {
            let hint = &p.relations[i];
            accept(c, p, Which::Actor(hint.from));
            accept(c, p, Which::Actor(hint.to));
            if !relation_in(c, p, i) {
                let (mut relation, kind) = relation_spec(&text, p, i)?;
                relation.between = [actor_in(c, p, hint.from)?, actor_in(c, p, hint.to)?];
                if !c.kinds.iter().any(|k| k.id == kind.id) {
                    c.kinds.push(kind);
                }
                c.relations.push(relation);
            }
            Some((Tab::Relations, card_id("relations", c.relations.len() - 1)))
        }
    }
}

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

fn accept_now(ctx: &Ctx, which: Vec<Which>, open: bool) {
    let proposals = ctx.studio.proposals.clone();
    let mut preview = ctx.doc().clone();
    let mut last = None;
    for &w in &which {
        last = accept(&mut preview, &proposals, w).or(last);
    }
    ctx.edit(None, move |c| {
        for &w in &which {
            accept(c, &proposals, w);
        }
    });
    if let (true, Some((tab, card))) = (open, last) {
        ctx.ui.dispatch(UiAction::Show(tab, card.clone(), card));
    }
}

#[function_component]
pub fn ProposalList() -> Html {
    let ctx = use_ctx();
    let c = ctx.doc();
    let p = ctx.studio.proposals.clone();
    let waiting = pending(c, &p, ctx.studio.rejected());
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
                Callback::from(move |_| ctx.studio.dispatch(Action::Reject(k.clone())))
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
            { for sections }
        </div>
    }
}
