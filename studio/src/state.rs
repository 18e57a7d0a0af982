//! The studio's state: the document with its history, what the checker says of it,
//! the machine's proposals for its article, and the message the editor should
//! see. Every change is an [`Action`] through [`Studio::reduce`]; every edit of
//! the document is an [`Edit`], one undoable step, checked by the real compiler
//! (typing: once it pauses).

use std::rc::Rc;

use explainer_model::authoring::{compile_content, ContentError, ContentFile};
use explainer_model::propose::{propose, Proposals};
use explainer_model::Explainer;
use yew::Reducible;

use crate::edit::{apply, Doc, Edit, Field};
use crate::history::{History, Saved};

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

/// The undo history kept with `content`, made again by its edits, if they make
/// `content` (an edit an earlier studio made may not be made the same way now).
fn restore_history(
    content: &ContentFile,
    saved: Saved<Doc, Edit>,
) -> Option<History<Doc, Field, Edit>> {
    // Proposals are made again only for the edits that accept them, once a text.
    let mut proposed: Option<(String, Proposals)> = None;
    let history = History::restore(saved, |doc: &Doc, edit: &Edit| {
        let text = &doc.content().article.text;
        let proposals = match edit {
            Edit::Accept(_) => {
                if proposed.as_ref().is_none_or(|(t, _)| t != text) {
                    proposed = Some((text.clone(), propose(text)));
                }
                proposed.as_ref().map(|(_, p)| p)
            }
            _ => None,
        };
        let none = Proposals::default();
        apply(doc, edit, proposals.unwrap_or(&none))
            .ok()
            .map(|applied| applied.doc)
    })?;
    (history.present().content() == content).then_some(history)
}

/// A message for the editor: what happened, and that the work is safe.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    pub text: String,
    pub is_error: bool,
    /// Saved text that could not be read, offered for download.
    pub keep: Option<Rc<String>>,
    /// It says the work could not be saved: lifted once it is.
    pub not_saved: bool,
}

impl Notice {
    pub fn error(text: impl Into<String>) -> Self {
        Notice {
            text: text.into(),
            is_error: true,
            keep: None,
            not_saved: false,
        }
    }
}

/// Where the last edit that asked to be followed landed: the field to take the
/// editor to, with a serial so the same place twice is two moves.
#[derive(Clone, Debug, PartialEq)]
pub struct Landing {
    pub path: explainer_model::authoring::Path,
    pub serial: u64,
}

pub struct Studio {
    pub history: History<Doc, Field, Edit>,
    /// Bumped when another draft is taken in hand (its own history with it).
    pub draft: u64,
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
    pub landing: Option<Landing>,
}

impl Studio {
    pub fn new(content: ContentFile, notice: Option<Notice>) -> Self {
        Self::with_history(History::new(Doc::new(content)), notice)
    }

    fn with_history(history: History<Doc, Field, Edit>, notice: Option<Notice>) -> Self {
        let content = history.present().content();
        Studio {
            check: Rc::new(Check::of(content)),
            check_stale: false,
            proposals: Rc::new(propose(&content.article.text)),
            history,
            draft: 0,
            version: 0,
            revision: 0,
            notice,
            landing: None,
        }
    }

    /// A draft with the undo history kept with it, when its edits make the draft
    /// again; otherwise the draft alone.
    /// `saved` is none when no history was kept, an error when one was but
    /// could not be read.
    pub fn restored(
        content: ContentFile,
        saved: Option<Result<Saved<Doc, Edit>, ()>>,
        notice: Option<Notice>,
    ) -> Self {
        let had_history = saved.is_some();
        let saved = saved.and_then(Result::ok);
        match saved.and_then(|saved| restore_history(&content, saved)) {
            Some(history) => Self::with_history(history, notice),
            // The draft is as it was left; only what undo could take back is gone.
            None if had_history && notice.is_none() => Self::new(
                content,
                Some(Notice {
                    is_error: false,
                    ..Notice::error(
                        "This draft is as you left it, but its undo history could not be read back: undo starts from here.",
                    )
                }),
            ),
            None => Self::new(content, notice),
        }
    }

    /// The document, with its items' keys.
    pub fn doc(&self) -> &Doc {
        self.history.present()
    }

    pub fn document(&self) -> &ContentFile {
        self.history.present().content()
    }

    /// Proposals the editor turned down, by key (see `accept::key`): part of
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
            self.check = Rc::new(Check::of(self.document()));
        }
        self.check_stale = !check_now;
        if self.document().article.text != previous_text {
            self.proposals = Rc::new(propose(&self.document().article.text));
        }
        self
    }
}

pub enum Action {
    /// Take another draft in hand (a new article, an opened file, a draft kept
    /// in this browser), with its own history: the draft in hand was put aside.
    Load(Box<Studio>),
    /// Change the document, made at `at` (ms, for undo to group typing). With
    /// `follow`, the editor is taken to where it landed. An edit that cannot be
    /// made changes nothing and says why.
    Edit {
        edit: Edit,
        at: f64,
        follow: bool,
    },
    Undo,
    Redo,
    /// Check the document, if typing left the check behind.
    Recheck,
    Notice(Option<Notice>),
}

impl Reducible for Studio {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = Studio {
            history: self.history.clone(),
            draft: self.draft,
            version: self.version,
            revision: self.revision + 1,
            check: self.check.clone(),
            check_stale: self.check_stale,
            proposals: self.proposals.clone(),
            notice: self.notice.clone(),
            landing: self.landing.clone(),
        };
        let previous_text = self.document().article.text.clone();
        // Typing in a field is checked when it pauses; every other change at once.
        let check_now = !matches!(&action, Action::Edit { edit, .. } if edit.typing().is_some());
        let changed = match action {
            Action::Load(studio) => {
                let mut loaded = *studio;
                loaded.draft = self.draft + 1;
                loaded.version = self.version + 1;
                loaded.revision = self.revision + 1;
                // A notice that holds unreadable saved text stays until dismissed;
                // otherwise the loaded draft's own (its history lost) is said.
                let kept = self.notice.clone().filter(|n| n.keep.is_some());
                loaded.notice = kept.or(loaded.notice);
                return Rc::new(loaded);
            }
            Action::Edit { edit, at, follow } => match apply(self.doc(), &edit, &self.proposals) {
                Ok(applied) => {
                    if applied.doc == *self.doc() {
                        return self;
                    }
                    next.history.record(applied.doc, edit.typing(), at, edit);
                    if let Some(note) = applied.note {
                        // The edit is made; what it left out is said, not alarmed.
                        next.notice = Some(Notice {
                            is_error: false,
                            ..Notice::error(note)
                        });
                    }
                    if let (true, Some(path)) = (follow, applied.landed) {
                        let serial = self.landing.as_ref().map_or(0, |l| l.serial + 1);
                        next.landing = Some(Landing { path, serial });
                    }
                    true
                }
                Err(why) => {
                    next.notice = Some(Notice::error(why));
                    false
                }
            },
            Action::Undo => next.history.undo(),
            Action::Redo => next.history.redo(),
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
    use crate::document::new_document;
    use crate::edit::Claim;

    fn edit(edit: Edit) -> Action {
        Action::Edit {
            edit,
            at: 0.0,
            follow: false,
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
        let studio = studio.reduce(edit(Edit::AddActor("Northport".into())));
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
        let studio = studio.reduce(edit(Edit::AddActor("Northport".into())));
        assert!(!studio.check_stale, "a new actor is checked at once");
        let errors = studio.check.errors();
        let role = Claim::Role(studio.doc().actor_keys()[0]);
        let studio = studio.reduce(edit(Edit::Set(Field::Summary(role), "Agreed".into())));
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
        let same = studio.clone().reduce(edit(Edit::RemoveWords(
            crate::edit::Words::ActorAliases(7),
            "x".into(),
        )));
        assert!(
            Rc::ptr_eq(&studio, &same) || same.version == studio.version,
            "a refused edit is no step"
        );
        assert!(!same.history.can_undo());
        let studio = studio.reduce(edit(Edit::AddActor("Text".into())));
        let same = studio.clone().reduce(edit(Edit::AddWords(
            crate::edit::Words::ActorAliases(studio.doc().actor_keys()[0]),
            "Text".into(),
        )));
        assert!(Rc::ptr_eq(&studio, &same), "the alias was there already");
    }

    #[test]
    fn an_edit_that_cannot_be_made_says_why_and_changes_nothing() {
        let studio = Rc::new(Studio::new(new_document("Text. Text."), None));
        let studio = studio.reduce(edit(Edit::AddActor("Text".into())));
        let actor = studio.doc().actor_keys()[0];
        let refused = studio.clone().reduce(edit(Edit::Rename(
            crate::edit::Item::Actor(actor),
            "diagram".into(),
        )));
        assert_eq!(refused.document(), studio.document());
        assert_eq!(refused.version, studio.version);
        assert!(refused.notice.as_ref().is_some_and(|n| n.is_error));
    }

    #[test]
    fn an_edit_that_asks_to_be_followed_says_where_it_landed() {
        let studio = Rc::new(Studio::new(new_document("Northport agreed."), None));
        let studio = studio.reduce(Action::Edit {
            edit: Edit::AddActor("Northport".into()),
            at: 0.0,
            follow: true,
        });
        let landing = studio.landing.clone().expect("a landing");
        assert_eq!(
            crate::ui::field_id(&landing.path),
            "f-actors-0-role-summary"
        );
        let again = studio.reduce(Action::Edit {
            edit: Edit::AddActor("agreed".into()),
            at: 0.0,
            follow: true,
        });
        assert_eq!(again.landing.as_ref().unwrap().serial, landing.serial + 1);
    }

    #[test]
    fn a_rejection_is_an_undoable_edit_that_travels_with_the_file() {
        let studio = Rc::new(Studio::new(new_document("Text."), None));
        let studio = studio.reduce(edit(Edit::Reject("actor:Northport".into())));
        assert_eq!(studio.rejected(), ["actor:Northport"]);
        // Turned down twice is one step.
        let again = studio
            .clone()
            .reduce(edit(Edit::Reject("actor:Northport".into())));
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
        let studio = studio.reduce(Action::Load(Box::new(Studio::new(
            new_document(article),
            None,
        ))));
        assert!(studio.proposals.actors.iter().any(|a| a.name == "Turkey"));
    }

    #[test]
    fn the_undo_history_is_kept_with_the_draft() {
        let studio = Rc::new(Studio::new(
            new_document("Turkey called on Russia to talk. Turkey and Russia met."),
            None,
        ));
        let studio = studio.reduce(edit(Edit::AddActor("Turkey".into())));
        let north = studio.doc().actor_keys()[0];
        let south = studio
            .proposals
            .actors
            .iter()
            .position(|a| a.name == "Russia");
        let south = crate::accept::Which::Actor(south.expect("Russia is proposed"));
        let south = crate::accept::key(&studio.proposals, south);
        let studio = studio.reduce(edit(Edit::Accept(vec![south])));
        let accepted = studio.document().clone();
        assert_eq!(accepted.actors.len(), 2);
        let studio = studio.reduce(edit(Edit::Set(
            Field::Summary(Claim::Role(north)),
            "Agreed".into(),
        )));
        let studio = studio.reduce(edit(Edit::Delete(crate::edit::Item::Actor(north))));
        let deleted = studio.document().clone();
        let studio = studio.reduce(Action::Undo);
        // Kept as the storage keeps it, and read back.
        let json = serde_json::to_string(&studio.history.saved()).expect("a history saves");
        let saved = serde_json::from_str(&json).expect("and reads back");
        let content = studio.document().clone();
        let again = Rc::new(Studio::restored(content.clone(), Some(Ok(saved)), None));
        assert_eq!(again.document(), &content);
        assert_eq!(
            again.history, studio.history,
            "the same steps, undone and redone alike"
        );
        let again = again.reduce(Action::Redo);
        assert_eq!(again.document(), &deleted, "the delete is redone");
        let again = again.reduce(Action::Undo).reduce(Action::Undo);
        assert_eq!(
            again.document(),
            &accepted,
            "undone to the accepted proposal"
        );
        let again = again.reduce(Action::Undo);
        assert_eq!(again.document().actors.len(), 1, "the proposal undone");
        assert_eq!(again.document().actors[0].name, "Turkey");
        // A history that does not make the draft is dropped; the draft stays.
        let other = serde_json::from_str(&json).unwrap();
        let mut changed = content.clone();
        changed.article.title = "Edited elsewhere".into();
        let alone = Studio::restored(changed.clone(), Some(Ok(other)), None);
        assert_eq!(alone.document(), &changed);
        assert!(!alone.history.can_undo());
        assert!(alone
            .notice
            .is_some_and(|n| n.text.contains("undo history")));
        // And one that cannot be read at all is said alike.
        let unread = Studio::restored(changed.clone(), Some(Err(())), None);
        assert!(unread
            .notice
            .is_some_and(|n| n.text.contains("undo history")));
    }
}
