//! The context every component reads: the content and the shared state.

use std::rc::Rc;

use explainer_model::{Explainer, Selection};
use yew::prelude::*;

use crate::state::{Action, State};

#[derive(Clone)]
pub struct Ctx {
    pub x: Rc<Explainer>,
    pub state: UseReducerHandle<State>,
}

impl PartialEq for Ctx {
    // The content never changes while the app runs, so identity is enough and
    // spares a deep comparison on every render.
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.x, &other.x) && self.state == other.state
    }
}

impl Ctx {
    pub fn selection(&self) -> Selection {
        self.state.selection
    }

    /// A click handler that selects `selection` instead of following the link.
    pub fn select_on_click(&self, selection: Selection) -> Callback<MouseEvent> {
        let state = self.state.clone();
        Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            state.dispatch(Action::Select(selection));
        })
    }

    pub fn dispatch(&self, action: Action) {
        self.state.dispatch(action);
    }

    /// `href` for a selection, so links work as links (open in a new tab, copy).
    pub fn href(&self, selection: Selection) -> String {
        format!(
            "#{}",
            explainer_model::selection::to_fragment(selection, |i| self.x.actors[i].id.clone())
        )
    }
}

#[hook]
pub fn use_ctx() -> Ctx {
    use_context::<Ctx>().expect("components render inside App's ContextProvider")
}
