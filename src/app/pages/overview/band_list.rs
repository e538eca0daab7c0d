//! The bands every track shares: scope, impact, autonomy and pay.

use leptos::prelude::*;

use crate::app::components::PayRange;
use crate::app::use_framework;

#[component]
pub fn BandList() -> impl IntoView {
    let framework = &use_framework().framework;
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
    view! {
        <section aria-labelledby="bands-heading">
            <h2 id="bands-heading">"Bands"</h2>
            <dl class="bands">{bands}</dl>
        </section>
    }
}
