//! Choosing the actors: gazetteer places that take part (not mere settings), and
//! capitalised names that recur, name an organisation, or own a title.

use std::collections::HashMap;

use super::gazetteer::{Gazetteer, PlaceHit};
use super::lexicon::{self, is_organisation_head, is_title_head};
use super::names::NameRun;
use super::people::{ActorRef, PersonDraft};
use super::proposals::ActorSource;
use super::sentences::Document;
use super::tokens::tokenize;
use crate::authoring::find::whole_words;
use crate::text::Span;

/// An actor before mentions are settled: its name, its words, and what picked it.
#[derive(Clone, Debug, PartialEq)]
pub struct ActorDraft {
    pub id: String,
    pub name: String,
    pub source: ActorSource,
    pub aliases: Vec<String>,
    pub place: Option<usize>,
    pub first: u32,
}

/// The place named most often: officials whose title names no country belong to it,
/// since wire copy names a foreign official's country and leaves the home side's
/// unsaid ("Foreign Minister Mevlut Cavusoglu" in a story from Istanbul).
pub fn main_place(places: &[PlaceHit]) -> Option<usize> {
    let mut counts: HashMap<usize, usize> = HashMap::new();
    for hit in places {
        *counts.entry(hit.place).or_default() += 1;
    }
    let first = |p: usize| places.iter().position(|h| h.place == p);
    counts
        .into_iter()
        .max_by_key(|&(p, n)| (n, std::cmp::Reverse(first(p))))
        .map(|(p, _)| p)
}

/// A place named after "in", "at", "to"… ("a summit in Uzbekistan") only sets the
/// scene.
fn is_setting(doc: &Document, hit: &PlaceHit) -> bool {
    let line = doc.lines[doc.line_of(hit.span.start)];
    let before = tokenize(
        doc.text,
        Span::new(line.start as usize, hit.span.start as usize),
    );
    lexicon::is_setting(before.iter().rev())
}

pub fn choose(
    doc: &Document,
    gazetteer: &Gazetteer,
    places: &[PlaceHit],
    runs: &[NameRun],
    people: &[PersonDraft],
) -> Vec<ActorDraft> {
    let text = doc.text;
    let mut actors: Vec<ActorDraft> = Vec::new();

    // Places that take part: named twice, or once not as a setting, or owning a person.
    let mut by_place: Vec<(usize, Vec<&PlaceHit>)> = Vec::new();
    for hit in places {
        match by_place.iter_mut().find(|(p, _)| *p == hit.place) {
            Some((_, hits)) => hits.push(hit),
            None => by_place.push((hit.place, vec![hit])),
        }
    }
    for (place, hits) in by_place {
        let owns_person = people.iter().any(|p| p.actor == ActorRef::Place(place));
        let takes_part = hits.len() >= 2 || hits.iter().any(|h| !is_setting(doc, h));
        if !(owns_person || takes_part) {
            continue;
        }
        let mut aliases: Vec<String> = Vec::new();
        for h in &hits {
            let word = text[h.span.range()].to_string();
            if !aliases.contains(&word) {
                aliases.push(word);
            }
        }
        actors.push(ActorDraft {
            id: gazetteer.places[place].id.clone(),
            name: gazetteer.places[place].name.to_string(),
            source: ActorSource::Gazetteer,
            aliases,
            place: Some(place),
            first: hits[0].span.start,
        });
    }

    for draft in name_actors(doc, runs, people) {
        actors.push(draft);
    }
    head_noun_aliases(text, &mut actors);
    actors.sort_by_key(|a| a.first);
    actors
}

/// The words of people's names, which are not actors.
fn person_words(people: &[PersonDraft]) -> Vec<String> {
    people
        .iter()
        .filter(|p| p.surname.is_some())
        .flat_map(|p| p.aliases.iter().flat_map(|a| a.split_whitespace()))
        .map(str::to_string)
        .collect()
}

/// "leader of X", "CEO of X", "spokesman for X": X is an actor even if named once.
fn follows_title(doc: &Document, run: &NameRun) -> bool {
    let line = doc.lines[doc.line_of(run.span.start)];
    let before = tokenize(
        doc.text,
        Span::new(line.start as usize, run.span.start as usize),
    );
    let words: Vec<_> = before.iter().filter(|t| t.is_word()).collect();
    match words.as_slice() {
        [.., head, of] => (of.is("of") || of.is("for")) && is_title_head(head.text),
        _ => false,
    }
}

fn name_actors(doc: &Document, runs: &[NameRun], people: &[PersonDraft]) -> Vec<ActorDraft> {
    let text = doc.text;
    let not_actor = person_words(people);
    let agency = doc.agency.map(|a| &text[a.range()]);
    // Runs that hold a title ("Foreign Minister …") or a person's name are people.
    let candidates: Vec<&NameRun> = runs
        .iter()
        .filter(|r| !is_title_head(&text[r.words[0].range()]))
        .filter(|r| {
            !r.words
                .iter()
                .any(|w| not_actor.iter().any(|n| n == &text[w.range()]))
        })
        .filter(|r| Some(r.text(text)) != agency)
        .collect();
    let referenced: Vec<&str> = people
        .iter()
        .filter_map(|p| match &p.actor {
            ActorRef::Name(n) => Some(n.as_str()),
            _ => None,
        })
        .collect();

    let mut drafts: Vec<ActorDraft> = Vec::new();
    let mut seen: Vec<&str> = Vec::new();
    for run in &candidates {
        let name = run.text(text);
        if seen.contains(&name) {
            continue;
        }
        seen.push(name);
        let same: Vec<&&NameRun> = candidates.iter().filter(|r| r.text(text) == name).collect();
        let recurs = same.len() >= 2 && same.iter().any(|r| !r.starts_sentence);
        // Defining an abbreviation ("Federation of Auto Workers (FAW)") is how wire
        // copy introduces an organisation.
        let qualifies = run.is_organisation(text)
            || same.iter().any(|r| r.abbreviation.is_some())
            || recurs
            || referenced.contains(&name)
            || same.iter().any(|r| follows_title(doc, r));
        if !qualifies {
            continue;
        }
        let mut aliases = vec![name.to_string()];
        if let Some(abbreviation) = same.iter().find_map(|r| r.abbreviation) {
            aliases.push(text[abbreviation.range()].to_string());
        }
        drafts.push(ActorDraft {
            id: super::gazetteer::slug(name),
            name: name.to_string(),
            source: ActorSource::Name,
            aliases,
            place: None,
            first: run.span.start,
        });
    }
    merge_parts(drafts)
}

/// "Veltra" and "Veltra Motors", "FAW" and "Federation of Auto Workers (FAW)",
/// "Council" and "Tarn Valley Council": a name that is a word or the abbreviation
/// of exactly one longer name is that actor.
fn merge_parts(drafts: Vec<ActorDraft>) -> Vec<ActorDraft> {
    let mut merged: Vec<ActorDraft> = Vec::new();
    let mut parts: Vec<ActorDraft> = Vec::new();
    for d in drafts {
        let single = !d.name.contains(' ');
        let owners = |all: &[ActorDraft]| -> Vec<usize> {
            (0..all.len())
                .filter(|&i| {
                    all[i].name != d.name
                        && (all[i].aliases.contains(&d.name)
                            || all[i].name.split_whitespace().any(|w| w == d.name))
                })
                .collect()
        };
        if single && !owners(&merged).is_empty() {
            parts.push(d);
        } else {
            merged.push(d);
        }
    }
    // A part may come before its whole ("Council leader …" before "Tarn Valley
    // Council"), so parts are placed once every whole is known.
    let mut i = 0;
    while i < merged.len() {
        let name = merged[i].name.clone();
        let owners: Vec<usize> = (0..merged.len())
            .filter(|&j| {
                j != i
                    && !name.contains(' ')
                    && (merged[j].aliases.contains(&name)
                        || merged[j].name.split_whitespace().any(|w| w == name))
            })
            .collect();
        if let [owner] = owners.as_slice() {
            let part = merged.remove(i);
            let owner = if *owner > i { owner - 1 } else { *owner };
            absorb(&mut merged[owner], part);
        } else {
            i += 1;
        }
    }
    for part in parts {
        let owners: Vec<usize> = (0..merged.len())
            .filter(|&j| {
                merged[j].aliases.contains(&part.name)
                    || merged[j].name.split_whitespace().any(|w| w == part.name)
            })
            .collect();
        match owners.as_slice() {
            [owner] => absorb(&mut merged[*owner], part),
            _ => merged.push(part),
        }
    }
    merged
}

fn absorb(whole: &mut ActorDraft, part: ActorDraft) {
    whole.first = whole.first.min(part.first);
    for a in part.aliases {
        if !whole.aliases.contains(&a) {
            whole.aliases.push(a);
        }
    }
}

/// "the council" for the Tarn Valley Council, "the agency" for the National Vehicle
/// Safety Agency: an organisation's head word, lowercase after "the", is its alias
/// when no other actor has that head.
fn head_noun_aliases(text: &str, actors: &mut [ActorDraft]) {
    let heads: Vec<Option<String>> = actors
        .iter()
        .map(|a| {
            let last = a.name.split_whitespace().last()?;
            (a.source == ActorSource::Name && a.name.contains(' ') && is_organisation_head(last))
                .then(|| last.to_lowercase())
        })
        .collect();
    for (i, head) in heads.iter().enumerate() {
        let Some(head) = head else { continue };
        let unique = heads.iter().filter(|h| h.as_ref() == Some(head)).count() == 1;
        let used = !whole_words(text, &format!("the {head}")).is_empty();
        if unique && used && !actors[i].aliases.contains(head) {
            actors[i].aliases.push(head.clone());
        }
    }
}

/// The actor each person speaks for, as an index into `actors`: a place, a name
/// (or a part of one), or the actor named last before "Its".
pub fn resolve(
    actors: &mut [ActorDraft],
    actor: &ActorRef,
    mentions_before: impl Fn(&ActorDraft, u32) -> Option<u32>,
) -> Option<usize> {
    match actor {
        ActorRef::Place(p) => actors.iter().position(|a| a.place == Some(*p)),
        ActorRef::Name(name) => {
            let exact = actors
                .iter()
                .position(|a| a.name == *name || a.aliases.contains(name));
            exact.or_else(|| {
                let owners: Vec<usize> = (0..actors.len())
                    .filter(|&i| actors[i].name.split_whitespace().any(|w| w == name))
                    .collect();
                let [owner] = owners.as_slice() else {
                    return None;
                };
                actors[*owner].aliases.push(name.clone());
                Some(*owner)
            })
        }
        ActorRef::Recent(at) => (0..actors.len())
            .filter_map(|i| mentions_before(&actors[i], *at).map(|m| (m, i)))
            .max()
            .map(|(_, i)| i),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::propose::{names, people};

    fn actors(text: &str) -> Vec<(String, Vec<String>)> {
        let doc = Document::new(text);
        let g = Gazetteer::new();
        let places: Vec<PlaceHit> = g.find(text);
        let runs = names::find(&doc, &places);
        let people = people::find(&doc, &places, &runs, main_place(&places));
        choose(&doc, &g, &places, &runs, &people)
            .into_iter()
            .map(|a| (a.name, a.aliases))
            .collect()
    }

    #[test]
    fn a_place_named_once_as_a_setting_is_no_actor() {
        let found = actors("Turkey met Russia at a summit in Uzbekistan. Turkey and Russia disagree, including in Syria.");
        let names: Vec<&str> = found.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["Turkey", "Russia"]);
    }

    #[test]
    fn recurring_names_organisations_and_title_owners_are_actors() {
        let found = actors(
            "The Tarn Valley Council voted. Marrowby objected. Later Marrowby sued. Council leader Harriet Quayle said the council would not. Sandbags were ready.",
        );
        assert_eq!(
            found,
            [
                (
                    "Tarn Valley Council".to_string(),
                    vec![
                        "Tarn Valley Council".to_string(),
                        "Council".to_string(),
                        "council".to_string()
                    ]
                ),
                ("Marrowby".to_string(), vec!["Marrowby".to_string()]),
            ]
        );
    }

    #[test]
    fn a_capitalised_word_only_ever_at_a_sentence_start_is_no_actor() {
        assert!(actors("Sandbags were ready. Sandbags failed. Officials said so.").is_empty());
        let found = actors("Sandbags were ready. Then the Sandbags failed.");
        assert_eq!(found[0].0, "Sandbags");
    }

    #[test]
    fn an_abbreviation_and_a_short_name_join_their_organisation() {
        let found = actors(
            "Workers at Veltra Motors left, the Federation of Auto Workers (FAW) said. FAW general secretary Dana Whitlock spoke. Veltra said no. Talks with Veltra failed.",
        );
        let names: Vec<&str> = found.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["Veltra Motors", "Federation of Auto Workers"]);
        assert!(found[0].1.contains(&"Veltra".to_string()));
        assert!(found[1].1.contains(&"FAW".to_string()));
    }
}
