//! The gap page's points section: where the person stands against a role's points
//! threshold, and the fewest raises that reach it, by competency and step name.

use leptos::prelude::*;

use super::wording::GapWords;
use crate::core::framework::PointsStanding;

#[component]
pub fn PointsSection(
    /// The person's standing against the role's threshold.
    points: PointsStanding,
    words: StoredValue<GapWords>,
) -> impl IntoView {
    let sentences = words.with_value(|w| w.points_standing(&points));
    view! {
        <section aria-labelledby="gap-points-heading">
            <h2 id="gap-points-heading">"Points"</h2>
            {sentences.into_iter().map(|s| view! { <p class="points-standing">{s}</p> }).collect_view()}
        </section>
    }
}
