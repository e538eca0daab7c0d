//! What the studio's pages over a loaded draft (compare, governance, packet) show instead
//! when no draft is open or the open one has errors.

use std::rc::Rc;

use leptos::prelude::*;

use super::wording::count;
use super::{use_studio_draft, ReadDraft};
use crate::app::paths;
use crate::core::framework::Loaded;
use crate::core::studio::FindingKind;

/// Renders `page` over the open draft when it loads; otherwise says why not, naming `what`
/// the page would do ("compare it").
#[component]
pub fn NeedsLoadedDraft(
    what: &'static str,
    page: fn(Rc<ReadDraft>, &'static Loaded) -> AnyView,
    /// The page's heading when the page itself names it only once it has a draft.
    #[prop(optional)]
    heading: Option<&'static str>,
) -> impl IntoView {
    let studio = use_studio_draft();
    let page_heading = move || heading.map(|text| view! { <h1>{text}</h1> });
    move || {
        match studio.reading() {
        None => view! {
            {page_heading()}
            <p>"No draft is open. " <a href=paths::studio_draft()>"Open a draft"</a> {format!(" to {what}.")}</p>
        }
        .into_any(),
        Some(read) => match read.loaded {
            Some(loaded) => page(read.clone(), loaded),
            None => {
                let errors = read.groups.iter().find(|g| g.kind == FindingKind::Error).map_or(0, |g| g.count());
                view! {
                    {page_heading()}
                    <p class="notice alert" role="alert">
                        {format!("The draft has {}, so there is no framework to {what}. ", count(errors, FindingKind::Error))}
                        <a href=paths::studio_problems()>"See the problems"</a>
                        "."
                    </p>
                }
                .into_any()
            }
        },
    }
    }
}
