//! The root component: owns the state, wires it to the browser (URL fragment,
//! history, Escape, scrolling to evidence) and lays out the page.

use std::rc::Rc;

use explainer_model::{Explainer, Selection};
use yew::prelude::*;

use super::context::Ctx;
use super::islands::{island, Islands};
use super::panel;
use crate::selectable;
use crate::state::{Action, State};

#[derive(Properties, Clone)]
pub struct AppProps {
    pub explainer: Rc<Explainer>,
    /// The static parts' HTML: rendered at build time, empty in the browser.
    pub islands: Rc<Islands>,
}

impl PartialEq for AppProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.explainer, &other.explainer) && self.islands == other.islands
    }
}

#[function_component]
pub fn App(props: &AppProps) -> Html {
    let state = use_reducer(State::default);
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

    // The static parts' controls (mentions, diagram, grid, timeline) are served by these three
    // handlers on the root rather than one per control; see `selectable`.
    let onclick = {
        let ctx = ctx.clone();
        Callback::from(move |e: MouseEvent| {
            if let Some(action) = selectable::clicked(&ctx.x, &e) {
                ctx.dispatch(action);
            }
        })
    };
    let onkeydown = {
        let ctx = ctx.clone();
        Callback::from(move |e: KeyboardEvent| {
            if let Some(selection) = selectable::key(&ctx.x, &e) {
                ctx.dispatch(Action::Select(selection));
            }
        })
    };
    let onfocusin = Callback::from(|e: FocusEvent| selectable::focused(&e));

    html! {
            <div class={root_class} data-selected={selected_ids} {onclick} {onkeydown} {onfocusin}>
                <nav class="skip-links" aria-label="Skip links">
                    <a href="#article">{ "Skip to the article" }</a>
                    <a href="#diagram">{ "Skip to the diagram" }</a>
                </nav>
                <div class="reading">
                    { island(&props.islands.header) }
                    <main>
                        { island(&props.islands.article) }
                        { island(&props.islands.timeline) }
                    </main>
                </div>
                <aside class="side" aria-label="Relationships and stances">
                    { island(&props.islands.diagram) }
                    // The panel right under the diagram, so a selection shows at once;
                    // the key and the other views of the same relationships follow.
                    { panel::view(&ctx) }
                    { island(&props.islands.legend) }
                    { island(&props.islands.matrix) }
                    { island(&props.islands.table) }
                    { island(&props.islands.print) }
                </aside>
                <p class="sr-only" aria-live="polite" aria-atomic="true">{ announcement }</p>
            </div>
    }
}
