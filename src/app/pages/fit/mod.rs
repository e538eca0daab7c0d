//! Where the person fits (every role ranked) and their gaps for one role.

mod fit_page;
mod gap_page;
mod wording;

pub use fit_page::FitPage;
pub use gap_page::GapPage;
