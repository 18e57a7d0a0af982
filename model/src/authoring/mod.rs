//! Authoring: the TOML content file an editor writes, and its compilation into a
//! checked [`Explainer`](crate::Explainer). Runs at build time, in the
//! `content-check` command and in the studio, never in the reader's page.

mod compile;
mod dates;
mod error;
mod export;
pub mod faithfulness;
mod file;
// The proposal tool finds aliases exactly as the compiler does.
pub(crate) mod find;
mod hedges;
mod locate;
mod sources;
mod verbs;

pub use compile::article::is_web_address;
pub use compile::ids::{is_reserved, RESERVED_IDS, RESERVED_PREFIXES};
pub use compile::{compile, compile_content, Compiled};
pub use error::{line_column, ContentError, ErrorKind, Path, Severity, Step};
pub use export::export;
pub use file::{
    ActorSpec, ArticleSpec, ClaimSpec, ContentFile, DiagramSpec, EventSpec, KindSpec, LeftOutSpec,
    LineStyle, PersonSpec, RelationSpec, StatementSpec, StudioNotes,
};
pub use find::{longest_first, whole_words};
