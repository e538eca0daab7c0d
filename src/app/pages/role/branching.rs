//! Where a role sits in branching tracks: the role its track branches from, and the tracks
//! that branch from it.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::app::{paths, use_framework};
use crate::core::framework::{Level, RoleRef, Track};

/// "Branches from <role> (<track>)" for the first level of a track that branches; nothing
/// for any other role.
#[component]
pub fn BranchesFrom(
    /// The role's track.
    track: &'static Track,
    /// The role.
    level: &'static Level,
) -> impl IntoView {
    let framework = &use_framework().framework;
    framework.branches_into(track, level).map(|(role, from_track, from_level)| {
        view! {
            <p class="branching">
                "Branches from "
                <A href=paths::role(role)>{from_level.title.as_str()}</A>
                {format!(" ({}): this role follows it as a promotion.", from_track.name)}
            </p>
        }
    })
}

/// The tracks that branch from a role, each with the level it starts at; nothing when no
/// track branches from it.
#[component]
pub fn BranchingTracks(
    /// The role.
    role: RoleRef,
) -> impl IntoView {
    let framework = &use_framework().framework;
    let branches = framework
        .tracks_branching_from(&role)
        .into_iter()
        .filter_map(|branch| {
            let first = branch.levels.first()?;
            Some(view! {
                <li>
                    <A href=paths::track(&branch.id)>{branch.name.as_str()}</A>
                    ", starting at "
                    <A href=paths::role(&RoleRef::new(&branch.id, &first.id))>{first.title.as_str()}</A>
                </li>
            })
        })
        .collect::<Vec<_>>();
    (!branches.is_empty()).then(|| {
        view! {
            <section aria-labelledby="branches-heading">
                <h2 id="branches-heading">"Tracks that branch from this role"</h2>
                <p>"Here the path divides: each of these tracks starts with a promotion from this role."</p>
                <ul class="plain-list">{branches}</ul>
            </section>
        }
    })
}
