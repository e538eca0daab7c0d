//! The private self-assessment: the person's data and every operation on it, readiness
//! scoring, how it is stored, and the session that keeps screen and storage in step.

mod agreement;
mod evidence;
mod milestones;
mod model;
mod plan;
mod profile;
mod progress;
mod ratings;
pub mod review;
mod scoring;
pub mod session;
pub mod session_data;
mod sharing;
mod snapshots;
pub mod storage;
pub mod store;
pub mod stored;

pub use agreement::*;
pub use evidence::*;
pub use model::*;
pub use plan::{EmptyNote, NotAdded};
pub use profile::*;
pub use progress::*;
pub use ratings::*;
pub use scoring::*;
