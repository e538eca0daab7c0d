//! The framework file: its model, loading, validation and parity report.

mod branching;
mod durations;
mod families;
mod fast_load;
mod load;
mod locate;
mod model;
mod parity;
mod points;
mod points_summary;
mod problem;
mod query;
mod schema;
mod themes;
mod time_in_level;
mod validate;

pub use branching::MapEntry;
pub use families::FamilyGroup;
pub use fast_load::load_fast;
pub use load::{check_deserialized, load, located, Loaded};
pub use locate::{positions_of, value_positions};
pub use model::*;
pub use parity::{parity_warnings, ParityFacts, PayParity};
pub use points::{PointsStanding, Raise, ThemeStanding};
pub use points_summary::{PointsSummary, ThemeMinimumSummary};
pub use problem::{Concern, Position, Problem, Severity};
pub use query::{NextRole, Route};
pub use schema::json_schema;
pub use themes::Theme;
pub use time_in_level::{TimeInLevel, TimeInLevelSource};
pub use validate::{is_iso_date, is_valid_id, is_web_link, validate};
