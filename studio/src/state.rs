//! The studio's state: the document with its history, what the checker says of it,
//! the machine's proposals for its article, and the message the editor should
//! see. Every change is an [`Action`] through [`Studio::reduce`]; every edit is
//! one undoable step and is checked at once by the real compiler.

use std::rc::Rc;

use explainer_model::authoring::{compile_content, ContentError, ContentFile};
use explainer_model::propose::{propose, Proposals};
use explainer_model::Explainer;
use yew::Reducible;

use crate::history::History;

/// The file name problems are reported under.
pub const FILE: &str = "content.toml";

/// What the checker says of the present document.
#[derive(Debug, Default)]
pub struct Check {
    /// The explainer, when the document compiles.
    pub explainer: Option<Rc<Explainer>>,
    /// Errors first, then warnings.
    pub problems: Vec<ContentError>,
}

impl Check {
    pub fn of(content: &ContentFile) -> Self {
        match compile_content(content, FILE) {
            Ok(compiled) => Check {
                explainer: Some(Rc::new(compiled.explainer)),
                problems: compiled.warnings,
            },
            Err(problems) => Check {
                explainer: None,
                problems,
            },
        }
    }

    pub fn errors(&self) -> usize {
        self.problems.iter().filter(|p| p.is_error()).count()
    }

    /// No errors and no warnings: `content-check` accepts the file as it is.
    pub fn valid(&self) -> bool {
        self.explainer.is_some() && self.problems.is_empty()
    }

    /// Valid, and complete enough to be worth a reader's time: nothing left.
    pub fn ready(&self) -> bool {
        self.valid() && self.left().is_empty()
    }

    /// What a valid explainer still lacks before it is worth publishing, in the
    /// editor's words. The checker accepts an explainer with one actor and no
    /// relation; a reader would find nothing to compare or relate.
    pub fn left(&self) -> Vec<String> {
        let Some(e) = &self.explainer else {
            return Vec::new();
        };
        let mut left = Vec::new();
        match e.actors.len() {
            0 => left.push("Add at least two actors, each with its role.".to_string()),
            1 => left.push(format!(
                "Add at least one more actor besides {}, with its role.",
                e.actors[0].name
            )),
            _ => {}
        }
        if e.relations.is_empty() {
            left.push("Add at least one relation between two actors.".to_string());
        }
        for s in e.statements.iter().filter(|s| s.direct) {
            if let explainer_model::explainer::Speaker::Actor(a) = s.speaker {
                // A direct quotation opens with its own quotation mark.
                let words = e.quote_text(&s.quote);
                left.push(format!(
                    "{words} is quoted directly, but given to {} as a whole: give it to the person who said it (add them under People).",
                    explainer_model::explainer::midway(&e.actors[a].name)
                ));
            }
        }
        left
    }
}

/// A message for the editor: what happened, and that the work is safe.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    pub text: String,
    pub is_error: bool,
    /// Saved text that could not be read, offered for download.
    pub keep: Option<Rc<String>>,
}

impl Notice {
    pub fn error(text: impl Into<String>) -> Self {
        Notice {
            text: text.into(),
            is_error: true,
            keep: None,
        }
    }
}

pub struct Studio {
    pub history: History<ContentFile>,
    /// Bumped on every change of the document, so effects can follow it cheaply.
    pub version: u64,
    /// Bumped on every change of any kind, so views can tell a new state from
    /// the last one they drew (a reducer handle always reads the newest state).
    pub revision: u64,
    pub check: Rc<Check>,
    /// The check is of an earlier version: typing in a field is checked once it
    /// pauses (`Action::Recheck`), not on every keystroke.
    pub check_stale: bool,
    pub proposals: Rc<Proposals>,
    pub notice: Option<Notice>,
}

impl Studio {
    pub fn new(content: ContentFile, notice: Option<Notice>) -> Self {
        Studio {
            check: Rc::new(Check::of(&content)),
            check_stale: false,
            proposals: Rc::new(propose(&content.article.text)),
            history: History::new(content),
            version: 0,
            revision: 0,
            notice,
        }
    }

    pub fn document(&self) -> &ContentFile {
        self.history.present()
    }

    /// Proposals the editor turned down, by key (see `proposals::key`): part of
    /// the document, so undone and redone with it, saved and exported with it.
    pub fn rejected(&self) -> &[String] {
        &self.document().studio.rejected
    }

    pub fn has_article(&self) -> bool {
        !self.document().article.text.trim().is_empty()
    }

    /// After the document changed: check it again (now, or once typing pauses),
    /// and propose again if its article is another one.
    fn changed(mut self, previous_text: &str, check_now: bool) -> Self {
        self.version += 1;
        if check_now {
            self.check = Rc::new(Check::of(self.history.present()));
        }
        self.check_stale = !check_now;
        if self.history.present().article.text != previous_text {
            self.proposals = Rc::new(propose(&self.history.present().article.text));
        }
        self
    }
}

/// An edit of the document: a function that changes it.
pub type Edit = Rc<dyn Fn(&mut ContentFile)>;

pub enum Action {
    /// Replace the whole document (a new article, an opened file), as one step.
    Replace(Box<ContentFile>),
    /// Change the document. With a `field`, further edits of that field (typing)
    /// join this one step.
    Edit {
        field: Option<String>,
        edit: Edit,
    },
    Undo,
    Redo,
    /// Turn a proposal down: an edit like any other (undone by Undo).
    Reject(String),
    /// Check the document, if typing left the check behind.
    Recheck,
    Notice(Option<Notice>),
}

impl Reducible for Studio {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = Studio {
            history: self.history.clone(),
            version: self.version,
            revision: self.revision + 1,
            check: self.check.clone(),
            check_stale: self.check_stale,
            proposals: self.proposals.clone(),
            notice: self.notice.clone(),
        };
        let previous_text = self.document().article.text.clone();
        // Typing in a field is checked when it pauses; every other change at once.
        let check_now = !matches!(&action, Action::Edit { field: Some(_), .. });
        let changed = match action {
            Action::Replace(content) => {
                next.history.record(*content, None);
                // A notice that holds unreadable saved text stays until dismissed.
                if next.notice.as_ref().is_none_or(|n| n.keep.is_none()) {
                    next.notice = None;
                }
                true
            }
            Action::Edit { field, edit } => {
                let mut content = self.document().clone();
                edit(&mut content);
                if content == *self.document() {
                    return self;
                }
                next.history.record(content, field.as_deref());
                true
            }
            Action::Undo => next.history.undo(),
            Action::Redo => next.history.redo(),
            Action::Reject(key) => {
                if self.rejected().contains(&key) {
                    return self;
                }
                let mut content = self.document().clone();
                content.studio.rejected.push(key);
                next.history.record(content, None);
                true
            }
            Action::Notice(notice) => {
                next.notice = notice;
                false
            }
            Action::Recheck => {
                if !self.check_stale {
                    return self;
                }
                next.check = Rc::new(Check::of(self.document()));
                next.check_stale = false;
                false
            }
        };
        Rc::new(if changed {
            next.changed(&previous_text, check_now)
        } else {
            next
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{add_actor, new_document};

    fn edit(f: impl Fn(&mut ContentFile) + 'static) -> Action {
        Action::Edit {
            field: None,
            edit: Rc::new(f),
        }
    }

    fn check_of(toml: &str) -> Check {
        Check::of(&crate::storage::parse(toml).expect("a content file"))
    }

    #[test]
    fn ready_means_complete_not_only_valid() {
        // An article alone is valid, and far from ready.
        let empty = Check::of(&new_document("Northport agreed on Monday."));
        assert!(empty.valid() && !empty.ready());
        assert_eq!(empty.left().len(), 2, "{:?}", empty.left());
        // The shipped explainer is both.
        let afp = check_of(include_str!("../../content/afp-istanbul-2022-10-11.toml"));
        assert!(
            afp.valid() && afp.ready(),
            "{:?} {:?}",
            afp.problems,
            afp.left()
        );
        // A direct quotation given to a whole country is left for the editor.
        let minimal = include_str!("../../model/tests/fixtures/minimal.toml");
        let check = check_of(minimal);
        assert!(check.valid(), "{:?}", check.problems);
        let quoted = check_of(&minimal.replace(
            "[[relations]]",
            "[[statements]]\nspeaker = \"southbay\"\ndirect = true\nquote = \"“a first step”\"\n\n[[relations]]",
        ));
        assert!(
            quoted.left().iter().any(|l| l.contains("quoted directly")),
            "{:?} {:?}",
            quoted.problems,
            quoted.left()
        );
    }

    #[test]
    fn every_edit_is_checked_and_undoable() {
        let studio = Rc::new(Studio::new(
            new_document("Northport agreed on Monday."),
            None,
        ));
        assert!(
            studio.check.explainer.is_some(),
            "an article alone compiles"
        );
        let studio = studio.reduce(edit(|c| {
            add_actor(c, "Northport");
        }));
        assert_eq!(studio.version, 1);
        assert!(studio.check.errors() > 0, "a new actor has no role yet");
        let studio = studio.reduce(Action::Undo);
        assert!(studio.document().actors.is_empty());
        assert_eq!(studio.check.errors(), 0);
        let studio = studio.reduce(Action::Redo);
        assert_eq!(studio.document().actors.len(), 1);
    }

    #[test]
    fn typing_is_checked_when_it_pauses() {
        let studio = Rc::new(Studio::new(new_document("Northport agreed."), None));
        let studio = studio.reduce(edit(|c| {
            add_actor(c, "Northport");
        }));
        assert!(!studio.check_stale, "a new actor is checked at once");
        let errors = studio.check.errors();
        let studio = studio.reduce(Action::Edit {
            field: Some("summary".into()),
            edit: Rc::new(|c: &mut ContentFile| c.actors[0].role.summary = "Agreed".into()),
        });
        assert!(studio.check_stale);
        assert_eq!(
            studio.check.errors(),
            errors,
            "the last check stands meanwhile"
        );
        let studio = studio.reduce(Action::Recheck);
        assert!(!studio.check_stale);
        assert!(
            studio.check.errors() < errors,
            "the summary is no longer empty"
        );
        let again = studio.clone().reduce(Action::Recheck);
        assert!(
            Rc::ptr_eq(&studio, &again),
            "a fresh check is not made again"
        );
    }

    #[test]
    fn an_edit_that_changes_nothing_is_no_step() {
        let studio = Rc::new(Studio::new(new_document("Text."), None));
        let same = studio.clone().reduce(edit(|_| {}));
        assert!(Rc::ptr_eq(&studio, &same));
    }

    #[test]
    fn a_rejection_is_an_undoable_edit_that_travels_with_the_file() {
        let studio = Rc::new(Studio::new(new_document("Text."), None));
        let studio = studio.reduce(Action::Reject("actor:Northport".into()));
        assert_eq!(studio.rejected(), ["actor:Northport"]);
        // Turned down twice is one step.
        let again = studio
            .clone()
            .reduce(Action::Reject("actor:Northport".into()));
        assert!(Rc::ptr_eq(&studio, &again));
        // Exported and opened again, it is still turned down.
        let text = explainer_model::authoring::export(studio.document()).unwrap();
        let opened = crate::storage::parse(&text).expect("the exported file opens");
        assert_eq!(opened.studio.rejected, ["actor:Northport"]);
        // And compiles as before: the reader ignores the studio's notes.
        assert!(explainer_model::authoring::compile(&text, "t.toml").is_ok());
        let studio = studio.reduce(Action::Undo);
        assert!(studio.rejected().is_empty());
        let studio = studio.reduce(Action::Redo);
        assert_eq!(studio.rejected().len(), 1);
    }

    #[test]
    fn a_new_article_brings_new_proposals() {
        let studio = Rc::new(Studio::new(new_document("Text."), None));
        let article = "Turkey called on Russia to talk. Turkey and Russia met.";
        let studio = studio.reduce(Action::Replace(Box::new(new_document(article))));
        assert!(studio.proposals.actors.iter().any(|a| a.name == "Turkey"));
    }
}
