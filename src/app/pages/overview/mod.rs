//! The front page: what the framework is for, and every track side by side against the
//! shared bands, so parity is visible at a glance. A framework that defines families shows
//! one map and one list of tracks per family.

mod author_notes;
mod track_card;
mod track_map;

use leptos::prelude::*;

use crate::app::components::{ParityStatus, PayRange};
use crate::app::use_framework;
use crate::core::framework::PayParity;
use author_notes::AuthorNotes;
use track_card::TrackCard;
use track_map::TrackMap;

/// Sets no title of its own: the overview's title is the framework's name, which the router's
/// `<Title>` formatter and the overview bundle each set (the overview bundle has no meta context).
#[component]
pub fn OverviewPage() -> impl IntoView {
    let loaded = use_framework();
    let framework = &loaded.framework;
    let meta = &framework.meta;
    let groups = framework.tracks_by_family();
    let maps = match &groups {
        Some(groups) => groups
            .iter()
            .map(|group| {
                let name = group.family.map_or("Other tracks", |f| f.name.as_str());
                let heading = format!("map-{}", group.family.map_or("", |f| f.id.as_str()));
                view! {
                    <h3 class="map-family" id=heading.clone()>{name}</h3>
                    <TrackMap
                        tracks=group.tracks.clone()
                        caption=format!("{name}: roles by track and band, highest band first")
                        labelled_by=heading
                        with_kind=false
                    />
                }
            })
            .collect_view()
            .into_any(),
        None => view! {
            <TrackMap
                tracks=framework.tracks.iter().collect()
                caption="Roles by track and band, highest band first".to_string()
                labelled_by="map-heading".to_string()
                with_kind=true
            />
        }
        .into_any(),
    };
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
                    <section class="family" aria-labelledby=heading>
                        <h3 id=heading.clone()>{name}</h3>
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
    let bands = framework
        .bands
        .iter()
        .map(|band| {
            view! {
                <div class="band-entry">
                    <dt>{format!("{} ({})", band.name, band.id)}</dt>
                    <dd>
                        {(!band.scope.is_empty()).then(|| view! { <p>{band.scope.as_str()}</p> })}
                        {(!band.impact.is_empty())
                            .then(|| view! { <p><strong>"Impact: "</strong> {band.impact.as_str()}</p> })}
                        {(!band.autonomy.is_empty())
                            .then(|| view! { <p><strong>"Autonomy: "</strong> {band.autonomy.as_str()}</p> })}
                        <p>
                            <strong>"Pay: "</strong>
                            <PayRange pay=band.compensation.clone() />
                        </p>
                    </dd>
                </div>
            }
        })
        .collect_view();
    // Say that a row pays the same only when the file publishes pay for every band and it is.
    let same_pay = matches!(framework.parity_facts().pay, PayParity::SameByBand { every_band: true });
    let rows_mean = if same_pay {
        "Each column is a track, each row a band. Roles in the same row are at the same band, with the same pay, whichever track they are on."
    } else {
        "Each column is a track, each row a band. Roles in the same row are at the same band, whichever track they are on."
    };
    view! {
        <h1>{meta.name.clone()}</h1>
        <p class="lead">{meta.purpose.clone()}</p>
        <section aria-labelledby="map-heading">
            <h2 id="map-heading">"Tracks side by side"</h2>
            <p>{rows_mean}</p>
            {maps}
        </section>
        <ParityStatus />
        <section aria-labelledby="tracks-heading">
            <h2 id="tracks-heading">"The tracks"</h2>
            {tracks}
        </section>
        <section aria-labelledby="bands-heading">
            <h2 id="bands-heading">"Bands"</h2>
            <dl class="bands">{bands}</dl>
        </section>
        <AuthorNotes />
    }
}
