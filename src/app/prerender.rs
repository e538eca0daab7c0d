//! The front page drawn ahead of time, natively, from the same components the overview bundle
//! mounts (`mosaic prerender`, run by every Trunk build). `public/loader.js` shows it only when
//! the served framework.json is byte for byte the file it was drawn from (its SHA-256 is in
//! the file), so a candidate's first view needs no wasm at all; any other file, and a host
//! where the loader can't check, gets the overview bundle as before.

use leptos::prelude::*;

use super::first_view::OverviewSite;
use super::paths;
use super::shell::DrawnAhead;
use crate::core::framework::Loaded;

/// The `<meta>` name whose content is the SHA-256 (lower-case hex) of the framework file the
/// page was drawn from. public/loader.js reads the same name (tests/architecture.rs checks).
pub const FRAMEWORK_DIGEST_META: &str = "mosaic-framework-sha256";

/// The file public/loader.js fetches next to index.html.
pub const OVERVIEW_FILE: &str = "overview.html";

/// The overview file for a site hosted under `base` ("" or "/careers"; a trailing "/" is
/// ignored): the digest, the page's title, then the page's body as the overview bundle
/// mounts it, with both review lines for the loader to choose from (`DrawnAhead`).
pub fn overview_file(loaded: &'static Loaded, base: &str, framework_sha256: &str) -> String {
    paths::set_base(base.trim_end_matches('/').to_string());
    let owner = Owner::new();
    owner.with(|| {
        provide_context(DrawnAhead);
        let head = view! {
            <meta name=FRAMEWORK_DIGEST_META content=framework_sha256.to_string() />
            <title>{loaded.framework.meta.name.clone()}</title>
        }
        .to_html();
        let body = view! { <OverviewSite loaded /> }.to_html();
        // No whitespace between or after: it would be a text node the bundle's page lacks.
        head + &body
    })
}
