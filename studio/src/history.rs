//! Undo and redo: the document's past and future versions. A run of typing in
//! one field makes one step, not one per key, and a pause of half a second ends
//! the run, as text editors do: undo takes back what was typed since the pause.
//! Versions are shared (`Rc`), so copying the history on each edit copies
//! pointers, not 200 documents.

use std::rc::Rc;

/// How many past versions are kept.
const DEPTH: usize = 200;

/// A pause in typing this long (ms) ends one undo step.
pub const TYPING_PAUSE_MS: f64 = 500.0;

#[derive(Clone, Debug, PartialEq)]
pub struct History<T, F = String> {
    past: Vec<Rc<T>>,
    present: Rc<T>,
    future: Vec<Rc<T>>,
    /// The field the last step typed in, and when (ms), while the editor keeps
    /// typing in it.
    open_field: Option<(F, f64)>,
}

impl<T, F: PartialEq> History<T, F> {
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

    /// Records `next` as a new step, made at `at` (ms). Typing in a `field` joins
    /// the step of the typing before it in the same field, unless another edit
    /// came between or the editor paused.
    pub fn record(&mut self, next: T, field: Option<F>, at: f64) {
        let continuing = match (&field, &self.open_field) {
            (Some(field), Some((open, last))) => field == open && at - last < TYPING_PAUSE_MS,
            _ => false,
        };
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
        self.open_field = field.map(|f| (f, at));
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
        let mut h: History<i32> = History::new(0);
        h.record(1, None, 0.0);
        h.record(2, None, 0.0);
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
        let mut h: History<&str> = History::new("a");
        h.record("b", None, 0.0);
        h.undo();
        h.record("c", None, 0.0);
        assert!(!h.can_redo());
        assert_eq!(*h.present(), "c");
    }

    #[test]
    fn a_run_of_typing_in_one_field_is_one_step() {
        let mut h: History<String, &str> = History::new(String::new());
        for (at, text) in [(0.0, "N"), (200.0, "No"), (400.0, "Nor")] {
            h.record(text.to_string(), Some("name"), at);
        }
        h.record("x".into(), Some("id"), 450.0);
        h.undo();
        assert_eq!(h.present(), "Nor");
        h.undo();
        assert_eq!(h.present(), "");
    }

    #[test]
    fn a_pause_in_typing_ends_a_step() {
        let mut h: History<String, &str> = History::new(String::new());
        h.record("Nor".into(), Some("name"), 0.0);
        h.record("Nort".into(), Some("name"), 300.0);
        // Half a second later: a new step.
        h.record("North".into(), Some("name"), 300.0 + TYPING_PAUSE_MS);
        h.record("Northp".into(), Some("name"), 900.0);
        h.undo();
        assert_eq!(h.present(), "Nort");
        h.undo();
        assert_eq!(h.present(), "");
    }

    #[test]
    fn the_past_has_a_limit() {
        let mut h: History<usize> = History::new(0);
        for i in 1..=(DEPTH + 50) {
            h.record(i, None, 0.0);
        }
        let mut steps = 0;
        while h.undo() {
            steps += 1;
        }
        assert_eq!(steps, DEPTH);
    }
}
