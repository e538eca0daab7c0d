//! How readiness is worked out, under this framework's policy: shown on /fit so every figure
//! and tier on the page can be checked by hand.

use leptos::prelude::*;

use super::wording::{tier_class, tier_label, tier_rule};
use crate::app::my_data::use_my_data;
use crate::core::assessment::Tier;

#[component]
pub fn HowReadinessWorks() -> impl IntoView {
    let framework = use_my_data().framework();
    let policy = &framework.readiness;
    let has_points = framework.roles().any(|(_, _, level)| level.points.is_some());
    let scale_lengths: std::collections::BTreeSet<usize> =
        framework.competencies.iter().map(|c| framework.scale_of(c).len()).collect();
    let several_scales = scale_lengths.len() > 1;
    view! {
        <details class="how">
            <summary>{format!("How readiness is worked out (set by {} in the framework)", framework.governance.council)}</summary>
            <p>"These are the framework's own rules for readiness, not Mosaic's."</p>
            <ul>
                <li>
                    "Each competency a role expects counts in proportion to the steps of its scale you have reached, weighted by the role's weight for it."
                    {several_scales.then_some(" Competencies here are rated on scales of different lengths; each counts on its own scale, so a short scale and a long one weigh alike.")}
                </li>
                {has_points.then(|| view! {
                    <li>"A role reached by points counts the share of its points you have (each step of a competency is worth points), or of a theme's minimum when that share is lower. A role with both expectations and points counts the lower of the two, and the page shows both."</li>
                })}
                <li>
                    {if policy.milestone_share_percent == 0 {
                        "Milestones don't count towards the percentage.".to_string()
                    } else {
                        format!("When a role has milestones, they make up {}% of readiness (achieved counts fully, in progress half).", policy.milestone_share_percent)
                    }}
                    {if policy.milestones_required {
                        " Ready now needs every milestone of the role achieved."
                    } else {
                        " Ready now doesn't need milestones: this framework doesn't require them."
                    }}
                </li>
                <li>
                    {if policy.expectations_met_percent >= 100 {
                        "Expectations are a checklist: Ready now needs every one of them met.".to_string()
                    } else {
                        format!("Expectations are \"most of\", not a checklist: Ready now needs expectations making up at least {}% of a role's weight fully met.", policy.expectations_met_percent)
                    }}
                </li>
            </ul>
            <ul>
                {Tier::ALL.into_iter().map(|t| view! { <li><span class=tier_class(t)>{tier_label(t)}</span>{format!(": {}.", tier_rule(t, framework))}</li> }).collect_view()}
            </ul>
            <p>"Roles are listed by tier, then by readiness; each says why it has its tier. Roles for which the framework defines no criteria (no expectations, milestones or points) have no readiness and are listed apart."</p>
        </details>
    }
}
