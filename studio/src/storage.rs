//! Keeps the work in this browser (localStorage), saved after every edit (once
//! typing pauses: `ui::app`), in the same form as the exported file, with its
//! undo history (its edits, as data); and the drafts put aside. Storage that is full, missing or holds
//! something unreadable gets a message, and the work in hand is never dropped.

use explainer_model::authoring::{export, ContentFile};
use wasm_bindgen::JsCast;
use web_sys::Storage;

use crate::edit::{Doc, Edit};
use crate::history::Saved;

/// Where the draft in hand is kept.
pub const DRAFT: &str = "explainer-studio/draft";
/// Where its undo history is kept: its edits, as data (JSON).
pub const HISTORY: &str = "explainer-studio/history";
/// Where drafts put aside are kept, each under this and the time it was put
/// aside, its history under that and [`HISTORY_OF`].
pub const DRAFTS: &str = "explainer-studio/drafts/";
const HISTORY_OF: &str = "/history";
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

/// Why the browser would not keep something, for the editor.
fn refused(e: wasm_bindgen::JsValue) -> String {
    let full = e
        .dyn_ref::<web_sys::DomException>()
        .is_some_and(|d| d.name() == "QuotaExceededError" || d.code() == 22);
    if full {
        "this browser's storage is full".to_string()
    } else {
        "this browser refused to keep the work".to_string()
    }
}

/// Saves `content`, the draft in hand, and its undo history. An error says why,
/// for the editor; a history that cannot be kept is dropped, not the work.
pub fn save(content: &ContentFile, history: &Saved<Doc, Edit>) -> Result<(), String> {
    let storage = storage()?;
    storage
        .set_item(DRAFT, &export(content)?)
        .map_err(refused)?;
    keep_history(&storage, HISTORY, history);
    Ok(())
}

fn keep_history(storage: &Storage, key: &str, history: &Saved<Doc, Edit>) {
    let kept = serde_json::to_string(history)
        .ok()
        .is_some_and(|json| storage.set_item(key, &json).is_ok());
    if !kept {
        let _ = storage.remove_item(key);
    }
}

/// The history kept under `key`: none if none was kept, an error if it cannot
/// be read (an earlier studio's, say).
fn read_history(storage: &Storage, key: &str) -> Option<Result<Saved<Doc, Edit>, ()>> {
    let json = storage.get_item(key).ok().flatten()?;
    Some(serde_json::from_str(&json).map_err(|_| ()))
}

/// The undo history kept with the draft in hand, if it can be read.
pub fn load_history() -> Option<Result<Saved<Doc, Edit>, ()>> {
    read_history(&storage().ok()?, HISTORY)
}

/// A draft put aside in this browser.
#[derive(Clone, Debug, PartialEq)]
pub struct Kept {
    pub key: String,
    /// Its title, or the start of its article.
    pub title: String,
    /// When it was put aside (ms since 1970).
    pub when: f64,
}

/// The drafts put aside in this browser, the latest first.
pub fn kept_drafts() -> Vec<Kept> {
    let Ok(storage) = storage() else {
        return Vec::new();
    };
    let keys: Vec<String> = (0..storage.length().unwrap_or(0))
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|k| k.starts_with(DRAFTS) && !k.ends_with(HISTORY_OF))
        .collect();
    let mut kept: Vec<Kept> = keys
        .into_iter()
        .map(|key| {
            let text = storage.get_item(&key).ok().flatten().unwrap_or_default();
            let title = match parse(&text) {
                Ok(c) if !c.article.title.trim().is_empty() => c.article.title,
                Ok(c) => c.article.text.chars().take(80).collect(),
                Err(_) => "A draft that cannot be read".to_string(),
            };
            let when = key[DRAFTS.len()..].parse().unwrap_or(0.0);
            Kept { key, title, when }
        })
        .collect();
    kept.sort_by(|a, b| b.when.total_cmp(&a.when));
    kept
}

/// Puts the draft in hand aside, with its history, to take up again later;
/// returns its key.
pub fn put_aside(content: &ContentFile, history: &Saved<Doc, Edit>) -> Result<String, String> {
    let storage = storage()?;
    // A key of its own: the time, and a step on if another has it.
    let mut when = js_sys::Date::now() as u64;
    while storage
        .get_item(&format!("{DRAFTS}{when}"))
        .ok()
        .flatten()
        .is_some()
    {
        when += 1;
    }
    let key = format!("{DRAFTS}{when}");
    storage.set_item(&key, &export(content)?).map_err(refused)?;
    keep_history(&storage, &format!("{key}{HISTORY_OF}"), history);
    Ok(key)
}

/// A draft put aside: its document and its history. It stays in the list until
/// it is safely in hand (then `forget` it).
#[allow(clippy::type_complexity)] // the document, and its history as `read_history` gives it
pub fn read_kept(key: &str) -> Result<(ContentFile, Option<Result<Saved<Doc, Edit>, ()>>), String> {
    let storage = storage()?;
    let text = storage
        .get_item(key)
        .ok()
        .flatten()
        .ok_or("that draft is no longer in this browser")?;
    let content = parse(&text).map_err(|why| format!("that draft cannot be read ({why})"))?;
    let history = read_history(&storage, &format!("{key}{HISTORY_OF}"));
    Ok((content, history))
}

/// Deletes a draft put aside, and its history.
pub fn forget(key: &str) {
    if let Ok(storage) = storage() {
        let _ = storage.remove_item(key);
        let _ = storage.remove_item(&format!("{key}{HISTORY_OF}"));
    }
}
