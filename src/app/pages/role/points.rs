//! A role reached by points: the total and per-theme minimums, beside what is possible.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::app::{paths, use_framework};
use crate::core::display::points;
use crate::core::framework::PointsThreshold;

#[component]
pub fn PointsThresholdSection(
    /// The role's threshold.
    threshold: &'static PointsThreshold,
) -> impl IntoView {
    let framework = &use_framework().framework;
    let summary = framework.points_summary(threshold);
    let minimums = summary
        .minimums
        .iter()
        .map(|m| {
            view! {
                <li>
                    {format!(
                        "At least {} from the {} competencies, which give at most {}.",
                        points(m.points),
                        m.theme,
                        m.possible,
                    )}
                </li>
            }
        })
        .collect::<Vec<_>>();
    let per_competency = framework
        .competencies
        .iter()
        .filter(|c| framework.scale_has_points(c))
        .map(|c| {
            let steps = framework
                .scale_of(c)
                .iter()
                .map(|p| format!("{} {}", p.name, p.points.unwrap_or(0)))
                .collect::<Vec<_>>()
                .join(" · ");
            view! {
                <li>
                    <A href=paths::competency(&c.id)>{c.name.as_str()}</A>
                    {format!(" ({}): {steps}", c.theme)}
                </li>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="points-heading">
            <h2 id="points-heading">"Points threshold"</h2>
            <p>
                {format!(
                    "Someone reaches this role with a total of {}: each step of each competency is worth the points listed below. With every competency at the top of its scale, the total would be {}.",
                    points(summary.total),
                    summary.total_possible,
                )}
            </p>
            {(!minimums.is_empty())
                .then(|| {
                    view! {
                        <p class="small-heading" id="minimums-heading">"And within that total"</p>
                        <ul aria-labelledby="minimums-heading">{minimums}</ul>
                    }
                })}
            <details>
                <summary>"Points per step of each competency"</summary>
                <ul class="plain-list">{per_competency}</ul>
            </details>
        </section>
    }
}
