//! The private self-assessment: its data, readiness scoring, and how it is stored.

mod model;
mod plan;
mod scoring;
pub mod storage;

pub use model::*;
pub use plan::{EmptyNote, NotAdded};
pub use scoring::*;
