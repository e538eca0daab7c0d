use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

use super::wording::tier_class;
use crate::app::components::{PrivateStatus, ProficiencyBadge, RadarAxis, RadarChart};
use crate::app::my_data::use_my_data;
use crate::app::pages::NotFound;
use crate::app::paths;
use crate::core::assessment::{milestone_key, readiness, Assessment, MilestoneStatus, Readiness};
use crate::core::display::weeks;
use crate::core::framework::{Framework, RoleRef};

/// The person's side of one role: readiness, the rank reached for each expectation and the
/// status of each milestone, in the level's order.
#[derive(Debug, Clone, PartialEq)]
struct Mine {
    result: Readiness,
    current: Vec<Option<usize>>,
    milestones: Vec<MilestoneStatus>,
}

impl Mine {
    fn of(framework: &Framework, assessment: &Assessment, role: &RoleRef) -> Option<Mine> {
        let (_, level) = framework.level(role)?;
        Some(Mine {
            result: readiness(framework, assessment, role)?,
            current: level
                .expectations
                .iter()
                .map(|e| {
                    assessment
                        .proficiency(&e.competency)
                        .and_then(|p| framework.proficiency_rank(&e.competency, p))
                })
                .collect(),
            milestones: level
                .milestones
                .iter()
                .map(|m| assessment.milestone_status(&milestone_key(role, &m.id)))
                .collect(),
        })
    }
}

/// The gaps between the person and one role: per competency, with the learning that
/// closes each, the role's milestones, and a radar chart of the same data.
#[component]
pub fn GapPage() -> impl IntoView {
    let params = use_params_map();
    let data = use_my_data();
    let framework = data.framework();
    let role = Memo::new(move |_| {
        params.with(|map| {
            RoleRef::new(map.get("track").unwrap_or_default(), map.get("level").unwrap_or_default())
        })
    });
    // What the page shows of the person's data; other changes (evidence, the plan) don't
    // redraw it.
    let mine = Memo::new(move |_| role.with(|role| data.with(|a| Mine::of(framework, a, role))));
    move || {
        let role = role.get();
        let Some((track, level)) = framework.level(&role) else {
            return view! { <NotFound what=format!("role \"{}/{}\"", role.track, role.level) /> }.into_any();
        };
        let Some(Mine { result, current, milestones }) = mine.get() else { return ().into_any() };
        let steps = framework.proficiency_scale.len();
        let badge = move |rank: Option<usize>| match rank {
            Some(rank) => {
                view! { <ProficiencyBadge rank steps name=framework.proficiency_scale[rank].name.clone() /> }
                    .into_any()
            }
            None => view! { <span class="muted">"Not rated"</span> }.into_any(),
        };
        let mut axes = Vec::new();
        let rows = level
            .expectations
            .iter()
            .zip(current)
            .map(|(e, current)| {
                let competency = framework.competency(&e.competency);
                let name = competency.map(|c| c.name.clone()).unwrap_or_else(|| e.competency.clone());
                let required = framework.proficiency_rank(&e.competency, &e.proficiency).unwrap_or(0);
                axes.push(RadarAxis { label: name.clone(), mine: current.map_or(0, |c| c + 1), required: required + 1 });
                // The score's own gaps decide what is met, so the table always agrees with it.
                let gap = result.gaps.iter().find(|g| g.competency == e.competency);
                let met = gap.is_none();
                let to_go = gap.map(|g| g.steps()).unwrap_or(0);
                let learning = framework
                    .learning_reaching(&e.competency, required)
                    .map(|o| view! { <li>{format!("{} ({}, {})", o.title, o.kind.label(), weeks(o.duration_weeks))}</li> })
                    .collect::<Vec<_>>();
                view! {
                    <tr class:gap=!met>
                        <th scope="row"><A href=paths::competency(&e.competency)>{name}</A></th>
                        <td>{badge(current)}</td>
                        <td>{badge(Some(required))}</td>
                        <td class="num">{format!("{}", e.weight)}</td>
                        <td>{if met { "Met".to_string() } else { format!("{to_go} step(s) to go") }}</td>
                        <td>
                            {if met {
                                ().into_any()
                            } else if learning.is_empty() {
                                view! { <span class="muted">"No listed opportunity; ask your manager."</span> }.into_any()
                            } else {
                                view! { <ul class="compact">{learning}</ul> }.into_any()
                            }}
                        </td>
                    </tr>
                }
            })
            .collect_view();
        let milestones = level
            .milestones
            .iter()
            .zip(milestones)
            .map(|(m, status)| {
                view! { <li>{m.title.clone()} <span class="muted">{format!(" — {}", status.label())}</span></li> }
            })
            .collect_view();
        view! {
            <Title text=format!("My gaps for {}", level.title) />
            <nav aria-label="Breadcrumb" class="breadcrumb">
                <A href=paths::fit()>"Where I fit"</A>
                " / "
                <span aria-current="page">{level.title.clone()}</span>
            </nav>
            <h1>{format!("My gaps for {}", level.title)}</h1>
            <PrivateStatus />
            <p class="lead">
                {format!("{} · band {} · ", track.name, level.band)}
                <span class=tier_class(result.tier)>{result.tier.label()}</span>
                {format!(" · {}% ready ({}).", result.percent(), result.tier.rule())}
            </p>
            <p>
                <A href=paths::role(&role)>"What this role expects"</A>
                " · "
                <A href=paths::assess()>"Update my ratings"</A>
            </p>
            <RadarChart axes steps title=format!("Your proficiency compared with {}", level.title) />
            <section aria-labelledby="gap-table-heading">
                <h2 id="gap-table-heading">"Competency by competency"</h2>
                <div class="table-scroll" tabindex="0" role="region" aria-labelledby="gap-table-heading">
                    <table class="gap-table">
                        <thead>
                            <tr>
                                <th scope="col">"Competency"</th>
                                <th scope="col">"You"</th>
                                <th scope="col">"Required"</th>
                                <th scope="col" class="num">"Weight"</th>
                                <th scope="col">"Gap"</th>
                                <th scope="col">"Ways to close it"</th>
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            </section>
            <section aria-labelledby="gap-milestones-heading">
                <h2 id="gap-milestones-heading">"Milestones"</h2>
                <p class="muted">
                    {format!("{} of {} achieved, {} in progress.", result.milestones_achieved, result.milestones_total, result.milestones_in_progress)}
                </p>
                <ul>{milestones}</ul>
            </section>
        }
        .into_any()
    }
}
