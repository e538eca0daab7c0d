//! The frame around every page once the framework has loaded: the skip link, the header with
//! the navigation, and the footer. Shared by the router bundles and the overview bundle, which
//! has no router: each passes how it draws a navigation link.

use leptos::prelude::*;

use super::routes::Whose;
use super::{paths, use_framework, PRIVATE_SECTIONS};

/// Draws one navigation link: the router's `<A>` (which marks the current page as the
/// person navigates), or a plain link where there is no router.
pub type NavLink = fn(href: String, text: &'static str) -> AnyView;

/// A link that leaves this bundle: a full page load, which starts the bundle that serves it
/// (`rel="external"` keeps a router from handling it).
pub fn link_to_other_bundle(href: String, text: &'static str) -> AnyView {
    view! { <a href=href rel="external">{text}</a> }.into_any()
}

/// With `<base href>` set, "#main" would resolve against the base and leave the page, so
/// the skip link moves focus itself.
#[component]
pub fn SkipLink() -> impl IntoView {
    view! {
        <a class="skip-link" href="#main" on:click=skip_to_main>
            "Skip to content"
        </a>
    }
}

fn skip_to_main(ev: leptos::ev::MouseEvent) {
    ev.prevent_default();
    focus_main();
}

/// Moves keyboard focus to the main region.
pub fn focus_main() {
    use wasm_bindgen::JsCast;
    if let Some(main) =
        document().get_element_by_id("main").and_then(|m| m.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = main.focus();
    }
}

/// The framework's name and the navigation: the public pages, then the person's own private
/// sections and the manager's workspace, each list labelled as private.
#[component]
pub fn SiteHeader(
    /// How this bundle draws the public pages' links.
    nav_link: NavLink,
    /// How this bundle draws the private sections' links.
    private_link: NavLink,
) -> impl IntoView {
    let meta = &use_framework().framework.meta;
    let private_links = move |whose: Whose| {
        PRIVATE_SECTIONS
            .iter()
            .filter(|section| section.whose == whose)
            .map(|section| view! { <li>{private_link(paths::section(section), section.label)}</li> })
            .collect_view()
    };
    view! {
        <header class="site-header">
            <a href=paths::home() class="brand">
                <span class="brand-mark" aria-hidden="true">"◆"</span>
                {meta.name.clone()}
            </a>
            <nav aria-label="Main">
                <ul>
                    <li>{nav_link(paths::home(), "Tracks")}</li>
                    <li>{nav_link(paths::compare(None, None), "Compare roles")}</li>
                    <li>{nav_link(paths::search(""), "Search")}</li>
                </ul>
                <ul aria-label="My assessment (private, stays on this device)" class="private-nav">
                    {private_links(Whose::Mine)}
                </ul>
                <ul aria-label="Managers (private, stays on this device)" class="private-nav">
                    {private_links(Whose::SomeoneElses)}
                </ul>
            </nav>
        </header>
    }
}

/// Marks a page drawn ahead of time (`app::prerender`), where today isn't known yet.
#[derive(Clone, Copy)]
pub struct DrawnAhead;

/// Who owns the framework, its version and review, and the promise that nothing is tracked.
#[component]
pub fn SiteFooter() -> impl IntoView {
    let framework = &use_framework().framework;
    let (meta, governance) = (&framework.meta, &framework.governance);
    let next_review = framework.next_review().map(|due| {
        // Only native code draws ahead (`app::prerender`): the bundles carry none of this.
        #[cfg(not(target_arch = "wasm32"))]
        if use_context::<DrawnAhead>().is_some() {
            // Both lines in a holder marked with the date; public/loader.js puts the one that
            // holds on the day the page is shown in the holder's place.
            return view! { <div data-review-due=due.clone()>{review_line(&due, false)}{review_line(&due, true)}</div> }
                .into_any();
        }
        review_line(&due, framework.review_overdue(&crate::browser::clock::today()))
    });
    view! {
        <footer class="site-footer">
            <p>{format!("{} · version {} · effective {}", meta.organization, meta.version, meta.effective_date)}</p>
            <p>
                {format!(
                    "Owned by {}; reviewed every {}, last on {}.",
                    governance.council,
                    crate::core::display::months(governance.review_cadence_months),
                    governance.last_review,
                )}
            </p>
            {next_review}
            <p>"Nothing you do here is tracked or sent anywhere."</p>
        </footer>
    }
}

/// The council's promise to review is public: when it has slipped, readers are told plainly.
fn review_line(due: &str, overdue: bool) -> AnyView {
    if overdue {
        view! {
            <p class="review-overdue">
                <strong>{format!("Its review is overdue: it was due by {due}.")}</strong>
            </p>
        }
        .into_any()
    } else {
        view! { <p>{format!("Next review due by {due}.")}</p> }.into_any()
    }
}
