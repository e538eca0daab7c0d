use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

use super::NotFound;
use crate::app::wording::describe_time_in_level;
use crate::app::{paths, use_framework};
use crate::core::display::months;
use crate::core::framework::RoleRef;

/// One track: what it is for and its levels in order, each with band, summary and the
/// milestones that show readiness.
#[component]
pub fn TrackPage() -> impl IntoView {
    let params = use_params_map();
    move || {
        let id = params.read().get("track").unwrap_or_default();
        let loaded = use_framework();
        let framework = &loaded.framework;
        let Some(track) = framework.track(&id) else {
            return view! { <NotFound what=format!("track \"{id}\"") /> }.into_any();
        };
        let levels = track
            .levels
            .iter()
            .map(|level| {
                let role = RoleRef::new(&track.id, &level.id);
                let band = framework.band(&level.band).map(|b| b.name.clone()).unwrap_or_default();
                let milestones = level
                    .milestones
                    .iter()
                    .map(|m| {
                        view! {
                            <li>
                                {m.title.clone()}
                                <span class="muted">{format!(" — typically {}", months(m.horizon_months))}</span>
                            </li>
                        }
                    })
                    .collect_view();
                let branches = framework
                    .tracks_branching_from(&role)
                    .into_iter()
                    .map(|branch| view! { <li><A href=paths::track(&branch.id)>{branch.name.clone()}</A></li> })
                    .collect::<Vec<_>>();
                let branches = (!branches.is_empty()).then(|| {
                    view! {
                        <p class="small-heading">"Tracks that branch from this level"</p>
                        <ul class="milestones">{branches}</ul>
                    }
                });
                view! {
                    <li class="level">
                        <h2>
                            <A href=paths::role(&role)>{level.title.clone()}</A>
                        </h2>
                        <p class="band-tag">{format!("{band} ({})", level.band)}</p>
                        {level.sunset.as_ref().map(|s| view! { <p class="sunset">{format!("Being phased out from {}.", s.date)}</p> })}
                        <p>{level.summary.clone()}</p>
                        <p class="muted">{format!("Typical time in this level: {}", describe_time_in_level(framework.time_in_level(level)))}</p>
                        {(!level.milestones.is_empty())
                            .then(|| {
                                view! {
                                    <h3 class="small-heading">"Milestones"</h3>
                                    <ul class="milestones">{milestones}</ul>
                                }
                            })}
                        {branches}
                    </li>
                }
            })
            .collect_view();
        let branch = framework.branch_point(track).map(|(role, from_track, from_level)| {
            view! {
                <p>
                    "Branches from "
                    <A href=paths::role(role)>{from_level.title.clone()}</A>
                    {format!(" ({}): its first level follows that role as a promotion.", from_track.name)}
                </p>
            }
        });
        view! {
            <Title text=track.name.clone() />
            <nav aria-label="Breadcrumb" class="breadcrumb">
                <A href=paths::home()>"Tracks"</A>
                " / "
                <span aria-current="page">{track.name.clone()}</span>
            </nav>
            <h1>{track.name.clone()}</h1>
            <p class="kind">
                {framework
                    .family_of(track)
                    .map(|f| f.name.as_str())
                    .or_else(|| framework.kind_worth_naming(track).map(|k| k.label()))
                    .map(|kind| format!("{kind} · "))}
                {if track.manages_people { "manages people" } else { "no direct reports" }}
            </p>
            {branch}
            {track.sunset.as_ref().map(|s| view! { <p class="sunset">{format!("This track is being phased out from {}.", s.date)}</p> })}
            <p class="lead">{track.description.clone()}</p>
            <ol class="levels">{levels}</ol>
        }
            .into_any()
    }
}
