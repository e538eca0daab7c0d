//! One component per route, plus the pages shown when the framework can't be.

mod compare;
mod competency;
mod not_found;
mod overview;
mod problems;
mod role;
mod search;
mod track;

pub use compare::ComparePage;
pub use competency::CompetencyPage;
pub use not_found::NotFound;
pub use overview::OverviewPage;
pub use problems::ProblemsPage;
pub use role::RolePage;
pub use search::SearchPage;
pub use track::TrackPage;
