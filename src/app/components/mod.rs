//! Small reusable pieces, one folder each.

mod parity_status;
mod pay_range;
mod problem_list;
mod proficiency;

pub use parity_status::ParityStatus;
pub use pay_range::PayRange;
pub use problem_list::ProblemList;
pub use proficiency::ProficiencyBadge;
