//! Sentences for what the core returns as data. One place per kind of data, so the same
//! fact reads the same on every page.

mod changes;
mod labels;
mod limits;
mod points;
mod save_state;
mod time_in_level;

pub use changes::describe_change;
pub use labels::Label;
pub use limits::describe_not_read;
pub use points::{describe_raise, describe_threshold};
pub use save_state::{describe_save_state, describe_save_state_exporting_from, SaveMessage};
pub use time_in_level::describe_time_in_level;
