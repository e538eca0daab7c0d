//! Mosaic: a flexible career framework, explored and self-assessed in the browser.
//!
//! [`core`] is the pure domain (no Leptos, no DOM); [`app`] is the Leptos UI over it and
//! [`browser`] the thin layer that talks to the page (fetch, document). [`report`] words what
//! the core finds for framework authors; [`cli`] is the native `mosaic` command over it.

// Rendering views to HTML natively (`app::prerender`, Leptos's `ssr`) nests deeper than the default.
#![recursion_limit = "256"]

pub mod app;
pub mod browser;
pub mod core;
pub mod report;

/// The `mosaic` command for framework authors: native only (it reads files and exits).
#[cfg(not(target_arch = "wasm32"))]
pub mod cli;

pub use app::{mount, mount_overview, mount_studio, mount_with_private_area};
