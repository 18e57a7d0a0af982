//! The root component: owns the state, wires it to the browser (URL fragment,
//! history, Escape, scrolling to evidence) and lays out the page.

use std::rc::Rc;

use explainer_model::{Explainer, Selection};
use yew::prelude::*;

use super::panel;
use super::reading::Reading;
use super::static_parts::{Part, StaticParts};
use crate::contract::{class, id};
use crate::controls;
use crate::state::{Action, State};

#[derive(Properties, Clone)]
pub struct AppProps {
    pub explainer: Rc<Explainer>,
    /// Where the static parts' HTML comes from: the build, the page, or live.
    pub parts: StaticParts,
}

impl PartialEq for AppProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.explainer, &other.explainer) && self.parts == other.parts
    }
}

#[function_component]
pub fn App(props: &AppProps) -> Html {
    let state = use_reducer(State::default);
    let reading = Reading {
        explainer: props.explainer.clone(),
        state: state.clone(),
    };
    crate::browser_sync::use_browser_sync(&reading);

    let explainer = &props.explainer;
    let selection = state.selection;
    let announcement = match selection {
        Selection::Overview => String::new(),
        Selection::Actor(a) => format!(
            "Showing {}: {} stances.",
            explainer.actors[a].name,
            explainer.actors[a].stances.len()
        ),
        Selection::Pair(a, b) => format!(
            "Showing the relationship between {} and {}.",
            explainer.actors[a].name, explainer.actors[b].name
        ),
    };
    let root_class = classes!(
        "explainer",
        (selection != Selection::Overview).then_some(class::HAS_SELECTION)
    );

    // The static parts' controls (mentions, diagram, grid, timeline) are served by
    // these three handlers on the root rather than one per control; see `controls`.
    let onclick = {
        let reading = reading.clone();
        Callback::from(move |e: MouseEvent| {
            if let Some(action) = controls::clicked(&reading.explainer, &e) {
                reading.dispatch(action);
            }
        })
    };
    let onkeydown = {
        let reading = reading.clone();
        Callback::from(move |e: KeyboardEvent| {
            if let Some(selection) = controls::key(&reading.explainer, &e) {
                reading.dispatch(Action::Select(selection));
            }
        })
    };
    let onfocusin = Callback::from(|e: FocusEvent| controls::focused(&e));
    let part = |part: Part| props.parts.view(part, explainer);

    html! {
        <div class={root_class} {onclick} {onkeydown} {onfocusin}>
            <nav class="skip-links" aria-label="Skip links">
                <a href={format!("#{}", id::ARTICLE)}>{ "Skip to the article" }</a>
                <a href={format!("#{}", id::DIAGRAM)}>{ "Skip to the diagram" }</a>
            </nav>
            <div class="reading">
                { part(Part::Header) }
                <main>
                    { part(Part::Article) }
                    { part(Part::Timeline) }
                </main>
            </div>
            <aside class="side" aria-label="Relationships and stances">
                { part(Part::Diagram) }
                // The panel right under the diagram, so a selection shows at once;
                // the key and the other views of the same relationships follow.
                { panel::view(&reading) }
                { part(Part::Legend) }
                { part(Part::Matrix) }
                { part(Part::Table) }
                { part(Part::Print) }
            </aside>
            <p class="sr-only" aria-live="polite" aria-atomic="true">{ announcement }</p>
        </div>
    }
}
