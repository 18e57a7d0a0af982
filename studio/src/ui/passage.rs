//! The passage bar: the words in hand (selected in the article, or typed there
//! exactly), whether the article holds them, and the menu of what they can become.
//! The menu is a native select and a button, so pointer and keyboard reach it
//! alike; it offers only what the words can be (evidence must point to one
//! place, a name may recur).

use explainer_model::explainer::{midway, possessive};
use yew::prelude::*;

use super::article::{clear_selection, select_in_article};
use super::{use_ctx, Ctx, UiAction};
use crate::document::{describe, find_passage, line_number, PassageProblem};
use crate::edit::{Claim, Doc, Edit, Field, Item, Key, Words};
use crate::nudge::{cuts_a_word, extend, trim, End};

/// What the words in hand can become.
#[derive(Clone, Debug, PartialEq)]
enum Use {
    Actor,
    Alias(Key),
    PersonAlias(Key),
    Person(Key),
    Title(Key),
    Evidence(Claim),
    NewStance(Key),
    Statement(Item),
    Source(Claim),
    When(Key),
    LeftOut,
}

impl Use {
    /// Whether it needs the words to occur exactly once (evidence, statements),
    /// or only somewhere (names, titles, dates).
    fn needs_unique(&self) -> bool {
        matches!(
            self,
            Use::Evidence(_) | Use::NewStance(_) | Use::Statement(_) | Use::LeftOut
        )
    }

    /// The edit that makes `words` into this.
    fn edit(self, words: String) -> Edit {
        match self {
            Use::Actor => Edit::AddActor(words),
            Use::Alias(a) => Edit::AddWords(Words::ActorAliases(a), words),
            Use::PersonAlias(p) => Edit::AddWords(Words::PersonAliases(p), words),
            Use::Person(actor) => Edit::AddPerson { actor, name: words },
            Use::Title(p) => Edit::Choose(Field::PersonTitle(p), words),
            Use::Evidence(claim) => Edit::AddWords(Words::Evidence(claim), words),
            Use::NewStance(a) => Edit::NewStance(a, words),
            Use::Statement(speaker) => Edit::AddStatement { speaker, words },
            Use::Source(claim) => Edit::Choose(Field::Source(claim), words),
            Use::When(e) => Edit::Choose(Field::EventWhen(e), words),
            Use::LeftOut => Edit::AddLeftOut(words),
        }
    }
}

/// Every use on offer, grouped, with its label.
fn uses(d: &Doc) -> Vec<(&'static str, Vec<(Use, String)>)> {
    let c = d.content();
    let cut = |s: &str| {
        let short: String = s.chars().take(40).collect();
        if short.len() < s.len() {
            format!("{short}…")
        } else {
            short
        }
    };
    let actors = || c.actors.iter().zip(d.actor_keys().iter().copied());
    let people = || c.people.iter().zip(d.person_keys().iter().copied());
    let mut names = Vec::new();
    for (a, k) in actors() {
        names.push((
            Use::Alias(k),
            format!("Another word for {}", midway(&a.name)),
        ));
    }
    for (p, k) in people() {
        names.push((
            Use::PersonAlias(k),
            format!("Another word for {}", midway(&p.name)),
        ));
    }
    for (a, k) in actors() {
        names.push((
            Use::Person(k),
            format!("A person who speaks for {}", midway(&a.name)),
        ));
    }
    for (p, k) in people() {
        names.push((Use::Title(k), format!("The title of {}", midway(&p.name))));
    }
    let mut evidence = Vec::new();
    for (a, k) in actors() {
        evidence.push((
            Use::Evidence(Claim::Role(k)),
            format!("Evidence for {} role", possessive(&a.name)),
        ));
        for (s, (stance, &sk)) in a.stances.iter().zip(d.stance_keys(k)).enumerate() {
            evidence.push((
                Use::Evidence(Claim::Stance(k, sk)),
                format!(
                    "Evidence for {} stance {}: {}",
                    possessive(&a.name),
                    s + 1,
                    cut(&stance.summary)
                ),
            ));
        }
        evidence.push((
            Use::NewStance(k),
            format!("Evidence for a new stance of {}", midway(&a.name)),
        ));
    }
    let name_of = |id: &str| {
        c.actors
            .iter()
            .find(|a| a.id == id)
            .map_or(id, |a| a.name.as_str())
            .to_string()
    };
    // A relation by its actors and kind: "Turkey – Russia (trade)".
    let relation = |rel: &explainer_model::authoring::RelationSpec| {
        let label = c
            .kinds
            .iter()
            .find(|k| k.id == rel.kind)
            .map_or(rel.kind.as_str(), |k| k.label.as_str());
        format!(
            "{} – {} ({label})",
            midway(&name_of(&rel.between[0])),
            midway(&name_of(&rel.between[1]))
        )
    };
    for (rel, &k) in c.relations.iter().zip(d.relation_keys()) {
        evidence.push((
            Use::Evidence(Claim::Relation(k)),
            format!("Evidence for {}", relation(rel)),
        ));
    }
    for (e, (event, &k)) in c.events.iter().zip(d.event_keys()).enumerate() {
        evidence.push((
            Use::Evidence(Claim::Event(k)),
            format!("Evidence for event {}: {}", e + 1, cut(&event.summary)),
        ));
    }
    let mut said = Vec::new();
    for (p, k) in people() {
        said.push((
            Use::Statement(Item::Person(k)),
            format!("Something {} said", midway(&p.name)),
        ));
    }
    for (a, k) in actors() {
        said.push((
            Use::Statement(Item::Actor(k)),
            format!("Something {} said in its own name", midway(&a.name)),
        ));
    }
    let mut other = Vec::new();
    for (a, k) in actors() {
        other.push((
            Use::Source(Claim::Role(k)),
            format!("Who says so, for {} role", possessive(&a.name)),
        ));
        for (s, &sk) in d.stance_keys(k).iter().enumerate() {
            other.push((
                Use::Source(Claim::Stance(k, sk)),
                format!("Who says so, for {} stance {}", possessive(&a.name), s + 1),
            ));
        }
    }
    for (rel, &k) in c.relations.iter().zip(d.relation_keys()) {
        other.push((
            Use::Source(Claim::Relation(k)),
            format!("Who says so, for {}", relation(rel)),
        ));
    }
    for (e, &k) in d.event_keys().iter().enumerate() {
        other.push((
            Use::Source(Claim::Event(k)),
            format!("Who says so, for event {}", e + 1),
        ));
        other.push((Use::When(k), format!("When event {} happened", e + 1)));
    }
    other.push((
        Use::LeftOut,
        "Left out of the explainer (say why under Article)".into(),
    ));
    vec![
        ("Names", names),
        ("Evidence", evidence),
        ("Who said what", said),
        ("Other", other),
    ]
}

/// Makes the words `passage` into `what`, and takes the editor to where they went.
fn apply(ctx: &Ctx, what: Use, passage: String) {
    ctx.edit_and_follow(what.edit(passage));
    ctx.ui.dispatch(UiAction::Passage(String::new(), None));
    clear_selection();
}

#[function_component]
pub fn PassageBar() -> Html {
    let ctx = use_ctx();
    let c = ctx.doc();
    let passage = ctx.ui.passage.clone();
    // Typed passages may carry stray spaces that the article does not.
    let found = find_passage(&c.article.text, passage.trim());
    // Names may recur; evidence must point to one place.
    let anywhere = matches!(found, Ok(_) | Err(PassageProblem::Repeated(_)));
    let words = passage.trim();
    // Where the words are: where they were selected, or their one place.
    let at = ctx
        .ui
        .passage_at
        .filter(|&at| {
            c.article
                .text
                .get(at..)
                .is_some_and(|t| t.starts_with(words))
        })
        .or(found.as_ref().ok().copied());
    let status = match &found {
        Ok(at) => format!("✓ In the article, line {}.", line_number(&c.article.text, *at)),
        Err(PassageProblem::Repeated(n)) => format!(
            "✓ In the article {n} times: it can name someone. Evidence must point to one place: select a longer passage for that."
        ),
        Err(problem) => describe(problem),
    };
    // Part of a word is seldom what was meant: say so before it is used.
    let status = if at.is_some_and(|at| cuts_a_word(&c.article.text, at, words)) {
        format!("{status} ⚠ It starts or ends inside a word: mend it by a word, or select again.")
    } else {
        status
    };
    let menu: Vec<(&str, Vec<(Use, String)>)> = uses(ctx.keyed())
        .into_iter()
        .map(|(group, items)| {
            let fitting = items
                .into_iter()
                .filter(|(u, _)| {
                    if u.needs_unique() {
                        found.is_ok()
                    } else {
                        anywhere
                    }
                })
                .collect::<Vec<_>>();
            (group, fitting)
        })
        .filter(|(_, items)| !items.is_empty())
        .collect();
    // The menu's uses in order: an option's value is its place here.
    let offered: std::rc::Rc<Vec<Use>> = std::rc::Rc::new(
        menu.iter()
            .flat_map(|(_, items)| items.iter().map(|(u, _)| u.clone()))
            .collect(),
    );
    let choice = use_state(|| None::<Use>);
    // New words start with nothing chosen: a use chosen for the last words
    // would otherwise carry over to these.
    {
        let choice = choice.clone();
        use_effect_with(passage.clone(), move |_| choice.set(None));
    }
    // Nothing is chosen for the editor: a wrong pre-chosen use would attach the
    // words where they were not meant to go. A choice no longer offered (the
    // words changed) is no choice.
    let chosen = (*choice).clone().filter(|u| offered.contains(u));
    let oninput = {
        let ui = ctx.ui.clone();
        Callback::from(move |e: InputEvent| {
            let value = e
                .target_unchecked_into::<web_sys::HtmlInputElement>()
                .value();
            ui.dispatch(UiAction::Passage(value, None));
        })
    };
    let new_actor = {
        let (ctx, passage) = (ctx.clone(), passage.clone());
        Callback::from(move |_| apply(&ctx, Use::Actor, passage.trim().to_string()))
    };
    let onchange = {
        let (choice, offered) = (choice.clone(), offered.clone());
        Callback::from(move |e: Event| {
            let value = e
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value();
            choice.set(
                value
                    .parse::<usize>()
                    .ok()
                    .and_then(|i| offered.get(i).cloned()),
            );
        })
    };
    let on_apply = {
        let (ctx, passage, chosen, choice) =
            (ctx.clone(), passage.clone(), chosen.clone(), choice.clone());
        Callback::from(move |_| {
            if let Some(what) = chosen.clone() {
                apply(&ctx, what, passage.trim().to_string());
                // The next passage starts with nothing chosen.
                choice.set(None);
            }
        })
    };
    // A word more or less at either end: growing needs the words' one place.
    let nudge = |label: &'static str, next: Option<(Option<usize>, String)>| {
        let onclick = {
            let (ui, next, text) = (ctx.ui.clone(), next.clone(), c.article.text.clone());
            Callback::from(move |_| {
                let Some((at, words)) = next.clone() else {
                    return;
                };
                // The article shows the words in hand selected; words typed, not
                // placed, leave no selection to show.
                let shown = at.is_some_and(|at| select_in_article(&text, at, words.len()));
                if !shown {
                    clear_selection();
                }
                ui.dispatch(UiAction::Passage(words, at));
            })
        };
        // Not `disabled`: a button that focus is on would drop it.
        let off = next.is_none().then_some("true");
        html! { <button type="button" class="st-nudge" {onclick} aria-disabled={off}>{ label }</button> }
    };
    let grow = |end| {
        let (from, grown) = extend(&c.article.text, at?, words, end)?;
        Some((Some(from), grown))
    };
    let nudges = html! {
        <div class="st-nudges" role="group" aria-labelledby="st-nudges-label">
            <span id="st-nudges-label" class="st-hint">{ "Mend it by a word:" }</span>
            { nudge("Add before", grow(End::Start)) }
            { nudge("Drop first", trim(at, words, End::Start)) }
            { nudge("Drop last", trim(at, words, End::Finish)) }
            { nudge("Add after", grow(End::Finish)) }
        </div>
    };
    let mut place = 0..;
    let groups = menu.iter().map(|(group, items)| {
        html! {
            <optgroup label={*group}>
                { for items.iter().map(|(u, label)| html! {
                    <option value={place.next().unwrap_or_default().to_string()} selected={Some(u) == chosen.as_ref()}>{ label }</option>
                }) }
            </optgroup>
        }
    });
    html! {
        <section class="st-passage" aria-labelledby="st-passage-title">
            <h2 id="st-passage-title" class="sr-only">{ "The passage in hand" }</h2>
            <label for="st-passage-input">{ "Passage: select words in the article, or type them exactly (key: /)" }</label>
            <input type="text" id="st-passage-input" value={passage.clone()} {oninput} aria-describedby="st-passage-status" aria-keyshortcuts="/" autocomplete="off" spellcheck="false" />
            <p id="st-passage-status" class={classes!("st-status", anywhere.then_some("st-ok"))} aria-live="polite">{ status }</p>
            <div class="st-use">
                <button type="button" onclick={new_actor} disabled={!anywhere}>{ "New actor" }</button>
                <label for="st-use-as">{ "or use it as" }</label>
                <select id="st-use-as" {onchange} disabled={menu.is_empty()}>
                    if menu.is_empty() { <option>{ "(first select words in the article)" }</option> }
                    else { <option value="" selected={chosen.is_none()}>{ "(choose what these words are)" }</option> }
                    { for groups }
                </select>
                <button type="button" onclick={on_apply} disabled={chosen.is_none()}>{ "Apply" }</button>
            </div>
            { nudges }
        </section>
    }
}
