//! The explainer's model: pure Rust, no DOM and no I/O.
//!
//! - [`explainer`] holds the compiled, validated content the UI renders.
//! - [`text`] splits the article into lines and blocks, and a line into segments,
//!   and finds a passage: once, within one line.
//! - [`selection`] is what the reader has selected, and its URL fragment form.
//! - [`layout`] places the diagram's nodes and edge labels without overlaps.
//! - [`authoring`] (feature `authoring`) reads a TOML content file, checks it and
//!   compiles it into an [`explainer::Explainer`]; it runs at build time only, so the
//!   browser never ships a TOML parser.
//! - [`propose`] (feature `authoring`) proposes a first draft of a content file from
//!   an article's text alone: actors, people, statements and relation hints.

pub mod explainer;
mod find;
pub mod geometry;
pub mod layout;
pub mod selection;
pub mod stored;
pub mod text;

#[cfg(feature = "authoring")]
pub mod authoring;
#[cfg(feature = "authoring")]
pub mod propose;

pub use explainer::Explainer;
pub use selection::Selection;
