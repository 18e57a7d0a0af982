//! Writes a content file back out, as the studio exports it: the same shape as a
//! hand-written one, fields in a stable order, and a header saying what it is for.

use super::file::ContentFile;

/// The file's text. Reading it back gives the same content file, so compiling
/// before and after gives the same explainer (tested on every shipped file).
pub fn export(content: &ContentFile) -> Result<String, String> {
    let body = toml::to_string(content).map_err(|e| format!("cannot write the file: {e}"))?;
    Ok(format!(
        "# Content file for the explainer, made in the studio. Open it in the studio to\n\
         # go on, or to publish it (the Publish tab). With the toolchain instead:\n\
         #   cargo run -p explainer-model --features authoring --bin content-check -- FILE.toml\n\
         #   EXPLAINER_CONTENT=FILE.toml bash scripts/build.sh\n\n{body}"
    ))
}
