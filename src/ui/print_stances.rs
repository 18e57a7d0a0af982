//! Every actor's role and stances with their evidence, for print only: a printed
//! page cannot be clicked, so it carries what the panel would show for each actor.
//! Hidden on screen (`display: none`), so screen readers meet it only once, in the
//! panel.

use explainer_model::Explainer;
use yew::prelude::*;

use super::evidence::quoted;

pub fn view(explainer: &Explainer) -> Html {
    let actors = explainer.actors.iter().map(|a| {
        let claims = a.stances.iter().map(|c| {
            html! {
                <li>
                    { super::claim::summary(explainer, c) }
                    { for c.evidence.iter().map(|q| quoted(explainer.quote_text(q))) }
                </li>
            }
        });
        html! {
            <section>
                <h3>{ a.name.as_ref() }</h3>
                <p>{ super::claim::summary(explainer, &a.role) }</p>
                <ul>{ for claims }</ul>
            </section>
        }
    });
    html! {
        <section class="print-stances">
            <h2>{ "Where each one stands, in the article’s words" }</h2>
            { for actors }
        </section>
    }
}
