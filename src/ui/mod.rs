//! The view. [`page::Page`] lays out the whole page, which the build renders to
//! HTML; [`interactive::Interactive`] is the island Yew renders in the reader's
//! browser: it owns the state and shows the panel. Each other file renders one part
//! of the page, as plain functions rather than components, because every part
//! depends on the one selection anyway, and each Yew component costs several
//! kilobytes of wasm.

pub mod claim;
pub mod evidence;
pub mod interactive;
pub mod panel;
pub mod reading;
// The page and its static parts: rendered at build time (or live in the studio's
// preview) only, so none of it is in the reader's wasm.
#[cfg(feature = "static-parts")]
pub mod article;
#[cfg(feature = "static-parts")]
pub mod diagram;
#[cfg(feature = "static-parts")]
pub mod header;
#[cfg(feature = "static-parts")]
pub mod legend;
#[cfg(feature = "static-parts")]
pub mod matrix;
#[cfg(feature = "static-parts")]
pub mod page;
#[cfg(feature = "static-parts")]
pub mod print_stances;
#[cfg(feature = "static-parts")]
pub mod relation_table;
#[cfg(feature = "static-parts")]
pub mod static_parts;
#[cfg(feature = "static-parts")]
pub mod timeline;
