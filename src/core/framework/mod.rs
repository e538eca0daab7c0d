//! The framework file: its model, loading, validation and parity report.

mod branching;
mod families;
mod links;
mod load;
mod locate;
mod model;
mod parity;
mod points;
mod points_summary;
mod problem;
mod query;
mod time_in_level;
mod validate;

pub use branching::MapEntry;
pub use families::FamilyGroup;
pub use load::{load, Loaded};
pub use locate::value_positions;
pub use model::*;
pub use parity::{parity_warnings, ParitySummary};
pub use points::{PointsStanding, Raise, ThemeStanding};
pub use points_summary::{PointsSummary, ThemeMinimumSummary};
pub use problem::{Position, Problem, Severity};
pub use query::{NextRole, Route};
pub use time_in_level::{TimeInLevel, TimeInLevelSource};
pub use validate::{is_iso_date, is_valid_id, validate};

/// The JSON Schema of the framework file, generated from the Rust types.
pub fn json_schema() -> String {
    let schema = schemars::schema_for!(Framework);
    serde_json::to_string_pretty(&schema).expect("a schema always serializes") + "\n"
}
