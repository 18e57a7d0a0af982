//! Authoring: the TOML content file an editor writes, and its compilation into a
//! checked [`Explainer`](crate::Explainer). Runs at build time and in the
//! `content-check` command, never in the browser.

mod compile;
mod error;
mod file;
mod find;

pub use compile::compile;
pub use error::ContentError;
pub use file::ContentFile;
