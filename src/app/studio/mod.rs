//! The framework studio, its own bundle (`src/bin/mosaic-studio.rs`): an author opens a draft
//! of the framework file, keeps it on this device, sees every problem located in its source,
//! and previews the public site rendering it. It never needs the published `framework.json`
//! (that may be the very file being fixed); it reads it only to offer it as a starting point
//! and for comparison ([`published::use_published_framework`]).
//!
//! One router serves `<site>/studio`: the studio's own pages, and under `/preview` the public
//! pages (the same components as the careers site) over the draft, whose links stay in the
//! preview because `paths::set_studio_base` gives the public pages the preview as their base.

mod change_list;
mod changes_for_me;
mod compare_page;
mod draft_data;
mod draft_page;
mod export_page;
mod governance_page;
mod needs_draft;
mod packet_page;
mod preview;
mod problems_page;
mod published;
mod source_view;
mod wording;

use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Title};
use leptos_router::components::{ParentRoute, Route, Router, Routes, A};
use leptos_router::path;

use super::pages::{ComparePage, CompetencyPage, NotFound, RolePage, SearchPage, TrackPage};
use super::routes::OverviewRoute;
use super::{paths, remove_placeholder, shell, FocusMainOnNavigation};
use crate::browser;

pub use changes_for_me::ChangesForMePage;
pub use compare_page::StudioComparePage;
pub use draft_data::{use_studio_draft, ReadDraft, StudioDraft};
pub use draft_page::DraftPage;
pub use export_page::StudioExportPage;
pub use governance_page::StudioGovernancePage;
pub use packet_page::StudioPacketPage;
pub use preview::PreviewFrame;
pub use problems_page::StudioProblemsPage;
pub use published::{use_published_framework, PublishedFramework};

/// Mounts the framework studio on `<body>`. `src/bin/mosaic-studio.rs` calls only this.
pub fn mount_studio() {
    console_error_panic_hook::set_once();
    paths::set_studio_base(browser::base_path());
    remove_placeholder();
    leptos::mount::mount_to_body(|| view! { <StudioApp /> });
}

/// The studio: the kept draft and the published file in context, its header, and its pages.
#[component]
pub fn StudioApp() -> impl IntoView {
    provide_meta_context();
    provide_context(StudioDraft::load());
    provide_context(PublishedFramework::fetch());
    view! {
        <Title formatter=|text: String| {
            if text.is_empty() { "Framework studio".to_string() } else { format!("{text} · Framework studio") }
        } />
        <Router base=paths::router_base()>
            <FocusMainOnNavigation />
            <shell::SkipLink />
            <StudioHeader />
            <main id="main" tabindex="-1">
                {studio_routes()}
            </main>
            <footer class="site-footer">
                <p>"Framework studio: drafts stay on this device. Nothing is uploaded or sent anywhere."</p>
            </footer>
        </Router>
    }
}

/// The studio's routes: its own pages, and the public pages under `/preview`. The public
/// list is repeated (routes are typed); `tests/architecture.rs` checks that the preview has
/// every public route.
pub fn studio_routes() -> AnyView {
    view! {
        <Routes fallback=|| view! { <NotFound /> }>
            <Route path=path!("/") view=DraftPage />
            <Route path=path!("/problems") view=StudioProblemsPage />
            <Route path=path!("/compare") view=StudioComparePage />
            <Route path=path!("/governance") view=StudioGovernancePage />
            <Route path=path!("/packet") view=StudioPacketPage />
            <Route path=path!("/export") view=StudioExportPage />
            <ParentRoute path=path!("/preview") view=PreviewFrame>
                <Route path=path!("") view=OverviewRoute />
                <Route path=path!("/tracks/:track") view=TrackPage />
                <Route path=path!("/tracks/:track/:level") view=RolePage />
                <Route path=path!("/competencies/:competency") view=CompetencyPage />
                <Route path=path!("/compare") view=ComparePage />
                <Route path=path!("/search") view=SearchPage />
                <Route path=path!("/me") view=ChangesForMePage />
            </ParentRoute>
        </Routes>
    }
    .into_any()
}

/// "Framework studio" and the studio's navigation.
#[component]
fn StudioHeader() -> impl IntoView {
    view! {
        <header class="site-header studio-header">
            <a href=paths::studio_draft() class="brand">
                <span class="brand-mark" aria-hidden="true">"◆"</span>
                "Framework studio"
            </a>
            <nav aria-label="Studio">
                <ul>
                    <li><A href=paths::studio_draft() exact=true>"Draft"</A></li>
                    <li><A href=paths::studio_problems()>"Problems"</A></li>
                    <li><A href=paths::studio_preview()>"Preview"</A></li>
                    <li><A href=paths::studio_compare()>"Compare"</A></li>
                    <li><A href=paths::studio_governance()>"Governance"</A></li>
                    <li><A href=paths::studio_packet()>"Review packet"</A></li>
                    <li><A href=paths::studio_export()>"Export"</A></li>
                </ul>
            </nav>
        </header>
    }
}
