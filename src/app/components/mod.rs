//! Small reusable pieces, one folder each.

mod evidence_editor;
mod examples_signals_links;
mod line_chart;
mod parity_status;
mod pay_range;
mod private_status;
mod problem_list;
mod proficiency;
mod radar_chart;
mod role_options;
mod scale_choices;
mod scroll_region;

pub use evidence_editor::EvidenceEditor;
pub use examples_signals_links::ExamplesSignalsLinks;
pub use line_chart::LineChart;
pub use parity_status::ParityStatus;
pub use pay_range::PayRange;
pub use private_status::{PrivateStatus, SaveStatus};
pub use problem_list::ProblemList;
pub use proficiency::ProficiencyBadge;
pub use radar_chart::{RadarAxis, RadarChart};
pub use role_options::RoleOptions;
pub use scale_choices::ScaleChoices;
pub use scroll_region::ScrollRegion;
