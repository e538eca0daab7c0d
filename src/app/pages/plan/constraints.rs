//! Where to go and under which constraints: target role, tracks to keep out of, longest
//! acceptable path, preference for sideways moves.

use leptos::prelude::*;

use crate::app::components::RoleOptions;
use crate::app::my_data::use_my_data;
use crate::app::paths;
use crate::core::display::months;
use crate::core::framework::Track;

/// The target and constraints of the plan. Reading them writes nothing: the tracks excluded
/// by default are computed, and stored only once the person changes them.
#[component]
pub fn ConstraintsForm() -> impl IntoView {
    let data = use_my_data();
    let framework = data.framework();
    let target = move || data.with(|a| a.plan.target.as_ref().map(paths::role_key).unwrap_or_default());
    let max_months =
        move || data.with(|a| a.plan.constraints.max_months.map(|m| m.to_string()).unwrap_or_default());
    view! {
        <section aria-labelledby="target-heading" class="plan-form">
            <h2 id="target-heading" tabindex="-1">"Where to"</h2>
            <div class="field">
                <label for="plan-target">"Target role"</label>
                <select
                    id="plan-target"
                    prop:value=target
                    on:change=move |ev| {
                        let role = paths::parse_role_key(&event_target_value(&ev));
                        data.update(move |a| a.plan.target = role.clone());
                    }
                >
                    <option value="">"No target: show what I can reach"</option>
                    <RoleOptions />
                </select>
            </div>
            <fieldset>
                <legend>"Tracks the path may not enter"</legend>
                {framework.tracks.iter().any(|t| t.manages_people).then(|| view! {
                    <p class="muted" id="management-rule">
                        "A path never goes through managing people unless you choose it: untick a people-management track here (it starts unticked when your profile says you are drawn to it), or pick a management role as your target, which opens that role's own track and no other."
                    </p>
                })}
                {framework.tracks.iter().map(|track| view! { <ExcludeTrack track /> }).collect_view()}
            </fieldset>
            <div class="field narrow">
                <label for="plan-horizon">"Longest acceptable path"</label>
                <select
                    id="plan-horizon"
                    prop:value=max_months
                    on:change=move |ev| {
                        let limit = event_target_value(&ev).parse().ok();
                        data.update(move |a| a.plan.constraints.max_months = limit);
                    }
                >
                    <option value="">"No limit"</option>
                    {[12u32, 24, 36, 48, 60, 84, 120].map(|m| view! { <option value=m.to_string()>{months(m)}</option> }).collect_view()}
                </select>
            </div>
            <label class="check">
                <input
                    type="checkbox"
                    prop:checked=move || data.with(|a| a.plan.constraints.prefer_lateral)
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        data.update(move |a| a.plan.constraints.prefer_lateral = on);
                    }
                />
                "Prefer sideways moves between tracks"
            </label>
        </section>
    }
}

/// One track's box: ticked when paths may not enter it (by default or by choice). The
/// people-management track of the target is open while it is the target: its box is
/// unticked and can't be ticked, and says why.
#[component]
fn ExcludeTrack(
    /// The track.
    track: &'static Track,
) -> impl IntoView {
    let data = use_my_data();
    let framework = data.framework();
    let opened = move || data.with(|a| a.track_opened_by_target(framework) == Some(track.id.as_str()));
    let excluded = move || !opened() && data.with(|a| a.excluded_tracks(framework).contains(&track.id));
    view! {
        <label class="check">
            <input
                type="checkbox"
                prop:checked=excluded
                prop:disabled=opened
                on:change=move |ev| {
                    let on = event_target_checked(&ev);
                    data.update(move |a| a.exclude_track(framework, &track.id, on));
                }
            />
            {track.name.clone()}
            {move || opened().then_some(" — open: your target is in this track")}
        </label>
    }
}
