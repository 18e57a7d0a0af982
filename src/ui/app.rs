//! The root component: owns the state, wires it to the browser (URL fragment,
//! history, Escape, scrolling to evidence) and lays out the page.

use std::rc::Rc;

use explainer_model::{Explainer, Selection};
use yew::prelude::*;

use super::article::Article;
use super::context::Ctx;
use super::{diagram, legend, matrix, panel, print_stances, relation_table, timeline};
use crate::state::State;

#[derive(Properties, Clone)]
pub struct AppProps {
    pub explainer: Rc<Explainer>,
}

impl PartialEq for AppProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.explainer, &other.explainer)
    }
}

#[function_component]
pub fn App(props: &AppProps) -> Html {
    let state = use_reducer(State::default);
    let focus = use_state(|| 0usize);
    let grid_focus = use_state(|| (0usize, 1usize));
    let ctx = Ctx {
        x: props.explainer.clone(),
        state: state.clone(),
    };
    crate::browser_sync::use_browser_sync(&ctx);

    let x = &props.explainer;
    let selection = state.selection;
    let announcement = match selection {
        Selection::Overview => String::new(),
        Selection::Actor(a) => format!(
            "Showing {}: {} stances.",
            x.actors[a].name,
            x.actors[a].stances.len()
        ),
        Selection::Pair(a, b) => format!(
            "Showing the relationship between {} and {}.",
            x.actors[a].name, x.actors[b].name
        ),
    };
    let root_class = classes!(
        "explainer",
        (selection != Selection::Overview).then_some("has-selection")
    );
    // The ids of the selected actors; CSS lights up their mentions from this.
    let selected_ids = match selection {
        Selection::Overview => String::new(),
        Selection::Actor(a) => x.actors[a].id.to_string(),
        Selection::Pair(a, b) => format!("{} {}", x.actors[a].id, x.actors[b].id),
    };

    html! {
            <div class={root_class} data-selected={selected_ids}>
                <nav class="skip-links" aria-label="Skip links">
                    <a href="#article">{ "Skip to the article" }</a>
                    <a href="#diagram">{ "Skip to the diagram" }</a>
                </nav>
                <div class="reading">
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
                    <main>
                        <Article explainer={x.clone()} marked={state.marked} dispatcher={state.dispatcher()} />
                        { timeline::view(&ctx) }
                    </main>
                </div>
                <aside class="side" aria-label="Relationships and stances">
                    { diagram::view(&ctx, &focus) }
                    // The panel right under the diagram, so a selection shows at once;
                    // the key and the other views of the same relationships follow.
                    { panel::view(&ctx) }
                    { legend::view(&ctx) }
                    { matrix::view(&ctx, &grid_focus) }
                    { relation_table::view(&ctx) }
                    { print_stances::view(&ctx) }
                </aside>
                <p class="sr-only" aria-live="polite" aria-atomic="true">{ announcement }</p>
            </div>
    }
}
