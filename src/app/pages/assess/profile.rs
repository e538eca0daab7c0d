//! Current role, and the tracks the person is drawn to or wants to avoid.

use leptos::prelude::*;

use crate::app::components::RoleOptions;
use crate::app::my_data::use_my_data;
use crate::app::paths;
use crate::core::assessment::TrackPreference;
use crate::core::framework::Track;

#[component]
pub fn ProfileForm() -> impl IntoView {
    let data = use_my_data();
    let framework = data.framework();
    let current = Memo::new(move |_| data.with(|a| a.profile.current_role.clone()));
    let on_role = move |ev: leptos::ev::Event| {
        let role = paths::parse_role_key(&event_target_value(&ev));
        data.update(move |a| a.set_current_role(framework, role.clone()));
    };
    let boxes = move |preference: TrackPreference| {
        framework.tracks.iter().map(|track| view! { <TrackPreferenceBox track preference /> }).collect_view()
    };
    view! {
        <section aria-labelledby="profile-heading" class="profile">
            <h2 id="profile-heading">"About you (optional)"</h2>
            <div class="field">
                <label for="current-role">"Current role"</label>
                <select id="current-role" on:change=on_role>
                    <option value="" selected=move || current.with(Option::is_none)>"Not set"</option>
                    <RoleOptions selected=current.into() />
                </select>
            </div>
            <fieldset>
                <legend>"Tracks I'm drawn to"</legend>
                {boxes(TrackPreference::DrawnTo)}
            </fieldset>
            <fieldset>
                <legend>"Tracks I want to avoid"</legend>
                <p class="muted">"Avoided tracks are left out of “Where I fit” and of suggestions. A track can't be both."</p>
                {boxes(TrackPreference::Avoid)}
            </fieldset>
        </section>
    }
}

/// One checkbox: "drawn to" or "avoid" for one track.
#[component]
fn TrackPreferenceBox(track: &'static Track, preference: TrackPreference) -> impl IntoView {
    let data = use_my_data();
    let framework = data.framework();
    let checked = data.select(move |a| a.track_preference(&track.id) == preference);
    let toggle = move |ev: leptos::ev::Event| {
        let chosen = if event_target_checked(&ev) { preference } else { TrackPreference::Neutral };
        data.update(move |a| a.set_track_preference(framework, &track.id, chosen));
    };
    view! {
        <label class="check">
            <input type="checkbox" prop:checked=checked on:change=toggle />
            {track.name.clone()}
        </label>
    }
}
