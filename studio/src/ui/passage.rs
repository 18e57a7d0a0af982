//! The passage bar: the words in hand (selected in the article, or typed there
//! exactly), whether the article holds them, and the menu of what they can become.
//! The menu is a native select and a button, so pointer and keyboard reach it
//! alike; it offers only what the words can be (evidence must point to one
//! place, a name may recur).

use explainer_model::authoring::{ContentFile, Path};
use explainer_model::explainer::possessive;
use yew::prelude::*;

use super::article::clear_selection;
use super::{use_ctx, Ctx, UiAction};
use crate::document::{
    add_actor, add_alias, add_evidence, add_left_out, add_person, add_statement, find_passage,
    line_number, ClaimAt, EvidenceFor, PassageProblem,
};

/// What the words in hand can become.
#[derive(Clone, Debug, PartialEq)]
enum Use {
    Actor,
    Alias(usize),
    PersonAlias(usize),
    Person(usize),
    Title(usize),
    Evidence(EvidenceFor),
    Statement(String),
    Source(ClaimAt),
    When(usize),
    LeftOut,
}

impl Use {
    fn key(&self) -> String {
        format!("{self:?}")
    }

    /// Whether it needs the words to occur exactly once (evidence, statements),
    /// or only somewhere (names, titles, dates).
    fn needs_unique(&self) -> bool {
        matches!(self, Use::Evidence(_) | Use::Statement(_) | Use::LeftOut)
    }
}

/// Every use on offer, grouped, with its label.
fn uses(c: &ContentFile) -> Vec<(&'static str, Vec<(Use, String)>)> {
    let actor_name = |i: usize| c.actors[i].name.clone();
    let cut = |s: &str| {
        let short: String = s.chars().take(40).collect();
        if short.len() < s.len() {
            format!("{short}…")
        } else {
            short
        }
    };
    let mut names = Vec::new();
    for i in 0..c.actors.len() {
        names.push((Use::Alias(i), format!("Another word for {}", actor_name(i))));
    }
    for (p, person) in c.people.iter().enumerate() {
        names.push((
            Use::PersonAlias(p),
            format!("Another word for {}", person.name),
        ));
    }
    for i in 0..c.actors.len() {
        names.push((
            Use::Person(i),
            format!("A person who speaks for {}", actor_name(i)),
        ));
    }
    for (p, person) in c.people.iter().enumerate() {
        names.push((Use::Title(p), format!("The title of {}", person.name)));
    }
    let mut evidence = Vec::new();
    for (i, a) in c.actors.iter().enumerate() {
        evidence.push((
            Use::Evidence(EvidenceFor::Claim(ClaimAt::Role(i))),
            format!("Evidence for {} role", possessive(&a.name)),
        ));
        for (s, stance) in a.stances.iter().enumerate() {
            evidence.push((
                Use::Evidence(EvidenceFor::Claim(ClaimAt::Stance(i, s))),
                format!(
                    "Evidence for {} stance {}: {}",
                    possessive(&a.name),
                    s + 1,
                    cut(&stance.summary)
                ),
            ));
        }
        evidence.push((
            Use::Evidence(EvidenceFor::NewStance(i)),
            format!("Evidence for a new stance of {}", a.name),
        ));
    }
    let name_of = |id: &str| {
        c.actors
            .iter()
            .find(|a| a.id == id)
            .map_or(id, |a| a.name.as_str())
            .to_string()
    };
    for (r, rel) in c.relations.iter().enumerate() {
        let label = c
            .kinds
            .iter()
            .find(|k| k.id == rel.kind)
            .map_or(rel.kind.as_str(), |k| k.label.as_str());
        evidence.push((
            Use::Evidence(EvidenceFor::Claim(ClaimAt::Relation(r))),
            format!(
                "Evidence for {} – {} ({label})",
                name_of(&rel.between[0]),
                name_of(&rel.between[1])
            ),
        ));
    }
    for (e, event) in c.events.iter().enumerate() {
        evidence.push((
            Use::Evidence(EvidenceFor::Claim(ClaimAt::Event(e))),
            format!("Evidence for event {}: {}", e + 1, cut(&event.summary)),
        ));
    }
    let mut said = Vec::new();
    for person in &c.people {
        said.push((
            Use::Statement(person.id.clone()),
            format!("Something {} said", person.name),
        ));
    }
    for actor in &c.actors {
        said.push((
            Use::Statement(actor.id.clone()),
            format!("Something {} said in its own name", actor.name),
        ));
    }
    let mut other = Vec::new();
    for (i, a) in c.actors.iter().enumerate() {
        other.push((
            Use::Source(ClaimAt::Role(i)),
            format!("Who says so, for {} role", possessive(&a.name)),
        ));
        for s in 0..a.stances.len() {
            other.push((
                Use::Source(ClaimAt::Stance(i, s)),
                format!("Who says so, for {} stance {}", possessive(&a.name), s + 1),
            ));
        }
    }
    for r in 0..c.relations.len() {
        other.push((
            Use::Source(ClaimAt::Relation(r)),
            format!("Who says so, for relation {}", r + 1),
        ));
    }
    for e in 0..c.events.len() {
        other.push((
            Use::Source(ClaimAt::Event(e)),
            format!("Who says so, for event {}", e + 1),
        ));
        other.push((Use::When(e), format!("When event {} happened", e + 1)));
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

/// Makes the words `passage` into `what`; returns where to take the editor.
fn apply(ctx: &Ctx, what: Use, passage: String) {
    let c = ctx.doc();
    // Where the edit lands: its tab, its card opened, its field focused.
    let goto = |path: Path| ctx.ui.dispatch(UiAction::Goto(path));
    let item = |list: &'static str, i: usize| Path::root().key(list).index(i);
    match what {
        Use::Actor => {
            let i = c.actors.len();
            ctx.edit(None, move |c| {
                add_actor(c, &passage);
            });
            goto(item("actors", i).key("role").key("summary"));
        }
        Use::Alias(i) => {
            ctx.edit(None, move |c| add_alias(c, i, &passage));
            goto(item("actors", i).key("aliases"));
        }
        Use::PersonAlias(p) => {
            ctx.edit(None, move |c| {
                if !c.people[p].aliases.contains(&passage) {
                    c.people[p].aliases.push(passage.clone());
                }
            });
            goto(item("people", p).key("aliases"));
        }
        Use::Person(i) => {
            let p = c.people.len();
            ctx.edit(None, move |c| {
                add_person(c, i, &passage);
            });
            goto(item("people", p).key("role"));
        }
        Use::Title(p) => {
            ctx.edit(None, move |c| c.people[p].role = Some(passage.clone()));
            goto(item("people", p).key("role"));
        }
        Use::Evidence(target) => {
            // Where it lands is known once made: a new stance is the actor's last.
            let at = match target {
                EvidenceFor::Claim(at) => at,
                EvidenceFor::NewStance(a) => ClaimAt::Stance(a, c.actors[a].stances.len()),
            };
            ctx.edit(None, move |c| {
                add_evidence(c, target, &passage);
            });
            goto(at.path().key("summary"));
        }
        Use::Statement(speaker) => {
            let s = c.statements.len();
            ctx.edit(None, move |c| {
                add_statement(c, &speaker, &passage);
            });
            goto(item("statements", s).key("direct"));
        }
        Use::Source(at) => {
            ctx.edit(None, move |c| {
                if let Some(f) = at.fields(c) {
                    *f.according_to = Some(passage.clone());
                }
            });
            goto(at.path().key("according_to"));
        }
        Use::When(e) => {
            ctx.edit(None, move |c| c.events[e].when = Some(passage.clone()));
            goto(item("events", e).key("when"));
        }
        Use::LeftOut => {
            let i = c.left_out.len();
            ctx.edit(None, move |c| add_left_out(c, &passage));
            goto(item("left_out", i).key("reason"));
        }
    }
    ctx.ui.dispatch(UiAction::Passage(String::new()));
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
    let status = match &found {
        Ok(at) => format!("✓ In the article, line {}.", line_number(&c.article.text, *at)),
        Err(PassageProblem::Repeated(n)) => format!(
            "✓ In the article {n} times: it can name someone. Evidence must point to one place: select a longer passage for that."
        ),
        Err(problem) => problem.describe(),
    };
    let menu: Vec<(&str, Vec<(Use, String)>)> = uses(c)
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
    let choice = use_state(String::new);
    // Nothing is chosen for the editor: a wrong pre-chosen use would attach the
    // words where they were not meant to go.
    let chosen = menu
        .iter()
        .flat_map(|(_, items)| items)
        .find(|(u, _)| u.key() == *choice)
        .map(|(u, _)| u.clone());
    let oninput = {
        let ui = ctx.ui.clone();
        Callback::from(move |e: InputEvent| {
            let value = e
                .target_unchecked_into::<web_sys::HtmlInputElement>()
                .value();
            ui.dispatch(UiAction::Passage(value));
        })
    };
    let new_actor = {
        let (ctx, passage) = (ctx.clone(), passage.clone());
        Callback::from(move |_| apply(&ctx, Use::Actor, passage.trim().to_string()))
    };
    let onchange = {
        let choice = choice.clone();
        Callback::from(move |e: Event| {
            choice.set(
                e.target_unchecked_into::<web_sys::HtmlSelectElement>()
                    .value(),
            )
        })
    };
    let on_apply = {
        let (ctx, passage, chosen, choice) =
            (ctx.clone(), passage.clone(), chosen.clone(), choice.clone());
        Callback::from(move |_| {
            if let Some(what) = chosen.clone() {
                apply(&ctx, what, passage.trim().to_string());
                // The next passage starts with nothing chosen.
                choice.set(String::new());
            }
        })
    };
    let chosen_key = chosen.as_ref().map(Use::key).unwrap_or_default();
    let groups = menu.iter().map(|(group, items)| {
        html! {
            <optgroup label={*group}>
                { for items.iter().map(|(u, label)| html! {
                    <option value={u.key()} selected={u.key() == chosen_key}>{ label }</option>
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
        </section>
    }
}
