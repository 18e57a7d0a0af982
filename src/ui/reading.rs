//! What the panel's view functions read: the explainer and the reader's state, with
//! helpers to build links and handlers that dispatch actions. (A plain value passed
//! down, not a Yew context: only the panel's functions take it.)

use std::rc::Rc;

use explainer_model::{Explainer, Selection};
use yew::prelude::*;

use crate::state::{Action, State};

#[derive(Clone)]
pub struct Reading {
    pub explainer: Rc<Explainer>,
    pub state: UseReducerHandle<State>,
}

impl Reading {
    pub fn selection(&self) -> Selection {
        self.state.selection
    }

    /// A click handler that selects `selection` instead of following the link,
    /// unless the reader asked for it elsewhere (a new tab or window).
    pub fn select_on_click(&self, selection: Selection) -> Callback<MouseEvent> {
        let state = self.state.clone();
        Callback::from(move |e: MouseEvent| {
            if crate::controls::opens_elsewhere(&e) {
                return;
            }
            e.prevent_default();
            state.dispatch(Action::Select(selection));
        })
    }

    pub fn dispatch(&self, action: Action) {
        self.state.dispatch(action);
    }

    /// `href` for a selection, so links work as links (open in a new tab, copy).
    pub fn href(&self, selection: Selection) -> String {
        format!("#{}", self.explainer.fragment(selection))
    }
}
