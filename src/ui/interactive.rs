//! The island: the one part of the page Yew renders in the reader's browser. The
//! rest of the page is static HTML from the build (see `page`); this component owns
//! the reader's state, renders the panel and the live region into their slot, and
//! wires the state to the browser and to the static parts (see `browser_sync`).

use explainer_model::explainer::midway;
use std::rc::Rc;

use explainer_model::{Explainer, Selection};
use yew::prelude::*;

use super::panel;
use super::reading::Reading;
use crate::state::State;

#[derive(Properties, Clone)]
pub struct InteractiveProps {
    pub explainer: Rc<Explainer>,
}

impl PartialEq for InteractiveProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.explainer, &other.explainer)
    }
}

#[function_component]
pub fn Interactive(props: &InteractiveProps) -> Html {
    let state = use_reducer(State::default);
    let reading = Reading {
        explainer: props.explainer.clone(),
        state,
    };
    crate::browser_sync::use_browser_sync(&reading);
    let actors = &props.explainer.actors;
    let announcement = match reading.selection() {
        Selection::Overview => String::new(),
        Selection::Actor(a) => ["Showing ", &midway(&actors[a].name), "."].concat(),
        Selection::Pair(a, b) => [
            "Showing the relationship between ",
            &midway(&actors[a].name),
            " and ",
            &midway(&actors[b].name),
            ".",
        ]
        .concat(),
    };
    html! {
        <>
            { panel::view(&reading) }
            <p class="sr-only" aria-live="polite" aria-atomic="true">{ announcement }</p>
        </>
    }
}
