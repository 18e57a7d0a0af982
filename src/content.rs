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

/// The content file's name: by its content, like Trunk's files, so it can be
/// cached forever.
#[cfg(feature = "publish")]
pub fn file_name(bytes: &[u8]) -> String {
    let integrity = crate::page::integrity(bytes);
    format!(
        "content-{}.bin",
        &integrity["sha384-".len()..][..16].replace(['/', '+'], "_")
    )
}

#[cfg(all(test, feature = "publish"))]
mod tests {
    use super::*;

    #[test]
    fn content_decodes_to_what_was_encoded() {
        let explainer = crate::testing::afp();
        assert_eq!(decode(&encode(&explainer)).unwrap(), explainer);
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
