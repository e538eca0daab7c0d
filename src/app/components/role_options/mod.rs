use leptos::prelude::*;

use crate::app::{paths, use_framework};
use crate::core::framework::RoleRef;

/// Every role of the framework as `<option>`s grouped by track, valued "track/level", for
/// any role `<select>`.
#[component]
pub fn RoleOptions(
    /// The chosen role, marked `selected`; leave unset when the select sets its value itself.
    #[prop(optional)]
    selected: Option<Signal<Option<RoleRef>>>,
) -> impl IntoView {
    let framework = &use_framework().framework;
    framework
        .tracks
        .iter()
        .map(|track| {
            let options = track
                .levels
                .iter()
                .map(|level| {
                    let role = RoleRef::new(&track.id, &level.id);
                    let key = paths::role_key(&role);
                    let is_selected = move || selected.is_some_and(|s| s.get().as_ref() == Some(&role));
                    view! {
                        <option value=key selected=is_selected>
                            {format!("{} ({})", level.title, level.band)}
                        </option>
                    }
                })
                .collect_view();
            view! { <optgroup label=track.name.clone()>{options}</optgroup> }
        })
        .collect_view()
}
