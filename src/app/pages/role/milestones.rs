//! The milestones that show someone is ready for a role.

use leptos::prelude::*;

use crate::app::components::ExamplesSignalsLinks;
use crate::core::display::months;
use crate::core::framework::Level;

#[component]
pub fn Milestones(
    /// The role whose milestones are listed.
    level: &'static Level,
) -> impl IntoView {
    let milestones = level
        .milestones
        .iter()
        .map(|m| {
            view! {
                <li class="milestone">
                    <h3>{m.title.as_str()}</h3>
                    <dl class="facts">
                        <dt>"Evidence"</dt>
                        <dd>{m.evidence.as_str()}</dd>
                        <dt>"Verified by"</dt>
                        <dd>{m.verification.as_str()}</dd>
                        <dt>"Typical time"</dt>
                        <dd>{months(m.horizon_months)}</dd>
                    </dl>
                    <ExamplesSignalsLinks examples=&m.examples signals=&m.signals links=&m.links />
                </li>
            }
        })
        .collect::<Vec<_>>();
    view! {
        <section aria-labelledby="milestones-heading">
            <h2 id="milestones-heading">"Milestones"</h2>
            {if milestones.is_empty() {
                view! { <p>"The framework lists no milestones for this role."</p> }.into_any()
            } else {
                view! {
                    <p>"Observable evidence that someone is ready for this role."</p>
                    <ul class="milestone-list">{milestones}</ul>
                }
                .into_any()
            }}
        </section>
    }
}
