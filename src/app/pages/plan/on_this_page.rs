//! "On this page": links to /plan's sections at its top. With a target the paths hold dozens
//! of controls (a level and a "Plan to grow" per competency per step), so a keyboard user can
//! jump past them to their own action or the check-ins. Each link moves focus to the
//! section's heading (or the field), which `<base href>` and the router would not.

use leptos::prelude::*;

use super::path_view::path_heading_id;
use crate::app::focus::focus_now;
use crate::app::paths;
use crate::core::planner::Plan;

/// The links: fixed sections, and one per path when there is a target.
#[component]
pub fn OnThisPage(
    /// The plan for the target (none without one).
    result: Memo<Option<Plan>>,
) -> impl IntoView {
    let path_count = move || result.with(|r| r.as_ref().map_or(0, |r| r.paths.len()));
    let paths_item = move || {
        (path_count() > 0).then(|| {
            let each = (0..path_count())
                .map(|rank| {
                    let text = if rank == 0 {
                        "Recommended path".to_string()
                    } else {
                        format!("Alternative {rank}")
                    };
                    view! { <li>{jump_link(path_heading_id(rank), text)}</li> }
                })
                .collect_view();
            view! { <ul>{each}</ul> }
        })
    };
    view! {
        <nav class="on-this-page" aria-labelledby="on-this-page-heading">
            <h2 id="on-this-page-heading" class="small-heading">"On this page"</h2>
            <ul>
                <li>{jump_link("target-heading".into(), "Where to".into())}</li>
                <li>{jump_link("paths-heading".into(), "Ways there".into())}{paths_item}</li>
                <li>{jump_link("plan-heading".into(), "My development plan".into())}</li>
                <li>{jump_link("own-title".into(), "Add my own action".into())}</li>
                <li>{jump_link("checkins-heading".into(), "Check-ins".into())}</li>
            </ul>
        </nav>
    }
}

/// A link that moves focus to the element with this ID (a heading with `tabindex="-1"` or a
/// field), which scrolls it into view.
fn jump_link(id: String, text: String) -> impl IntoView {
    let href = format!("{}#{id}", paths::plan());
    let jump = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        focus_now(&id);
    };
    view! { <a href=href on:click=jump>{text}</a> }
}
