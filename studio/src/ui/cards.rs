//! One card per item of the document (actor, person, statement, relation, event,
//! kind), with a field for everything an editor writes and the article's words
//! attached to it, each removable. Words are attached from the passage bar only.

use explainer_model::authoring::{ContentFile, LineSpec, Path};
use yew::prelude::*;

use super::fields::{Card, CheckField, QuoteList, SelectField, TextField};
use super::{card_id, field_id, Confirm, ConfirmThen, Ctx, UiAction};
use crate::document::{
    actor_dependents, delete_kind, id_problem, rename_actor, rename_person, ClaimAt,
};
use crate::state::{Action, Notice};
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

/// A text field that edits one string of the document, found by `get`.
fn text(
    ctx: &Ctx,
    path: Path,
    label: &str,
    value: &str,
    hint: Option<&str>,
    multiline: bool,
    set: impl Fn(&mut ContentFile, String) + 'static,
) -> Html {
    let id = field_id(&path);
    let onchange = {
        let (ctx, id) = (ctx.clone(), id.clone());
        let set = std::rc::Rc::new(set);
        Callback::from(move |v: String| {
            let set = set.clone();
            ctx.edit(Some(id.clone()), move |c| set(c, v.clone()));
        })
    };
    html! {
        <TextField id={id} label={label.to_string()} value={value.to_string()} {onchange} {multiline}
            hint={hint.map(|h| AttrValue::from(h.to_string()))} />
    }
}

/// An id field: renamed everywhere it is referred to when the editor leaves it,
/// and refused (with a message, the old id kept) when another item has it.
fn id_field(
    ctx: &Ctx,
    path: Path,
    label: &str,
    value: &str,
    rename: impl Fn(&mut ContentFile, &str) + 'static,
) -> Html {
    let id = field_id(&path);
    // What a new id must not be follows from which item this is.
    let (list, index) = path.item().unwrap_or_default();
    let is_actor = list == "actors";
    let taken = taken_ids(ctx.doc(), list, index);
    let old = value.to_string();
    let onchange = {
        let (ctx, id) = (ctx.clone(), id.clone());
        let rename = std::rc::Rc::new(rename);
        Callback::from(move |v: String| {
            let v = v.trim().to_string();
            if v == old {
                return;
            }
            if let Some(problem) = id_problem(&v, &taken, is_actor) {
                ctx.studio
                    .dispatch(Action::Notice(Some(Notice::error(problem))));
                if let Some(input) = gloo::utils::document().get_element_by_id(&id) {
                    input
                        .unchecked_into::<web_sys::HtmlInputElement>()
                        .set_value(&old);
                }
                return;
            }
            let rename = rename.clone();
            ctx.edit(None, move |c| rename(c, &v));
        })
    };
    html! {
        <TextField id={id} label={label.to_string()} value={value.to_string()} {onchange} on_commit=true
            hint={Some(AttrValue::from("Lowercase letters, digits and dashes; links and references use it."))} />
    }
}

/// Every id of `list` but the `index`th, and for actors and people the other's
/// too: what a new id must not be.
fn taken_ids(c: &ContentFile, list: &str, index: usize) -> Vec<String> {
    let others = |ids: Vec<&str>, skip: Option<usize>| -> Vec<String> {
        ids.into_iter()
            .enumerate()
            .filter(|(i, _)| Some(*i) != skip)
            .map(|(_, id)| id.to_string())
            .collect()
    };
    let actors: Vec<&str> = c.actors.iter().map(|a| a.id.as_str()).collect();
    let people: Vec<&str> = c.people.iter().map(|p| p.id.as_str()).collect();
    match list {
        "kinds" => others(c.kinds.iter().map(|k| k.id.as_str()).collect(), Some(index)),
        "actors" => [others(actors, Some(index)), others(people, None)].concat(),
        _ => [others(actors, None), others(people, Some(index))].concat(),
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
pub fn claim_fields(ctx: &Ctx, at: ClaimAt, label: &str) -> Html {
    let c = ctx.doc();
    let Some(view) = at.read(c) else {
        return html! {};
    };
    let path = at.path();
    let summary = text(
        ctx,
        path.key("summary"),
        &format!("{label}: summary"),
        view.summary,
        Some("One line that says no more than its evidence, keeping its hedges (“is scheduled to”, “would”)."),
        true,
        move |c, v| {
            if let Some(f) = at.fields(c) {
                *f.summary = v;
            }
        },
    );
    let source_id = field_id(&path.key("according_to"));
    let on_source = {
        let ctx = ctx.clone();
        let id = source_id.clone();
        Callback::from(move |v: String| {
            ctx.edit(Some(id.clone()), move |c| {
                if let Some(f) = at.fields(c) {
                    *f.according_to = (!v.is_empty()).then(|| v.clone());
                }
            })
        })
    };
    let on_hedge = {
        let ctx = ctx.clone();
        Callback::from(move |checked: bool| {
            ctx.edit(None, move |c| {
                if let Some(f) = at.fields(c) {
                    *f.hedge_checked = checked;
                }
            })
        })
    };
    let on_remove = {
        let ctx = ctx.clone();
        Callback::from(move |i: usize| {
            ctx.edit(None, move |c| {
                if let Some(f) = at.fields(c) {
                    if i < f.evidence.len() {
                        f.evidence.remove(i);
                    }
                }
            })
        })
    };
    html! {
        <div class="st-claim">
            { summary }
            <SelectField id={source_id} label="Who says so" options={source_options(c, view.according_to)}
                value={view.according_to.unwrap_or_default().to_string()} onchange={on_source} />
            <QuoteList id={field_id(&path.key("evidence"))} label="Evidence, in the article’s words"
                items={view.evidence.to_vec()} onremove={on_remove}
                empty="None yet: select the words in the article, then “Evidence for…” in the passage bar." />
            <CheckField id={field_id(&path.key("hedge_checked"))} label="I checked that the summary keeps the evidence’s hedges and sources"
                checked={view.hedge_checked} onchange={on_hedge} />
        </div>
    }
}

fn delete_button(label: String, onclick: Callback<MouseEvent>) -> Html {
    html! { <button type="button" class="st-danger" {onclick}>{ label }</button> }
}

pub fn actor_card(ctx: &Ctx, i: usize) -> Html {
    let c = ctx.doc();
    let a = &c.actors[i];
    let base = Path::root().key("actors").index(i);
    let name = text(
        ctx,
        base.key("name"),
        "Name",
        &a.name,
        None,
        false,
        move |c, v| c.actors[i].name = v,
    );
    let id = id_field(ctx, base.key("id"), "Id (in links)", &a.id, move |c, v| {
        rename_actor(c, i, v)
    });
    let on_alias_remove = {
        let ctx = ctx.clone();
        Callback::from(move |k: usize| {
            ctx.edit(None, move |c| {
                if k < c.actors[i].aliases.len() {
                    c.actors[i].aliases.remove(k);
                }
            })
        })
    };
    let stances = (0..a.stances.len()).map(|s| {
        let on_delete = {
            let ctx = ctx.clone();
            Callback::from(move |_| {
                ctx.edit(None, move |c| {
                    if s < c.actors[i].stances.len() {
                        c.actors[i].stances.remove(s);
                    }
                })
            })
        };
        html! {
            <li class="st-stance">
                { claim_fields(ctx, ClaimAt::Stance(i, s), &format!("Stance {}", s + 1)) }
                { delete_button(format!("Delete stance {}", s + 1), on_delete) }
            </li>
        }
    });
    let on_delete = {
        let ctx = ctx.clone();
        Callback::from(move |_| {
            let c = ctx.doc();
            let items = actor_dependents(c, i);
            ctx.ui
                .dispatch(UiAction::Confirm(Some(std::rc::Rc::new(Confirm {
                    title: format!("Delete {}?", c.actors[i].name),
                    items,
                    yes: format!("Delete {}", c.actors[i].name),
                    then: ConfirmThen::DeleteActor(c.actors[i].id.clone()),
                }))));
        })
    };
    html! {
        <Card id={card_id("actors", i)} title={a.name.clone()} subtitle={a.role.summary.clone()} problems={problems_in(ctx, "actors", i)}>
            { name }
            { id }
            <QuoteList id={field_id(&base.key("aliases"))} label="Its words in the article (every occurrence is linked)"
                items={a.aliases.clone()} onremove={on_alias_remove} chips=true
                empty="None: select a word for it in the article, then “Another word for…”." />
            <h4>{ "Role" }</h4>
            { claim_fields(ctx, ClaimAt::Role(i), "Role") }
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
    let base = Path::root().key("people").index(i);
    let name = text(
        ctx,
        base.key("name"),
        "Name",
        &p.name,
        None,
        false,
        move |c, v| c.people[i].name = v,
    );
    let id = id_field(ctx, base.key("id"), "Id", &p.id, move |c, v| {
        rename_person(c, i, v)
    });
    let role = text(
        ctx,
        base.key("role"),
        "Title, in the article’s words",
        p.role.as_deref().unwrap_or_default(),
        Some("Leave empty for an institution that speaks, such as “the Kremlin”."),
        false,
        move |c, v| c.people[i].role = (!v.is_empty()).then_some(v),
    );
    let actor_id = field_id(&base.key("actor"));
    let on_actor = {
        let (ctx, id) = (ctx.clone(), actor_id.clone());
        Callback::from(move |v: String| {
            ctx.edit(Some(id.clone()), move |c| c.people[i].actor = v.clone())
        })
    };
    let on_alias_remove = {
        let ctx = ctx.clone();
        Callback::from(move |k: usize| {
            ctx.edit(None, move |c| {
                if k < c.people[i].aliases.len() {
                    c.people[i].aliases.remove(k);
                }
            })
        })
    };
    let on_delete = {
        let ctx = ctx.clone();
        Callback::from(move |_| {
            let c = ctx.doc();
            let said = c
                .statements
                .iter()
                .filter(|s| s.speaker == c.people[i].id)
                .count();
            let items = if said > 0 {
                vec![format!("{said} statement(s)")]
            } else {
                Vec::new()
            };
            ctx.ui
                .dispatch(UiAction::Confirm(Some(std::rc::Rc::new(Confirm {
                    title: format!("Delete {}?", c.people[i].name),
                    items,
                    yes: format!("Delete {}", c.people[i].name),
                    then: ConfirmThen::DeletePerson(c.people[i].id.clone()),
                }))));
        })
    };
    html! {
        <Card id={card_id("people", i)} title={p.name.clone()} subtitle={p.role.clone().unwrap_or_default()} problems={problems_in(ctx, "people", i)}>
            { name }
            { id }
            <SelectField id={actor_id} label="Speaks for" options={actor_options(c)} value={p.actor.clone()} onchange={on_actor} />
            { role }
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
    let base = Path::root().key("statements").index(i);
    let speaker_id = field_id(&base.key("speaker"));
    let on_speaker = {
        let (ctx, id) = (ctx.clone(), speaker_id.clone());
        Callback::from(move |v: String| {
            ctx.edit(Some(id.clone()), move |c| {
                c.statements[i].speaker = v.clone()
            })
        })
    };
    let on_direct = {
        let ctx = ctx.clone();
        Callback::from(move |d: bool| ctx.edit(None, move |c| c.statements[i].direct = d))
    };
    let on_delete = {
        let ctx = ctx.clone();
        Callback::from(move |_| {
            ctx.edit(None, move |c| {
                if i < c.statements.len() {
                    c.statements.remove(i);
                }
            })
        })
    };
    let who = speaker_options(c)
        .into_iter()
        .find(|(id, _)| *id == s.speaker)
        .map_or_else(|| s.speaker.clone(), |(_, name)| name);
    html! {
        <Card id={card_id("statements", i)} title={who} subtitle={s.quote.clone()} problems={problems_in(ctx, "statements", i)}>
            <p class="st-label">{ "What they said" }</p>
            <blockquote class="st-quote" id={field_id(&base.key("quote"))} tabindex="-1">{ &s.quote }</blockquote>
            <SelectField id={speaker_id} label="Speaker" options={speaker_options(c)} value={s.speaker.clone()} onchange={on_speaker} />
            <CheckField id={field_id(&base.key("direct"))} label="Quoted directly (the article puts it in quotation marks)" checked={s.direct} onchange={on_direct} />
            { delete_button("Delete this statement".into(), on_delete) }
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

pub fn relation_card(ctx: &Ctx, i: usize) -> Html {
    let c = ctx.doc();
    let r = &c.relations[i];
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
    let end = |k: usize, label: &str| {
        let id = field_id(&base.key("between").index(k));
        let onchange = {
            let (ctx, id) = (ctx.clone(), id.clone());
            Callback::from(move |v: String| {
                ctx.edit(Some(id.clone()), move |c| {
                    c.relations[i].between[k] = v.clone()
                })
            })
        };
        html! { <SelectField id={id} label={label.to_string()} options={actor_options(c)} value={r.between[k].clone()} {onchange} /> }
    };
    let kind_id = field_id(&base.key("kind"));
    let on_kind = {
        let (ctx, id) = (ctx.clone(), kind_id.clone());
        Callback::from(move |v: String| {
            ctx.edit(Some(id.clone()), move |c| {
                // A common kind the document lacks is added with its verb and
                // direction as it is chosen.
                let kind = match v.strip_prefix('+').and_then(|n| n.parse().ok()) {
                    Some(n) => crate::kinds::add_starter(c, n),
                    None => Some(v.clone()),
                };
                if let Some(kind) = kind {
                    c.relations[i].kind = kind;
                }
            })
        })
    };
    let on_delete = {
        let ctx = ctx.clone();
        Callback::from(move |_| {
            ctx.edit(None, move |c| {
                if i < c.relations.len() {
                    c.relations.remove(i);
                }
            })
        })
    };
    html! {
        <Card id={card_id("relations", i)} title={title} subtitle={r.summary.clone()} problems={problems_in(ctx, "relations", i)}>
            { end(0, "From") }
            { end(1, "To") }
            <SelectField id={kind_id} label="Kind" options={kind_options(c)} value={r.kind.clone()} onchange={on_kind} />
            { claim_fields(ctx, ClaimAt::Relation(i), "Relation") }
            { delete_button("Delete this relation".into(), on_delete) }
        </Card>
    }
}

pub fn event_card(ctx: &Ctx, i: usize) -> Html {
    let c = ctx.doc();
    let e = &c.events[i];
    let base = Path::root().key("events").index(i);
    let when = text(
        ctx,
        base.key("when"),
        "When, in the article’s words",
        e.when.as_deref().unwrap_or_default(),
        Some("Such as “last month”; leave empty if the article does not say."),
        false,
        move |c, v| c.events[i].when = (!v.is_empty()).then_some(v),
    );
    let context = text(
        ctx,
        base.key("context"),
        "Context from outside the article (shown labelled as context)",
        e.context.as_deref().unwrap_or_default(),
        None,
        false,
        move |c, v| c.events[i].context = (!v.is_empty()).then_some(v),
    );
    let date = text(
        ctx,
        base.key("date"),
        "Calendar date (YYYY, YYYY-MM or YYYY-MM-DD)",
        e.date.as_deref().unwrap_or_default(),
        Some("Context too; the checker uses it to see that the events are in order."),
        false,
        move |c, v| c.events[i].date = (!v.is_empty()).then_some(v),
    );
    let actors = c.actors.iter().map(|a| {
        let id = a.id.clone();
        let checked = e.actors.contains(&id);
        let onchange = {
            let ctx = ctx.clone();
            Callback::from(move |on: bool| {
                let id = id.clone();
                ctx.edit(None, move |c| {
                    let list = &mut c.events[i].actors;
                    list.retain(|a| *a != id);
                    if on {
                        list.push(id.clone());
                    }
                })
            })
        };
        html! { <CheckField id={format!("{}-{}", field_id(&base.key("actors")), a.id)} label={a.name.clone()} {checked} {onchange} /> }
    });
    let on_delete = {
        let ctx = ctx.clone();
        Callback::from(move |_| {
            ctx.edit(None, move |c| {
                if i < c.events.len() {
                    c.events.remove(i);
                }
            })
        })
    };
    html! {
        <Card id={card_id("events", i)} title={e.when.clone().unwrap_or_else(|| "Undated".into())} subtitle={e.summary.clone()} problems={problems_in(ctx, "events", i)}>
            { when }
            { claim_fields(ctx, ClaimAt::Event(i), "Event") }
            <fieldset class="st-fieldset" id={field_id(&base.key("actors"))} tabindex="-1">
                <legend>{ "Actors involved" }</legend>
                { for actors }
            </fieldset>
            { context }
            { date }
            { delete_button("Delete this event".into(), on_delete) }
        </Card>
    }
}

pub fn kind_card(ctx: &Ctx, i: usize) -> Html {
    let c = ctx.doc();
    let k = &c.kinds[i];
    let base = Path::root().key("kinds").index(i);
    let label = text(
        ctx,
        base.key("label"),
        "Label on the diagram",
        &k.label,
        None,
        false,
        move |c, v| c.kinds[i].label = v,
    );
    let verb = text(
        ctx,
        base.key("verb"),
        "Verb, read between two names",
        &k.verb,
        Some("“Russia” + verb + “Ukraine”, e.g. “is at war with”."),
        false,
        move |c, v| c.kinds[i].verb = v,
    );
    let id = id_field(ctx, base.key("id"), "Id", &k.id, move |c, v| {
        let old = std::mem::replace(&mut c.kinds[i].id, v.to_string());
        for r in c.relations.iter_mut().filter(|r| r.kind == old) {
            r.kind = v.to_string();
        }
    });
    let line_id = field_id(&base.key("line"));
    let on_line = {
        let (ctx, id) = (ctx.clone(), line_id.clone());
        Callback::from(move |v: String| {
            ctx.edit(Some(id.clone()), move |c| {
                c.kinds[i].line = match v.as_str() {
                    "dashed" => LineSpec::Dashed,
                    "dotted" => LineSpec::Dotted,
                    _ => LineSpec::Solid,
                }
            })
        })
    };
    let line = match k.line {
        LineSpec::Solid => "solid",
        LineSpec::Dashed => "dashed",
        LineSpec::Dotted => "dotted",
    };
    let on_directed = {
        let ctx = ctx.clone();
        Callback::from(move |d: bool| ctx.edit(None, move |c| c.kinds[i].directed = d))
    };
    let on_delete = {
        let ctx = ctx.clone();
        Callback::from(move |_| {
            let mut copy = ctx.doc().clone();
            match delete_kind(&mut copy, i) {
                Ok(()) => ctx.edit(None, move |c| {
                    let _ = delete_kind(c, i);
                }),
                Err(used) => ctx.studio.dispatch(crate::state::Action::Notice(Some(
                    crate::state::Notice::error(format!(
                        "This kind is used by {used} relation(s): give them another kind first."
                    )),
                ))),
            }
        })
    };
    let options: Vec<(String, String)> = ["solid", "dashed", "dotted"]
        .iter()
        .map(|s| (s.to_string(), s.to_string()))
        .collect();
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
        <Card id={card_id("kinds", i)} title={k.label.clone()} subtitle={k.verb.clone()} problems={problems_in(ctx, "kinds", i)}>
            { label }
            { verb }
            <p class="st-reads">{ "Reads: " }<q>{ reads }</q></p>
            { id }
            <SelectField id={line_id} label="Line on the diagram" {options} value={line} onchange={on_line} />
            <CheckField id={field_id(&base.key("directed"))} label="Directed: the first actor acts on the second (drawn with an arrow)" checked={k.directed} onchange={on_directed} />
            { delete_button(format!("Delete “{}”", k.label), on_delete) }
        </Card>
    }
}
