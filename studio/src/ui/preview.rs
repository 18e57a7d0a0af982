//! The live preview, made by the reader's own components: the whole reader's page
//! (`Page`, its static parts rendered live) in frames at laptop and phone widths,
//! which follow every edit the studio saves; and, in the Relations tab, the
//! reader's diagram, where dragging from one actor to another makes a relation.

use std::rc::Rc;

use explainer_model::authoring::compile_content;
use explainer_model::Explainer;
use explainer_reader::contract::id as reader_id;
use explainer_reader::ui::static_parts::StaticParts;
use explainer_reader::Page;
use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::use_ctx;
use crate::edit::{Edit, KindChoice};
use crate::storage::{parse, DRAFT};

/// The studio's own address with `?preview`: the same page, as a preview.
fn preview_url() -> String {
    let pathname = gloo::utils::window()
        .location()
        .pathname()
        .unwrap_or_default();
    format!("{pathname}?preview")
}

/// The Preview tab.
#[function_component]
pub fn Preview() -> Html {
    let ctx = use_ctx();
    let note = match (&ctx.studio.check.explainer, ctx.studio.check.errors()) {
        (Some(_), _) => "The reader’s page as it stands, made by the reader’s own components. It follows every edit; click in it as a reader would.".to_string(),
        (None, n) => format!("The document has {n} error(s), so the preview shows the last version that compiled. See Problems."),
    };
    html! {
        <div class="st-preview">
            <p role="status">{ note }</p>
            <p><a href={preview_url()} target="_blank" rel="noopener">{ "Open the preview in a new tab, full size" }</a></p>
            <div class="st-frames">
                <figure class="st-frame st-frame-laptop">
                    <div class="st-frame-box"><iframe src={preview_url()} title="Preview at laptop width (1280 pixels, shown at half size)"></iframe></div>
                    <figcaption>{ "Laptop, 1280 px (half size)" }</figcaption>
                </figure>
                <figure class="st-frame st-frame-phone">
                    <div class="st-frame-box"><iframe src={preview_url()} title="Preview at phone width (390 pixels)"></iframe></div>
                    <figcaption>{ "Phone, 390 px" }</figcaption>
                </figure>
            </div>
        </div>
    }
}

/// The page inside a preview frame: the saved document, compiled and shown as a
/// reader gets it, again whenever the studio saves.
#[function_component]
pub fn PreviewPage() -> Html {
    let shown = use_state(|| None::<(Rc<Explainer>, u32)>);
    let note = use_state(|| None::<String>);
    {
        let (shown, note) = (shown.clone(), note.clone());
        use_effect_with((), move |_| {
            let load = move || {
                let saved = gloo::utils::window()
                    .local_storage()
                    .ok()
                    .flatten()
                    .and_then(|s| s.get_item(DRAFT).ok().flatten());
                let Some(saved) = saved else {
                    note.set(Some(
                        "Nothing to preview yet: start an article in the studio.".into(),
                    ));
                    return;
                };
                match parse(&saved).map(|c| compile_content(&c, "content.toml")) {
                    Ok(Ok(compiled)) => {
                        let version = shown.as_ref().map_or(0, |(_, v)| v + 1);
                        shown.set(Some((Rc::new(compiled.explainer), version)));
                        note.set(None);
                    }
                    _ => note.set(Some("The studio’s document does not compile just now: this shows the last version that did.".into())),
                }
            };
            load();
            let on_storage = EventListener::new(&gloo::utils::window(), "storage", move |e| {
                let key = e.dyn_ref::<web_sys::StorageEvent>().and_then(|s| s.key());
                if key.as_deref() == Some(DRAFT) {
                    load();
                }
            });
            move || drop(on_storage)
        });
    }
    // The diagram's sizes (the reader's build writes them into its CSS; here, as
    // the document changes, through the CSSOM).
    {
        let explainer = shown.as_ref().map(|(e, _)| e.clone());
        use_effect_with(shown.as_ref().map(|(_, v)| *v), move |_| {
            if let Some(e) = explainer {
                size_diagram(&e);
            }
        });
    }
    let page = match &*shown {
        Some((explainer, version)) => html! {
            <Page key={version.to_string()} explainer={explainer.clone()} parts={StaticParts::Live} />
        },
        None => html! {},
    };
    html! {
        <>
            if let Some(note) = &*note { <p class="st-preview-note" role="status">{ note }</p> }
            { page }
        </>
    }
}

/// The rules the reader's build writes into its page for this diagram (fitted, and
/// zoomed in to read: `page::diagram_css`), as a constructed stylesheet: the
/// page's policy allows that where an inline style element would not be.
fn size_diagram(explainer: &Explainer) {
    let css = explainer_reader::page::diagram_css(&explainer.diagram);
    let Ok(sheet) = web_sys::CssStyleSheet::new() else {
        return;
    };
    if sheet.replace_sync(&css).is_ok() {
        gloo::utils::document().set_adopted_style_sheets(&js_sys::Array::of1(&sheet));
    }
}

/// The reader's diagram in the Relations tab: drag from one actor to another to
/// relate them.
#[function_component]
pub fn RelationDiagram() -> Html {
    let ctx = use_ctx();
    let from = use_state(|| None::<String>);
    let Some(explainer) = ctx.studio.check.explainer.clone() else {
        return html! { <p class="st-hint">{ "The diagram shows once the document compiles (see Problems)." }</p> };
    };
    let actor_at = |e: &PointerEvent| -> Option<String> {
        let el = e.target()?.dyn_into::<web_sys::Element>().ok()?;
        let node = el.closest(".node").ok()??;
        reader_id::parse_node(&node.id()).map(str::to_string)
    };
    let onpointerdown = {
        let from = from.clone();
        Callback::from(move |e: PointerEvent| {
            if let Some(actor) = actor_at(&e) {
                e.prevent_default();
                from.set(Some(actor));
            }
        })
    };
    let onpointerup = {
        let (ctx, from) = (ctx.clone(), from.clone());
        Callback::from(move |e: PointerEvent| {
            let start = (*from).clone();
            from.set(None);
            // The pointer is captured by the node it went down on; find where it
            // was let go.
            let end = gloo::utils::document()
                .element_from_point(e.client_x() as f32, e.client_y() as f32)
                .and_then(|el| el.closest(".node").ok().flatten())
                .and_then(|n| reader_id::parse_node(&n.id()).map(str::to_string));
            let (Some(a), Some(b)) = (start, end) else {
                return;
            };
            if a == b {
                return;
            }
            let d = ctx.keyed();
            let (Some(from), Some(to)) = (d.actor_by_id(&a), d.actor_by_id(&b)) else {
                return;
            };
            // The editor chooses its kind next, where the edit lands.
            let kind = KindChoice::Later;
            ctx.edit_and_follow(Edit::AddRelation { from, to, kind });
        })
    };
    let diagram = explainer_reader::ui::diagram::view(&explainer);
    let dragging = from.is_some();
    html! {
        <figure class={classes!("st-diagram", dragging.then_some("st-dragging"))} {onpointerdown} {onpointerup}>
            { diagram }
            <figcaption class="st-hint">{ "Drag from one actor to another to relate them; then choose the kind and attach evidence." }</figcaption>
        </figure>
    }
}
