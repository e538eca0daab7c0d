//! How promotion to a role is decided, as the framework states it.

use leptos::prelude::*;

use crate::app::components::ExamplesSignalsLinks;
use crate::app::use_framework;
use crate::core::framework::Level;

/// Who decides, on what evidence, with what calibration and interviews; nothing when the
/// framework doesn't say.
#[component]
pub fn PromotionProcess(
    /// The role promoted to.
    level: &'static Level,
) -> impl IntoView {
    let framework = &use_framework().framework;
    framework.promotion_process(level).map(|process| {
        let whose = if level.promotion.is_some() {
            "As stated for this role."
        } else {
            "The framework's process for every role that doesn't state its own."
        };
        view! {
            <section aria-labelledby="promotion-heading">
                <h2 id="promotion-heading">"How promotion to this role is decided"</h2>
                <p class="muted">{whose}</p>
                <dl class="facts">
                    <dt>"Decided by"</dt>
                    <dd>{process.decided_by.as_str()}</dd>
                    <dt>"Evidence"</dt>
                    <dd>{process.evidence.as_str()}</dd>
                    {process.calibration.as_deref().map(|text| view! { <dt>"Calibration"</dt> <dd>{text}</dd> })}
                    {process.interviews.as_deref().map(|text| view! { <dt>"Interviews"</dt> <dd>{text}</dd> })}
                </dl>
                <ExamplesSignalsLinks examples=&[] signals=&[] links=&process.links />
            </section>
        }
    })
}
