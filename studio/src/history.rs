//! Undo and redo: the document's past and future versions. Typing in one field
//! makes one step, not one per key, so undo takes back a whole edit.
//! Versions are shared (`Rc`), so copying the history on each edit copies
//! pointers, not 200 documents.

use std::rc::Rc;

/// How many past versions are kept.
const DEPTH: usize = 200;

#[derive(Clone, Debug, PartialEq)]
pub struct History<T> {
    past: Vec<Rc<T>>,
    present: Rc<T>,
    future: Vec<Rc<T>>,
    /// The field the last step edited, while the editor keeps typing in it.
    open_field: Option<String>,
}

impl<T> History<T> {
    pub fn new(present: T) -> Self {
        History {
            past: Vec::new(),
            present: Rc::new(present),
            future: Vec::new(),
            open_field: None,
        }
    }

    pub fn present(&self) -> &T {
        &self.present
    }

    /// Records `next` as a new step. With a `field`, further edits of that same
    /// field join this step until another edit comes between.
    pub fn record(&mut self, next: T, field: Option<&str>) {
        let continuing = field.is_some() && field == self.open_field.as_deref();
        if !continuing {
            self.past
                .push(std::mem::replace(&mut self.present, Rc::new(next)));
            if self.past.len() > DEPTH {
                self.past.remove(0);
            }
        } else {
            self.present = Rc::new(next);
        }
        self.future.clear();
        self.open_field = field.map(str::to_string);
    }

    pub fn can_undo(&self) -> bool {
        !self.past.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.future.is_empty()
    }

    pub fn undo(&mut self) -> bool {
        let Some(previous) = self.past.pop() else {
            return false;
        };
        self.future
            .push(std::mem::replace(&mut self.present, previous));
        self.open_field = None;
        true
    }

    pub fn redo(&mut self) -> bool {
        let Some(next) = self.future.pop() else {
            return false;
        };
        self.past.push(std::mem::replace(&mut self.present, next));
        self.open_field = None;
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn undo_and_redo_step_through_versions() {
        let mut h = History::new(0);
        h.record(1, None);
        h.record(2, None);
        assert!(h.undo());
        assert_eq!(*h.present(), 1);
        assert!(h.undo());
        assert!(!h.undo());
        assert_eq!(*h.present(), 0);
        assert!(h.redo() && h.redo() && !h.redo());
        assert_eq!(*h.present(), 2);
    }

    #[test]
    fn a_new_edit_drops_what_could_be_redone() {
        let mut h = History::new("a");
        h.record("b", None);
        h.undo();
        h.record("c", None);
        assert!(!h.can_redo());
        assert_eq!(*h.present(), "c");
    }

    #[test]
    fn typing_in_one_field_is_one_step() {
        let mut h = History::new(String::new());
        for text in ["N", "No", "Nor"] {
            h.record(text.to_string(), Some("actors[0].name"));
        }
        h.record("x".into(), Some("actors[0].id"));
        h.undo();
        assert_eq!(h.present(), "Nor");
        h.undo();
        assert_eq!(h.present(), "");
    }

    #[test]
    fn the_past_has_a_limit() {
        let mut h = History::new(0);
        for i in 1..=(DEPTH + 50) {
            h.record(i, None);
        }
        let mut steps = 0;
        while h.undo() {
            steps += 1;
        }
        assert_eq!(steps, DEPTH);
    }
}
