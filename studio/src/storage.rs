//! Keeps the work in this browser (localStorage), saved after every edit (once
//! typing pauses: `ui::app`), in the same form as the exported file. Storage that is full, missing or holds
//! something unreadable gets a message, and the work in hand is never dropped.

use explainer_model::authoring::{export, ContentFile};
use wasm_bindgen::JsCast;
use web_sys::Storage;

/// Where the document is kept.
pub const DRAFT: &str = "explainer-studio/draft";
/// Where an earlier studio kept the proposals the editor turned down, one key a
/// line, apart from the work; they are part of the document now.
pub const REJECTED: &str = "explainer-studio/rejected";
/// Where saved text that could not be read is moved (a key of its own each time,
/// with the time it was found), so neither starting anew nor a second such find
/// overwrites it.
pub const UNREADABLE: &str = "explainer-studio/unreadable";

fn storage() -> Result<Storage, String> {
    gloo::utils::window()
        .local_storage()
        .ok()
        .flatten()
        .ok_or_else(|| {
            "this browser does not let the studio keep work (storage is off or blocked)".into()
        })
}

/// What the browser held when the studio opened.
#[derive(Debug, PartialEq)]
pub enum Loaded {
    Nothing,
    Work(Box<ContentFile>),
    /// Saved text that is not a content file: kept aside, with why.
    Unreadable {
        text: String,
        problem: String,
        /// Whether a copy is kept aside in storage (it may be full).
        kept: bool,
    },
    /// No storage to read from.
    Unavailable(String),
}

pub fn load() -> Loaded {
    let storage = match storage() {
        Ok(s) => s,
        Err(why) => return Loaded::Unavailable(why),
    };
    let Ok(Some(text)) = storage.get_item(DRAFT) else {
        return Loaded::Nothing;
    };
    match parse(&text) {
        Ok(content) => Loaded::Work(Box::new(content)),
        Err(problem) => {
            // Set aside before anything can overwrite it; once only, however often
            // the page is reloaded before the editor starts anew.
            let kept = set_aside(&storage, &text);
            Loaded::Unreadable {
                text,
                problem,
                kept,
            }
        }
    }
}

/// Keeps `text` under a key of its own, unless a copy is already kept there.
fn set_aside(storage: &Storage, text: &str) -> bool {
    let length = storage.length().unwrap_or(0);
    let already = (0..length)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|key| key.starts_with(UNREADABLE))
        .any(|key| storage.get_item(&key).ok().flatten().as_deref() == Some(text));
    already || {
        let key = format!("{UNREADABLE}/{}", js_sys::Date::now() as u64);
        storage.set_item(&key, text).is_ok()
    }
}

/// Reads a content file, saying where and why it cannot be read.
pub fn parse(text: &str) -> Result<ContentFile, String> {
    toml::from_str::<ContentFile>(text).map_err(|e| {
        let at = e
            .span()
            .map(|s| {
                let line = text[..s.start.min(text.len())].matches('\n').count() + 1;
                format!("line {line}: ")
            })
            .unwrap_or_default();
        format!("{at}{}", e.message().trim())
    })
}

/// Rejections that an earlier studio saved apart from the work (they are part of
/// the document now).
pub fn old_rejected() -> Vec<String> {
    storage()
        .ok()
        .and_then(|s| s.get_item(REJECTED).ok().flatten())
        .map(|text| text.lines().map(str::to_string).collect())
        .unwrap_or_default()
}

/// Forgets them, once the work that took them in is saved.
pub fn forget_old_rejected() {
    if let Ok(s) = storage() {
        let _ = s.remove_item(REJECTED);
    }
}

/// Saves `content`. An error says why, for the editor.
pub fn save(content: &ContentFile) -> Result<(), String> {
    let text = export(content)?;
    storage()?.set_item(DRAFT, &text).map_err(|e| {
        let full = e
            .dyn_ref::<web_sys::DomException>()
            .is_some_and(|d| d.name() == "QuotaExceededError" || d.code() == 22);
        if full {
            "this browser's storage is full".to_string()
        } else {
            "this browser refused to keep the work".to_string()
        }
    })
}
