//! Sentences for what the core returns as data. One place per kind of data, so the same
//! fact reads the same on every page.

mod changes;
mod save_state;

pub use changes::describe_change;
pub use save_state::{describe_save_state, SaveMessage};
