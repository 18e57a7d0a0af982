//! Every pair of actors at a glance, as a grid in the style of a friendship chart:
//! each cell names the kinds of relationship the article states. It shares the one
//! selection with the diagram, and follows the WAI-ARIA grid pattern: one tab stop,
//! arrow keys move between cells, Enter or Space selects.

use explainer_model::Selection;
use gloo::utils::document;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::context::Ctx;
use crate::state::Action;

/// `focus` is the (row, column) cell holding the grid's one tab stop.
pub fn view(ctx: &Ctx, focus: &UseStateHandle<(usize, usize)>) -> Html {
    let x = &ctx.x;
    let n = x.actors.len();
    let selection = ctx.selection();
    let header = x
        .actors
        .iter()
        .map(|a| html! { <th scope="col" role="columnheader">{ a.name.as_ref() }</th> });
    let rows = (0..n).map(|r| {
        let cells = (0..n).map(|c| cell(ctx, focus, r, c));
        let lit = matches!(selection, Selection::Actor(a) if a == r);
        html! {
            <tr>
                <th scope="row" role="rowheader" class={classes!(lit.then_some("is-selected"))}>{ x.actors[r].name.as_ref() }</th>
                { for cells }
            </tr>
        }
    });
    html! {
        <details class="matrix">
            <summary>{ "Every pair at a glance (grid)" }</summary>
            <div class="matrix-scroll">
                <table role="grid" aria-label="Relationships between each pair of actors" class="matrix-grid">
                    <thead><tr><td></td>{ for header }</tr></thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
        </details>
    }
}

fn cell(ctx: &Ctx, focus: &UseStateHandle<(usize, usize)>, r: usize, c: usize) -> Html {
    let x = &ctx.x;
    let selection = ctx.selection();
    let target = if r == c {
        Selection::Actor(r)
    } else {
        Selection::pair(r, c)
    };
    let mut labels: Vec<&str> = Vec::new();
    for (_, rel) in x.relations_between(r, c).filter(|_| r != c) {
        let label = x.kinds[rel.kind].label.as_ref();
        if !labels.contains(&label) {
            labels.push(label);
        }
    }
    let (a, b) = (&x.actors[r].name, &x.actors[c].name);
    let name = match (r == c, labels.is_empty()) {
        (true, _) => format!("{a}: select {a}"),
        (false, true) => format!("{a} and {b}: no relationship stated"),
        (false, false) => format!("{a} and {b}: {}", labels.join(", ")),
    };
    let selected = selection == target && r != c;
    let class = classes!(
        "cell",
        (r == c).then_some("self"),
        selected.then_some("is-selected"),
        (selection.involves(r) || selection.involves(c)).then_some("is-related")
    );
    let onclick = {
        let ctx = ctx.clone();
        Callback::from(move |_| ctx.dispatch(Action::Select(target)))
    };
    let onkeydown = {
        let (ctx, focus) = (ctx.clone(), focus.clone());
        Callback::from(move |e: KeyboardEvent| on_key(&ctx, &focus, r, c, target, e))
    };
    let onfocus = {
        let focus = focus.clone();
        Callback::from(move |_| focus.set((r, c)))
    };
    html! {
        <td role="gridcell" id={format!("cell-{r}-{c}")} class={class} aria-label={name}
            aria-selected={if selected { "true" } else { "false" }}
            tabindex={if **focus == (r, c) { "0" } else { "-1" }}
            {onclick} {onkeydown} {onfocus}>
            { if r == c { "·".to_string() } else if labels.is_empty() { "–".to_string() } else { labels.join(", ") } }
        </td>
    }
}

fn on_key(
    ctx: &Ctx,
    focus: &UseStateHandle<(usize, usize)>,
    r: usize,
    c: usize,
    target: Selection,
    e: KeyboardEvent,
) {
    let last = ctx.x.actors.len() - 1;
    let next = match e.key().as_str() {
        "ArrowRight" => (r, (c + 1).min(last)),
        "ArrowLeft" => (r, c.saturating_sub(1)),
        "ArrowDown" => ((r + 1).min(last), c),
        "ArrowUp" => (r.saturating_sub(1), c),
        "Home" => (r, 0),
        "End" => (r, last),
        "Enter" | " " => {
            e.prevent_default();
            ctx.dispatch(Action::Select(target));
            return;
        }
        _ => return,
    };
    e.prevent_default();
    focus.set(next);
    let id = format!("cell-{}-{}", next.0, next.1);
    if let Some(el) = document()
        .get_element_by_id(&id)
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}
