//! The diagram's text alternative: every relationship as a table row, with its
//! evidence. Also what print and screen reader users get in full.

use explainer_model::Explainer;
use yew::prelude::*;

use super::evidence::quoted;

pub fn view(explainer: &Explainer) -> Html {
    let rows = explainer.relations.iter().map(|r| {
        html! {
            <tr>
                <th scope="row">{ explainer.actors[r.from].name.as_ref() }</th>
                <td>{ explainer.kinds[r.kind].verb.as_ref() }</td>
                <td>{ explainer.actors[r.to].name.as_ref() }</td>
                <td>{ for r.claim.evidence.iter().map(|q| quoted(explainer.quote_text(q))) }</td>
                <td>{ r.claim.source.map_or_else(|| "the article".to_string(), |s| explainer.source_name(s)) }</td>
            </tr>
        }
    });
    html! {
        <details class="relation-table">
            <summary>{ "The diagram as a table" }</summary>
            <table>
                <caption>{ "Relationships stated in the article, with its words as evidence" }</caption>
                <thead><tr><th scope="col">{ "Actor" }</th><th scope="col">{ "Relationship" }</th><th scope="col">{ "With" }</th><th scope="col">{ "Evidence" }</th><th scope="col">{ "Who says so" }</th></tr></thead>
                <tbody>{ for rows }</tbody>
            </table>
        </details>
    }
}
