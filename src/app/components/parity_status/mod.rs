use leptos::prelude::*;

use super::ProblemList;
use crate::app::use_framework;

/// Whether every track is an equal route: same top band as management, same pay per band,
/// no skipped bands. Lists what breaks parity when something does.
#[component]
pub fn ParityStatus() -> impl IntoView {
    let loaded = use_framework();
    let framework = &loaded.framework;
    let managed = framework.tracks.iter().any(|t| t.manages_people && t.sunset.is_none());
    // With no warning, every track reaches the top band of people management (or, with no
    // management track, the highest band used): that is what the message can promise.
    let top = framework
        .roles()
        .filter(|(role, track, _)| !framework.is_sunset(role) && (track.manages_people || !managed))
        .filter_map(|(_, _, level)| framework.band(&level.band))
        .max_by_key(|band| framework.band_rank(&band.id))
        .map(|b| b.name.clone())
        .unwrap_or_default();
    let warnings = loaded.warnings.clone();
    let count = warnings.len();
    view! {
        <section class="parity" aria-labelledby="parity-heading">
            <h2 id="parity-heading">"Parity between tracks"</h2>
            {if warnings.is_empty() {
                view! {
                    <p class="parity-ok">
                        <span aria-hidden="true">"✓ "</span>
                        {if managed {
                            format!(
                                "No track stops below people management: the top band people management reaches, {top}, is open without managing anyone. Pay is set by band and equal across tracks, and no track skips a band."
                            )
                        } else {
                            format!(
                                "No track manages people, so none is favoured for it. The highest band is {top}; pay is set by band and equal across tracks, and no track skips a band."
                            )
                        }}
                    </p>
                }
                    .into_any()
            } else {
                view! {
                    <p class="parity-warn">
                        <span aria-hidden="true">"⚠ "</span>
                        {format!(
                            "{count} parity {} found: some tracks are not yet equal routes.",
                            if count == 1 { "issue" } else { "issues" },
                        )}
                    </p>
                    <ProblemList problems=warnings label="Parity issues" />
                }
                    .into_any()
            }}
        </section>
    }
}
