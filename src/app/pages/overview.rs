use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;

use crate::app::components::{ParityStatus, PayRange};
use crate::app::{paths, use_framework};
use crate::core::framework::RoleRef;

/// The front page: what the framework is for, and every track side by side against the
/// shared bands, so parity is visible at a glance.
#[component]
pub fn OverviewPage() -> impl IntoView {
    let loaded = use_framework();
    let framework = &loaded.framework;
    let meta = &framework.meta;
    let header_cells = framework
        .tracks
        .iter()
        .map(|track| {
            view! {
                <th scope="col">
                    <A href=paths::track(&track.id)>{track.name.clone()}</A>
                    <span class="kind">{track.kind.label()}</span>
                </th>
            }
        })
        .collect_view();
    let rows = framework
        .bands
        .iter()
        .rev()
        .map(|band| {
            let cells = framework
                .tracks
                .iter()
                .map(|track| {
                    let roles = framework
                        .levels_at_band(track, &band.id)
                        .map(|level| {
                            let role = RoleRef::new(&track.id, &level.id);
                            view! {
                                <li>
                                    <A href=paths::role(&role)>{level.title.clone()}</A>
                                </li>
                            }
                        })
                        .collect::<Vec<_>>();
                    if roles.is_empty() {
                        view! {
                            <td class="empty">
                                <span aria-hidden="true">"—"</span>
                                <span class="visually-hidden">"No role at this band"</span>
                            </td>
                        }
                        .into_any()
                    } else {
                        view! {
                            <td>
                                <ul class="cell-roles">{roles}</ul>
                            </td>
                        }
                        .into_any()
                    }
                })
                .collect_view();
            view! {
                <tr>
                    <th scope="row">
                        <span class="band-name">{band.name.clone()}</span>
                        <span class="band-id">{band.id.clone()}</span>
                    </th>
                    {cells}
                </tr>
            }
        })
        .collect_view();
    let tracks = framework
        .tracks
        .iter()
        .map(|track| {
            let first = track.levels.first().map(|l| l.band.clone()).unwrap_or_default();
            let last = track.levels.last().map(|l| l.band.clone()).unwrap_or_default();
            view! {
                <li class="track-card">
                    <h3>
                        <A href=paths::track(&track.id)>{track.name.clone()}</A>
                    </h3>
                    <p class="kind">
                        {track.kind.label()}
                        {if track.manages_people { " · manages people" } else { " · no direct reports" }}
                    </p>
                    <p>{track.description.clone()}</p>
                    <p class="muted">
                        {format!("{} levels, bands {first} to {last}", track.levels.len())}
                    </p>
                </li>
            }
        })
        .collect_view();
    let bands = framework
        .bands
        .iter()
        .map(|band| {
            view! {
                <div class="band-entry">
                    <dt>{format!("{} ({})", band.name, band.id)}</dt>
                    <dd>
                        <p>{band.scope.clone()}</p>
                        <p>
                            <strong>"Impact: "</strong>
                            {band.impact.clone()}
                        </p>
                        <p>
                            <strong>"Autonomy: "</strong>
                            {band.autonomy.clone()}
                        </p>
                        <p>
                            <strong>"Pay: "</strong>
                            <PayRange pay=band.compensation.clone() />
                        </p>
                    </dd>
                </div>
            }
        })
        .collect_view();
    view! {
        <Title text="" />
        <h1>{meta.name.clone()}</h1>
        <p class="lead">{meta.purpose.clone()}</p>
        <section aria-labelledby="map-heading">
            <h2 id="map-heading">"Tracks side by side"</h2>
            <p>
                "Each column is a track, each row a band. Roles in the same row have the same scope and the same pay, whichever track they are on."
            </p>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="map-heading">
                <table class="track-map">
                    <caption class="visually-hidden">"Roles by track and band, highest band first"</caption>
                    <thead>
                        <tr>
                            <th scope="col">"Band"</th>
                            {header_cells}
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </section>
        <ParityStatus />
        <section aria-labelledby="tracks-heading">
            <h2 id="tracks-heading">"The tracks"</h2>
            <ul class="track-cards">{tracks}</ul>
        </section>
        <section aria-labelledby="bands-heading">
            <h2 id="bands-heading">"Bands"</h2>
            <dl class="bands">{bands}</dl>
        </section>
    }
}
