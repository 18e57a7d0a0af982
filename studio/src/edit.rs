//! Every change an editor makes to the document, as data. An [`Edit`] names the
//! items it touches by key, which stays the same while other items come and go;
//! [`apply`] makes it whole or refuses it, saying why in the editor's words, and
//! says where it landed. The UI makes no change of its own: it builds edits.

use explainer_model::authoring::{ContentFile, LineStyle, Path};
use explainer_model::propose::Proposals;
use serde::{Deserialize, Serialize};

use crate::accept::accept;
use crate::document::{
    add_actor, add_event, add_kind, add_left_out, add_person, add_relation, add_stance,
    add_statement, forget_source, id_problem, rename_speaker, ClaimAt, ClaimView,
};

/// An item's key: given when the item is made, never reused in a document.
pub type Key = u32;

/// The document's items' keys, list by list, in the lists' order.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
struct Keys {
    actors: Vec<Key>,
    /// Each actor's stances' keys, by actor.
    stances: Vec<Vec<Key>>,
    people: Vec<Key>,
    statements: Vec<Key>,
    relations: Vec<Key>,
    events: Vec<Key>,
    kinds: Vec<Key>,
    left_out: Vec<Key>,
    next: Key,
}

impl Keys {
    /// Gives a key to every item added at the end of a list since the last fit.
    /// Items are only ever removed in `delete`, which removes their keys with
    /// them, so a list that grew grew at its end.
    fn fit(&mut self, c: &ContentFile) {
        let Keys {
            actors,
            stances,
            people,
            statements,
            relations,
            events,
            kinds,
            left_out,
            next,
        } = self;
        let mut grow = |keys: &mut Vec<Key>, len: usize| {
            debug_assert!(keys.len() <= len, "an item went without its key");
            while keys.len() < len {
                keys.push(*next);
                *next += 1;
            }
        };
        grow(actors, c.actors.len());
        stances.resize_with(c.actors.len(), Vec::new);
        for (keys, actor) in stances.iter_mut().zip(&c.actors) {
            grow(keys, actor.stances.len());
        }
        grow(people, c.people.len());
        grow(statements, c.statements.len());
        grow(relations, c.relations.len());
        grow(events, c.events.len());
        grow(kinds, c.kinds.len());
        grow(left_out, c.left_out.len());
    }
}

/// Removes the items `keep` refuses, and their keys with them.
fn retain_keyed<T>(items: &mut Vec<T>, keys: &mut Vec<Key>, mut keep: impl FnMut(&T) -> bool) {
    let mut kept = keys.iter().copied();
    let mut kept_keys = Vec::with_capacity(keys.len());
    items.retain(|item| {
        let key = kept.next();
        let stays = keep(item);
        if stays {
            kept_keys.extend(key);
        }
        stays
    });
    *keys = kept_keys;
}

/// The document being made, with its items' keys (kept with the undo history, so
/// its edits can be made again after a reload).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Doc {
    content: ContentFile,
    keys: Keys,
}

/// An item of the document, by key.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Item {
    Actor(Key),
    /// An actor's stance: the actor's key, then the stance's.
    Stance(Key, Key),
    Person(Key),
    Statement(Key),
    Relation(Key),
    Event(Key),
    Kind(Key),
    LeftOut(Key),
}

/// A claim, by its item's key: an actor's role or stance, a relation, an event.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Claim {
    Role(Key),
    Stance(Key, Key),
    Relation(Key),
    Event(Key),
}

/// One field an editor types or chooses in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Field {
    ActorName(Key),
    PersonName(Key),
    /// Their title, in the article's words; empty for none.
    PersonTitle(Key),
    /// The actor they speak for, by id.
    PersonActor(Key),
    /// Who said it, by the person's or actor's id.
    StatementSpeaker(Key),
    /// A relation's first (0) or second (1) actor, by id.
    RelationEnd(Key, usize),
    EventWhen(Key),
    EventContext(Key),
    EventDate(Key),
    KindLabel(Key),
    KindVerb(Key),
    /// "solid", "dashed" or "dotted".
    KindLine(Key),
    LeftOutReason(Key),
    Summary(Claim),
    /// Who says so: a person's or actor's id, the article's words, or empty for
    /// the article itself.
    Source(Claim),
    Article(ArticleField),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ArticleField {
    Title,
    Source,
    Url,
    Licence,
    /// Line numbers, from 1, apart by commas or spaces.
    CaptionLines,
    SubheadingLines,
    /// One note a line.
    Context,
}

/// A yes-or-no an editor sets.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Flag {
    StatementDirect(Key),
    KindDirected(Key),
    HedgeChecked(Claim),
    /// Whether actor (the second key) is among event's (the first) actors.
    EventActor(Key, Key),
}

/// A list of the article's words that belongs to an item.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Words {
    ActorAliases(Key),
    PersonAliases(Key),
    Evidence(Claim),
}

/// A relation's kind, as chosen: one the document has (by id), a common one it
/// lacks (`kinds::STARTERS`, by its label; added with its verb and direction), a
/// new one, or none yet (the document's first kind, or "related", for the
/// editor to choose next).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum KindChoice {
    Existing(String),
    Starter(String),
    New(String),
    Later,
}

/// A change to the document, whole.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Edit {
    /// Typing in a field: a run of it is one undo step, checked once it pauses.
    Set(Field, String),
    /// Choosing a field's value (from a menu, or the passage bar's words): a
    /// step of its own, checked at once.
    Choose(Field, String),
    Check(Flag, bool),
    /// A new actor named by the article's words, which become its first alias.
    AddActor(String),
    /// A new person, named by the article's words, speaking for an actor.
    AddPerson {
        actor: Key,
        name: String,
    },
    /// The article's words added to a list (once).
    AddWords(Words, String),
    /// The article's words taken from a list.
    RemoveWords(Words, String),
    /// A new stance of an actor, with the article's words as its evidence.
    NewStance(Key, String),
    /// The article's words as something an actor or person (`Item::Actor`,
    /// `Item::Person`) said.
    AddStatement {
        speaker: Item,
        words: String,
    },
    AddRelation {
        from: Key,
        to: Key,
        kind: KindChoice,
    },
    SetRelationKind(Key, KindChoice),
    /// A relation's actors the other way round (for a directed kind: who acts
    /// on whom).
    SwapEnds(Key),
    AddEvent,
    AddKind(String),
    /// Words of the article left out on purpose (the editor then says why).
    AddLeftOut(String),
    /// A new id for an actor, person or kind, changed wherever it is used.
    Rename(Item, String),
    /// An item, and what cannot stand without it (`document::actor_dependents`).
    Delete(Item),
    /// Actors placed by hand, and the diagram's size, given up for the
    /// automatic layout.
    AutomaticLayout,
    /// Proposals of the machine for the document's article, by their keys
    /// (`accept::key`, which hold while the article stays), each with what it
    /// needs (a person's actor, a statement's speaker, a relation's actors and
    /// kind). Each is added whole or not at all; those that cannot be are named,
    /// with why.
    Accept(Vec<String>),
    /// A proposal turned down, by `accept::key`: kept in the document's notes.
    Reject(String),
}

impl Edit {
    /// The field typed in, for undo to join a run of typing into one step.
    pub fn typing(&self) -> Option<Field> {
        match self {
            Edit::Set(field, _) => Some(*field),
            _ => None,
        }
    }
}

/// An edit made: the document after it, and where it landed (the field to take
/// the editor to, as the checker's paths name it).
pub struct Applied {
    pub doc: Doc,
    pub landed: Option<Path>,
    /// What the editor should know of an edit made in part (proposals that
    /// could not be accepted with the rest).
    pub note: Option<String>,
}

/// Why an edit was not made, in the editor's words.
pub type Refusal = String;

const GONE: &str = "That item is no longer in the document (an undo may have taken it back).";

impl Doc {
    pub fn new(content: ContentFile) -> Self {
        let mut keys = Keys::default();
        keys.fit(&content);
        Doc { content, keys }
    }

    pub fn content(&self) -> &ContentFile {
        &self.content
    }

    /// The key of `list[index]`, by the checker's list names.
    fn keys_of(&self, list: &str) -> Option<&[Key]> {
        Some(match list {
            "actors" => &self.keys.actors,
            "people" => &self.keys.people,
            "statements" => &self.keys.statements,
            "relations" => &self.keys.relations,
            "events" => &self.keys.events,
            "kinds" => &self.keys.kinds,
            "left_out" => &self.keys.left_out,
            _ => return None,
        })
    }

    /// The item at `list[index]`, by the checker's list names.
    pub fn item(&self, list: &str, index: usize) -> Option<Item> {
        let key = *self.keys_of(list)?.get(index)?;
        Some(match list {
            "actors" => Item::Actor(key),
            "people" => Item::Person(key),
            "statements" => Item::Statement(key),
            "relations" => Item::Relation(key),
            "events" => Item::Event(key),
            "kinds" => Item::Kind(key),
            _ => Item::LeftOut(key),
        })
    }

    /// The item a path leads into (its list's item; a stance's actor).
    pub fn item_at(&self, path: &Path) -> Option<Item> {
        let (list, index) = path.item()?;
        self.item(list, index)
    }

    fn position(keys: &[Key], key: Key) -> Option<usize> {
        keys.iter().position(|&k| k == key)
    }

    pub fn actor(&self, key: Key) -> Option<usize> {
        Self::position(&self.keys.actors, key)
    }

    pub fn person(&self, key: Key) -> Option<usize> {
        Self::position(&self.keys.people, key)
    }

    pub fn statement(&self, key: Key) -> Option<usize> {
        Self::position(&self.keys.statements, key)
    }

    pub fn relation(&self, key: Key) -> Option<usize> {
        Self::position(&self.keys.relations, key)
    }

    pub fn event(&self, key: Key) -> Option<usize> {
        Self::position(&self.keys.events, key)
    }

    pub fn kind(&self, key: Key) -> Option<usize> {
        Self::position(&self.keys.kinds, key)
    }

    fn left_out(&self, key: Key) -> Option<usize> {
        Self::position(&self.keys.left_out, key)
    }

    /// The key of the actor whose id is `id`.
    pub fn actor_by_id(&self, id: &str) -> Option<Key> {
        let i = self.content.actors.iter().position(|a| a.id == id)?;
        self.keys.actors.get(i).copied()
    }

    /// The keys of a list's items, in order.
    pub fn actor_keys(&self) -> &[Key] {
        &self.keys.actors
    }

    pub fn person_keys(&self) -> &[Key] {
        &self.keys.people
    }

    pub fn statement_keys(&self) -> &[Key] {
        &self.keys.statements
    }

    pub fn relation_keys(&self) -> &[Key] {
        &self.keys.relations
    }

    pub fn event_keys(&self) -> &[Key] {
        &self.keys.events
    }

    pub fn kind_keys(&self) -> &[Key] {
        &self.keys.kinds
    }

    pub fn left_out_keys(&self) -> &[Key] {
        &self.keys.left_out
    }

    /// An actor's stances' keys, in order.
    pub fn stance_keys(&self, actor: Key) -> &[Key] {
        self.actor(actor)
            .and_then(|a| self.keys.stances.get(a))
            .map_or(&[], Vec::as_slice)
    }

    /// Where a claim is now, by position.
    fn locate(&self, claim: Claim) -> Option<ClaimAt> {
        Some(match claim {
            Claim::Role(a) => ClaimAt::Role(self.actor(a)?),
            Claim::Stance(a, s) => {
                let a = self.actor(a)?;
                ClaimAt::Stance(a, Self::position(&self.keys.stances[a], s)?)
            }
            Claim::Relation(r) => ClaimAt::Relation(self.relation(r)?),
            Claim::Event(e) => ClaimAt::Event(self.event(e)?),
        })
    }

    /// A claim's fields as they are.
    pub fn claim(&self, claim: Claim) -> Option<ClaimView<'_>> {
        self.locate(claim)?.read(&self.content)
    }

    /// A claim's path, as the checker names it.
    pub fn claim_path(&self, claim: Claim) -> Option<Path> {
        Some(self.locate(claim)?.path())
    }

    /// A field's path, as the checker names it (and `ui::field_id` makes its
    /// element's id from).
    pub fn path(&self, field: Field) -> Option<Path> {
        let item = |list: &'static str, i: Option<usize>| Some(Path::root().key(list).index(i?));
        Some(match field {
            Field::ActorName(a) => item("actors", self.actor(a))?.key("name"),
            Field::PersonName(p) => item("people", self.person(p))?.key("name"),
            Field::PersonTitle(p) => item("people", self.person(p))?.key("role"),
            Field::PersonActor(p) => item("people", self.person(p))?.key("actor"),
            Field::StatementSpeaker(s) => item("statements", self.statement(s))?.key("speaker"),
            Field::RelationEnd(r, end) => item("relations", self.relation(r))?
                .key("between")
                .index(end),
            Field::EventWhen(e) => item("events", self.event(e))?.key("when"),
            Field::EventContext(e) => item("events", self.event(e))?.key("context"),
            Field::EventDate(e) => item("events", self.event(e))?.key("date"),
            Field::KindLabel(k) => item("kinds", self.kind(k))?.key("label"),
            Field::KindVerb(k) => item("kinds", self.kind(k))?.key("verb"),
            Field::KindLine(k) => item("kinds", self.kind(k))?.key("line"),
            Field::LeftOutReason(l) => item("left_out", self.left_out(l))?.key("reason"),
            Field::Summary(c) => self.claim_path(c)?.key("summary"),
            Field::Source(c) => self.claim_path(c)?.key("according_to"),
            Field::Article(f) => Path::root().key("article").key(match f {
                ArticleField::Title => "title",
                ArticleField::Source => "source",
                ArticleField::Url => "url",
                ArticleField::Licence => "licence",
                ArticleField::CaptionLines => "caption_lines",
                ArticleField::SubheadingLines => "subheading_lines",
                ArticleField::Context => "context",
            }),
        })
    }

    /// Keys for whatever an edit added.
    fn fit(&mut self) {
        self.keys.fit(&self.content);
    }
}

/// Makes `edit` on `doc`, whose article the machine made `proposals` of: the
/// new document and where the edit landed, or why it cannot be made. `doc` is
/// never changed, so an edit applies whole or not at all.
pub fn apply(doc: &Doc, edit: &Edit, proposals: &Proposals) -> Result<Applied, Refusal> {
    let mut next = doc.clone();
    let mut note = None;
    let landed = change(&mut next, edit, proposals, &mut note)?;
    next.fit();
    Ok(Applied {
        doc: next,
        landed,
        note,
    })
}

/// Words from the passage bar must be the article's: `once`, found exactly once
/// within a line (evidence, statements); otherwise anywhere within a line
/// (names, titles, dates).
fn anchored(text: &str, words: &str, once: bool) -> Result<(), Refusal> {
    use explainer_model::text::{find_passage, PassageProblem};
    // Checked first: words that recur are fine for a name, but never across lines.
    if words.contains('\n') {
        return Err(crate::document::describe(&PassageProblem::CrossesLine));
    }
    match find_passage(text, words) {
        Ok(_) => Ok(()),
        Err(PassageProblem::Repeated(_)) if !once => Ok(()),
        Err(problem) => Err(crate::document::describe(&problem)),
    }
}

/// What an empty text field stands for: nothing.
fn optional(v: &str) -> Option<String> {
    (!v.trim().is_empty()).then(|| v.to_string())
}

fn numbers(v: &str) -> Vec<usize> {
    v.split([',', ' '])
        .filter_map(|n| n.trim().parse().ok())
        .collect()
}

/// The edit, made in place; `apply` wraps it so a refusal leaves nothing behind.
fn change(
    d: &mut Doc,
    edit: &Edit,
    proposals: &Proposals,
    note: &mut Option<String>,
) -> Result<Option<Path>, Refusal> {
    let gone = || GONE.to_string();
    let text = d.content.article.text.clone();
    match edit {
        Edit::Set(field, v) => {
            set(d, *field, v)?;
            Ok(d.path(*field))
        }
        Edit::Choose(field, v) => {
            // The passage bar's words for a title, a date or who says so are
            // the article's; a source chosen from the menu is an id, or none.
            let c = &d.content;
            let an_id = v.is_empty()
                || c.actors.iter().any(|a| &a.id == v)
                || c.people.iter().any(|p| &p.id == v);
            let words = match field {
                Field::PersonTitle(_) | Field::EventWhen(_) => true,
                Field::Source(_) => !an_id,
                _ => false,
            };
            if words {
                anchored(&text, v, false)?;
            }
            set(d, *field, v)?;
            Ok(d.path(*field))
        }
        Edit::Check(flag, on) => {
            check(d, *flag, *on).ok_or_else(gone)?;
            Ok(None)
        }
        Edit::AddActor(words) => {
            anchored(&text, words, false)?;
            let a = add_actor(&mut d.content, words);
            Ok(Some(ClaimAt::Role(a).path().key("summary")))
        }
        Edit::AddPerson { actor, name } => {
            anchored(&text, name, false)?;
            let a = d.actor(*actor).ok_or_else(gone)?;
            let p = add_person(&mut d.content, a, name);
            Ok(Some(Path::root().key("people").index(p).key("role")))
        }
        Edit::AddWords(words, w) => {
            anchored(&text, w, matches!(words, Words::Evidence(_)))?;
            let list = words_mut(d, *words).ok_or_else(gone)?;
            if !list.contains(w) {
                list.push(w.clone());
            }
            Ok(words_path(d, *words))
        }
        Edit::RemoveWords(words, w) => {
            words_mut(d, *words).ok_or_else(gone)?.retain(|x| x != w);
            Ok(None)
        }
        Edit::NewStance(actor, w) => {
            anchored(&text, w, true)?;
            let a = d.actor(*actor).ok_or_else(gone)?;
            let at = add_stance(&mut d.content, a, w);
            Ok(Some(at.path().key("summary")))
        }
        Edit::AddStatement { speaker, words } => {
            anchored(&text, words, true)?;
            let id = match *speaker {
                Item::Actor(a) => d.content.actors[d.actor(a).ok_or_else(gone)?].id.clone(),
                Item::Person(p) => d.content.people[d.person(p).ok_or_else(gone)?].id.clone(),
                _ => return Err("Only an actor or a person can say something.".into()),
            };
            let s = add_statement(&mut d.content, &id, words);
            Ok(Some(Path::root().key("statements").index(s).key("direct")))
        }
        Edit::AddRelation { from, to, kind } => {
            let (f, t) = (
                d.actor(*from).ok_or_else(gone)?,
                d.actor(*to).ok_or_else(gone)?,
            );
            if f == t {
                return Err(TWO_ACTORS.into());
            }
            let later = *kind == KindChoice::Later;
            let kind = choose_kind(&mut d.content, kind)?;
            let r = add_relation(&mut d.content, f, t, &kind);
            // A kind left for later is where the editor goes next.
            let field = if later { "kind" } else { "summary" };
            Ok(Some(ClaimAt::Relation(r).path().key(field)))
        }
        Edit::SetRelationKind(r, kind) => {
            let r = d.relation(*r).ok_or_else(gone)?;
            d.content.relations[r].kind = choose_kind(&mut d.content, kind)?;
            Ok(None)
        }
        Edit::SwapEnds(r) => {
            let r = d.relation(*r).ok_or_else(gone)?;
            d.content.relations[r].between.swap(0, 1);
            Ok(None)
        }
        Edit::AddEvent => {
            let e = add_event(&mut d.content);
            Ok(Some(ClaimAt::Event(e).path().key("summary")))
        }
        Edit::AddKind(label) => {
            let id = choose_kind(&mut d.content, &KindChoice::New(label.clone()))?;
            let k = (d.content.kinds.iter())
                .position(|k| k.id == id)
                .ok_or_else(gone)?;
            Ok(Some(Path::root().key("kinds").index(k).key("verb")))
        }
        Edit::AddLeftOut(words) => {
            anchored(&text, words, true)?;
            add_left_out(&mut d.content, words);
            let l = d.content.left_out.len() - 1;
            Ok(Some(Path::root().key("left_out").index(l).key("reason")))
        }
        Edit::Rename(item, id) => {
            rename(d, *item, id.trim())?;
            Ok(None)
        }
        Edit::Delete(item) => {
            delete(d, *item)?;
            Ok(None)
        }
        Edit::AutomaticLayout => {
            d.content.diagram = None;
            d.content.actors.iter_mut().for_each(|a| a.position = None);
            Ok(None)
        }
        Edit::Accept(keys) => {
            // Each proposal whole or not at all; the others go in regardless.
            let (mut landed, mut refused) = (None, Vec::new());
            for key in keys {
                let Some(w) = crate::accept::find(proposals, key) else {
                    refused.push("a proposal the machine no longer makes.".to_string());
                    continue;
                };
                let mut trial = d.content.clone();
                match accept(&mut trial, proposals, w) {
                    Ok(path) => {
                        d.content = trial;
                        landed = Some(path);
                    }
                    Err(why) => {
                        refused.push(format!("{}: {why}", crate::accept::name(proposals, w)))
                    }
                }
            }
            if landed.is_none() {
                return Err(format!("Not accepted: {}", refused.join(" ")));
            }
            if !refused.is_empty() {
                *note = Some(format!("Not accepted: {}", refused.join(" ")));
            }
            Ok(landed)
        }
        Edit::Reject(key) => {
            let rejected = &mut d.content.studio.rejected;
            if !rejected.contains(key) {
                rejected.push(key.clone());
            }
            Ok(None)
        }
    }
}

/// The item with `key` in `items`, whose keys are `keys`.
fn at<'a, T>(items: &'a mut [T], keys: &[Key], key: Key) -> Option<&'a mut T> {
    items.get_mut(keys.iter().position(|&k| k == key)?)
}

const TWO_ACTORS: &str = "A relation links two different actors.";

fn set(d: &mut Doc, field: Field, v: &str) -> Result<(), Refusal> {
    if let Field::RelationEnd(r, end) = field {
        let other = (d.relation(r)).map(|r| &d.content.relations[r].between[1 - end.min(1)]);
        if other.is_some_and(|other| other == v) {
            return Err(TWO_ACTORS.into());
        }
    }
    set_value(d, field, v).ok_or_else(|| GONE.to_string())
}

fn set_value(d: &mut Doc, field: Field, v: &str) -> Option<()> {
    let owned = || v.to_string();
    match field {
        Field::ActorName(a) => at(&mut d.content.actors, &d.keys.actors, a)?.name = owned(),
        Field::PersonName(p) => at(&mut d.content.people, &d.keys.people, p)?.name = owned(),
        Field::PersonTitle(p) => at(&mut d.content.people, &d.keys.people, p)?.role = optional(v),
        Field::PersonActor(p) => at(&mut d.content.people, &d.keys.people, p)?.actor = owned(),
        Field::StatementSpeaker(s) => {
            at(&mut d.content.statements, &d.keys.statements, s)?.speaker = owned()
        }
        Field::RelationEnd(r, end) => {
            *at(&mut d.content.relations, &d.keys.relations, r)?
                .between
                .get_mut(end)? = owned()
        }
        Field::EventWhen(e) => at(&mut d.content.events, &d.keys.events, e)?.when = optional(v),
        Field::EventContext(e) => {
            at(&mut d.content.events, &d.keys.events, e)?.context = optional(v)
        }
        Field::EventDate(e) => at(&mut d.content.events, &d.keys.events, e)?.date = optional(v),
        Field::KindLabel(k) => at(&mut d.content.kinds, &d.keys.kinds, k)?.label = owned(),
        Field::KindVerb(k) => at(&mut d.content.kinds, &d.keys.kinds, k)?.verb = owned(),
        Field::KindLine(k) => {
            at(&mut d.content.kinds, &d.keys.kinds, k)?.line = LineStyle::ALL
                .into_iter()
                .find(|l| l.name() == v)
                .unwrap_or(LineStyle::Solid)
        }
        Field::LeftOutReason(l) => {
            at(&mut d.content.left_out, &d.keys.left_out, l)?.reason = owned()
        }
        Field::Summary(c) => {
            let at = d.locate(c)?;
            *at.fields(&mut d.content)?.summary = owned()
        }
        Field::Source(c) => {
            let at = d.locate(c)?;
            *at.fields(&mut d.content)?.according_to = optional(v)
        }
        Field::Article(f) => {
            let a = &mut d.content.article;
            match f {
                ArticleField::Title => a.title = owned(),
                ArticleField::Source => a.source = owned(),
                ArticleField::Url => a.url = optional(v).map(|u| u.trim().to_string()),
                ArticleField::Licence => a.licence = optional(v).map(|l| l.trim().to_string()),
                ArticleField::CaptionLines => a.caption_lines = numbers(v),
                ArticleField::SubheadingLines => a.subheading_lines = numbers(v),
                ArticleField::Context => {
                    a.context = v
                        .lines()
                        .filter(|l| !l.trim().is_empty())
                        .map(str::to_string)
                        .collect()
                }
            }
        }
    }
    Some(())
}

fn check(d: &mut Doc, flag: Flag, on: bool) -> Option<()> {
    match flag {
        Flag::StatementDirect(s) => {
            at(&mut d.content.statements, &d.keys.statements, s)?.direct = on
        }
        Flag::KindDirected(k) => at(&mut d.content.kinds, &d.keys.kinds, k)?.directed = on,
        Flag::HedgeChecked(c) => {
            let at = d.locate(c)?;
            *at.fields(&mut d.content)?.hedge_checked = on
        }
        Flag::EventActor(e, a) => {
            let id = d.content.actors[d.actor(a)?].id.clone();
            let actors = &mut at(&mut d.content.events, &d.keys.events, e)?.actors;
            actors.retain(|x| *x != id);
            if on {
                actors.push(id);
            }
        }
    }
    Some(())
}

fn words_mut(d: &mut Doc, words: Words) -> Option<&mut Vec<String>> {
    Some(match words {
        Words::ActorAliases(a) => {
            let a = d.actor(a)?;
            &mut d.content.actors[a].aliases
        }
        Words::PersonAliases(p) => {
            let p = d.person(p)?;
            &mut d.content.people[p].aliases
        }
        Words::Evidence(c) => {
            let at = d.locate(c)?;
            at.fields(&mut d.content)?.evidence
        }
    })
}

fn words_path(d: &Doc, words: Words) -> Option<Path> {
    Some(match words {
        Words::ActorAliases(a) => Path::root().key("actors").index(d.actor(a)?).key("aliases"),
        Words::PersonAliases(p) => Path::root()
            .key("people")
            .index(d.person(p)?)
            .key("aliases"),
        Words::Evidence(c) => d.claim_path(c)?.key("summary"),
    })
}

/// The id of the kind chosen, added first if the document lacks it.
fn choose_kind(c: &mut ContentFile, kind: &KindChoice) -> Result<String, Refusal> {
    match kind {
        KindChoice::Existing(id) if c.kinds.iter().any(|k| &k.id == id) => Ok(id.clone()),
        KindChoice::Existing(_) => Err(GONE.into()),
        KindChoice::Starter(label) => (crate::kinds::STARTERS.iter())
            .position(|s| s.label == label)
            .and_then(|n| crate::kinds::add_starter(c, n))
            .ok_or_else(|| "No such common kind.".into()),
        KindChoice::New(label) if label.trim().is_empty() => {
            Err("Name the new kind, e.g. “at war”.".into())
        }
        KindChoice::New(label) => Ok(add_kind(c, label.trim())),
        KindChoice::Later => match c.kinds.first() {
            Some(k) => Ok(k.id.clone()),
            None => Ok(add_kind(c, "related")),
        },
    }
}

/// Every id but the item's own that a new id for it must not be: an actor's or
/// person's must differ from every actor's and person's (either may speak or be
/// a source), a kind's from every kind's.
fn taken_ids(c: &ContentFile, own: &str, kind: bool) -> Vec<String> {
    let ids: Vec<&String> = if kind {
        c.kinds.iter().map(|k| &k.id).collect()
    } else {
        c.actors
            .iter()
            .map(|a| &a.id)
            .chain(c.people.iter().map(|p| &p.id))
            .collect()
    };
    ids.into_iter()
        .filter(|id| id.as_str() != own)
        .cloned()
        .collect()
}

/// Why `item` cannot be given `new_id`, if it cannot.
pub fn rename_problem(d: &Doc, item: Item, new_id: &str) -> Option<Refusal> {
    rename(&mut d.clone(), item, new_id.trim()).err()
}

fn rename(d: &mut Doc, item: Item, new_id: &str) -> Result<(), Refusal> {
    let gone = || GONE.to_string();
    let (old, is_actor, is_kind) = match item {
        Item::Actor(a) => (
            d.content.actors[d.actor(a).ok_or_else(gone)?].id.clone(),
            true,
            false,
        ),
        Item::Person(p) => (
            d.content.people[d.person(p).ok_or_else(gone)?].id.clone(),
            false,
            false,
        ),
        Item::Kind(k) => (
            d.content.kinds[d.kind(k).ok_or_else(gone)?].id.clone(),
            false,
            true,
        ),
        _ => return Err("Only actors, people and kinds have ids.".into()),
    };
    let c = &mut d.content;
    if old == new_id {
        return Ok(());
    }
    if let Some(problem) = id_problem(new_id, &taken_ids(c, &old, is_kind), is_actor) {
        return Err(problem);
    }
    if is_kind {
        for k in c.kinds.iter_mut().filter(|k| k.id == old) {
            k.id = new_id.to_string();
        }
        for r in c.relations.iter_mut().filter(|r| r.kind == old) {
            r.kind = new_id.to_string();
        }
    } else {
        for a in c.actors.iter_mut().filter(|a| a.id == old) {
            a.id = new_id.to_string();
        }
        for p in c.people.iter_mut().filter(|p| p.id == old) {
            p.id = new_id.to_string();
        }
        rename_speaker(c, &old, new_id);
    }
    Ok(())
}

fn delete(d: &mut Doc, item: Item) -> Result<(), Refusal> {
    let gone = || GONE.to_string();
    let (c, keys) = (&mut d.content, &mut d.keys);
    let key_of = |keys: &[Key], key: Key| keys.iter().position(|&k| k == key).ok_or_else(gone);
    match item {
        Item::Actor(a) => {
            let a = key_of(&keys.actors, a)?;
            let id = c.actors[a].id.clone();
            let gone_people: Vec<String> = c
                .people
                .iter()
                .filter(|p| p.actor == id)
                .map(|p| p.id.clone())
                .collect();
            c.actors.remove(a);
            keys.actors.remove(a);
            keys.stances.remove(a);
            retain_keyed(&mut c.people, &mut keys.people, |p| p.actor != id);
            retain_keyed(&mut c.statements, &mut keys.statements, |s| {
                s.speaker != id && !gone_people.contains(&s.speaker)
            });
            retain_keyed(&mut c.relations, &mut keys.relations, |r| {
                !r.between.contains(&id)
            });
            for event in &mut c.events {
                event.actors.retain(|x| x != &id);
            }
            forget_source(c, &id);
            for person in &gone_people {
                forget_source(c, person);
            }
        }
        Item::Stance(a, s) => {
            let a = key_of(&keys.actors, a)?;
            let s = key_of(&keys.stances[a], s)?;
            c.actors[a].stances.remove(s);
            keys.stances[a].remove(s);
        }
        Item::Person(p) => {
            let p = key_of(&keys.people, p)?;
            let id = c.people.remove(p).id;
            keys.people.remove(p);
            retain_keyed(&mut c.statements, &mut keys.statements, |s| s.speaker != id);
            forget_source(c, &id);
        }
        Item::Statement(s) => {
            let s = key_of(&keys.statements, s)?;
            c.statements.remove(s);
            keys.statements.remove(s);
        }
        Item::Relation(r) => {
            let r = key_of(&keys.relations, r)?;
            c.relations.remove(r);
            keys.relations.remove(r);
        }
        Item::Event(e) => {
            let e = key_of(&keys.events, e)?;
            c.events.remove(e);
            keys.events.remove(e);
        }
        Item::Kind(k) => {
            let k = key_of(&keys.kinds, k)?;
            let id = &c.kinds[k].id;
            match c.relations.iter().filter(|r| &r.kind == id).count() {
                0 => {}
                1 => {
                    return Err(
                        "This kind is used by a relation: give it another kind first.".into(),
                    )
                }
                n => {
                    return Err(format!(
                        "This kind is used by {n} relations: give them another kind first."
                    ))
                }
            }
            c.kinds.remove(k);
            keys.kinds.remove(k);
        }
        Item::LeftOut(l) => {
            let l = key_of(&keys.left_out, l)?;
            c.left_out.remove(l);
            keys.left_out.remove(l);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::accept::Which;
    use crate::document::new_document;
    use crate::history::History;
    use explainer_model::authoring::compile_content;
    use std::rc::Rc;

    const TEXT: &str = "Northport and Southbay agreed on Monday to run a joint ferry, Mayor Ana Ruiz said.\nSouthbay officials called the deal “a first step”.\nNorthport will pay most of the cost, Ruiz said.";

    impl Doc {
        /// Every item has a key, and no key is given twice.
        fn keys_fit(&self) -> bool {
            let (c, k) = (&self.content, &self.keys);
            let mut all: Vec<Key> = [
                &k.actors,
                &k.people,
                &k.statements,
                &k.relations,
                &k.events,
                &k.kinds,
                &k.left_out,
            ]
            .into_iter()
            .flatten()
            .chain(k.stances.iter().flatten())
            .copied()
            .collect();
            let n = all.len();
            all.sort_unstable();
            all.dedup();
            all.len() == n
                && k.actors.len() == c.actors.len()
                && k.stances.len() == c.actors.len()
                && k.stances
                    .iter()
                    .zip(&c.actors)
                    .all(|(s, a)| s.len() == a.stances.len())
                && k.people.len() == c.people.len()
                && k.statements.len() == c.statements.len()
                && k.relations.len() == c.relations.len()
                && k.events.len() == c.events.len()
                && k.kinds.len() == c.kinds.len()
                && k.left_out.len() == c.left_out.len()
        }
    }

    fn made(doc: &Doc, edit: Edit) -> Doc {
        let applied = apply(doc, &edit, &Proposals::default())
            .unwrap_or_else(|why| panic!("{edit:?}: {why}"));
        assert!(applied.doc.keys_fit(), "{edit:?} left the keys out of step");
        applied.doc
    }

    /// A document made by edits alone, as an editor makes it.
    fn annotated() -> Doc {
        let mut d = Doc::new(new_document(TEXT));
        for edit in [
            Edit::AddActor("Northport".into()),
            Edit::AddActor("Southbay".into()),
        ] {
            d = made(&d, edit);
        }
        let [north, south] = [d.actor_keys()[0], d.actor_keys()[1]];
        d = made(
            &d,
            Edit::AddPerson {
                actor: north,
                name: "Ana Ruiz".into(),
            },
        );
        let ruiz = d.person_keys()[0];
        for edit in [
            Edit::AddWords(Words::PersonAliases(ruiz), "Ruiz".into()),
            Edit::Set(
                Field::Summary(Claim::Role(north)),
                "Will pay most of the ferry, its mayor says".into(),
            ),
            Edit::AddWords(
                Words::Evidence(Claim::Role(north)),
                "Northport will pay most of the cost, Ruiz said.".into(),
            ),
            Edit::Set(
                Field::Summary(Claim::Role(south)),
                "Calls the deal a first step".into(),
            ),
            Edit::AddWords(
                Words::Evidence(Claim::Role(south)),
                "called the deal “a first step”".into(),
            ),
            Edit::NewStance(north, "agreed on Monday to run a joint ferry".into()),
            Edit::AddRelation {
                from: north,
                to: south,
                kind: KindChoice::New("ferry deal".into()),
            },
            Edit::AddStatement {
                speaker: Item::Person(ruiz),
                words: "Northport will pay most of the cost".into(),
            },
        ] {
            d = made(&d, edit);
        }
        let stance = d.stance_keys(north)[0];
        let relation = d.relation_keys()[0];
        for edit in [
            Edit::Set(
                Field::Summary(Claim::Stance(north, stance)),
                "Agreed to run a joint ferry".into(),
            ),
            Edit::Set(
                Field::Summary(Claim::Relation(relation)),
                "They agreed to run a joint ferry".into(),
            ),
            Edit::AddWords(
                Words::Evidence(Claim::Relation(relation)),
                "Northport and Southbay agreed on Monday".into(),
            ),
        ] {
            d = made(&d, edit);
        }
        d
    }

    #[test]
    fn a_document_made_by_edits_compiles() {
        let d = annotated();
        let compiled = compile_content(d.content(), "studio").unwrap_or_else(|e| panic!("{e:#?}"));
        assert_eq!(compiled.explainer.actors.len(), 2);
        assert!(compiled.warnings.is_empty(), "{:#?}", compiled.warnings);
    }

    /// The annotated document, with an event, a passage left out and a kind no
    /// relation uses, so every edit has something to act on.
    fn fuller() -> Doc {
        let d = annotated();
        let d = made(&d, Edit::AddEvent);
        let d = made(&d, Edit::AddLeftOut("Mayor Ana Ruiz said.".into()));
        made(&d, Edit::AddKind("rivals".into()))
    }

    /// One edit of every kind (but accepting proposals: see below), addressed to
    /// `d`'s items.
    fn every_edit(d: &Doc) -> Vec<Edit> {
        let [north, south] = [d.actor_keys()[0], d.actor_keys()[1]];
        let ruiz = d.person_keys()[0];
        let stance = d.stance_keys(north)[0];
        let (relation, statement, kind, unused_kind) = (
            d.relation_keys()[0],
            d.statement_keys()[0],
            d.kind_keys()[0],
            d.kind_keys()[1],
        );
        let (event, left_out) = (d.event_keys()[0], d.left_out_keys()[0]);
        let starter = crate::kinds::STARTERS[0].label.to_string();
        vec![
            Edit::Set(Field::ActorName(south), "South Bay".into()),
            Edit::Set(Field::Summary(Claim::Event(event)), "They agreed".into()),
            Edit::Set(Field::Article(ArticleField::CaptionLines), "1, 2".into()),
            Edit::Set(Field::LeftOutReason(left_out), "Said twice".into()),
            Edit::Choose(Field::PersonTitle(ruiz), "Mayor".into()),
            Edit::Choose(Field::Source(Claim::Role(south)), "ana-ruiz".into()),
            Edit::Choose(Field::KindLine(kind), "dashed".into()),
            Edit::Choose(Field::EventWhen(event), "on Monday".into()),
            Edit::Check(Flag::StatementDirect(statement), true),
            Edit::Check(Flag::HedgeChecked(Claim::Stance(north, stance)), true),
            Edit::Check(Flag::EventActor(event, north), true),
            Edit::Check(Flag::KindDirected(kind), true),
            Edit::AddActor("Southbay officials".into()),
            Edit::AddPerson {
                actor: south,
                name: "Southbay officials".into(),
            },
            Edit::AddWords(Words::ActorAliases(south), "Southbay officials".into()),
            Edit::AddWords(Words::Evidence(Claim::Event(event)), "a joint ferry".into()),
            Edit::RemoveWords(Words::PersonAliases(ruiz), "Ruiz".into()),
            Edit::NewStance(south, "a first step".into()),
            Edit::AddStatement {
                speaker: Item::Actor(south),
                words: "called the deal “a first step”".into(),
            },
            Edit::AddRelation {
                from: south,
                to: north,
                kind: KindChoice::Starter(starter),
            },
            Edit::AddRelation {
                from: south,
                to: north,
                kind: KindChoice::Later,
            },
            Edit::SetRelationKind(relation, KindChoice::New("ferry pact".into())),
            Edit::SwapEnds(relation),
            Edit::AddEvent,
            Edit::AddKind("allies".into()),
            Edit::AddLeftOut("Southbay officials called the deal".into()),
            Edit::Rename(Item::Actor(north), "north-port".into()),
            Edit::Rename(Item::Person(ruiz), "ruiz".into()),
            Edit::Rename(Item::Kind(kind), "ferry".into()),
            Edit::Delete(Item::Actor(north)),
            Edit::Delete(Item::Person(ruiz)),
            Edit::Delete(Item::Stance(north, stance)),
            Edit::Delete(Item::Statement(statement)),
            Edit::Delete(Item::Relation(relation)),
            Edit::Delete(Item::Event(event)),
            Edit::Delete(Item::Kind(unused_kind)),
            Edit::Delete(Item::LeftOut(left_out)),
            Edit::Reject("actor:northport".into()),
        ]
    }

    /// Each edit, kept as the storage keeps a history (JSON) and made again on a
    /// load, gives the same document; undone, the one before.
    #[test]
    fn every_edit_kept_and_made_again_gives_the_same_document() {
        let before = fuller();
        let none = Proposals::default();
        for edit in every_edit(&before) {
            let after = made(&before, edit.clone());
            assert_ne!(after, before, "{edit:?} changed nothing");
            let mut history: History<Doc, Field, Edit> = History::new(before.clone());
            history.record(after.clone(), edit.typing(), 0.0, edit.clone());
            let json = serde_json::to_string(&history.saved()).expect("a history saves");
            let saved = serde_json::from_str(&json).expect("and reads back");
            let mut again = History::<Doc, Field, Edit>::restore(saved, |doc, e| {
                apply(doc, e, &none).ok().map(|applied| applied.doc)
            })
            .unwrap_or_else(|| panic!("{edit:?} made again"));
            assert_eq!(*again.present(), after, "{edit:?} made again");
            assert!(again.undo());
            assert_eq!(*again.present(), before, "{edit:?} undone");
        }
    }

    #[test]
    fn words_from_the_passage_bar_must_be_the_articles() {
        let d = annotated();
        let south = d.actor_keys()[1];
        let none = Proposals::default();
        let refused = |edit: Edit| apply(&d, &edit, &none).err();
        // Not in the article: refused, with why, for names and evidence alike.
        assert!(refused(Edit::AddActor("Westport".into()))
            .is_some_and(|w| w.contains("not in the article")));
        assert!(refused(Edit::NewStance(south, "a last step".into())).is_some());
        // Evidence must point to one place; a name may recur.
        assert!(refused(Edit::NewStance(south, "Northport".into()))
            .is_some_and(|w| w.contains("occur 2 times")));
        assert!(refused(Edit::AddActor("Northport".into())).is_none());
        // A source chosen from the menu is an id; from the passage bar, the
        // article's words.
        let role = Field::Source(Claim::Role(south));
        assert!(refused(Edit::Choose(role, "ana-ruiz".into())).is_none());
        assert!(refused(Edit::Choose(role, "the mayor's office".into())).is_some());
        // Typing is the compiler's to check, as the editor types.
        assert!(refused(Edit::Set(
            Field::Summary(Claim::Role(south)),
            "Westport".into()
        ))
        .is_none());
    }

    #[test]
    fn a_relation_links_two_different_actors() {
        let d = annotated();
        let relation = d.relation_keys()[0];
        let none = Proposals::default();
        let same = Edit::Choose(Field::RelationEnd(relation, 1), "northport".into());
        assert!(apply(&d, &same, &none)
            .err()
            .is_some_and(|w| w.contains("two different")));
    }

    #[test]
    fn keys_stay_with_their_items_across_deletes() {
        let d = annotated();
        let [north, south] = [d.actor_keys()[0], d.actor_keys()[1]];
        // Deleting the first actor moves Southbay to the first place; an edit
        // made for Southbay before still reaches Southbay, not another actor.
        let d = made(&d, Edit::Delete(Item::Actor(north)));
        assert_eq!(d.actor_keys(), [south]);
        let d = made(&d, Edit::Set(Field::ActorName(south), "South Bay".into()));
        assert_eq!(d.content().actors[0].name, "South Bay");
        // An edit for the deleted actor is refused, and changes nothing.
        let refused = apply(
            &d,
            &Edit::Set(Field::ActorName(north), "Gone".into()),
            &Proposals::default(),
        );
        assert_eq!(refused.err().as_deref(), Some(GONE));
        // A new item never takes a deleted one's key.
        let d = made(&d, Edit::AddActor("Northport".into()));
        assert!(!d.actor_keys().contains(&north));
    }

    #[test]
    fn deleting_an_actor_takes_what_depends_on_it() {
        let d = annotated();
        let north = d.actor_keys()[0];
        assert_eq!(
            crate::document::actor_dependents(d.content(), 0),
            ["1 person (Ana Ruiz)", "1 statement", "1 relation"]
        );
        let d = made(&d, Edit::Delete(Item::Actor(north)));
        let c = d.content();
        assert!(c.people.is_empty() && c.statements.is_empty() && c.relations.is_empty());
        assert_eq!(c.actors.len(), 1);
        assert!(compile_content(c, "studio").is_ok());
    }

    #[test]
    fn a_kind_in_use_is_not_deleted() {
        let d = annotated();
        let kind = d.kind_keys()[0];
        let refused = apply(&d, &Edit::Delete(Item::Kind(kind)), &Proposals::default());
        assert!(refused
            .err()
            .is_some_and(|why| why.contains("used by a relation")));
        let d = made(&d, Edit::Delete(Item::Relation(d.relation_keys()[0])));
        let d = made(&d, Edit::Delete(Item::Kind(kind)));
        assert!(d.content().kinds.is_empty());
    }

    #[test]
    fn renaming_keeps_every_reference_and_refuses_a_taken_id() {
        let d = annotated();
        let [north, south] = [d.actor_keys()[0], d.actor_keys()[1]];
        let ruiz = d.person_keys()[0];
        let stance = d.stance_keys(north)[0];
        let d = made(
            &d,
            Edit::Set(Field::Source(Claim::Role(south)), "northport".into()),
        );
        let d = made(
            &d,
            Edit::Set(
                Field::Source(Claim::Stance(north, stance)),
                "ana-ruiz".into(),
            ),
        );
        let d = made(&d, Edit::Rename(Item::Actor(north), "north-port".into()));
        let c = d.content();
        assert_eq!(c.people[0].actor, "north-port");
        assert_eq!(c.relations[0].between[0], "north-port");
        assert_eq!(c.actors[1].role.according_to.as_deref(), Some("north-port"));
        let d = made(&d, Edit::Rename(Item::Person(ruiz), "ruiz".into()));
        assert_eq!(d.content().statements[0].speaker, "ruiz");
        assert!(compile_content(d.content(), "studio").is_ok());
        for (item, id) in [
            (Item::Actor(south), "ruiz"),
            (Item::Person(ruiz), "southbay"),
            (Item::Actor(south), "diagram"),
            (Item::Actor(south), ""),
        ] {
            assert!(
                apply(&d, &Edit::Rename(item, id.into()), &Proposals::default()).is_err(),
                "{id}"
            );
        }
    }

    #[test]
    fn accepting_a_proposal_is_whole_or_nothing() {
        // The spokesman's words are in the article twice: the statement cannot
        // point to one place.
        let text = "“Preparations are underway,” Kremlin spokesman Dmitry Peskov told reporters.\nThe board wrote: “Preparations are underway,” in May.";
        let d = Doc::new(new_document(text));
        let proposals = Rc::new(explainer_model::propose::propose(text));
        let statement = (0..proposals.statements.len())
            .find(|&i| explainer_model::propose::statement_spec(text, &proposals, i).is_none())
            .unwrap_or_else(|| {
                panic!(
                    "a proposed statement whose words repeat: {:#?}",
                    proposals.statements
                )
            });
        // Through the studio: the edit is refused whole, with why; its speaker
        // alone would have been half an edit.
        let studio = Rc::new(crate::state::Studio::new(d.content().clone(), None));
        let studio = yew::Reducible::reduce(
            studio,
            crate::state::Action::Edit {
                edit: Edit::Accept(vec![crate::accept::key(
                    &proposals,
                    Which::Statement(statement),
                )]),
                at: 0.0,
                follow: true,
            },
        );
        assert!(studio.document().actors.is_empty() && studio.document().people.is_empty());
        assert!(!studio.history.can_undo());
        let notice = studio.notice.as_ref().map(|n| n.text.as_str());
        assert!(
            notice.is_some_and(|n| n.contains("more than once")),
            "{notice:?}"
        );
        // A proposal that fits is added with what it needs.
        let person = Edit::Accept(vec![crate::accept::key(&proposals, Which::Person(0))]);
        let person = apply(&d, &person, &proposals).expect("the person is added");
        assert!(person.doc.keys_fit());
        // With others that fit, the one that does not is left out and named;
        // the rest go in as one edit.
        let both = Edit::Accept(vec![
            crate::accept::key(&proposals, Which::Statement(statement)),
            crate::accept::key(&proposals, Which::Person(0)),
        ]);
        let part = apply(&d, &both, &proposals).expect("the person goes in");
        assert_eq!(part.doc.content().people.len(), 1);
        assert!(part.doc.content().statements.is_empty());
        let note = part.note.expect("what was left out is said");
        assert!(
            note.starts_with(
                "Not accepted: what Dmitry Peskov said: its words occur more than once"
            ),
            "{note}"
        );
        // None that fit: refused whole, in the same words.
        let none = Edit::Accept(vec![crate::accept::key(
            &proposals,
            Which::Statement(statement),
        )]);
        let why = apply(&d, &none, &proposals).err().expect("refused");
        assert!(why.starts_with("Not accepted: "), "{why}");
        assert_eq!(person.doc.content().people.len(), 1);
        assert_eq!(person.doc.content().actors.len(), 1, "with their actor");
        assert_eq!(
            person.landed.map(|p| crate::ui::field_id(&p)).as_deref(),
            Some("f-people-0")
        );
    }
}
