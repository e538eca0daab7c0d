//! The front page: what the framework is for, and every track side by side against the
//! shared bands, so parity is visible at a glance. A framework that defines families shows
//! one map and one list of tracks per family.

mod author_notes;
mod band_list;
mod track_card;
mod track_list;
mod track_map;

use leptos::prelude::*;

use crate::app::components::ParityStatus;
use crate::app::use_framework;
use crate::core::framework::PayParity;
use author_notes::AuthorNotes;
use band_list::BandList;
use track_list::TrackList;
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
                    <h3 class="map-family" id=heading>{name}</h3>
                    <TrackMap
                        tracks=group.tracks.clone()
                        caption=format!("{name}: roles by track and band, highest band first")
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
                with_kind=true
            />
        }
        .into_any(),
    };
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
        <TrackList groups />
        <BandList />
        <AuthorNotes />
    }
}
