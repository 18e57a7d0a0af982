//! The view. [`app::App`] is the one component: it owns the state, and each other
//! file renders one part of the page from a [`context::Ctx`], changing the state
//! only by dispatching an `Action`. Plain functions rather than components, because
//! every part depends on the one selection anyway, and each Yew component costs
//! several kilobytes of wasm.

pub mod app;
pub mod context;
pub mod evidence;
pub mod islands;
pub mod panel;
// Static parts, rendered at build time only (see islands).
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
