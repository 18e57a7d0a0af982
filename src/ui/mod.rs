//! Yew components. Each file holds one component; all read the shared state through
//! [`context::Ctx`] and change it only by dispatching an `Action`.

pub mod app;
pub mod article;
pub mod context;
pub mod diagram;
pub mod evidence;
pub mod legend;
pub mod panel;
pub mod relation_table;
