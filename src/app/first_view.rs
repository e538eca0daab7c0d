//! The overview bundle: what a candidate opening the careers site's front page downloads.
//! It carries the overview and nothing else — no router, no meta context, no diagnostics —
//! so the first view arrives sooner. Every link on it is a full page load into the public
//! bundle. When the framework can't be shown here (a fetch or reading problem, or an error
//! in the file), it hands over to the public bundle, which says exactly what and where.

use leptos::prelude::*;

use super::pages::OverviewPage;
use super::shell::{link_to_other_bundle, SiteFooter, SiteHeader, SkipLink};
use super::{paths, remove_placeholder, FRAMEWORK_FILE};
use crate::browser;
use crate::core::framework::{self, Loaded};

/// Mounts the overview on `<body>` once the framework has loaded; until then index.html's
/// placeholder stays. `src/bin/mosaic-overview.rs` calls only this.
pub fn mount_overview() {
    // Marks on the performance timeline: the first-view benchmark reports where the time goes.
    browser::perf::mark("mosaic:started");
    paths::set_base(browser::base_path());
    wasm_bindgen_futures::spawn_local(async {
        match load().await {
            Some(loaded) => {
                browser::perf::mark("mosaic:framework-loaded");
                // As in the other bundles: loaded once per page load, read until the tab closes.
                let loaded: &'static Loaded = Box::leak(Box::new(loaded));
                document().set_title(&loaded.framework.meta.name);
                remove_placeholder();
                leptos::mount::mount_to_body(move || view! { <OverviewSite loaded /> });
                browser::perf::mark("mosaic:overview-mounted");
                browser::loader::first_view_shown();
            }
            None => {
                if !browser::loader::hand_over_to_public_site() {
                    leptos::logging::warn!(
                        "The framework could not be shown and no loader was there to hand over to."
                    );
                }
            }
        }
    });
}

/// The framework when the fast path reads it cleanly; `None` hands over to the public bundle,
/// whose diagnostics path gives the same verdict with every problem located
/// (`framework::load_fast` says when it can't decide alone).
async fn load() -> Option<Loaded> {
    let text = browser::loader::file_text(FRAMEWORK_FILE).await.ok()?;
    browser::perf::mark("mosaic:framework-read");
    framework::load_fast(&text)?.ok()
}

/// The front page with the site's header and footer, without a router.
#[component]
pub(super) fn OverviewSite(loaded: &'static Loaded) -> impl IntoView {
    provide_context(loaded);
    view! {
        <SkipLink />
        <SiteHeader nav_link=plain_link private_link=link_to_other_bundle />
        <main id="main" tabindex="-1">
            <OverviewPage />
        </main>
        <SiteFooter />
    }
}

/// Without a router, the current page is marked once: this bundle only ever shows the overview.
fn plain_link(href: String, text: &'static str) -> AnyView {
    let current = (href == paths::home()).then_some("page");
    view! { <a href=href aria-current=current>{text}</a> }.into_any()
}
