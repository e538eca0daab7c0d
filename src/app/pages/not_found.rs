use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;

use crate::app::paths;

/// Shown for a URL that matches no page, or names a track, role or competency the
/// framework doesn't have (an old deep link after the framework changed, say).
#[component]
pub fn NotFound(
    /// What was looked for, e.g. `role "technical/t9"`; empty for an unknown URL.
    #[prop(optional, into)]
    what: String,
) -> impl IntoView {
    let message = if what.is_empty() {
        "There is no page at this address.".to_string()
    } else {
        format!("This framework has no {what}. It may have been renamed or retired.")
    };
    view! {
        <Title text="Not found" />
        <h1>"Not found"</h1>
        <p>{message}</p>
        <p>
            <A href=paths::home()>"See all tracks"</A>
            " or "
            <A href=paths::search("")>"search the framework"</A>
            "."
        </p>
    }
}
