//! The explainer app: Yew components over the compiled content. The build (and the
//! studio's Publish step) renders the whole page (`Page`, feature `static-parts`) to
//! HTML with the content as data beside it; in the browser, the reader decodes that
//! data (`content`) and Yew renders only the island that changes with the reader's
//! selection (`Interactive`: the panel). The rest of the page stays as built.

pub mod browser_sync;
pub mod content;
pub mod contract;
pub mod controls;
pub mod marking;
#[cfg(feature = "publish")]
pub mod page;
#[cfg(feature = "publish")]
pub mod publish;
pub mod reach;
pub mod reflect;
#[cfg(feature = "publish")]
pub mod share;
#[cfg(feature = "ssr")]
pub mod share_png;
pub mod state;
pub mod ui;

pub use ui::interactive::{Interactive, InteractiveProps};
#[cfg(feature = "static-parts")]
pub use ui::page::{Page, PageProps};

/// The shipped article's explainer, compiled from its content file: for tests.
#[cfg(all(test, feature = "publish"))]
pub(crate) mod testing {
    pub fn afp() -> explainer_model::Explainer {
        let path = "content/afp-istanbul-2022-10-11.toml";
        explainer_model::authoring::compile(
            include_str!("../content/afp-istanbul-2022-10-11.toml"),
            path,
        )
        .expect("the shipped content compiles")
        .explainer
    }
}
