//! Milestone progress for a chosen role of interest.

use leptos::prelude::*;

use crate::app::components::{EvidenceEditor, RoleOptions};
use crate::app::my_data::use_my_data;
use crate::app::paths;
use crate::app::wording::Label;
use crate::browser::clock::now_iso;
use crate::core::assessment::{milestone_key, next_role_per_track, Evidence, MilestoneStatus};
use crate::core::framework::{Milestone, RoleRef};

#[component]
pub fn MilestoneProgressForm() -> impl IntoView {
    let data = use_my_data();
    let framework = data.framework();
    // Default to the best next role in the person's first track, else the first role.
    let initial = data.with_untracked(|a| next_role_per_track(framework, a).first().map(|r| r.role.clone()));
    let initial = initial.or_else(|| framework.roles().next().map(|(r, _, _)| r));
    let chosen = RwSignal::new(initial);
    let milestones = move || {
        let role = chosen.get()?;
        let (_, level) = framework.level(&role)?;
        Some((role, &level.milestones))
    };
    view! {
        <section aria-labelledby="milestones-heading">
            <h2 id="milestones-heading">"Milestones of a role I'm interested in"</h2>
            <div class="field">
                <label for="milestone-role">"Role"</label>
                <select
                    id="milestone-role"
                    on:change=move |ev| chosen.set(paths::parse_role_key(&event_target_value(&ev)))
                >
                    <RoleOptions selected=chosen.into() />
                </select>
            </div>
            <div class="milestone-list">
                {move || match milestones() {
                    None => ().into_any(),
                    Some((_, list)) if list.is_empty() => view! { <p>"This role lists no milestones."</p> }.into_any(),
                    Some((role, list)) => view! {
                        <For
                            each=move || list.iter()
                            key=|m: &&'static Milestone| m.id.clone()
                            let(milestone)
                        >
                            <MilestoneItem role=role.clone() milestone />
                        </For>
                    }
                    .into_any(),
                }}
            </div>
        </section>
    }
}

/// One milestone: its status (always what is stored) and its evidence.
#[component]
fn MilestoneItem(role: RoleRef, milestone: &'static Milestone) -> impl IntoView {
    let data = use_my_data();
    let framework = data.framework();
    let key = milestone_key(&role, &milestone.id);
    let dom_id = key.replace('/', "-");
    let status = {
        let key = key.clone();
        data.select(move |a| a.milestone_status(&key))
    };
    let evidence = {
        let key = key.clone();
        data.select(move |a| a.milestone_evidence(&key).to_vec())
    };
    let role = StoredValue::new(role);
    let on_status = move |ev: leptos::ev::Event| {
        let chosen = MilestoneStatus::from_id(&event_target_value(&ev)).unwrap_or_default();
        let now = now_iso();
        data.update(move |a| {
            a.set_milestone_status(framework, &role.get_value(), &milestone.id, chosen, &now)
        });
    };
    let on_add = Callback::new(move |evidence: Evidence| {
        let now = now_iso();
        data.update(move |a| {
            a.add_milestone_evidence(framework, &role.get_value(), &milestone.id, evidence.clone(), &now)
        })
    });
    let remove_key = key.clone();
    let on_remove = Callback::new(move |evidence: Evidence| {
        let (key, now) = (remove_key.clone(), now_iso());
        data.update(move |a| a.remove_milestone_evidence(&key, &evidence, &now))
    });
    let select_id = format!("ms-{dom_id}");
    view! {
        <div class="milestone">
            <h3>{milestone.title.clone()}</h3>
            <p class="muted">{format!("Evidence: {} Verified by: {}", milestone.evidence, milestone.verification)}</p>
            <div class="field">
                <label for=select_id.clone()>{format!("Status of “{}”", milestone.title)}</label>
                // The value is bound as a property, so the select always shows what is stored.
                <select id=select_id on:change=on_status prop:value=move || status.get().id()>
                    {MilestoneStatus::ALL
                        .into_iter()
                        .map(|s| view! { <option value=s.id() selected=move || status.get() == s>{s.label()}</option> })
                        .collect_view()}
                </select>
            </div>
            <EvidenceEditor id=format!("ev-{dom_id}") subject=milestone.title.clone() evidence on_add on_remove />
        </div>
    }
}
