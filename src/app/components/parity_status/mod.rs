use leptos::prelude::*;

use super::ProblemList;
use crate::app::use_framework;
use crate::core::framework::ParitySummary;

/// Whether every track is an equal route: same top band as management, same pay per band,
/// no skipped bands. Lists what breaks parity when something does.
#[component]
pub fn ParityStatus() -> impl IntoView {
    let loaded = use_framework();
    let verdict = match loaded.parity_summary() {
        ParitySummary::Equal { people_management, top_band } => {
            let top = top_band.map(|band| band.name.as_str()).unwrap_or_default();
            let text = if people_management {
                format!(
                    "No track stops below people management: the top band people management reaches, {top}, is open without managing anyone. Pay is set by band and equal across tracks, and no track skips a band."
                )
            } else {
                format!(
                    "No track manages people, so none is favoured for it. The highest band is {top}; pay is set by band and equal across tracks, and no track skips a band."
                )
            };
            view! {
                <p class="parity-ok">
                    <span aria-hidden="true">"✓ "</span>
                    {text}
                </p>
            }
            .into_any()
        }
        ParitySummary::Unequal { issues } => view! {
            <p class="parity-warn">
                <span aria-hidden="true">"⚠ "</span>
                {format!(
                    "{issues} parity {} found: some tracks are not yet equal routes.",
                    if issues == 1 { "issue" } else { "issues" },
                )}
            </p>
            <ProblemList problems=loaded.parity_issues().cloned().collect() label="Parity issues" />
        }
        .into_any(),
    };
    view! {
        <section class="parity" aria-labelledby="parity-heading">
            <h2 id="parity-heading">"Parity between tracks"</h2>
            {verdict}
        </section>
    }
}
