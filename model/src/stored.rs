//! How the compiled explainer holds its text and lists: owned when compiled from a
//! content file, borrowed from static data when build.rs bakes it into the app as
//! Rust source, so the browser decodes nothing at start-up.

use std::borrow::Cow;

pub type Text = Cow<'static, str>;
pub type List<T> = Cow<'static, [T]>;
