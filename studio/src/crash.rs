//! When the studio meets a bug it cannot recover from (a Rust panic stops its
//! wasm for good), the editor is told at once, in plain words, and handed the
//! work saved in this browser as a file, by a plain link that needs no more wasm.

use std::sync::atomic::{AtomicBool, Ordering};

use wasm_bindgen::JsCast;

use crate::storage::DRAFT;

/// Whether the note is up: a fault can bring others after it, told once.
static SHOWN: AtomicBool = AtomicBool::new(false);

pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        gloo::console::error!(format!("studio: {info}"));
        if !SHOWN.swap(true, Ordering::Relaxed) {
            show(&info.to_string());
        }
    }));
}

fn show(what: &str) {
    let document = gloo::utils::document();
    let Some(body) = document.body() else { return };
    let Ok(note) = document.create_element("div") else {
        return;
    };
    note.set_class_name("st-crash");
    let _ = note.set_attribute("role", "alert");
    let heading = document.create_element("h2").ok();
    if let Some(h) = &heading {
        h.set_text_content(Some("The studio stopped because of a fault of ours"));
        let _ = note.append_child(h);
    }
    let link = saved_work_link(&document);
    let text = document.create_element("p").ok();
    if let Some(p) = &text {
        // The studio saves once typing pauses: the last words typed may not be in it.
        p.set_text_content(Some(if link.is_some() {
            "Your work was last saved in this browser a moment before this; the words typed last may be missing. Reload the page to go on from there. The download below is a copy of the saved work, to keep."
        } else {
            "Nothing had been saved in this browser yet. Reload the page to start again."
        }));
        let _ = note.append_child(p);
    }
    if let Some(link) = link {
        let _ = note.append_child(&link);
    }
    let details = document.create_element("p").ok();
    if let Some(p) = &details {
        p.set_class_name("st-crash-details");
        p.set_text_content(Some(&format!("What went wrong, for a bug report: {what}")));
        let _ = note.append_child(p);
    }
    let _ = body.prepend_with_node_1(&note);
}

/// A link to the saved document as a file, made now: once the hook returns, no
/// wasm runs again, so the link must work on its own.
fn saved_work_link(document: &web_sys::Document) -> Option<web_sys::Element> {
    let saved = gloo::utils::window()
        .local_storage()
        .ok()??
        .get_item(DRAFT)
        .ok()??;
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(&saved));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/toml;charset=utf-8");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
    let link = document
        .create_element("a")
        .ok()?
        .unchecked_into::<web_sys::HtmlAnchorElement>();
    link.set_href(&url);
    link.set_download("saved-work.toml");
    link.set_text_content(Some("Download the saved work (saved-work.toml)"));
    Some(link.into())
}
