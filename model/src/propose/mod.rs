//! The machine proposes: from an article's text alone, a first draft of its
//! annotations (actors, people, statements, relation hints) and of its content
//! file. Pure and deterministic, with its data compiled in, so a browser studio can
//! run it as well as `content-check --draft`.
//!
//! Every proposal carries the byte spans of the words it was found by, and every
//! word it writes into a draft is the article's own, so the draft compiles once an
//! editor has written the summaries.

mod actors;
mod draft;
mod gazetteer;
#[rustfmt::skip]
mod gazetteer_data;
// The attribution check (authoring::hedges) reads its speech verbs too.
pub(crate) mod lexicon;
mod mentions;
mod names;
mod people;
mod proposals;
mod quotes;
mod relations;
mod sentences;
mod speech;
mod statements;
mod tokens;
mod wire_names;

pub use draft::{
    actor_spec, article_spec, draft, draft_toml, kind_spec, person_spec, relation_spec,
    statement_spec,
};
pub use gazetteer::slug;
pub use proposals::{
    ActorProposal, ActorSource, PersonProposal, Proposals, RelationHint, RelationKind, Speaker,
    StatementProposal,
};

use gazetteer::{Gazetteer, PlaceHit};
use proposals::PersonProposal as Person;
use sentences::Document;

/// Everything the rules find in `text`.
pub fn propose(text: &str) -> Proposals {
    let doc = Document::new(text);
    let gazetteer = Gazetteer::new();
    let places: Vec<PlaceHit> = gazetteer
        .find(text)
        .into_iter()
        .filter(|h| !doc.in_dateline(h.span))
        .collect();
    let runs = names::find(&doc, &places);
    let main_place = actors::main_place(&places);
    let person_drafts = people::find(&doc, &places, &runs, main_place);
    let mut actor_drafts = actors::choose(&doc, &gazetteer, &places, &runs, &person_drafts);

    let mut people: Vec<Person> = Vec::new();
    for p in person_drafts {
        let named_before = |a: &actors::ActorDraft, at: u32| {
            a.aliases
                .iter()
                .flat_map(|x| crate::authoring::find::whole_words(text, x))
                .map(|s| s.start)
                .filter(|&s| s < at)
                .max()
        };
        let Some(actor) = actors::resolve(&mut actor_drafts, &p.actor, named_before) else {
            continue;
        };
        // Ids as an editor writes them: "erdogan", "turkish-official".
        let id = p.surname.as_deref().map_or_else(
            || slug(p.aliases.iter().min_by_key(|a| a.len()).unwrap_or(&p.name)),
            slug,
        );
        people.push(Person {
            id,
            name: p.name,
            actor,
            role: p.role,
            aliases: p.aliases,
            found: Vec::new(),
        });
    }
    let mut actors: Vec<ActorProposal> = actor_drafts
        .into_iter()
        .map(|a| ActorProposal {
            id: a.id,
            name: a.name,
            source: a.source,
            aliases: a.aliases,
            found: Vec::new(),
        })
        .collect();
    let mentions = mentions::settle(text, &mut actors, &mut people);
    let (actors, people, mentions) = drop_unmentioned(actors, people, mentions);
    let mut proposals = Proposals {
        statements: statements::find(&doc, &mentions),
        relations: relations::find(&doc, &mentions, &people),
        actors,
        people,
    };
    give_ids(&mut proposals);
    proposals
}

/// An actor whose every word lost to a longer one (and who has no people) is
/// mentioned nowhere; the compiler would reject it, so it goes, and indexes follow.
fn drop_unmentioned(
    actors: Vec<ActorProposal>,
    people: Vec<Person>,
    mentions: Vec<mentions::Mention>,
) -> (Vec<ActorProposal>, Vec<Person>, Vec<mentions::Mention>) {
    let keep: Vec<bool> = (0..actors.len())
        .map(|i| !actors[i].found.is_empty() || people.iter().any(|p| p.actor == i))
        .collect();
    let new_index: Vec<Option<usize>> = keep
        .iter()
        .scan(0, |next, &k| {
            let index = k.then_some(*next);
            *next += usize::from(k);
            Some(index)
        })
        .collect();
    let actors = actors
        .into_iter()
        .zip(&keep)
        .filter_map(|(a, k)| k.then_some(a))
        .collect();
    let people = people
        .into_iter()
        .map(|mut p| {
            p.actor = new_index[p.actor].expect("an actor with people is kept");
            p
        })
        .collect();
    let mentions = mentions
        .into_iter()
        .filter_map(|mut m| {
            if let mentions::Entity::Actor(a) = m.entity {
                m.entity = mentions::Entity::Actor(new_index[a]?);
            }
            Some(m)
        })
        .collect();
    (actors, people, mentions)
}

/// Ids from names, unique across actors and people, since a statement's speaker
/// may be either.
fn give_ids(proposals: &mut Proposals) {
    let mut taken: Vec<String> = Vec::new();
    let mut unique = |base: String| {
        let base = if base.is_empty() {
            "x".to_string()
        } else {
            base
        };
        let mut id = base.clone();
        let mut n = 2;
        while taken.contains(&id) {
            id = format!("{base}-{n}");
            n += 1;
        }
        taken.push(id.clone());
        id
    };
    for a in &mut proposals.actors {
        a.id = unique(std::mem::take(&mut a.id));
    }
    for p in &mut proposals.people {
        p.id = unique(std::mem::take(&mut p.id));
    }
}
