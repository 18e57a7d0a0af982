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
    /// Cards shown open, by their id (`actors-2`).
    pub open: BTreeSet<String>,
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
    /// The edit to make if the editor says yes.
    pub then: ConfirmThen,
}

#[derive(Debug, PartialEq)]
/// What to delete once confirmed, by id: the document may change (an undo)
/// while the question is open, and an index would then name another item.
pub enum ConfirmThen {
    DeleteActor(String),
    DeletePerson(String),
}

pub enum UiAction {
    Tab(Tab),
    Passage(String),
    Toggle(String, bool),
    /// Show the item at a path: its tab, its card open, focus on its field.
    Goto(Path),
    /// Open a card and focus an element in it.
    Show(Tab, String, String),
    Focused,
    Confirm(Option<Rc<Confirm>>),
    Starting(bool),
}

impl Reducible for Ui {
    type Action = UiAction;

    fn reduce(self: Rc<Self>, action: UiAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            UiAction::Tab(tab) => next.tab = tab,
            UiAction::Passage(p) => next.passage = p,
            UiAction::Toggle(card, open) => {
                if open {
                    next.open.insert(card);
                } else {
                    next.open.remove(&card);
                }
            }
            UiAction::Goto(path)
                if path.last_key() == Some("position") || path.first_key() == Some("diagram") =>
            {
                // Hand placement is not edited in a card, but dropped beside the
                // relations' diagram.
                next.tab = Tab::Relations;
                next.focus = Some(field_id(&Path::root().key("diagram")));
            }
            UiAction::Goto(path) => {
                if let Some((list, index)) = path.item() {
                    next.tab = Tab::of_list(list);
                    next.open.insert(card_id(list, index));
                } else {
                    next.tab = path.first_key().map_or(Tab::Article, Tab::of_list);
                }
                next.focus = Some(field_id(&path));
            }
            UiAction::Show(tab, card, focus) => {
                next.tab = tab;
                next.open.insert(card);
                next.focus = Some(focus);
            }
            UiAction::Focused => next.focus = None,
            UiAction::Confirm(c) => next.confirm = c,
            UiAction::Starting(s) => next.starting = s,
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

    /// Makes an edit, one undoable step (joined with the next edits of `field`).
    pub fn edit(&self, field: Option<String>, edit: impl Fn(&mut ContentFile) + 'static) {
        self.studio.dispatch(Action::Edit {
            field,
            edit: Rc::new(edit),
        });
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
        (*Rc::new(Ui::default()).reduce(UiAction::Goto(path))).clone()
    }

    #[test]
    fn a_problem_leads_to_where_it_can_be_fixed() {
        let item = |list, i| Path::root().key(list).index(i);
        let at = goto(item("statements", 3).key("quote"));
        assert_eq!(at.tab, Tab::Statements);
        assert!(at.open.contains(&card_id("statements", 3)));
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
    }
}
