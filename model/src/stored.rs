//! How the compiled explainer holds its text and lists: owned when compiled or
//! decoded, borrowed where a test or tool builds one from static data. The reader
//! decodes the content its page carries (`wire`), so one wasm serves any article.

use std::borrow::Cow;

pub type Text = Cow<'static, str>;
pub type List<T> = Cow<'static, [T]>;
