//! The content a reader's page carries as data, and its decoding: the page holds
//! the compiled explainer as JSON in `<script type="application/json"
//! id="explainer-content">` (not executed, so the CSP allows it), which the reader
//! decodes at start. One reader wasm thus serves any article: the build's page and
//! the studio's published pages differ only in that data and the pre-rendered HTML.

use explainer_model::Explainer;

/// Why the content could not be read: the page keeps working as plain HTML.
#[derive(Debug, PartialEq, Eq)]
pub struct Unreadable(pub String);

/// Decodes the JSON a page carries.
pub fn decode(json: &str) -> Result<Explainer, Unreadable> {
    serde_json::from_str(json)
        .map_err(|e| Unreadable(format!("the page's content is unreadable: {e}")))
}

/// The JSON a page carries. `<` is written as `\u003c` (valid JSON, the same
/// text once decoded), so nothing in the content can close the script element
/// that holds it or open a comment there.
#[cfg(feature = "publish")]
pub fn encode(explainer: &Explainer) -> String {
    serde_json::to_string(explainer)
        .expect("an explainer has only strings, numbers and lists")
        .replace('<', "\\u003c")
}

/// The content of the page this code runs in (in a browser).
pub fn from_page() -> Result<std::rc::Rc<Explainer>, Unreadable> {
    let element = gloo::utils::document()
        .get_element_by_id(crate::contract::id::CONTENT)
        .ok_or_else(|| Unreadable("the page carries no content".into()))?;
    decode(&element.text_content().unwrap_or_default()).map(std::rc::Rc::new)
}

#[cfg(all(test, feature = "publish"))]
mod tests {
    use super::*;

    #[test]
    fn content_decodes_to_what_was_encoded_and_cannot_close_its_element() {
        let mut explainer = crate::testing::afp();
        explainer.title = "</script><!-- A & B".into();
        let json = encode(&explainer);
        assert!(!json.contains('<'), "{json}");
        assert_eq!(decode(&json).unwrap(), explainer);
    }

    #[test]
    fn malformed_content_is_an_error_not_a_panic() {
        for bad in ["", "{", "null", "{\"title\":1}", "[]"] {
            assert!(decode(bad).is_err(), "{bad}");
        }
    }
}
