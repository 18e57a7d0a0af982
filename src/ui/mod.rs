//! The view. [`app::App`] is the one component: it owns the state, and each other
//! file renders one part of the page, changing the state only by dispatching an
//! `Action`. Plain functions rather than components, because every part depends on
//! the one selection anyway, and each Yew component costs several kilobytes of wasm.

pub mod app;
pub mod claim;
pub mod evidence;
pub mod panel;
pub mod reading;
pub mod static_parts;
// Static parts, rendered at build time (or live in the studio's preview) only.
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
pub mod print_stances;
#[cfg(feature = "static-parts")]
pub mod relation_table;
#[cfg(feature = "static-parts")]
pub mod timeline;
