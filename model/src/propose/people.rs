//! People: a title and a name ("Kremlin spokesman Dmitry Peskov"), an unnamed
//! source ("a Turkish official"), a source after "according to", an institution
//! that speaks ("the Kremlin confirmed"), and what "the Turkish diplomat" refers to.

use super::gazetteer::{FormKind, PlaceHit};
use super::lexicon::{is_source_head, is_title_head, is_title_word};
use super::names::NameRun;
use super::sentences::Document;
use super::speech;
use super::tokens::{tokenize, Token, TokenKind};
use crate::authoring::find::whole_words;
use crate::text::Span;

/// Whom a person speaks or acts for, before actors are settled.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ActorRef {
    Place(usize),
    /// A capitalised name not in the gazetteer: "FAW", "Council".
    Name(String),
    /// "Its councillor": the actor named last before this offset.
    Recent(u32),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PersonDraft {
    /// "Recep Tayyip Erdogan", "A Turkish official", "The Kremlin".
    pub name: String,
    /// A named person's last name, which later mentions use.
    pub surname: Option<String>,
    /// The title in the article's words.
    pub role: Option<Span>,
    pub actor: ActorRef,
    /// Words of the article that stand for them.
    pub aliases: Vec<String>,
    /// Where they are first named.
    pub first: u32,
}

/// A definite reference: "the Turkish diplomat", "the Russian president".
struct Reference {
    span: Span,
    phrase: String,
    head: String,
    place: usize,
    at: u32,
}

struct Scan<'a> {
    text: &'a str,
    places: &'a [PlaceHit],
    runs: &'a [NameRun],
}

impl Scan<'_> {
    fn place_of(&self, t: &Token) -> Option<&PlaceHit> {
        self.places
            .iter()
            .find(|p| p.span.start <= t.span.start && t.span.end <= p.span.end)
    }

    fn run_ending(&self, t: &Token) -> Option<&NameRun> {
        self.runs.iter().find(|r| r.span.end == t.span.end)
    }

    fn run_starting(&self, t: &Token) -> Option<&NameRun> {
        self.runs.iter().find(|r| r.span.start == t.span.start)
    }

    /// Whom the words just before index `end` name, and where they start:
    /// "Turkey’s", "Turkish", "Kremlin", "FAW", "Its".
    fn owner_before(&self, tokens: &[Token], end: usize) -> Option<(ActorRef, u32)> {
        let mut k = end.checked_sub(1)?;
        if tokens[k].kind == TokenKind::Possessive {
            k = k.checked_sub(1)?;
        }
        let t = &tokens[k];
        if let Some(hit) = self.place_of(t) {
            return Some((ActorRef::Place(hit.place), hit.span.start));
        }
        if let Some(run) = self.run_ending(t) {
            return Some((
                ActorRef::Name(run.text(self.text).to_string()),
                run.span.start,
            ));
        }
        if t.is("its") || t.is("their") {
            return Some((ActorRef::Recent(t.span.start), t.span.start));
        }
        None
    }
}

/// Index of the first word of the title that ends just before `end`, if the word
/// before `end` is a title's head.
fn title_start(tokens: &[Token], end: usize) -> Option<usize> {
    let last = tokens.get(end.checked_sub(1)?)?;
    if !(last.is_word() && is_title_head(last.text)) {
        return None;
    }
    let mut start = end - 1;
    while start > 0 && tokens[start - 1].is_word() && is_title_word(tokens[start - 1].text) {
        start -= 1;
    }
    Some(start)
}

fn token_index(tokens: &[Token], offset: u32) -> Option<usize> {
    tokens.iter().position(|t| t.span.start == offset)
}

fn span_of(tokens: &[Token], from: usize, to: usize) -> Span {
    Span::new(
        tokens[from].span.start as usize,
        tokens[to - 1].span.end as usize,
    )
}

fn capitalise(phrase: &str) -> String {
    let mut chars = phrase.chars();
    chars
        .next()
        .map_or(String::new(), |c| c.to_uppercase().chain(chars).collect())
}

pub fn find(
    doc: &Document,
    places: &[PlaceHit],
    runs: &[NameRun],
    main_place: Option<usize>,
) -> Vec<PersonDraft> {
    let scan = Scan {
        text: doc.text,
        places,
        runs,
    };
    let mut people: Vec<PersonDraft> = Vec::new();
    let mut references = Vec::new();
    for sentence in &doc.sentences {
        let tokens = tokenize(doc.text, sentence.span);
        for run in runs.iter().filter(|r| sentence.span.contains(r.span)) {
            if let Some(person) = titled_name(&scan, &tokens, run, main_place) {
                people.push(person);
            }
        }
        unnamed(&scan, &tokens, &mut people, &mut references);
        according_to(&scan, &tokens, &mut people);
        institutions(&scan, &tokens, &mut people);
    }
    let mut people = merge(doc.text, people);
    resolve_references(doc.text, &mut people, references);
    people.sort_by_key(|p| p.first);
    people
}

/// "Foreign Minister Mevlut Cavusoglu", "Turkey’s President Recep Tayyip Erdogan",
/// "Kremlin spokesman Dmitry Peskov", "Marrowby’s mayor, Tomas Breck,".
fn titled_name(
    scan: &Scan,
    tokens: &[Token],
    run: &NameRun,
    main_place: Option<usize>,
) -> Option<PersonDraft> {
    let text = scan.text;
    let words: Vec<&str> = run.words.iter().map(|w| &text[w.range()]).collect();
    // A title inside the run: "Foreign Minister" in "Foreign Minister Mevlut Cavusoglu".
    let inner = (1..words.len())
        .rev()
        .find(|&k| words[..k].iter().all(|w| is_title_word(w)) && is_title_head(words[k - 1]))
        .unwrap_or(0);
    let name_words = &run.words[inner..];
    if name_words.len() > 4 || run.is_organisation(text) || run.abbreviation.is_some() {
        return None;
    }
    let start = token_index(tokens, run.span.start)?;
    let name_start = token_index(tokens, name_words[0].start)?;
    let title_from = if inner > 0 {
        // Lowercase title words may precede: "deputy Prime Minister".
        let mut s = start;
        while s > 0 && tokens[s - 1].is_word() && is_title_word(tokens[s - 1].text) {
            s -= 1;
        }
        s
    } else if let Some(s) = title_start(tokens, start) {
        s
    } else if start >= 2 && tokens[start - 1].is_mark(",") {
        // An appositive: "Marrowby’s mayor, Tomas Breck".
        let s = title_start(tokens, start - 1)?;
        scan.owner_before(tokens, s)?;
        s
    } else {
        return None;
    };
    let title_end = if inner > 0 {
        name_start
    } else {
        let mut e = title_from;
        while e < tokens.len() && tokens[e].is_word() && is_title_word(tokens[e].text) {
            e += 1;
        }
        e
    };
    let owner = scan.owner_before(tokens, title_from);
    let role_start = owner
        .as_ref()
        .map_or(tokens[title_from].span.start, |(_, s)| *s);
    let role = Span::new(role_start as usize, tokens[title_end - 1].span.end as usize);
    let name = Span::new(
        name_words[0].start as usize,
        name_words[name_words.len() - 1].end as usize,
    );
    let actor = owner.map(|(a, _)| a).or(main_place.map(ActorRef::Place))?;
    Some(PersonDraft {
        name: text[name.range()].to_string(),
        surname: Some(text[name_words[name_words.len() - 1].range()].to_string()),
        role: Some(role),
        actor,
        aliases: vec![text[name.range()].to_string()],
        first: name.start,
    })
}

/// "a Turkish official", "a Board spokeswoman": new unnamed sources; "the Turkish
/// diplomat": a reference, resolved once everyone is known.
fn unnamed(
    scan: &Scan,
    tokens: &[Token],
    people: &mut Vec<PersonDraft>,
    references: &mut Vec<Reference>,
) {
    for (i, article) in tokens.iter().enumerate() {
        let indefinite = article.is("a") || article.is("an");
        if !(indefinite || article.is("the")) {
            continue;
        }
        // The owner: one place ("Turkish", "United States") or one capitalised run.
        let Some(first) = tokens.get(i + 1) else {
            continue;
        };
        let (actor, mut j) = if let Some(hit) = scan.place_of(first) {
            let mut j = i + 1;
            while tokens.get(j).is_some_and(|t| t.span.end <= hit.span.end) {
                j += 1;
            }
            (ActorRef::Place(hit.place), j)
        } else if let Some(run) = scan.run_starting(first).filter(|r| r.words.len() <= 3) {
            let mut j = i + 1;
            while tokens.get(j).is_some_and(|t| t.span.end <= run.span.end) {
                j += 1;
            }
            (ActorRef::Name(run.text(scan.text).to_string()), j)
        } else {
            continue;
        };
        let title_from = j;
        while tokens
            .get(j)
            .is_some_and(|t| t.is_word() && is_title_word(t.text))
        {
            j += 1;
        }
        if j == title_from || !is_title_head(tokens[j - 1].text) {
            continue;
        }
        // "the Turkish President Recep Tayyip Erdogan" is a titled name, not a source.
        if tokens.get(j).is_some_and(|t| t.is_capitalised()) {
            continue;
        }
        let head = tokens[j - 1].lower();
        let phrase_span = span_of(tokens, i + 1, j);
        let phrase = scan.text[phrase_span.range()].to_string();
        if indefinite {
            if !is_source_head(&head) {
                continue;
            }
            people.push(PersonDraft {
                name: capitalise(&scan.text[span_of(tokens, i, j).range()]),
                surname: None,
                role: Some(phrase_span),
                actor,
                aliases: vec![phrase],
                first: phrase_span.start,
            });
        } else if let ActorRef::Place(place) = actor {
            references.push(Reference {
                span: phrase_span,
                phrase,
                head,
                place,
                at: article.span.start,
            });
        }
    }
}

/// "according to Ukraine’s emergency services": the services are a source.
fn according_to(scan: &Scan, tokens: &[Token], people: &mut Vec<PersonDraft>) {
    for i in 0..tokens.len() {
        let Some(mut j) = speech::according_to_at(tokens, i) else {
            continue;
        };
        if tokens.get(j).is_some_and(|t| t.is("the")) {
            j += 1;
        }
        let Some(first) = tokens.get(j) else { continue };
        let (actor, owner_start) = if let Some(hit) = scan.place_of(first) {
            while tokens.get(j).is_some_and(|t| t.span.end <= hit.span.end) {
                j += 1;
            }
            (ActorRef::Place(hit.place), hit.span.start)
        } else {
            continue;
        };
        if tokens
            .get(j)
            .is_some_and(|t| t.kind == TokenKind::Possessive)
        {
            j += 1;
        }
        let role_from = j;
        while tokens
            .get(j)
            .is_some_and(|t| t.is_word() && !t.is_capitalised())
        {
            j += 1;
        }
        if j == role_from || !is_source_head(tokens[j - 1].text) {
            continue;
        }
        let role = span_of(tokens, role_from, j);
        let whole = Span::new(owner_start as usize, role.end as usize);
        people.push(PersonDraft {
            name: capitalise(&scan.text[whole.range()]),
            surname: None,
            role: Some(role),
            actor,
            aliases: vec![scan.text[role.range()].to_string()],
            first: whole.start,
        });
    }
}

/// "The Kremlin confirmed": a seat of power that speaks is a speaker of its own,
/// as the content file's people allow ("institutions that speak").
fn institutions(scan: &Scan, tokens: &[Token], people: &mut Vec<PersonDraft>) {
    for (i, t) in tokens.iter().enumerate() {
        let Some(hit) = scan
            .place_of(t)
            .filter(|h| h.kind == FormKind::Institution && h.span.start == t.span.start)
        else {
            continue;
        };
        let mut after = i;
        while tokens
            .get(after)
            .is_some_and(|t| t.span.end <= hit.span.end)
        {
            after += 1;
        }
        if speech::verb_at(tokens, after).is_none() {
            continue;
        }
        let word = scan.text[hit.span.range()].to_string();
        let with_article = i > 0 && tokens[i - 1].is("the");
        people.push(PersonDraft {
            name: if with_article {
                format!("The {word}")
            } else {
                word.clone()
            },
            surname: None,
            role: None,
            actor: ActorRef::Place(hit.place),
            aliases: vec![word],
            first: hit.span.start,
        });
    }
}

/// One person per surname (named) or per phrase (unnamed), keeping the longest name
/// and the first title; a surname is an alias only where it stands alone.
fn merge(text: &str, found: Vec<PersonDraft>) -> Vec<PersonDraft> {
    let mut people: Vec<PersonDraft> = Vec::new();
    for p in found {
        let key = |q: &PersonDraft| {
            q.surname
                .clone()
                .unwrap_or_else(|| q.aliases[0].to_lowercase())
        };
        match people.iter_mut().find(|q| key(q) == key(&p)) {
            Some(q) => {
                if p.first < q.first {
                    q.first = p.first;
                    q.role = p.role.or(q.role);
                }
                if p.name.len() > q.name.len() && p.surname.is_some() {
                    q.name = p.name.clone();
                }
                for a in p.aliases {
                    if !q.aliases.contains(&a) {
                        q.aliases.push(a);
                    }
                }
            }
            None => people.push(p),
        }
    }
    for p in &mut people {
        if let Some(surname) = p.surname.clone() {
            let inside_names: Vec<Span> = p
                .aliases
                .iter()
                .filter(|a| **a != surname)
                .flat_map(|a| whole_words(text, a))
                .collect();
            let alone = whole_words(text, &surname)
                .into_iter()
                .any(|s| !inside_names.iter().any(|n| n.contains(s)));
            if alone && !p.aliases.contains(&surname) {
                p.aliases.push(surname);
            }
        }
        // Longest first, so the draft lists the full name before the surname.
        p.aliases.sort_by_key(|a| std::cmp::Reverse(a.len()));
    }
    people
}

/// Where a person is named before `at`, latest first.
fn last_named_before(text: &str, person: &PersonDraft, at: u32) -> Option<u32> {
    person
        .aliases
        .iter()
        .flat_map(|a| whole_words(text, a))
        .map(|s| s.start)
        .filter(|&s| s < at)
        .max()
}

/// "the Russian president" is the Russian person titled president; "the Turkish
/// diplomat", with no Turkish person titled diplomat, is the last Turkish person
/// with a title. The phrase becomes their alias. With nobody to point to, a
/// source's phrase ("The Turkish official") makes a new unnamed person.
fn resolve_references(text: &str, people: &mut Vec<PersonDraft>, references: Vec<Reference>) {
    let place_of = |p: &PersonDraft| match p.actor {
        ActorRef::Place(place) => Some(place),
        _ => None,
    };
    for r in references {
        let candidates: Vec<usize> = (0..people.len())
            .filter(|&i| place_of(&people[i]) == Some(r.place))
            .filter(|&i| last_named_before(text, &people[i], r.at).is_some())
            .collect();
        let same_phrase = candidates.iter().copied().find(|&i| {
            people[i]
                .aliases
                .iter()
                .any(|a| a.eq_ignore_ascii_case(&r.phrase))
        });
        let same_head = || {
            candidates.iter().copied().find(|&i| {
                people[i].surname.is_some()
                    && people[i].role.is_some_and(|role| {
                        text[role.range()].to_lowercase().split_whitespace().last()
                            == Some(r.head.as_str())
                    })
            })
        };
        let last_titled = || {
            candidates
                .iter()
                .copied()
                .filter(|&i| people[i].surname.is_some() && people[i].role.is_some())
                .max_by_key(|&i| last_named_before(text, &people[i], r.at))
        };
        match same_phrase.or_else(same_head).or_else(last_titled) {
            Some(i) if people[i].aliases.contains(&r.phrase) => {}
            Some(i) => people[i].aliases.push(r.phrase),
            None if is_source_head(&r.head) => people.push(PersonDraft {
                name: format!("The {}", r.phrase),
                surname: None,
                role: Some(r.span),
                actor: ActorRef::Place(r.place),
                aliases: vec![r.phrase],
                first: r.span.start,
            }),
            None => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::propose::gazetteer::Gazetteer;
    use crate::propose::names;

    /// (name, role, actor's name or ref, aliases) of each person found.
    fn people(text: &str) -> Vec<(String, Option<String>, String, Vec<String>)> {
        let doc = Document::new(text);
        let g = Gazetteer::new();
        let places = g.find(text);
        let runs = names::find(&doc, &places);
        let main = places.first().map(|p| p.place);
        find(&doc, &places, &runs, main)
            .into_iter()
            .map(|p| {
                let actor = match &p.actor {
                    ActorRef::Place(i) => g.places[*i].name.to_string(),
                    ActorRef::Name(n) => format!("name:{n}"),
                    ActorRef::Recent(_) => "recent".to_string(),
                };
                (
                    p.name,
                    p.role.map(|r| text[r.range()].to_string()),
                    actor,
                    p.aliases,
                )
            })
            .collect()
    }

    #[test]
    fn a_title_and_a_name_make_a_person_of_the_titles_country() {
        let found = people(
            "Turkish President Recep Tayyip Erdogan met Kremlin spokesman Dmitry Peskov. Erdogan left.",
        );
        assert_eq!(found[0].0, "Recep Tayyip Erdogan");
        assert_eq!(found[0].1.as_deref(), Some("Turkish President"));
        assert_eq!(found[0].2, "Turkey");
        assert_eq!(found[0].3, ["Recep Tayyip Erdogan", "Erdogan"]);
        assert_eq!(found[1].1.as_deref(), Some("Kremlin spokesman"));
        assert_eq!(found[1].2, "Russia");
        assert_eq!(found[1].3, ["Dmitry Peskov"]);
    }

    #[test]
    fn a_title_without_a_country_belongs_to_the_main_actor() {
        let found = people("Turkey spoke. Foreign Minister Mevlut Cavusoglu said so.");
        assert_eq!(found[0].1.as_deref(), Some("Foreign Minister"));
        assert_eq!(found[0].2, "Turkey");
    }

    #[test]
    fn possessive_and_appositive_titles() {
        let found = people("Turkey’s President Recep Tayyip Erdogan spoke. Marrowby’s mayor, Tomas Breck, objected.");
        assert_eq!(found[0].1.as_deref(), Some("Turkey’s President"));
        assert_eq!(found[1].0, "Tomas Breck");
        assert_eq!(found[1].1.as_deref(), Some("Marrowby’s mayor"));
        assert_eq!(found[1].2, "name:Marrowby");
    }

    #[test]
    fn unnamed_sources_and_their_definite_mentions_are_one_person() {
        let found = people("A Turkish official told AFP. The Turkish official said more. A Turkish diplomatic source said.");
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].0, "A Turkish official");
        assert_eq!(found[0].1.as_deref(), Some("Turkish official"));
        assert_eq!(found[0].2, "Turkey");
        assert_eq!(found[1].3, ["Turkish diplomatic source"]);
    }

    #[test]
    fn the_turkish_diplomat_is_the_last_turkish_person_with_a_title() {
        let text = "Turkish President Recep Tayyip Erdogan spoke. Foreign Minister Mevlut Cavusoglu said so. “War,” added the Turkish diplomat. Vladimir Putin is the Russian president, said Russian President Vladimir Putin.";
        let found = people(text);
        let cavusoglu = found.iter().find(|p| p.0 == "Mevlut Cavusoglu").unwrap();
        assert!(cavusoglu.3.contains(&"Turkish diplomat".to_string()));
        let putin = found.iter().find(|p| p.0 == "Vladimir Putin").unwrap();
        assert!(
            putin.3.contains(&"Russian president".to_string()),
            "{putin:?}"
        );
    }

    #[test]
    fn according_to_and_speaking_institutions_are_sources() {
        let found = people(
            "19 were killed, according to Ukraine’s emergency services. The Kremlin confirmed it.",
        );
        assert_eq!(found[0].0, "Ukraine’s emergency services");
        assert_eq!(found[0].1.as_deref(), Some("emergency services"));
        assert_eq!(found[0].2, "Ukraine");
        assert_eq!(found[1].0, "The Kremlin");
        assert_eq!(found[1].1, None);
        assert_eq!(found[1].2, "Russia");
    }
}
