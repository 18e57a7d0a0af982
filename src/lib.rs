//! The explainer app: Yew components over the compiled content. The build renders
//! the whole page (`Page`, feature `static-parts`) to HTML; in the browser, Yew
//! renders only the island that changes with the reader's selection
//! (`Interactive`: the panel), and the rest of the page stays as built.

use std::rc::Rc;

use explainer_model::Explainer;

pub mod browser_sync;
pub mod contract;
pub mod controls;
pub mod marking;
#[cfg(feature = "ssr")]
pub mod page;
pub mod reach;
pub mod reflect;
pub mod state;
pub mod ui;

pub use ui::interactive::{Interactive, InteractiveProps};
#[cfg(feature = "static-parts")]
pub use ui::page::{Page, PageProps};

// The baked content names `alloc::borrow::Cow`.
extern crate alloc;

/// The content, compiled and checked by `build.rs` and baked in as static data.
static BAKED: Explainer = include!(concat!(env!("OUT_DIR"), "/explainer.rs"));

/// The explainer the app shows. Cloning the baked data copies references only.
pub fn explainer() -> Rc<Explainer> {
    Rc::new(BAKED.clone())
}
