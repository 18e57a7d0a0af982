//! The page's header: what this page is, and the context notes from outside the
//! article, labelled as such. Static: rendered at build time only (see islands).

use explainer_model::Explainer;
use yew::prelude::*;

pub fn view(x: &Explainer) -> Html {
    html! {
        <header class="page-header">
            <p class="kicker">{ format!("Explainer of an {} article", x.source) }</p>
            <h1>{ x.title.as_ref() }</h1>
            <p class="hint">
                { "The whole article is below. Names of countries, people and institutions are links: select one, in the text or in the diagram, to see where it stands, in the article’s own words." }
            </p>
            { for x.context.iter().map(|note| html! {
                <p class="context"><span class="context-label">{ "Context, not from the article: " }</span>{ note }</p>
            }) }
        </header>
    }
}
