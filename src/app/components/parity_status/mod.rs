use leptos::prelude::*;

use super::ProblemList;
use crate::app::use_framework;

/// Whether every track is an equal route: same top band as management, same pay per band,
/// no skipped bands. Lists what breaks parity when something does.
#[component]
pub fn ParityStatus() -> impl IntoView {
    let loaded = use_framework();
    let framework = &loaded.framework;
    let top = framework.bands.last().map(|b| b.name.clone()).unwrap_or_default();
    let warnings = loaded.warnings.clone();
    let count = warnings.len();
    view! {
        <section class="parity" aria-labelledby="parity-heading">
            <h2 id="parity-heading">"Parity between tracks"</h2>
            {if warnings.is_empty() {
                view! {
                    <p class="parity-ok">
                        <span aria-hidden="true">"✓ "</span>
                        {format!(
                            "Every track can reach {top}, pay is set by band and equal across tracks, and no track skips a band. Managing people is one route among equals."
                        )}
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
