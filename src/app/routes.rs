//! The routes of each bundle, and which sections are private. [`PRIVATE_SECTIONS`] is the one
//! list the router, the navigation and `public/loader.js` follow; the loader can't import
//! Rust, so `tests/architecture.rs` fails when its copy, or the routes here, drift from it.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::{Route, Routes};
use leptos_router::path;

use super::announce::{self, LiveRegion};
use super::pages::*;
use super::{my_data, review_data, use_framework};

/// A section of the private self-assessment: the first segment of its URLs and its name in
/// the navigation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PrivateSection {
    pub segment: &'static str,
    pub label: &'static str,
    pub whose: Whose,
}

/// Whose data a private section works on: the navigation lists the person's own sections
/// apart from the manager's workspace, so rating someone else never looks like their own
/// self-assessment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Whose {
    Mine,
    SomeoneElses,
}

/// Every private section, in navigation order. A URL whose first segment is one of these is
/// served by the private bundle; every other URL by the public one.
pub const PRIVATE_SECTIONS: [PrivateSection; 6] = [
    PrivateSection { segment: "assess", label: "Assess myself", whose: Whose::Mine },
    PrivateSection { segment: "fit", label: "Where I fit", whose: Whose::Mine },
    PrivateSection { segment: "plan", label: "Plan", whose: Whose::Mine },
    PrivateSection { segment: "history", label: "History", whose: Whose::Mine },
    PrivateSection { segment: "data", label: "My data", whose: Whose::Mine },
    // Not the person's own: a manager's ratings of someone else, stored apart.
    PrivateSection { segment: "review", label: "Rate someone else", whose: Whose::SomeoneElses },
];

/// The first path segment of the framework studio, which its own bundle serves (candidates
/// never download it). `public/loader.js` holds a copy, checked by `tests/architecture.rs`.
pub const STUDIO_SECTION: &str = "studio";

/// The routes of the public careers site.
pub fn public_routes() -> AnyView {
    view! {
        <Routes fallback=|| view! { <NotFound /> }>
            <Route path=path!("/") view=OverviewRoute />
            <Route path=path!("/tracks/:track") view=TrackPage />
            <Route path=path!("/tracks/:track/:level") view=RolePage />
            <Route path=path!("/competencies/:competency") view=CompetencyPage />
            <Route path=path!("/compare") view=ComparePage />
            <Route path=path!("/search") view=SearchPage />
        </Routes>
    }
    .into_any()
}

/// The public routes plus the private self-assessment. The public list is repeated on
/// purpose: routes are typed, and a shared list would link the private pages into the
/// public bundle.
pub fn all_routes() -> AnyView {
    // Reading localStorage makes no request and writes nothing until the person edits.
    let announcer = announce::provide_announcer();
    provide_context(my_data::MyData::load(&use_framework().framework, announcer));
    provide_context(review_data::ReviewData::load(&use_framework().framework));
    view! {
        // Present from the first render, so its first change is read.
        <LiveRegion />
        <Routes fallback=|| view! { <NotFound /> }>
            <Route path=path!("/") view=OverviewRoute />
            <Route path=path!("/tracks/:track") view=TrackPage />
            <Route path=path!("/tracks/:track/:level") view=RolePage />
            <Route path=path!("/competencies/:competency") view=CompetencyPage />
            <Route path=path!("/compare") view=ComparePage />
            <Route path=path!("/search") view=SearchPage />
            <Route path=path!("/assess") view=AssessPage />
            <Route path=path!("/fit") view=FitPage />
            <Route path=path!("/fit/:track/:level") view=GapPage />
            <Route path=path!("/history") view=HistoryPage />
            <Route path=path!("/data") view=DataPage />
            <Route path=path!("/plan") view=PlanPage />
            <Route path=path!("/review") view=ReviewPage />
        </Routes>
    }
    .into_any()
}

/// The overview as a route: under the router, `<Title>` names the page (the framework's name).
#[component]
pub(crate) fn OverviewRoute() -> impl IntoView {
    view! {
        <Title text="" />
        <OverviewPage />
    }
}
