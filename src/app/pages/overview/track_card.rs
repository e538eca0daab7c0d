//! One track in the list of tracks: what it is, whether it manages people, where it starts
//! and how far it goes.

use leptos::prelude::*;

use crate::app::{paths, use_framework};
use crate::core::framework::Track;

#[component]
pub fn TrackCard(
    /// The track.
    track: &'static Track,
    /// Listed under its family's heading: one heading level down, and its kind left out
    /// (the family says it).
    in_family: bool,
) -> impl IntoView {
    let framework = &use_framework().framework;
    let first = track.levels.first().map(|l| l.band.as_str()).unwrap_or_default();
    let last = track.levels.last().map(|l| l.band.as_str()).unwrap_or_default();
    let people = if track.manages_people { "manages people" } else { "no direct reports" };
    // The name is the heading; a kind is added only where it says more than the name.
    let kind = match framework.kind_worth_naming(track).filter(|_| !in_family) {
        Some(kind) => format!("{} · {people}", kind.label()),
        None => people.to_string(),
    };
    let name = view! { <a href=paths::track(&track.id)>{track.name.as_str()}</a> };
    let heading =
        if in_family { view! { <h4>{name}</h4> }.into_any() } else { view! { <h3>{name}</h3> }.into_any() };
    let branch = framework.branch_point(track).map(|(role, from_track, from_level)| {
        view! {
            <p>
                "Branches from "
                <a href=paths::role(role)>{from_level.title.as_str()}</a>
                {format!(" ({})", from_track.name)}
            </p>
        }
    });
    view! {
        <li class="track-card">
            {heading}
            <p class="kind">{kind}</p>
            {branch}
            <p>{track.description.as_str()}</p>
            <p class="muted">{format!("{} levels, bands {first} to {last}", track.levels.len())}</p>
        </li>
    }
}
