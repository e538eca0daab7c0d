//! The domain core: pure Rust, no Leptos, no DOM. Everything here is tested natively.

pub mod assessment;
pub mod compare;
pub mod diff;
pub mod display;
pub mod framework;
pub mod governance;
pub mod limits;
pub mod lint;
pub mod planner;
pub mod search;
pub mod standards;
pub mod studio;
pub mod version;
pub mod workbook;
