//! One component per route, plus the pages shown when the framework can't be.

mod assess;
mod compare;
mod competency;
mod data;
mod fit;
mod history;
mod not_found;
mod overview;
mod plan;
mod problems;
mod review;
mod role;
mod search;
mod stored_data;
mod track;

pub use assess::AssessPage;
pub use compare::ComparePage;
pub use competency::CompetencyPage;
pub use data::DataPage;
pub use fit::{FitPage, GapPage};
pub use history::HistoryPage;
pub use not_found::NotFound;
pub use overview::OverviewPage;
pub use plan::PlanPage;
pub use problems::ProblemsPage;
pub use review::ReviewPage;
pub use role::RolePage;
pub use search::SearchPage;
pub use stored_data::StoredData;
pub use track::TrackPage;
