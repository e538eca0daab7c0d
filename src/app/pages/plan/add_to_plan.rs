//! A button putting something of a path into the development plan, or saying it is there.

use leptos::prelude::*;

use crate::app::focus::focus_soon;
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

impl Suggestion {
    /// What the action added for it is called, for the announcement.
    fn title(&self) -> &str {
        match self {
            Suggestion::Learning(o) => &o.title,
            Suggestion::Milestone(_, m) => &m.title,
            Suggestion::Gap { title, .. } => title,
        }
    }
}

/// "(in your plan)" once the plan has an action for the suggestion (by its learning ID,
/// milestone key or competency), else a button adding one. The button goes once pressed, so
/// focus moves to the "(in your plan)" that replaces it and the addition is announced.
#[component]
pub fn AddToPlan(
    /// What to add.
    suggestion: Suggestion,
    /// Accessible name of the button.
    label: String,
    /// The button's ID, unique on the page (the same suggestion may be on two paths).
    id: String,
) -> impl IntoView {
    let data = use_my_data();
    let planned_id = format!("{id}--planned");
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
    let add = {
        let planned_id = planned_id.clone();
        move |_| {
            let (now, suggestion) = (now_iso(), suggestion.clone());
            let said = format!("Added “{}” to your plan.", suggestion.title());
            // Refused only when already planned, which the button's absence shows.
            data.update_saying(
                move |a| {
                    let _ = match &suggestion {
                        Suggestion::Learning(o) => a.plan.add_learning(o, &now),
                        Suggestion::Milestone(role, m) => a.plan.add_milestone(role, m, &now),
                        Suggestion::Gap { competency, title } => a.plan.add_for_gap(competency, title, &now),
                    };
                },
                said,
            );
            focus_soon(planned_id.clone());
        }
    };
    view! {
        <Show
            when=planned
            fallback=move || view! { <button type="button" id=id.clone() class="link-button" on:click=add.clone()>{label.clone()}</button> }
        >
            <span class="muted" id=planned_id.clone() tabindex="-1">"(in your plan)"</span>
        </Show>
    }
}
