//! The Leptos UI. Components read the loaded framework from context and call the core;
//! they hold no domain logic of their own.

pub mod announce;
pub mod components;
pub mod focus;
pub mod my_data;
pub mod pages;
pub mod paths;
pub mod review_data;
pub mod routes;
pub mod shell;
pub mod wording;

mod first_view;
/// Native only: the overview drawn at build time (`mosaic prerender`).
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
pub mod studio;

use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Title};
use leptos_router::components::{Router, A};
use leptos_router::hooks::use_location;

use crate::browser;
use crate::core::framework::{self, Loaded, Problem};
use pages::{ProblemsPage, StoredData};
use shell::{NavLink, SiteFooter, SiteHeader, SkipLink};

pub use first_view::mount_overview;
pub use routes::{all_routes, public_routes, Whose, PRIVATE_SECTIONS};
pub use studio::mount_studio;

/// Where the framework file lives, relative to `index.html`.
pub const FRAMEWORK_FILE: &str = "framework.json";

/// Which pages a bundle carries. The public careers site ships only the explorer, so
/// candidates never download the private self-assessment; the private bundle has both.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Area {
    /// Tracks, roles, compare, search.
    Public,
    /// The public pages plus the private self-assessment.
    WithPrivate,
}

/// Mounts the public careers site on `<body>`. `src/main.rs` calls only this.
pub fn mount() {
    start(Area::Public, public_routes, nothing_more);
}

/// Mounts the site with the private self-assessment. `src/bin/mosaic-private.rs` calls only this.
pub fn mount_with_private_area() {
    start(Area::WithPrivate, all_routes, stored_data);
}

// Each bundle's entry point names only its own routes and problem-page extras, so the
// linker drops the other's pages.
fn start(area: Area, routes: fn() -> AnyView, after_problems: fn() -> AnyView) {
    console_error_panic_hook::set_once();
    paths::set_base(browser::base_path());
    // index.html shows a static placeholder from the first paint; the app's own loading view
    // takes its place in this same task, so no blank frame is painted in between.
    remove_placeholder();
    leptos::mount::mount_to_body(move || view! { <App area routes after_problems /> });
}

/// The element of index.html shown until the app mounts (public/loader.js words a failed start in it).
const PLACEHOLDER_ID: &str = "app-placeholder";

pub(crate) fn remove_placeholder() {
    if let Some(placeholder) = document().get_element_by_id(PLACEHOLDER_ID) {
        placeholder.remove();
    }
}

fn nothing_more() -> AnyView {
    ().into_any()
}

/// On private pages a broken framework must not lock anyone out of their data.
fn stored_data() -> AnyView {
    view! { <StoredData /> }.into_any()
}

/// The framework every page reads, provided once it has loaded and validated.
pub fn use_framework() -> &'static Loaded {
    expect_context::<&'static Loaded>()
}

/// Fetches and validates the framework, turning a fetch failure into a problem too so the
/// author sees one kind of page for everything that stops the framework from showing.
async fn load_framework() -> Result<Loaded, Vec<Problem>> {
    let text = browser::loader::file_text(FRAMEWORK_FILE)
        .await
        .map_err(|err| vec![Problem::error("", err.to_string())])?;
    framework::load(&text)
}

/// Loads the framework, then shows either the explorer or the list of its problems.
#[component]
pub fn App(
    /// Which pages this bundle carries.
    area: Area,
    /// The bundle's `<Routes>`.
    routes: fn() -> AnyView,
    /// What the bundle shows under the problems when the framework can't load.
    after_problems: fn() -> AnyView,
) -> impl IntoView {
    provide_meta_context();
    let state = LocalResource::new(load_framework);
    view! {
        {move || match state.get() {
            None => view! { <Loading /> }.into_any(),
            Some(Ok(loaded)) => {
                // Loaded once per page load and read by every page until the tab closes, so
                // it is leaked to `'static`: views can then borrow from it freely.
                let loaded: &'static Loaded = Box::leak(Box::new(loaded));
                view! { <Explorer loaded area routes /> }.into_any()
            }
            Some(Err(problems)) => {
                view! { <ProblemsPage problems>{after_problems()}</ProblemsPage> }.into_any()
            }
        }}
    }
}

/// What index.html's placeholder shows, until the framework has loaded.
#[component]
fn Loading() -> impl IntoView {
    view! {
        <Title text="Loading career framework" />
        <NeutralHeader />
        <main class="loading">
            <p class="loading-status" role="status">"Loading the career framework…"</p>
        </main>
    }
}

/// The site header before a framework has loaded (or when it can't): the organization's
/// name is in the framework, so it says only what the site is.
#[component]
pub fn NeutralHeader() -> impl IntoView {
    view! {
        <header class="site-header">
            <p class="brand">
                <span class="brand-mark" aria-hidden="true">"◆"</span>
                "Career framework"
            </p>
        </header>
    }
}

/// The public careers site over a loaded framework.
#[component]
pub fn Explorer(
    /// The validated framework and its parity warnings.
    loaded: &'static Loaded,
    /// Which pages this bundle carries; links to the others load the other bundle.
    area: Area,
    /// The bundle's `<Routes>`.
    routes: fn() -> AnyView,
) -> impl IntoView {
    let name = loaded.framework.meta.name.clone();
    provide_context(loaded);
    // From the public bundle, private pages are a full page load (the router must not
    // handle them), which brings in the private bundle.
    let private_link: NavLink = match area {
        Area::Public => shell::link_to_other_bundle,
        Area::WithPrivate => router_link,
    };
    view! {
        <Title formatter=move |text: String| {
            if text.is_empty() { name.clone() } else { format!("{text} · {name}") }
        } />
        <Router base=paths::base()>
            <FocusMainOnNavigation />
            <SkipLink />
            <SiteHeader nav_link=router_link private_link />
            <main id="main" tabindex="-1">
                {routes()}
            </main>
            <SiteFooter />
        </Router>
    }
}

/// A navigation link that the router marks as current (the home page only when it is the page).
pub(crate) fn router_link(href: String, text: &'static str) -> AnyView {
    let exact = href == paths::home();
    view! { <A href=href exact>{text}</A> }.into_any()
}

/// Moves focus to the main region after each client-side navigation, so keyboard and
/// screen-reader users land on the new page rather than on the link they left.
#[component]
pub(crate) fn FocusMainOnNavigation() -> impl IntoView {
    let location = use_location();
    Effect::new(move |previous: Option<String>| {
        let current = location.pathname.get();
        if previous.is_some_and(|p| p != current) {
            shell::focus_main();
        }
        current
    });
}
