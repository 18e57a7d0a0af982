//! The studio's root: loads the work kept in this browser, provides the context,
//! and wires what applies to the whole page: saving every edit (once typing
//! pauses, and when the page is hidden), Ctrl/Cmd+Z and
//! Shift+Ctrl/Cmd+Z, files dropped anywhere, and moving focus where an action
//! sends the editor.

use std::cell::RefCell;
use std::rc::Rc;

use explainer_model::authoring::ContentFile;
use gloo::events::{EventListener, EventListenerOptions};
use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::article::ArticlePane;
use super::confirm::ConfirmDialog;
use super::header::Header;
use super::passage::PassageBar;
use super::start::Start;
use super::tabs::Workspace;
use super::{Ctx, Ui, UiAction};
use crate::files::{download, open};
use crate::state::{Action, Notice, Studio};
use crate::storage::{
    forget, forget_old_rejected, load, load_history, old_rejected, put_aside, save, Loaded, DRAFT,
};

/// The studio to start with: the draft in hand (with the proposals already
/// turned down for it, and its undo history), and anything the editor must be
/// told about it.
fn initial() -> Studio {
    let (content, notice) = match load() {
        Loaded::Nothing => (ContentFile::default(), None),
        Loaded::Work(content) => (*content, None),
        Loaded::Unreadable {
            text,
            problem,
            kept,
        } => (
            ContentFile::default(),
            Some(Notice {
                text: if kept {
                    format!("The work saved in this browser could not be read ({problem}). It is kept aside, untouched: download it, or start anew.")
                } else {
                    format!("The work saved in this browser could not be read ({problem}), and the browser would not keep a copy aside: download it before you start anew.")
                },
                is_error: true,
                keep: Some(std::rc::Rc::new(text)),
                not_saved: false,
            }),
        ),
        Loaded::Unavailable(why) => (
            ContentFile::default(),
            Some(Notice::error(format!(
                "Your work cannot be kept in this browser: {why}. Export it to keep it."
            ))),
        ),
    };
    // Rejections saved apart, before they were part of the document, join it; the
    // old copy goes once the work that holds them is saved.
    let mut content = content;
    let old = old_rejected();
    if content != ContentFile::default() && !old.is_empty() {
        for key in old {
            if !content.studio.rejected.contains(&key) {
                content.studio.rejected.push(key);
            }
        }
        let studio = Studio::new(content, notice);
        if save(studio.document(), &studio.history.saved()).is_ok() {
            forget_old_rejected();
        }
        return studio;
    }
    Studio::restored(content, load_history(), notice)
}

/// Takes `next` in hand, the draft in hand put aside first (when it has an
/// article), so nothing is lost and it can be taken up again from the start
/// screen. `next` is saved at once, so a reload finds it, not the one put aside;
/// if it cannot be, nothing changes (the copy put aside goes again). Returns
/// whether `next` is in hand.
pub fn take_in_hand(studio: &UseReducerHandle<Studio>, next: Studio) -> bool {
    let mut aside = None;
    if studio.has_article() {
        match put_aside(studio.document(), &studio.history.saved()) {
            Ok(key) => aside = Some(key),
            Err(why) => {
                studio.dispatch(Action::Notice(Some(Notice::error(format!(
                    "The work in hand could not be put aside ({why}), so it stays in hand: export it, or delete a draft, first."
                )))));
                return false;
            }
        }
    }
    if let Err(why) = save(next.document(), &next.history.saved()) {
        if let Some(key) = aside {
            forget(&key);
        }
        studio.dispatch(Action::Notice(Some(Notice::error(format!(
            "The new draft could not be saved ({why}), so the work in hand stays as it is: export it, or delete a draft, first."
        )))));
        return false;
    }
    studio.dispatch(Action::Load(Box::new(next)));
    true
}

/// How long typing must pause before the work is saved, and before it is checked.
const SAVE_AFTER_MS: u32 = 400;
const CHECK_AFTER_MS: u32 = 150;

/// Saves the document if it has changed since it was last saved; says so if it
/// cannot, and lifts that notice once it can.
fn save_reporting(studio: &UseReducerHandle<Studio>, unsaved: &Rc<RefCell<bool>>) {
    if !std::mem::replace(&mut *unsaved.borrow_mut(), false) {
        return;
    }
    match save(studio.document(), &studio.history.saved()) {
        Ok(()) => {
            if studio.notice.as_ref().is_some_and(|n| n.not_saved) {
                studio.dispatch(Action::Notice(None));
            }
        }
        Err(why) => studio.dispatch(Action::Notice(Some(Notice {
            not_saved: true,
            ..Notice::error(format!(
                "Not saved: {why}. Your work is still here; export it to keep it."
            ))
        }))),
    }
}

/// The element an action sends the editor to, once drawn: the field with `id`;
/// the article pane for the article's text; if `or_card`, the field's card when
/// the field is not drawn.
fn focus_target(id: &str, or_card: bool) -> Option<web_sys::HtmlElement> {
    let document = gloo::utils::document();
    let el = document.get_element_by_id(id).or_else(|| {
        // The article's text is not a field: the article pane shows it.
        if id.starts_with("f-article-text") {
            return document.get_element_by_id(super::article::TEXT_ID);
        }
        let card = id
            .trim_start_matches("f-")
            .splitn(3, '-')
            .take(2)
            .collect::<Vec<_>>()
            .join("-");
        or_card.then(|| document.get_element_by_id(&card)).flatten()
    })?;
    el.dyn_into::<web_sys::HtmlElement>().ok()
}

/// Focuses the element with `id` (see `focus_target`); whether it has the focus.
fn focus_on(id: &str, or_card: bool) -> bool {
    let Some(el) = focus_target(id, or_card) else {
        return false;
    };
    take_focus(&el);
    gloo::utils::document().active_element().as_ref() == Some(el.as_ref())
}

/// Brings `el` to the middle of the view (at its top, the studio's header would
/// cover it) and focuses it, opening the advanced part it may sit in.
fn take_focus(el: &web_sys::HtmlElement) {
    if let Ok(Some(part)) = el.closest("details.st-advanced") {
        let _ = part.set_attribute("open", "");
    }
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Center);
    el.scroll_into_view_with_scroll_into_view_options(&options);
    let _ = el.focus();
}

/// Whether a key press belongs to a field's own editing (its own undo).
fn in_a_field(e: &web_sys::KeyboardEvent) -> bool {
    e.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"))
}

#[function_component]
pub fn StudioApp() -> Html {
    let studio = use_reducer(initial);
    let ui = use_reducer({
        let starting = !studio.has_article();
        move || Ui {
            starting,
            ..Ui::default()
        }
    });
    let ctx = Ctx::new(studio.clone(), ui.clone());

    // Every edit is saved, once typing pauses and at once when the page is hidden
    // or closed (saving the whole file on every keystroke cost 40 ms a key at 4×
    // CPU); a failure says so and keeps the work in hand. Typing is checked by the
    // compiler once it pauses, too.
    let unsaved = use_mut_ref(|| false);
    {
        let (studio, unsaved) = (studio.clone(), unsaved.clone());
        let timers = use_mut_ref(|| (None::<Timeout>, None::<Timeout>));
        use_effect_with(studio.version, move |version| {
            if *version > 0 {
                *unsaved.borrow_mut() = true;
                let mut timers = timers.borrow_mut();
                // A new timer replaces (and so cancels) the one before.
                timers.0 = Some(Timeout::new(SAVE_AFTER_MS, {
                    let studio = studio.clone();
                    move || save_reporting(&studio, &unsaved)
                }));
                if studio.check_stale {
                    let studio = studio.clone();
                    timers.1 = Some(Timeout::new(CHECK_AFTER_MS, move || {
                        studio.dispatch(Action::Recheck)
                    }));
                }
            }
        });
    }
    {
        let (studio, unsaved) = (studio.clone(), unsaved.clone());
        use_effect_with((), move |_| {
            let flush = move || save_reporting(&studio, &unsaved);
            let on_hide = {
                let flush = flush.clone();
                EventListener::new(&gloo::utils::window(), "pagehide", move |_| flush())
            };
            let on_hidden =
                EventListener::new(&gloo::utils::document(), "visibilitychange", move |_| {
                    if gloo::utils::document().hidden() {
                        flush();
                    }
                });
            move || drop((on_hide, on_hidden))
        });
    }
    // Another tab of the studio saves in the same place: say so, since each tab
    // would save over the other's work (this tab's stays here, and is saved
    // again with its next edit).
    {
        let studio = studio.clone();
        use_effect_with((), move |_| {
            let listener = EventListener::new(&gloo::utils::window(), "storage", move |e| {
                let key = e.dyn_ref::<web_sys::StorageEvent>().and_then(|s| s.key());
                if key.as_deref() == Some(DRAFT) {
                    studio.dispatch(Action::Notice(Some(Notice::error(
                        "The studio is open in another tab too, and that tab has just saved its work in the same place as this one's. This tab's work is still here, but saved only once you edit it again: work in one tab at a time, or export it.",
                    ))));
                }
            });
            move || drop(listener)
        });
    }

    let on_open = {
        let (studio, ui) = (studio.clone(), ui.clone());
        Callback::from(move |file: web_sys::File| {
            let (studio, ui) = (studio.clone(), ui.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match open(file).await {
                    Ok(content) => {
                        if take_in_hand(&studio, Studio::new(content, None)) {
                            ui.dispatch(UiAction::Starting(false));
                        }
                    }
                    Err(message) => studio.dispatch(Action::Notice(Some(Notice::error(message)))),
                }
            });
        })
    };

    // Undo and redo from the keyboard, except where a field has its own; files
    // dropped anywhere on the page.
    {
        let (studio, on_open) = (studio.clone(), on_open.clone());
        use_effect_with((), move |_| {
            let document = gloo::utils::document();
            let active = EventListenerOptions::enable_prevent_default;
            let keys = EventListener::new_with_options(&document, "keydown", active(), move |e| {
                let Some(e) = e.dyn_ref::<web_sys::KeyboardEvent>() else {
                    return;
                };
                if in_a_field(e) {
                    return;
                }
                // "/" takes the keyboard to the passage bar, from anywhere.
                if e.key() == "/" && !(e.ctrl_key() || e.meta_key() || e.alt_key()) {
                    if let Some(input) = gloo::utils::document()
                        .get_element_by_id("st-passage-input")
                        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
                    {
                        e.prevent_default();
                        let _ = input.focus();
                    }
                    return;
                }
                if !(e.ctrl_key() || e.meta_key()) {
                    return;
                }
                let action = match (e.key().to_lowercase().as_str(), e.shift_key()) {
                    ("z", false) => Action::Undo,
                    ("z", true) | ("y", false) => Action::Redo,
                    _ => return,
                };
                e.prevent_default();
                studio.dispatch(action);
            });
            let over = EventListener::new_with_options(&document, "dragover", active(), |e| {
                e.prevent_default()
            });
            let dropped = EventListener::new_with_options(&document, "drop", active(), move |e| {
                let Some(e) = e.dyn_ref::<web_sys::DragEvent>() else {
                    return;
                };
                e.prevent_default();
                if let Some(file) = e
                    .data_transfer()
                    .and_then(|d| d.files())
                    .and_then(|f| f.get(0))
                {
                    on_open.emit(file);
                }
            });
            move || drop((keys, over, dropped))
        });
    }

    {
        let ui = ui.clone();
        use_effect_with(studio.draft, move |_| ui.dispatch(UiAction::OtherDraft));
    }

    // Where an edit that asked to be followed landed: its tab, its card, its field.
    {
        let ctx = ctx.clone();
        use_effect_with(studio.landing.clone(), move |landing| {
            if let Some(landing) = landing {
                ctx.goto(landing.path.clone());
            }
        });
    }

    // Where an action sends the editor: scroll the element into view and focus it.
    // A card opened by the same action draws its fields a moment later (it
    // follows the context on its own), so the field is looked for again before
    // its card stands in for it.
    {
        let ui = ui.clone();
        use_effect_with(ui.focus.clone(), move |target| {
            if let Some(id) = target.clone() {
                // At once, as a rule; only a field not drawn yet is looked for
                // again, and once it has the focus later looks leave the editor be.
                if !focus_on(&id, false) {
                    let done = Rc::new(std::cell::Cell::new(false));
                    for delay in [50, 150, 400] {
                        let (id, done) = (id.clone(), done.clone());
                        Timeout::new(delay, move || {
                            if !done.get() {
                                done.set(focus_on(&id, delay == 400));
                            }
                        })
                        .forget();
                    }
                }
                ui.dispatch(UiAction::Focused);
            }
        });
    }

    let notice = studio.notice.clone().map(|n| {
        let dismiss = {
            let studio = studio.clone();
            Callback::from(move |_| studio.dispatch(Action::Notice(None)))
        };
        let keep = n.keep.clone().map(|text| {
            let studio = studio.clone();
            Callback::from(move |_| {
                if let Err(e) = download("unreadable-saved-work.toml", &text) {
                    studio.dispatch(Action::Notice(Some(Notice::error(e))));
                }
            })
        });
        html! {
            <div class={classes!("st-notice", n.is_error.then_some("st-notice-error"))} role={if n.is_error { "alert" } else { "status" }}>
                <p>{ &n.text }</p>
                if let Some(onclick) = keep { <button type="button" {onclick}>{ "Download the saved text" }</button> }
                <button type="button" onclick={dismiss}>{ "Dismiss" }</button>
            </div>
        }
    });

    html! {
        <ContextProvider<Ctx> context={ctx}>
            <div class="st">
                <Header on_open={on_open.clone()} />
                { for notice }
                if ui.starting {
                    <Start on_open={on_open} />
                } else {
                    <main class="st-main">
                        <div class="st-left">
                            <PassageBar />
                            <ArticlePane />
                        </div>
                        <Workspace />
                    </main>
                }
                <ConfirmDialog />
            </div>
        </ContextProvider<Ctx>>
    }
}
