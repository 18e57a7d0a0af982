//! The content a reader's page loads, and its decoding. The page links the
//! compiled explainer as a file of its own (`content-<hash>.bin`, postcard, with
//! an integrity hash, preloaded beside the wasm); the boot script fetches it and
//! hands its bytes to `start`. One reader wasm thus serves any article: the build's
//! page and the studio's published pages differ only in that file and the
//! pre-rendered HTML.

use explainer_model::Explainer;

/// Why the content could not be read: the page keeps working as plain HTML.
#[derive(Debug, PartialEq, Eq)]
pub struct Unreadable;

/// Decodes a content file. Anything else, or a file cut short, is `Unreadable`.
/// (The page loads only the file it was made with: its integrity hash says so.)
pub fn decode(bytes: &[u8]) -> Result<Explainer, Unreadable> {
    postcard::from_bytes(bytes).map_err(|_| Unreadable)
}

/// A content file's bytes.
#[cfg(feature = "publish")]
pub fn encode(explainer: &Explainer) -> Vec<u8> {
    postcard::to_allocvec(explainer).expect("an explainer has only strings, numbers and lists")
}

/// `explainer` as the reader decodes it: without what only the pre-rendered
/// parts show (see `explainer_model::explainer`).
#[cfg(all(test, feature = "publish"))]
pub(crate) fn as_decoded(mut explainer: Explainer) -> Explainer {
    explainer.context = Default::default();
    for event in explainer.events.to_mut() {
        event.when = None;
        event.context = None;
    }
    for kind in explainer.kinds.to_mut() {
        kind.label = Default::default();
    }
    for edge in explainer.diagram.edges.to_mut() {
        edge.label_lines = Default::default();
        edge.label = Default::default();
    }
    explainer
}

#[cfg(all(test, feature = "publish"))]
mod tests {
    use super::*;

    #[test]
    fn content_decodes_to_what_was_encoded_less_what_only_the_html_shows() {
        let explainer = crate::testing::afp();
        let decoded = decode(&encode(&explainer)).unwrap();
        assert_eq!(decoded, as_decoded(explainer.clone()));
        // What the reader's panel shows is all there.
        assert_eq!(decoded.actors, explainer.actors);
        assert_eq!(decoded.relations, explainer.relations);
        assert_eq!(decoded.statements, explainer.statements);
        assert_eq!(decoded.text, explainer.text);
    }

    #[test]
    fn malformed_content_is_an_error_not_a_panic() {
        let good = encode(&crate::testing::afp());
        assert!(decode(&[]).is_err());
        assert!(decode(b"<!doctype html><p>Not found</p>").is_err());
        for cut in [1, good.len() / 2, good.len() - 1] {
            assert!(decode(&good[..cut]).is_err(), "cut at {cut}");
        }
    }
}
