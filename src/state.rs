//! The one state both views share: the selection, and the evidence quote marked in
//! the text. Every interaction is an [`Action`] through [`State::reduce`].

use std::rc::Rc;

use explainer_model::explainer::Quote;
use explainer_model::Selection;
use yew::Reducible;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct State {
    pub selection: Selection,
    /// Evidence the reader asked to see in the text.
    pub marked: Option<Quote>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Select an actor or pair (from the text, the diagram, the panel or the URL).
    Select(Selection),
    /// Back to the overview.
    Clear,
    /// Mark a piece of evidence in the text.
    Mark(Quote),
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = match action {
            // A new selection clears a mark that belonged to the previous one.
            Action::Select(selection) if selection == self.selection => return self,
            Action::Select(selection) => State {
                selection,
                marked: None,
            },
            Action::Clear if self.selection == Selection::Overview && self.marked.is_none() => {
                return self
            }
            Action::Clear => State::default(),
            Action::Mark(quote) => State {
                marked: Some(quote),
                ..(*self).clone()
            },
        };
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use explainer_model::text::Span;

    fn quote() -> Quote {
        Quote {
            span: Span::new(1, 5),
            line: 0,
        }
    }

    #[test]
    fn selecting_again_keeps_the_same_state() {
        let s = Rc::new(State::default()).reduce(Action::Select(Selection::Actor(2)));
        let again = s.clone().reduce(Action::Select(Selection::Actor(2)));
        assert!(Rc::ptr_eq(&s, &again));
    }

    #[test]
    fn a_new_selection_drops_the_mark_and_clear_resets() {
        let s = Rc::new(State::default())
            .reduce(Action::Select(Selection::Actor(1)))
            .reduce(Action::Mark(quote()));
        assert_eq!(s.marked, Some(quote()));
        let s = s.reduce(Action::Select(Selection::pair(1, 3)));
        assert_eq!(s.marked, None);
        assert_eq!(s.reduce(Action::Clear).selection, Selection::Overview);
    }
}
