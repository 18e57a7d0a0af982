//! What every view function reads: the content and the shared state, with helpers
//! to build links and handlers that dispatch actions.

use std::rc::Rc;

use explainer_model::{Explainer, Selection};
use yew::prelude::*;

use crate::state::{Action, State};

#[derive(Clone)]
pub struct Ctx {
    pub x: Rc<Explainer>,
    pub state: UseReducerHandle<State>,
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
        format!("#{}", self.x.fragment(selection))
    }
}
