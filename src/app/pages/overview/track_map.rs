//! Tracks side by side against the shared bands: a column per track, a row per band, highest
//! first. A track that branches from another shows the shared trunk in its column.

use leptos::prelude::*;

use crate::app::{paths, use_framework};
use crate::core::framework::Track;

#[component]
pub fn TrackMap(
    /// The tracks shown as columns, in order.
    tracks: Vec<&'static Track>,
    /// The table's caption, for assistive technology.
    caption: String,
    /// Whether column headers name each track's kind or family (left out when the whole
    /// map is one family's).
    with_kind: bool,
) -> impl IntoView {
    let framework = &use_framework().framework;
    let header_cells = tracks
        .iter()
        .map(|&track| {
            // A framework's own families describe its tracks better than the built-in kinds,
            // and a kind is named only where it says more than the track's name.
            let kind = with_kind
                .then(|| {
                    let family = framework.family_of(track).map(|f| f.name.as_str());
                    family.or_else(|| framework.kind_worth_naming(track).map(|k| k.label()))
                })
                .flatten()
                .map(|kind| view! { <span class="kind">{kind}</span> });
            let branch = framework
                .branch_point(track)
                .map(|(_, _, level)| view! { <span class="kind">{format!("branches from {}", level.title)}</span> });
            view! {
                <th scope="col">
                    <a href=paths::track(&track.id)>{track.name.as_str()}</a>
                    {kind}
                    {branch}
                </th>
            }
        })
        .collect_view();
    let rows = framework
        .bands
        .iter()
        .rev()
        .map(|band| {
            let cells = tracks.iter().map(|&track| view! { <MapCell track band=&band.id /> }).collect_view();
            view! {
                <tr>
                    <th scope="row">
                        <span class="band-name">{band.name.as_str()}</span>
                        <span class="band-id">{band.id.as_str()}</span>
                    </th>
                    {cells}
                </tr>
            }
        })
        .collect_view();
    // Not a tab stop nor a landmark, unlike `ScrollRegion`: every column's header is a link,
    // so Tab reaches each column, and public/loader.js brings each link reached wholly into
    // view. This keeps the first view free of the component's resize observer and of a focus
    // handler, which its size budget has no room for (2.6 KB measured for the handler alone).
    view! {
        <div class="table-scroll track-map-scroll">
            <table class="track-map">
                <caption class="visually-hidden">{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">"Band"</th>
                        {header_cells}
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

/// The roles of one track at one band, with the shared trunk's marked as shared.
#[component]
fn MapCell(track: &'static Track, band: &'static str) -> impl IntoView {
    let framework = &use_framework().framework;
    let roles = framework
        .map_cell(track, band)
        .into_iter()
        .map(|entry| {
            let shared = entry.shared_from.map(|from| {
                let note = if entry.branch_point {
                    format!("shared with {}; {} branches here", from.name, track.name)
                } else {
                    format!("shared with {}", from.name)
                };
                view! { <span class="shared">{note}</span> }
            });
            // A data attribute, not a class: drawn ahead of time, a class left out would still
            // be an empty class attribute, which the bundle's page lacks.
            let trunk = entry.shared_from.is_some().then_some("");
            view! {
                <li data-trunk=trunk>
                    <a href=paths::role(&entry.role)>{entry.level.title.as_str()}</a>
                    {shared}
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
}
