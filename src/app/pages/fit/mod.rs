//! Where the person fits (every role ranked), their gaps for one role, and how readiness is
//! worked out under the framework's policy.

mod fit_page;
mod gap_page;
mod points;
mod policy;
mod wording;

pub use fit_page::FitPage;
pub use gap_page::GapPage;
