//! Undo and redo: the document's past and future versions. A run of typing in
//! one field makes one step, not one per key, and a pause of half a second ends
//! the run, as text editors do: undo takes back what was typed since the pause.
//! Versions are shared (`Rc`), so copying the history on each edit copies
//! pointers, not 200 documents.

use std::rc::Rc;

use serde::{Deserialize, Serialize};

/// How many past versions are kept.
const DEPTH: usize = 200;

/// A pause in typing this long (ms) ends one undo step.
pub const TYPING_PAUSE_MS: f64 = 500.0;

/// A version of the document, and the edits that made it from the one before.
#[derive(Clone, Debug, PartialEq)]
struct Version<T, E> {
    doc: Rc<T>,
    step: Rc<Vec<E>>,
}

impl<T, E> Version<T, E> {
    fn first(doc: T) -> Self {
        Version {
            doc: Rc::new(doc),
            step: Rc::new(Vec::new()),
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct History<T, F = String, E = ()> {
    past: Vec<Version<T, E>>,
    present: Version<T, E>,
    future: Vec<Version<T, E>>,
    /// The field the last step typed in, and when (ms), while the editor keeps
    /// typing in it.
    open_field: Option<(F, f64)>,
}

/// A history as kept between visits: its oldest version, then the edits of each
/// step to the present, then those of each step that can be redone, in order.
#[derive(Debug, PartialEq, Serialize, Deserialize)]
pub struct Saved<T, E> {
    pub first: T,
    pub past: Vec<Vec<E>>,
    pub future: Vec<Vec<E>>,
}

impl<T, F: PartialEq, E: Clone> History<T, F, E> {
    pub fn new(present: T) -> Self {
        History {
            past: Vec::new(),
            present: Version::first(present),
            future: Vec::new(),
            open_field: None,
        }
    }

    pub fn present(&self) -> &T {
        &self.present.doc
    }

    /// Records `next`, made by `edit` at `at` (ms), as a new step. Typing in a
    /// `field` joins the step of the typing before it in the same field, unless
    /// another edit came between or the editor paused. Each edit of a run of
    /// typing sets the whole field, so the run's last edit stands for it.
    pub fn record(&mut self, next: T, field: Option<F>, at: f64, edit: E) {
        let continuing = match (&field, &self.open_field) {
            (Some(field), Some((open, last))) => field == open && at - last < TYPING_PAUSE_MS,
            _ => false,
        };
        if continuing {
            self.present.doc = Rc::new(next);
            let step = Rc::make_mut(&mut self.present.step);
            step.pop();
            step.push(edit);
        } else {
            let next = Version {
                doc: Rc::new(next),
                step: Rc::new(vec![edit]),
            };
            self.past.push(std::mem::replace(&mut self.present, next));
            if self.past.len() > DEPTH {
                self.past.remove(0);
            }
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

    /// The history as kept between visits.
    pub fn saved(&self) -> Saved<T, E>
    where
        T: Clone,
    {
        let mut versions = self.past.iter().chain([&self.present]);
        let first = versions
            .next()
            .map_or_else(|| (*self.present.doc).clone(), |v| (*v.doc).clone());
        Saved {
            first,
            past: versions.map(|v| v.step.to_vec()).collect(),
            future: self.future.iter().rev().map(|v| v.step.to_vec()).collect(),
        }
    }

    /// The history kept between visits, made again by redoing each step's edits
    /// with `redo`; none if an edit cannot be redone.
    pub fn restore(saved: Saved<T, E>, mut redo: impl FnMut(&T, &E) -> Option<T>) -> Option<Self> {
        let mut replay = |from: &Rc<T>, step: Vec<E>| {
            let mut doc = from.clone();
            for edit in &step {
                doc = Rc::new(redo(&doc, edit)?);
            }
            // A step always holds an edit: one that holds none made nothing.
            (!step.is_empty()).then(|| Version {
                doc,
                step: Rc::new(step),
            })
        };
        let mut history = History::new(saved.first);
        for step in saved.past {
            let next = replay(&history.present.doc, step)?;
            history
                .past
                .push(std::mem::replace(&mut history.present, next));
        }
        let mut at = history.present.doc.clone();
        for step in saved.future {
            let next = replay(&at, step)?;
            at = next.doc.clone();
            history.future.insert(0, next);
        }
        Some(history)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn undo_and_redo_step_through_versions() {
        let mut h: History<i32> = History::new(0);
        h.record(1, None, 0.0, ());
        h.record(2, None, 0.0, ());
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
        h.record("b", None, 0.0, ());
        h.undo();
        h.record("c", None, 0.0, ());
        assert!(!h.can_redo());
        assert_eq!(*h.present(), "c");
    }

    #[test]
    fn a_run_of_typing_in_one_field_is_one_step() {
        let mut h: History<String, &str> = History::new(String::new());
        for (at, text) in [(0.0, "N"), (200.0, "No"), (400.0, "Nor")] {
            h.record(text.to_string(), Some("name"), at, ());
        }
        h.record("x".into(), Some("id"), 450.0, ());
        h.undo();
        assert_eq!(h.present(), "Nor");
        h.undo();
        assert_eq!(h.present(), "");
    }

    #[test]
    fn a_pause_in_typing_ends_a_step() {
        let mut h: History<String, &str> = History::new(String::new());
        h.record("Nor".into(), Some("name"), 0.0, ());
        h.record("Nort".into(), Some("name"), 300.0, ());
        // Half a second later: a new step.
        h.record("North".into(), Some("name"), 300.0 + TYPING_PAUSE_MS, ());
        h.record("Northp".into(), Some("name"), 900.0, ());
        h.undo();
        assert_eq!(h.present(), "Nort");
        h.undo();
        assert_eq!(h.present(), "");
    }

    #[test]
    fn the_past_has_a_limit() {
        let mut h: History<usize> = History::new(0);
        for i in 1..=(DEPTH + 50) {
            h.record(i, None, 0.0, ());
        }
        let mut steps = 0;
        while h.undo() {
            steps += 1;
        }
        assert_eq!(steps, DEPTH);
    }

    #[test]
    fn a_saved_history_is_made_again_by_its_edits() {
        // Versions are sums; each edit adds to the one before.
        let mut h: History<i32, &str, i32> = History::new(10);
        h.record(11, None, 0.0, 1);
        h.record(13, Some("n"), 0.0, 2);
        h.record(15, Some("n"), 100.0, 4); // the same run: its last edit stands
        h.record(20, None, 200.0, 5);
        h.record(27, None, 300.0, 7);
        h.undo();
        let saved = h.saved();
        assert_eq!(saved.first, 10);
        assert_eq!(saved.past, [vec![1], vec![4], vec![5]]);
        assert_eq!(saved.future, [vec![7]]);
        // The run's last edit (4) took 11 to 15, as a field's whole value would.
        let mut again = History::<i32, &str, i32>::restore(saved, |doc, edit| Some(doc + edit))
            .expect("every edit redone");
        assert_eq!(*again.present(), 20);
        assert!(again.redo());
        assert_eq!(*again.present(), 27);
        assert!(again.undo() && again.undo() && again.undo() && again.undo());
        assert_eq!(*again.present(), 10);
        assert!(!again.undo());
        // An edit that cannot be redone loses the history, not the work: the
        // caller keeps the saved document.
        let failing = History::<i32, &str, i32>::restore(h.saved(), |_, _| None);
        assert!(failing.is_none());
    }
}
