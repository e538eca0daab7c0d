//! A button putting something of a path into the development plan, or saying it is there.

use leptos::prelude::*;

use crate::app::my_data::use_my_data;
use crate::browser::clock::now_iso;
use crate::core::assessment::milestone_key;
use crate::core::framework::{LearningOpportunity, Milestone, RoleRef};

/// What a path suggests doing.
#[derive(Clone)]
pub enum Suggestion {
    /// A learning opportunity that closes a gap.
    Learning(&'static LearningOpportunity),
    /// A milestone of the role a step leads to.
    Milestone(RoleRef, &'static Milestone),
    /// Growing a competency, with the action's title.
    Gap { competency: String, title: String },
}

/// "(in your plan)" once the plan has an action for the suggestion (by its learning ID,
/// milestone key or competency), else a button adding one.
#[component]
pub fn AddToPlan(
    /// What to add.
    suggestion: Suggestion,
    /// Accessible name of the button.
    label: String,
) -> impl IntoView {
    let data = use_my_data();
    let planned = {
        let suggestion = suggestion.clone();
        move || {
            data.with(|a| match &suggestion {
                Suggestion::Learning(o) => a.plan.action_for_learning(&o.id).is_some(),
                Suggestion::Milestone(role, m) => {
                    a.plan.action_for_milestone(&milestone_key(role, &m.id)).is_some()
                }
                Suggestion::Gap { competency, .. } => a.plan.action_for_gap(competency).is_some(),
            })
        }
    };
    let add = move |_| {
        let (now, suggestion) = (now_iso(), suggestion.clone());
        // Refused only when already planned, which the button's absence shows.
        data.update(move |a| {
            let _ = match &suggestion {
                Suggestion::Learning(o) => a.plan.add_learning(o, &now),
                Suggestion::Milestone(role, m) => a.plan.add_milestone(role, m, &now),
                Suggestion::Gap { competency, title } => a.plan.add_for_gap(competency, title, &now),
            };
        });
    };
    view! {
        <Show
            when=planned
            fallback=move || view! { <button type="button" class="link-button" on:click=add.clone()>{label.clone()}</button> }
        >
            <span class="muted">"(in your plan)"</span>
        </Show>
    }
}
