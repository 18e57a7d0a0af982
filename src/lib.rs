//! The explainer app: Yew components over the compiled content. The same `App`
//! renders on the server (pre-rendering, feature `ssr`) and hydrates in the browser.

use std::rc::Rc;

use explainer_model::Explainer;

pub mod browser_sync;
#[cfg(feature = "ssr")]
pub mod page;
pub mod state;
pub mod ui;

pub use ui::app::{App, AppProps};

/// The content compiled by `build.rs`.
static COMPILED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/explainer.bin"));

/// Decodes the embedded content. It was checked at build time by the same model
/// code, so failing here means the build itself is broken.
pub fn explainer() -> Rc<Explainer> {
    Rc::new(Explainer::from_bytes(COMPILED).expect("build.rs embeds a valid explainer"))
}
