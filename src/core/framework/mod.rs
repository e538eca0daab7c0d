//! The framework file: its model, loading, validation and parity report.

mod load;
mod locate;
mod model;
mod parity;
mod points;
mod problem;
mod query;
mod schema;
mod validate;

pub use load::{load, Loaded};
pub use locate::value_positions;
pub use model::*;
pub use parity::{parity_warnings, ParitySummary};
pub use points::{PointsStanding, Raise, ThemeStanding};
pub use problem::{Concern, Position, Problem, Severity};
pub use query::{NextRole, Route};
pub use schema::json_schema;
pub use validate::{is_iso_date, is_valid_id, is_web_link, validate};
