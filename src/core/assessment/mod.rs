//! The private self-assessment: its data, readiness scoring, and how it is stored.

mod model;
mod scoring;
mod snapshots;
pub mod storage;

pub use model::*;
pub use scoring::*;
