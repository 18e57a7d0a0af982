//! Every pair of actors at a glance, as a grid in the style of a friendship chart:
//! each cell names the kinds of relationship the article states. It shares the one
//! selection with the diagram, and follows the WAI-ARIA grid pattern: one tab stop,
//! arrow keys move between cells, Enter or Space selects. A static part (see
//! `static_parts`) like the diagram: its cells carry their selection in
//! `data-select`, and `controls` and `reflect` serve them in the browser.

use explainer_model::explainer::midway;
use explainer_model::{Explainer, Selection};
use yew::prelude::*;

use crate::contract::{class, id};

/// The cell holding the grid's one tab stop until the reader moves it: the first pair.
const FIRST_STOP: (usize, usize) = (0, 1);

/// The grid as the overview shows it.
pub fn view(explainer: &Explainer) -> Html {
    let n = explainer.actors.len();
    let header = explainer
        .actors
        .iter()
        .map(|a| html! { <th scope="col" role="columnheader">{ a.name.as_ref() }</th> });
    let rows = (0..n).map(|r| {
        let cells = (0..n).map(|c| cell(explainer, r, c));
        html! {
            <tr>
                // `data-lit`: the row's header lights up when its actor is selected.
                <th scope="row" role="rowheader" data-lit={explainer.actors[r].id.to_string()}>{ explainer.actors[r].name.as_ref() }</th>
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

fn cell(explainer: &Explainer, r: usize, c: usize) -> Html {
    let target = if r == c {
        Selection::Actor(r)
    } else {
        Selection::pair(r, c)
    };
    let mut labels: Vec<&str> = Vec::new();
    for (_, rel) in explainer.relations_between(r, c).filter(|_| r != c) {
        let label = explainer.kinds[rel.kind].label.as_ref();
        if !labels.contains(&label) {
            labels.push(label);
        }
    }
    let (a, b) = (
        &explainer.actors[r].name,
        &midway(&explainer.actors[c].name),
    );
    let name = match (r == c, labels.is_empty()) {
        (true, _) => format!("{a}: select {}", midway(a)),
        (false, true) => format!("{a} and {b}: no relationship stated"),
        (false, false) => format!("{a} and {b}: {}", labels.join(", ")),
    };
    html! {
        <td role="gridcell" id={id::cell(r, c)} class={classes!(class::CELL, (r == c).then_some("self"))} aria-label={name}
            aria-selected="false" tabindex={if (r, c) == FIRST_STOP { "0" } else { "-1" }}
            data-select={explainer.fragment(target)}>
            { if r == c { "·".to_string() } else if labels.is_empty() { "–".to_string() } else { labels.join(", ") } }
        </td>
    }
}
