//! Mosaic: a flexible career framework, explored and self-assessed in the browser.
//!
//! [`core`] is the pure domain (no Leptos, no DOM); [`app`] is the Leptos UI over it and
//! [`browser`] the thin layer that talks to the page (fetch, document).

pub mod app;
pub mod browser;
pub mod core;

pub use app::{mount, mount_overview, mount_studio, mount_with_private_area};
