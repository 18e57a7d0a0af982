//! One card per item of the document (actor, person, statement, relation, event,
//! kind), with a field for everything an editor writes and the article's words
//! attached to it, each removable. Words are attached from the passage bar only.

use explainer_model::authoring::{ContentFile, LineStyle, Path};
use yew::prelude::*;

use super::fields::{Card, CheckField, QuoteList, SelectField, TextField};
use super::{card_id, field_id, Confirm, Ctx, Then, UiAction};
use crate::document::actor_dependents;
use crate::edit::{Claim, Edit, Field, Flag, Item, KindChoice, Words};
use wasm_bindgen::JsCast;

/// How many problems the checker finds in the item `list[index]`.
pub fn problems_in(ctx: &Ctx, list: &str, index: usize) -> usize {
    ctx.studio
        .check
        .problems
        .iter()
        .filter(|p| {
            p.path
                .as_ref()
                .and_then(Path::item)
                .is_some_and(|(l, i)| l == list && i == index)
        })
        .count()
}

/// A text field that edits one field of the document.
fn text(
    ctx: &Ctx,
    field: Field,
    label: &str,
    value: &str,
    hint: Option<&str>,
    multiline: bool,
) -> Html {
    let Some(path) = ctx.keyed().path(field) else {
        return html! {};
    };
    let id = field_id(&path);
    let onchange = {
        let ctx = ctx.clone();
        Callback::from(move |v: String| ctx.edit(Edit::Set(field, v)))
    };
    html! {
        <TextField id={id} label={label.to_string()} value={value.to_string()} {onchange} {multiline}
            hint={hint.map(|h| AttrValue::from(h.to_string()))} />
    }
}

/// A choice that sets one field of the document.
fn select(
    ctx: &Ctx,
    field: Field,
    label: &str,
    options: Vec<(String, String)>,
    value: &str,
) -> Html {
    let Some(path) = ctx.keyed().path(field) else {
        return html! {};
    };
    let (id, shown) = (field_id(&path), value.to_string());
    let onchange = {
        let (ctx, id) = (ctx.clone(), id.clone());
        Callback::from(move |v: String| {
            let choose = Edit::Choose(field, v);
            // A refused choice leaves the document as it was (the edit says
            // why); the menu shows what the document holds again.
            if crate::edit::apply(ctx.keyed(), &choose, &ctx.studio.proposals).is_err() {
                if let Some(menu) = gloo::utils::document().get_element_by_id(&id) {
                    menu.unchecked_into::<web_sys::HtmlSelectElement>()
                        .set_value(&shown);
                }
            }
            ctx.edit(choose);
        })
    };
    html! { <SelectField {id} label={label.to_string()} {options} value={value.to_string()} {onchange} /> }
}

/// A tick that sets one flag of the document.
fn tick(ctx: &Ctx, flag: Flag, id: String, label: &str, checked: bool) -> Html {
    let onchange = {
        let ctx = ctx.clone();
        Callback::from(move |on: bool| ctx.edit(Edit::Check(flag, on)))
    };
    html! { <CheckField {id} label={label.to_string()} {checked} {onchange} /> }
}

/// An id field: renamed everywhere it is referred to when the editor leaves it,
/// and refused (with a message, the old id put back) when another item has it.
fn id_field(ctx: &Ctx, path: Path, item: Item, label: &str, value: &str) -> Html {
    let id = field_id(&path);
    let old = value.to_string();
    let onchange = {
        let (ctx, id) = (ctx.clone(), id.clone());
        Callback::from(move |v: String| {
            let v = v.trim().to_string();
            if v == old {
                return;
            }
            // A refused id leaves the document as it was (the edit says why);
            // the field shows the old one again.
            if crate::edit::rename_problem(ctx.keyed(), item, &v).is_some() {
                if let Some(input) = gloo::utils::document().get_element_by_id(&id) {
                    input
                        .unchecked_into::<web_sys::HtmlInputElement>()
                        .set_value(&old);
                }
            }
            ctx.edit(Edit::Rename(item, v));
        })
    };
    // Ids are for links and the file, not the explainer's words: out of the
    // way, where an editor who needs one finds it.
    html! {
        <details class="st-advanced">
            <summary>{ "Advanced: its id" }</summary>
            <TextField id={id} label={label.to_string()} value={value.to_string()} {onchange} on_commit=true
                hint={Some(AttrValue::from("Lowercase letters, digits and dashes; links and references use it."))} />
        </details>
    }
}

/// Choices of who says so: the article itself, or a person or actor by id; words
/// of the article already chosen stay a choice.
fn source_options(c: &ContentFile, current: Option<&str>) -> Vec<(String, String)> {
    let mut options = vec![(
        String::new(),
        "The article itself (its own reporting)".to_string(),
    )];
    options.extend(
        c.people
            .iter()
            .map(|p| (p.id.clone(), format!("{} (person)", p.name))),
    );
    options.extend(
        c.actors
            .iter()
            .map(|a| (a.id.clone(), format!("{} (actor)", a.name))),
    );
    if let Some(words) = current.filter(|w| !options.iter().any(|(v, _)| v == w)) {
        options.push((
            words.to_string(),
            format!("“{words}” (the article’s words)"),
        ));
    }
    options
}

/// A claim's fields: summary, who says so, the hedge overrule, and its evidence.
pub fn claim_fields(ctx: &Ctx, claim: Claim, label: &str) -> Html {
    let (Some(view), Some(path)) = (ctx.keyed().claim(claim), ctx.keyed().claim_path(claim)) else {
        return html! {};
    };
    let summary = text(
        ctx,
        Field::Summary(claim),
        &format!("{label}: summary"),
        view.summary,
        Some("One line that says no more than its evidence, keeping its hedges (“is scheduled to”, “would”)."),
        true,
    );
    let on_remove = {
        let ctx = ctx.clone();
        Callback::from(move |words: String| {
            ctx.edit(Edit::RemoveWords(Words::Evidence(claim), words))
        })
    };
    html! {
        <div class="st-claim">
            { summary }
            { select(ctx, Field::Source(claim), "Who says so", source_options(ctx.doc(), view.according_to),
                view.according_to.unwrap_or_default()) }
            <QuoteList id={field_id(&path.key("evidence"))} label="Evidence, in the article’s words"
                items={view.evidence.to_vec()} onremove={on_remove}
                empty="None yet: select the words in the article, then “Evidence for…” in the passage bar." />
            { tick(ctx, Flag::HedgeChecked(claim), field_id(&path.key("hedge_checked")),
                "I checked that the summary keeps the evidence’s hedges and sources", view.hedge_checked) }
        </div>
    }
}

fn delete_button(label: String, onclick: Callback<MouseEvent>) -> Html {
    html! { <button type="button" class="st-danger" {onclick}>{ label }</button> }
}

/// A button that deletes `item` at once (undo brings it back).
fn delete_now(ctx: &Ctx, item: Item, label: String) -> Html {
    let onclick = {
        let ctx = ctx.clone();
        Callback::from(move |_| ctx.edit(Edit::Delete(item)))
    };
    delete_button(label, onclick)
}

pub fn actor_card(ctx: &Ctx, i: usize) -> Html {
    let c = ctx.doc();
    let a = &c.actors[i];
    let key = ctx.keyed().actor_keys()[i];
    let base = Path::root().key("actors").index(i);
    let on_alias_remove = {
        let ctx = ctx.clone();
        Callback::from(move |words: String| {
            ctx.edit(Edit::RemoveWords(Words::ActorAliases(key), words))
        })
    };
    let stances = ctx.keyed().stance_keys(key).iter().enumerate().map(|(s, &stance)| {
        html! {
            <li class="st-stance">
                { claim_fields(ctx, Claim::Stance(key, stance), &format!("Stance {}", s + 1)) }
                { delete_now(ctx, Item::Stance(key, stance), format!("Delete stance {}", s + 1)) }
            </li>
        }
    });
    let on_delete = {
        let ctx = ctx.clone();
        Callback::from(move |_| {
            let Some(i) = ctx.keyed().actor(key) else {
                return;
            };
            let c = ctx.doc();
            ctx.ui
                .dispatch(UiAction::Confirm(Some(std::rc::Rc::new(Confirm {
                    title: format!("Delete {}?", c.actors[i].name),
                    items: actor_dependents(c, i),
                    yes: format!("Delete {}", c.actors[i].name),
                    then: Then::Delete(Item::Actor(key)),
                }))));
        })
    };
    html! {
        <Card id={card_id("actors", i)} item={Item::Actor(key)} title={a.name.clone()} subtitle={a.role.summary.clone()} problems={problems_in(ctx, "actors", i)}>
            { text(ctx, Field::ActorName(key), "Name", &a.name, None, false) }
            { id_field(ctx, base.key("id"), Item::Actor(key), "Id (in links)", &a.id) }
            <QuoteList id={field_id(&base.key("aliases"))} label="Its words in the article (every occurrence is linked)"
                items={a.aliases.clone()} onremove={on_alias_remove} chips=true
                empty="None: select a word for it in the article, then “Another word for…”." />
            <h4>{ "Role" }</h4>
            { claim_fields(ctx, Claim::Role(key), "Role") }
            <h4>{ "Stances" }</h4>
            if a.stances.is_empty() {
                <p class="st-hint">{ "None yet: select evidence in the article, then “Evidence for a new stance of…”." }</p>
            } else {
                <ol class="st-stances">{ for stances }</ol>
            }
            { delete_button(format!("Delete {}…", a.name), on_delete) }
        </Card>
    }
}

fn actor_options(c: &ContentFile) -> Vec<(String, String)> {
    c.actors
        .iter()
        .map(|a| (a.id.clone(), a.name.clone()))
        .collect()
}

pub fn person_card(ctx: &Ctx, i: usize) -> Html {
    let c = ctx.doc();
    let p = &c.people[i];
    let key = ctx.keyed().person_keys()[i];
    let base = Path::root().key("people").index(i);
    let on_alias_remove = {
        let ctx = ctx.clone();
        Callback::from(move |words: String| {
            ctx.edit(Edit::RemoveWords(Words::PersonAliases(key), words))
        })
    };
    let on_delete = {
        let ctx = ctx.clone();
        Callback::from(move |_| {
            let Some(i) = ctx.keyed().person(key) else {
                return;
            };
            let c = ctx.doc();
            let said = c
                .statements
                .iter()
                .filter(|s| s.speaker == c.people[i].id)
                .count();
            let items = match said {
                0 => Vec::new(),
                1 => vec!["1 statement".to_string()],
                n => vec![format!("{n} statements")],
            };
            ctx.ui
                .dispatch(UiAction::Confirm(Some(std::rc::Rc::new(Confirm {
                    title: format!("Delete {}?", c.people[i].name),
                    items,
                    yes: format!("Delete {}", c.people[i].name),
                    then: Then::Delete(Item::Person(key)),
                }))));
        })
    };
    html! {
        <Card id={card_id("people", i)} item={Item::Person(key)} title={p.name.clone()} subtitle={p.role.clone().unwrap_or_default()} problems={problems_in(ctx, "people", i)}>
            { text(ctx, Field::PersonName(key), "Name", &p.name, None, false) }
            { id_field(ctx, base.key("id"), Item::Person(key), "Id", &p.id) }
            { select(ctx, Field::PersonActor(key), "Speaks for", actor_options(c), &p.actor) }
            { text(ctx, Field::PersonTitle(key), "Title, in the article’s words", p.role.as_deref().unwrap_or_default(),
                Some("Leave empty for an institution that speaks, such as “the Kremlin”."), false) }
            <QuoteList id={field_id(&base.key("aliases"))} label="Their words in the article" items={p.aliases.clone()}
                onremove={on_alias_remove} chips=true empty="None: select their name in the article, then “Another word for…”." />
            { delete_button(format!("Delete {}…", p.name), on_delete) }
        </Card>
    }
}

fn speaker_options(c: &ContentFile) -> Vec<(String, String)> {
    c.people
        .iter()
        .map(|p| (p.id.clone(), p.name.clone()))
        .chain(
            c.actors
                .iter()
                .map(|a| (a.id.clone(), format!("{} (in its own name)", a.name))),
        )
        .collect()
}

pub fn statement_card(ctx: &Ctx, i: usize) -> Html {
    let c = ctx.doc();
    let s = &c.statements[i];
    let key = ctx.keyed().statement_keys()[i];
    let base = Path::root().key("statements").index(i);
    let who = speaker_options(c)
        .into_iter()
        .find(|(id, _)| *id == s.speaker)
        .map_or_else(|| s.speaker.clone(), |(_, name)| name);
    html! {
        <Card id={card_id("statements", i)} item={Item::Statement(key)} title={who} subtitle={s.quote.clone()} problems={problems_in(ctx, "statements", i)}>
            <p class="st-label">{ "What they said" }</p>
            <blockquote class="st-quote" id={field_id(&base.key("quote"))} tabindex="-1">{ &s.quote }</blockquote>
            { select(ctx, Field::StatementSpeaker(key), "Speaker", speaker_options(c), &s.speaker) }
            { tick(ctx, Flag::StatementDirect(key), field_id(&base.key("direct")),
                "Quoted directly (the article puts it in quotation marks)", s.direct) }
            { delete_now(ctx, Item::Statement(key), "Delete this statement".into()) }
        </Card>
    }
}

/// The document's kinds, then the common kinds it does not have yet (`kinds`),
/// each with its verb; a starter's value is `+n`, added when chosen.
fn kind_options(c: &ContentFile) -> Vec<(String, String)> {
    c.kinds
        .iter()
        .map(|k| (k.id.clone(), format!("{} (“{}”)", k.label, k.verb)))
        .chain(
            crate::kinds::on_offer(c)
                .map(|(n, s)| (format!("+{n}"), format!("New: {} (“{}”)", s.label, s.verb))),
        )
        .collect()
}

/// A kind chosen from [`kind_options`] (or `tabs`' new-relation form, which adds
/// "a kind of my own" as the empty value, named by `label`).
pub fn kind_choice(value: &str, label: &str) -> KindChoice {
    match value
        .strip_prefix('+')
        .and_then(|n| n.parse::<usize>().ok())
    {
        Some(n) => KindChoice::Starter(
            (crate::kinds::STARTERS.get(n)).map_or_else(String::new, |s| s.label.to_string()),
        ),
        None if value.is_empty() => KindChoice::New(label.trim().to_string()),
        None => KindChoice::Existing(value.to_string()),
    }
}

pub fn relation_card(ctx: &Ctx, i: usize) -> Html {
    let c = ctx.doc();
    let r = &c.relations[i];
    let key = ctx.keyed().relation_keys()[i];
    let base = Path::root().key("relations").index(i);
    let name_of = |id: &str| {
        c.actors
            .iter()
            .find(|a| a.id == id)
            .map_or_else(|| id.to_string(), |a| a.name.clone())
    };
    let verb = c
        .kinds
        .iter()
        .find(|k| k.id == r.kind)
        .map_or("?", |k| k.verb.as_str());
    let title = format!(
        "{} {verb} {}",
        name_of(&r.between[0]),
        name_of(&r.between[1])
    );
    // Who acts on whom, for a directed kind: turned round at once (through the
    // menus it would pass through a relation of an actor with itself).
    let swap = {
        let ctx = ctx.clone();
        Callback::from(move |_| ctx.edit(Edit::SwapEnds(key)))
    };
    let on_kind = {
        let ctx = ctx.clone();
        Callback::from(move |v: String| ctx.edit(Edit::SetRelationKind(key, kind_choice(&v, ""))))
    };
    html! {
        <Card id={card_id("relations", i)} item={Item::Relation(key)} title={title} subtitle={r.summary.clone()} problems={problems_in(ctx, "relations", i)}>
            { select(ctx, Field::RelationEnd(key, 0), "From", actor_options(c), &r.between[0]) }
            { select(ctx, Field::RelationEnd(key, 1), "To", actor_options(c), &r.between[1]) }
            <button type="button" class="st-swap" onclick={swap}>{ "Swap From and To" }</button>
            <SelectField id={field_id(&base.key("kind"))} label="Kind" options={kind_options(c)} value={r.kind.clone()} onchange={on_kind} />
            { claim_fields(ctx, Claim::Relation(key), "Relation") }
            { delete_now(ctx, Item::Relation(key), "Delete this relation".into()) }
        </Card>
    }
}

pub fn event_card(ctx: &Ctx, i: usize) -> Html {
    let c = ctx.doc();
    let e = &c.events[i];
    let key = ctx.keyed().event_keys()[i];
    let base = Path::root().key("events").index(i);
    let actors = c
        .actors
        .iter()
        .zip(ctx.keyed().actor_keys())
        .map(|(a, &actor)| {
            tick(
                ctx,
                Flag::EventActor(key, actor),
                format!("{}-{}", field_id(&base.key("actors")), a.id),
                &a.name,
                e.actors.contains(&a.id),
            )
        });
    html! {
        <Card id={card_id("events", i)} item={Item::Event(key)} title={e.when.clone().unwrap_or_else(|| "Undated".into())} subtitle={e.summary.clone()} problems={problems_in(ctx, "events", i)}>
            { text(ctx, Field::EventWhen(key), "When, in the article’s words", e.when.as_deref().unwrap_or_default(),
                Some("Such as “last month”; leave empty if the article does not say."), false) }
            { claim_fields(ctx, Claim::Event(key), "Event") }
            <fieldset class="st-fieldset" id={field_id(&base.key("actors"))} tabindex="-1">
                <legend>{ "Actors involved" }</legend>
                { for actors }
            </fieldset>
            { text(ctx, Field::EventContext(key), "Context from outside the article (shown labelled as context)",
                e.context.as_deref().unwrap_or_default(), None, false) }
            { text(ctx, Field::EventDate(key), "Calendar date (YYYY, YYYY-MM or YYYY-MM-DD)", e.date.as_deref().unwrap_or_default(),
                Some("Context too; the checker uses it to see that the events are in order."), false) }
            { delete_now(ctx, Item::Event(key), "Delete this event".into()) }
        </Card>
    }
}

pub fn kind_card(ctx: &Ctx, i: usize) -> Html {
    let c = ctx.doc();
    let k = &c.kinds[i];
    let key = ctx.keyed().kind_keys()[i];
    let base = Path::root().key("kinds").index(i);
    let options: Vec<(String, String)> = LineStyle::ALL
        .iter()
        .map(|l| (l.name().to_string(), format!("A {} line", l.name())))
        .collect();
    let line = k.line.name();
    // How a relation of this kind reads, as the verb is written: its first
    // relation's actors, or the first two actors.
    let name_of = |id: &str| c.actors.iter().find(|a| a.id == id).map(|a| a.name.clone());
    let (from, to) = c
        .relations
        .iter()
        .find(|r| r.kind == k.id)
        .and_then(|r| Some((name_of(&r.between[0])?, name_of(&r.between[1])?)))
        .or_else(|| {
            Some((
                c.actors.first()?.name.clone(),
                c.actors.get(1)?.name.clone(),
            ))
        })
        .unwrap_or_else(|| ("Russia".into(), "Ukraine".into()));
    let reads = crate::kinds::sentence(&from, &k.verb, &to);
    html! {
        <Card id={card_id("kinds", i)} item={Item::Kind(key)} title={k.label.clone()} subtitle={k.verb.clone()} problems={problems_in(ctx, "kinds", i)}>
            { text(ctx, Field::KindLabel(key), "Label on the diagram", &k.label, None, false) }
            { text(ctx, Field::KindVerb(key), "Verb, read between two names", &k.verb,
                Some("“Russia” + verb + “Ukraine”, e.g. “is at war with”."), false) }
            <p class="st-reads">{ "Reads: " }<q>{ reads }</q></p>
            { id_field(ctx, base.key("id"), Item::Kind(key), "Id", &k.id) }
            { select(ctx, Field::KindLine(key), "Line on the diagram", options, line) }
            { tick(ctx, Flag::KindDirected(key), field_id(&base.key("directed")),
                "Directed: the first actor acts on the second (drawn with an arrow)", k.directed) }
            { delete_now(ctx, Item::Kind(key), format!("Delete “{}”", k.label)) }
        </Card>
    }
}
