//! The private self-assessment: its data, readiness scoring, and how it is stored.

mod model;
mod scoring;
pub mod storage;

pub use model::*;
pub use scoring::*;
