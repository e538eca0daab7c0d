//! Where a role sits in branching tracks: the role its track branches from. (The tracks that
//! branch from a role are its promotions, listed with the roles that usually come next.)

use leptos::prelude::*;
use leptos_router::components::A;

use crate::app::{paths, use_framework};
use crate::core::framework::{Level, Track};

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
