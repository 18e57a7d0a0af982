//! Files in and out: an article (.txt) or a content file (.toml) opened from the
//! picker or dropped on the page, and the export downloaded.

use explainer_model::authoring::ContentFile;
use wasm_bindgen::JsCast;

use crate::document::new_document;
use crate::storage::parse;

/// Reads `file` as an article or a content file: either way, the document to
/// work on. A file that is neither gets a message saying what was expected.
pub async fn open(file: web_sys::File) -> Result<ContentFile, String> {
    let name = file.name();
    let bytes = gloo::file::futures::read_as_bytes(&gloo::file::Blob::from(file))
        .await
        .map_err(|e| format!("{name} could not be read: {e}"))?;
    let text = String::from_utf8(bytes)
        .map_err(|_| format!("{name} is not text (UTF-8): open the article as a .txt file, or a content file as .toml"))?;
    let lower = name.to_lowercase();
    // An article may well begin with a bracket ("[Photo]"); only a content
    // file has an [article] table.
    let is_content = lower.ends_with(".toml")
        || (!lower.ends_with(".txt") && text.lines().any(|l| l.trim() == "[article]"));
    if is_content {
        return parse(&text).map_err(|problem| {
            format!("{name} is not a content file the studio can read ({problem})")
        });
    }
    if lower.ends_with(".txt") || lower.ends_with(".md") || !lower.contains('.') {
        if text.trim().is_empty() {
            return Err(format!("{name} is empty"));
        }
        return Ok(new_document(&text));
    }
    Err(format!(
        "{name} is neither an article (.txt) nor a content file (.toml)"
    ))
}

/// Offers `text` as a download named `name`.
pub fn download(name: &str, text: &str) -> Result<(), String> {
    download_bytes(name, text.as_bytes(), "application/toml;charset=utf-8")
}

/// Offers `bytes` as a download named `name`, of type `mime`.
pub fn download_bytes(name: &str, bytes: &[u8], mime: &str) -> Result<(), String> {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options)
        .map_err(|_| "the browser could not make the file".to_string())?;
    let url = gloo::file::ObjectUrl::from(gloo::file::Blob::from(blob));
    let document = gloo::utils::document();
    let anchor = document
        .create_element("a")
        .map_err(|_| "the browser could not make the link".to_string())?
        .unchecked_into::<web_sys::HtmlAnchorElement>();
    anchor.set_href(&url);
    anchor.set_download(name);
    // Firefox follows only a link that is in the document.
    let body = document.body().ok_or("the page has no body")?;
    let _ = body.append_child(&anchor);
    anchor.click();
    anchor.remove();
    // The download starts after this task: the URL must outlive it.
    gloo::timers::callback::Timeout::new(60_000, move || drop(url)).forget();
    Ok(())
}
