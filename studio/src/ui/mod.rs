//! The studio's view: a workspace of tabs beside the article. Components share
//! one [`Ctx`]: the studio's state (the document, undoable) and the view's own
//! state ([`Ui`]: the tab, the passage in hand, open cards, where focus goes).

pub mod app;
pub mod article;
pub mod cards;
pub mod confirm;
pub mod export;
pub mod fields;
pub mod header;
pub mod passage;
pub mod preview;
pub mod problems;
pub mod proposals;
pub mod start;
pub mod tabs;

use std::collections::BTreeSet;
use std::rc::Rc;

use explainer_model::authoring::{ContentFile, Path, Step};
use yew::prelude::*;

use crate::edit::{Doc, Edit, Item};
use crate::state::{Action, Studio};

/// The workspace's tabs, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tab {
    Actors,
    People,
    Statements,
    Relations,
    Events,
    Kinds,
    Article,
    Proposals,
    Problems,
    Preview,
    Export,
}

impl Tab {
    pub const ALL: [Tab; 11] = [
        Tab::Actors,
        Tab::People,
        Tab::Statements,
        Tab::Relations,
        Tab::Events,
        Tab::Kinds,
        Tab::Article,
        Tab::Proposals,
        Tab::Problems,
        Tab::Preview,
        Tab::Export,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Tab::Actors => "Actors",
            Tab::People => "People",
            Tab::Statements => "Statements",
            Tab::Relations => "Relations",
            Tab::Events => "Events",
            Tab::Kinds => "Kinds",
            Tab::Article => "Article",
            Tab::Proposals => "Proposals",
            Tab::Problems => "Problems",
            Tab::Preview => "Preview",
            Tab::Export => "Publish",
        }
    }

    pub fn id(self) -> String {
        format!("tab-{}", self.label().to_lowercase())
    }

    /// The tab that shows the top-level list a path starts with.
    pub fn of_list(list: &str) -> Tab {
        match list {
            "actors" => Tab::Actors,
            "people" => Tab::People,
            "statements" => Tab::Statements,
            "relations" => Tab::Relations,
            "events" => Tab::Events,
            "kinds" => Tab::Kinds,
            _ => Tab::Article,
        }
    }
}

/// The view's own state: not part of the document, not undone.
#[derive(Clone, Debug, PartialEq)]
pub struct Ui {
    pub tab: Tab,
    /// The passage in hand: selected in the article, or typed.
    pub passage: String,
    /// Where it is in the article (a byte offset), when selected there: words
    /// that recur can still grow by a word from the place they were taken.
    pub passage_at: Option<usize>,
    /// Cards shown open, by their item (and the draft it belongs to, whose
    /// keys are its own): deleting another item leaves them be, and a late
    /// event from another draft's card opens nothing here.
    pub open: BTreeSet<(u64, Item)>,
    /// An element to focus once rendered.
    pub focus: Option<String>,
    /// A question the editor must answer before a destructive edit.
    pub confirm: Option<Rc<Confirm>>,
    /// Whether the start screen (paste or open an article) shows.
    pub starting: bool,
    /// Bumped on every change, as `Studio::revision` is.
    pub revision: u64,
}

#[derive(Debug, PartialEq)]
pub struct Confirm {
    pub title: String,
    pub items: Vec<String>,
    pub yes: String,
    /// What to delete if the editor says yes.
    pub then: Then,
}

#[derive(Debug, PartialEq)]
pub enum Then {
    /// An item, by key: the document may change (an undo) while the question
    /// is open.
    Delete(Item),
    /// A draft put aside (`storage::kept_drafts`), for good.
    ForgetDraft(String),
}

pub enum UiAction {
    Tab(Tab),
    /// The passage in hand, and where in the article it was taken, if known.
    Passage(String, Option<usize>),
    Toggle(u64, Item, bool),
    /// Show the place at a path: its tab, its item's card open (`item`, which
    /// the path leads into), focus on its field, or on the card when the path
    /// names the item itself. Made with [`Ctx::goto`].
    Goto {
        path: Path,
        item: Option<(u64, Item)>,
    },
    Focused,
    Confirm(Option<Rc<Confirm>>),
    Starting(bool),
    /// Another draft is in hand: its items' keys are its own, so no card of the
    /// last one stays open.
    OtherDraft,
}

impl Reducible for Ui {
    type Action = UiAction;

    fn reduce(self: Rc<Self>, action: UiAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            UiAction::Tab(tab) => next.tab = tab,
            UiAction::Passage(p, at) => {
                next.passage = p;
                next.passage_at = at;
            }
            UiAction::Toggle(draft, item, open) => {
                if open {
                    next.open.insert((draft, item));
                } else {
                    next.open.remove(&(draft, item));
                }
            }
            UiAction::Goto { path, .. }
                if path.last_key() == Some("position") || path.first_key() == Some("diagram") =>
            {
                // Hand placement is not edited in a card, but dropped beside the
                // relations' diagram.
                next.tab = Tab::Relations;
                next.focus = Some(field_id(&Path::root().key("diagram")));
            }
            UiAction::Goto { path, item } => {
                next.tab = path.first_key().map_or(Tab::Article, Tab::of_list);
                next.open.extend(item);
                next.focus = Some(match path.item() {
                    // The item itself: its card.
                    Some((list, index)) if path.0.len() == 2 => card_id(list, index),
                    _ => field_id(&path),
                });
            }
            UiAction::Focused => next.focus = None,
            UiAction::Confirm(c) => next.confirm = c,
            UiAction::Starting(s) => next.starting = s,
            UiAction::OtherDraft => next.open.clear(),
        }
        if next == *self {
            self
        } else {
            next.revision += 1;
            Rc::new(next)
        }
    }
}

impl Default for Ui {
    fn default() -> Self {
        Ui {
            tab: Tab::Actors,
            passage: String::new(),
            passage_at: None,
            open: BTreeSet::new(),
            focus: None,
            confirm: None,
            starting: false,
            revision: 0,
        }
    }
}

/// What every component of the studio reads: the studio and the view's state.
#[derive(Clone)]
pub struct Ctx {
    pub studio: UseReducerHandle<Studio>,
    pub ui: UseReducerHandle<Ui>,
    /// The states' revisions when this context was made. A reducer handle reads
    /// the newest state, so two contexts are told apart by these.
    pub revisions: (u64, u64),
}

impl Ctx {
    pub fn new(studio: UseReducerHandle<Studio>, ui: UseReducerHandle<Ui>) -> Self {
        let revisions = (studio.revision, ui.revision);
        Ctx {
            studio,
            ui,
            revisions,
        }
    }
}

impl PartialEq for Ctx {
    fn eq(&self, other: &Self) -> bool {
        self.revisions == other.revisions
    }
}

impl Ctx {
    pub fn doc(&self) -> &ContentFile {
        self.studio.document()
    }

    /// The document with its items' keys, which edits name items by.
    pub fn keyed(&self) -> &Doc {
        self.studio.doc()
    }

    /// Makes an edit: one undoable step (a run of typing in one field is one).
    pub fn edit(&self, edit: Edit) {
        self.dispatch(edit, false);
    }

    /// Makes an edit and takes the editor to where it landed.
    pub fn edit_and_follow(&self, edit: Edit) {
        self.dispatch(edit, true);
    }

    fn dispatch(&self, edit: Edit, follow: bool) {
        self.studio.dispatch(Action::Edit {
            edit,
            at: js_sys::Date::now(),
            follow,
        });
    }

    /// Takes the editor to the place at `path` in the present document.
    pub fn goto(&self, path: Path) {
        let item = self.keyed().item_at(&path).map(|i| (self.studio.draft, i));
        self.ui.dispatch(UiAction::Goto { path, item });
    }
}

#[hook]
pub fn use_ctx() -> Ctx {
    use_context::<Ctx>().expect("the studio provides its context")
}

/// The id of a card: `actors-2`.
pub fn card_id(list: &str, index: usize) -> String {
    format!("{list}-{index}")
}

/// The id of the form field that edits the item at `path`, so a problem can take
/// the editor to it: `f-actors-2-role-summary`.
pub fn field_id(path: &Path) -> String {
    let mut id = String::from("f");
    for step in &path.0 {
        id.push('-');
        match step {
            Step::Key(key) => id.push_str(key),
            Step::Index(i) => id.push_str(&i.to_string()),
        }
    }
    id
}

#[cfg(test)]
mod tests {
    use super::*;

    fn goto(path: Path) -> Ui {
        let item = Some((0, Item::Statement(7)));
        (*Rc::new(Ui::default()).reduce(UiAction::Goto { path, item })).clone()
    }

    #[test]
    fn a_problem_leads_to_where_it_can_be_fixed() {
        let item = |list, i| Path::root().key(list).index(i);
        let at = goto(item("statements", 3).key("quote"));
        assert_eq!(at.tab, Tab::Statements);
        assert!(at.open.contains(&(0, Item::Statement(7))));
        assert_eq!(at.focus.as_deref(), Some("f-statements-3-quote"));
        // Hand placement is dropped beside the relations' diagram, not edited in
        // the actor's card.
        for path in [
            item("actors", 1).key("position"),
            Path::root().key("diagram").key("width"),
        ] {
            let at = goto(path);
            assert_eq!(at.tab, Tab::Relations);
            assert_eq!(at.focus.as_deref(), Some("f-diagram"));
        }
        assert_eq!(goto(item("left_out", 0).key("quote")).tab, Tab::Article);
        // The item itself: its card takes the focus.
        assert_eq!(goto(item("actors", 2)).focus.as_deref(), Some("actors-2"));
    }
}
