//! The tracks as cards, grouped by the framework's families when it has them.

use leptos::prelude::*;

use super::track_card::TrackCard;
use crate::app::use_framework;
use crate::core::framework::FamilyGroup;

#[component]
pub fn TrackList(
    /// The tracks by family (`Framework::tracks_by_family`), as the map above was grouped.
    groups: Option<Vec<FamilyGroup<'static>>>,
) -> impl IntoView {
    let framework = &use_framework().framework;
    let tracks = match groups {
        Some(groups) => groups
            .into_iter()
            .map(|group| {
                let (id, name, description) = match group.family {
                    Some(family) => (family.id.as_str(), family.name.as_str(), family.description.as_str()),
                    None => ("", "Other tracks", ""),
                };
                let heading = format!("family-{id}");
                let cards = group
                    .tracks
                    .into_iter()
                    .map(|track| view! { <TrackCard track in_family=true /> })
                    .collect_view();
                view! {
                    // Not a landmark: the track map's region for this family already is one,
                    // named by the same family (axe's landmark-unique).
                    <section class="family">
                        <h3 id=heading>{name}</h3>
                        {(!description.is_empty()).then(|| view! { <p>{description}</p> })}
                        <ul class="track-cards">{cards}</ul>
                    </section>
                }
            })
            .collect_view()
            .into_any(),
        None => {
            let cards = framework
                .tracks
                .iter()
                .map(|track| view! { <TrackCard track in_family=false /> })
                .collect_view();
            view! { <ul class="track-cards">{cards}</ul> }.into_any()
        }
    };
    view! {
        <section aria-labelledby="tracks-heading">
            <h2 id="tracks-heading">"The tracks"</h2>
            {tracks}
        </section>
    }
}
