//! Authoring: the TOML content file an editor writes, and its compilation into a
//! checked [`Explainer`](crate::Explainer). Runs at build time and in the
//! `content-check` command, never in the browser.

mod compile;
mod error;
mod file;
// The proposal tool finds aliases exactly as the compiler does.
pub(crate) mod find;

pub use compile::compile;
pub use error::ContentError;
pub use file::ContentFile;
