//! The workspace: its tabs (the WAI-ARIA tabs pattern: one tab stop, arrow keys
//! move, the panel follows) and each tab's panel: the lists of cards, the forms
//! that add what the passage bar does not, and the studio's other views.

use explainer_model::authoring::Path;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::cards::kind_choice;
use super::cards::{actor_card, event_card, kind_card, person_card, relation_card, statement_card};
use super::fields::{SelectField, TextField};
use super::{field_id, use_ctx, Ctx, Tab, UiAction};
use crate::document::add_kind;
use crate::edit::{ArticleField, Edit, Field, Item};

#[function_component]
pub fn Workspace() -> Html {
    let ctx = use_ctx();
    let current = ctx.ui.tab;
    let onkeydown = {
        let ui = ctx.ui.clone();
        Callback::from(move |e: KeyboardEvent| {
            let at = Tab::ALL.iter().position(|t| *t == ui.tab).unwrap_or(0);
            let next = match e.key().as_str() {
                "ArrowRight" => (at + 1) % Tab::ALL.len(),
                "ArrowLeft" => (at + Tab::ALL.len() - 1) % Tab::ALL.len(),
                "Home" => 0,
                "End" => Tab::ALL.len() - 1,
                _ => return,
            };
            e.prevent_default();
            let tab = Tab::ALL[next];
            ui.dispatch(UiAction::Tab(tab));
            if let Some(el) = gloo::utils::document().get_element_by_id(&tab.id()) {
                if let Ok(el) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el) {
                    let _ = el.focus();
                }
            }
        })
    };
    let problems = ctx.studio.check.problems.len();
    let tabs = Tab::ALL.iter().map(|&tab| {
        let selected = tab == current;
        let onclick = {
            let ui = ctx.ui.clone();
            Callback::from(move |_| ui.dispatch(UiAction::Tab(tab)))
        };
        let count = match tab {
            Tab::Problems if problems > 0 => format!(" ({problems})"),
            _ => String::new(),
        };
        html! {
            <button type="button" role="tab" id={tab.id()} aria-selected={selected.to_string()}
                aria-controls="st-panel" tabindex={if selected { "0" } else { "-1" }} {onclick}>
                { tab.label() }{ count }
            </button>
        }
    });
    let panel = match current {
        Tab::Actors => list(&ctx, "actors", ctx.doc().actors.len(), actor_card, "No actors yet. Select a name in the article, then “New actor” in the passage bar, or accept the machine’s proposals."),
        Tab::People => list(&ctx, "people", ctx.doc().people.len(), person_card, "No people yet. Select a person’s name in the article, then “A person who speaks for…”."),
        Tab::Statements => list(&ctx, "statements", ctx.doc().statements.len(), statement_card, "No statements yet. Select what someone said, then “Something … said”."),
        Tab::Relations => html! { <>{ new_relation(&ctx) }{ hand_placement(&ctx) }<super::preview::RelationDiagram />{ list(&ctx, "relations", ctx.doc().relations.len(), relation_card, "No relations yet.") }</> },
        Tab::Events => html! { <>{ new_event(&ctx) }{ list(&ctx, "events", ctx.doc().events.len(), event_card, "No events yet.") }</> },
        Tab::Kinds => html! { <>{ new_kind(&ctx) }{ list(&ctx, "kinds", ctx.doc().kinds.len(), kind_card, "No kinds yet.") }</> },
        Tab::Article => article_settings(&ctx),
        Tab::Proposals => html! { <super::proposals::ProposalList /> },
        Tab::Problems => html! { <super::problems::Problems /> },
        Tab::Preview => html! { <super::preview::Preview /> },
        Tab::Export => html! { <super::export::Export /> },
    };
    html! {
        <section class="st-workspace" aria-label="The explainer being made">
            <div role="tablist" aria-label="Parts of the explainer" class="st-tabs" {onkeydown}>{ for tabs }</div>
            <div role="tabpanel" id="st-panel" aria-labelledby={current.id()} class="st-panel">{ panel }</div>
        </section>
    }
}

fn list(ctx: &Ctx, name: &str, n: usize, card: fn(&Ctx, usize) -> Html, empty: &str) -> Html {
    if n == 0 {
        return html! { <p class="st-empty">{ empty }</p> };
    }
    html! { <div class="st-list" aria-label={name.to_string()}>{ for (0..n).map(|i| card(ctx, i)) }</div> }
}

/// A file written by hand may place actors itself (their `position`, and the
/// diagram's size in `[diagram]`); the studio cannot edit those, so it offers to
/// drop them for the automatic layout (undoable). The checker's problems with
/// them lead here.
fn hand_placement(ctx: &Ctx) -> Html {
    let c = ctx.doc();
    let pinned = c.actors.iter().filter(|a| a.position.is_some()).count();
    if c.diagram.is_none() && pinned == 0 {
        return Html::default();
    }
    let onclick = {
        let ctx = ctx.clone();
        Callback::from(move |_| ctx.edit(Edit::AutomaticLayout))
    };
    let what = match (pinned, c.diagram.is_some()) {
        (0, _) => "This file sets the diagram’s size by hand.".to_string(),
        (1, false) => "This file places one actor by hand.".to_string(),
        (n, false) => format!("This file places {n} actors by hand."),
        (1, true) => "This file places one actor and sets the diagram’s size by hand.".to_string(),
        (n, true) => format!("This file places {n} actors and sets the diagram’s size by hand."),
    };
    html! {
        <div class="st-new" id={field_id(&Path::root().key("diagram"))} tabindex="-1">
            <p>{ what }{ " The studio keeps that but cannot edit it." }</p>
            <button type="button" {onclick}>{ "Use the automatic layout instead" }</button>
        </div>
    }
}

/// Pick two actors and a kind (or make a kind in place); the relation's evidence
/// then comes from the passage bar.
fn new_relation(ctx: &Ctx) -> Html {
    html! { <NewRelation key={ctx.studio.version.to_string()} /> }
}

#[function_component]
fn NewRelation() -> Html {
    let ctx = use_ctx();
    let c = ctx.doc();
    let first = |k: usize| c.actors.get(k).map(|a| a.id.clone()).unwrap_or_default();
    let from = use_state(|| first(0));
    let to = use_state(|| first(1));
    let kind = use_state(|| c.kinds.first().map(|k| k.id.clone()).unwrap_or_default());
    let new_kind = use_state(String::new);
    if c.actors.len() < 2 {
        return html! { <p class="st-hint">{ "A relation links two actors: make at least two first." }</p> };
    }
    let actors: Vec<(String, String)> = c
        .actors
        .iter()
        .map(|a| (a.id.clone(), a.name.clone()))
        .collect();
    // The document's kinds, the common ones it lacks (added when used), or one
    // of the editor's own.
    let mut kinds: Vec<(String, String)> = c
        .kinds
        .iter()
        .map(|k| (k.id.clone(), k.label.clone()))
        .chain(
            crate::kinds::on_offer(c).map(|(n, s)| (format!("+{n}"), format!("New: {}", s.label))),
        )
        .collect();
    kinds.push((String::new(), "A kind of my own…".into()));
    // How the relation will read, as the kind is chosen or named.
    let verb = match kind.strip_prefix('+').and_then(|n| n.parse::<usize>().ok()) {
        Some(n) => crate::kinds::STARTERS.get(n).map(|s| s.verb.to_string()),
        None if kind.is_empty() => {
            (!new_kind.trim().is_empty()).then(|| new_kind_verb(new_kind.trim()))
        }
        None => c
            .kinds
            .iter()
            .find(|k| k.id == *kind)
            .map(|k| k.verb.clone()),
    };
    let name_of = |id: &str| c.actors.iter().find(|a| a.id == id).map(|a| a.name.clone());
    let reads = verb.and_then(|verb| {
        Some(crate::kinds::sentence(
            &name_of(&from)?,
            &verb,
            &name_of(&to)?,
        ))
    });
    let set = |state: &UseStateHandle<String>| {
        let state = state.clone();
        Callback::from(move |v: String| state.set(v))
    };
    let onsubmit = {
        let (ctx, from, to, kind, new_kind) = (
            ctx.clone(),
            from.clone(),
            to.clone(),
            kind.clone(),
            new_kind.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let d = ctx.keyed();
            let (Some(from), Some(to)) = (d.actor_by_id(&from), d.actor_by_id(&to)) else {
                return;
            };
            ctx.edit_and_follow(Edit::AddRelation {
                from,
                to,
                kind: kind_choice(&kind, &new_kind),
            });
        })
    };
    html! {
        <form class="st-new" {onsubmit} aria-label="New relation">
            <h3>{ "New relation" }</h3>
            <div class="st-row">
                <SelectField id="new-relation-from" label="From" options={actors.clone()} value={(*from).clone()} onchange={set(&from)} />
                <SelectField id="new-relation-to" label="To" options={actors} value={(*to).clone()} onchange={set(&to)} />
                <SelectField id="new-relation-kind" label="Kind" options={kinds} value={(*kind).clone()} onchange={set(&kind)} />
                if kind.is_empty() {
                    <TextField id="new-relation-new-kind" label="New kind’s label" value={(*new_kind).clone()} onchange={set(&new_kind)} />
                }
            </div>
            // Present before it has a sentence, so its first one is announced.
            <p class="st-reads" aria-live="polite">
                if let Some(reads) = reads { { "Reads: " }<q>{ reads }</q> }
            </p>
            <button type="submit">{ "Add the relation" }</button>
            <p class="st-hint">{ "Or drag from one actor to another in the diagram below." }</p>
        </form>
    }
}

/// The verb a kind of the editor's own gets (`document::add_kind`), to show how
/// it will read before it is made.
fn new_kind_verb(label: &str) -> String {
    let mut c = explainer_model::authoring::ContentFile::default();
    let id = add_kind(&mut c, label);
    c.kinds
        .into_iter()
        .find(|k| k.id == id)
        .map(|k| k.verb)
        .unwrap_or_default()
}

fn new_event(ctx: &Ctx) -> Html {
    let onclick = {
        let ctx = ctx.clone();
        Callback::from(move |_| ctx.edit_and_follow(Edit::AddEvent))
    };
    html! {
        <div class="st-new">
            <button type="button" {onclick}>{ "Add an event" }</button>
            <p class="st-hint">{ "Events go in the order they happened. Attach their evidence from the passage bar." }</p>
        </div>
    }
}

fn new_kind(ctx: &Ctx) -> Html {
    let onsubmit = {
        let ctx = ctx.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Some(input) = gloo::utils::document().get_element_by_id("new-kind-label") else {
                return;
            };
            let input: HtmlInputElement = wasm_bindgen::JsCast::unchecked_into(input);
            let label = input.value().trim().to_string();
            if label.is_empty() {
                return;
            }
            input.set_value("");
            ctx.edit_and_follow(Edit::AddKind(label));
        })
    };
    html! {
        <form class="st-new" {onsubmit} aria-label="New kind">
            <div class="st-field">
                <label for="new-kind-label">{ "New kind of relationship (its label on the diagram)" }</label>
                <input type="text" id="new-kind-label" />
            </div>
            <button type="submit">{ "Add the kind" }</button>
        </form>
    }
}

fn article_settings(ctx: &Ctx) -> Html {
    let c = ctx.doc();
    let field = |field: ArticleField, label: &str, value: String, multiline: bool| {
        let field = Field::Article(field);
        let id = ctx
            .keyed()
            .path(field)
            .map(|p| field_id(&p))
            .unwrap_or_default();
        let onchange = {
            let ctx = ctx.clone();
            Callback::from(move |v: String| ctx.edit(Edit::Set(field, v)))
        };
        html! { <TextField id={id} label={label.to_string()} {value} {onchange} {multiline} /> }
    };
    let numbers = |v: &[usize]| {
        v.iter()
            .map(usize::to_string)
            .collect::<Vec<_>>()
            .join(", ")
    };
    let left_out = c.left_out.iter().zip(ctx.keyed().left_out_keys()).enumerate().map(|(i, (l, &key))| {
        let id = field_id(&Path::root().key("left_out").index(i).key("reason"));
        let onchange = {
            let ctx = ctx.clone();
            Callback::from(move |v: String| ctx.edit(Edit::Set(Field::LeftOutReason(key), v)))
        };
        let onclick = {
            let ctx = ctx.clone();
            Callback::from(move |_| ctx.edit(Edit::Delete(Item::LeftOut(key))))
        };
        html! {
            <li>
                <q id={field_id(&Path::root().key("left_out").index(i).key("quote"))} tabindex="-1">{ &l.quote }</q>
                <TextField id={id} label="Why it is left out" value={l.reason.clone()} {onchange} />
                <button type="button" class="st-remove" {onclick} aria-label={format!("Remove “{}” from what is left out", l.quote)}>{ "×" }</button>
            </li>
        }
    });
    let context = c.article.context.join("\n");
    html! {
        <div class="st-article-settings">
            { field(ArticleField::Title, "The explainer’s title (yours, not the article’s headline)", c.article.title.clone(), false) }
            { field(ArticleField::Source, "Who published the article (such as “AFP”)", c.article.source.clone(), false) }
            { field(ArticleField::Url, "Where it was published (its address, credited on the page)", c.article.url.clone().unwrap_or_default(), false) }
            { field(ArticleField::Licence, "Its licence or terms of use (such as “CC BY 2.5”), shown with the credit", c.article.licence.clone().unwrap_or_default(), false) }
            { field(ArticleField::CaptionLines, "Photo caption lines (numbers, from 1)", numbers(&c.article.caption_lines), false) }
            { field(ArticleField::SubheadingLines, "Subheading lines (numbers, from 1)", numbers(&c.article.subheading_lines), false) }
            { field(ArticleField::Context, "Context from outside the article (one note a line; shown labelled as context)", context, true) }
            <h3>{ "Left out on purpose" }</h3>
            if c.left_out.is_empty() {
                <p class="st-hint">{ "Sentences no claim cites, with why: select one in the article, then “Left out of the explainer”." }</p>
            } else {
                <ul class="st-left-out">{ for left_out }</ul>
            }
        </div>
    }
}
