use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

use super::points::PointsSection;
use super::wording::{tier_class, tier_label, tier_reason, GapWords};
use crate::app::components::{PrivateStatus, ProficiencyBadge, RadarAxis, RadarChart, ScrollRegion};
use crate::app::my_data::use_my_data;
use crate::app::pages::NotFound;
use crate::app::paths;
use crate::app::wording::Label;
use crate::core::assessment::{milestone_key, readiness, Assessment, MilestoneStatus, Readiness};
use crate::core::display::weeks;
use crate::core::framework::{Framework, Level, RoleRef, Track};

/// The person's side of one role: readiness, the rank reached for each expectation (on its
/// competency's own scale) and the status of each milestone, in the level's order.
#[derive(Debug, Clone, PartialEq)]
struct Mine {
    result: Readiness,
    current: Vec<Option<usize>>,
    milestones: Vec<MilestoneStatus>,
}

impl Mine {
    /// `None` when the role isn't in the framework or has no criteria.
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
/// closes each (or the framework's on-the-job pace), the points still needed, the role's
/// milestones, and a radar chart of the same data.
#[component]
pub fn GapPage() -> impl IntoView {
    let params = use_params_map();
    let data = use_my_data();
    let framework = data.framework();
    let words = StoredValue::new(GapWords::new(framework));
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
        let band = framework.band(&level.band).map_or(level.band.as_str(), |b| b.name.as_str());
        let header = view! {
            <Title text=format!("My gaps for {}", level.title) />
            <nav aria-label="Breadcrumb" class="breadcrumb">
                <A href=paths::fit()>"Where I fit"</A>
                " / "
                <span aria-current="page">{level.title.clone()}</span>
            </nav>
            <h1>{format!("My gaps for {}", level.title)}</h1>
            <PrivateStatus />
        };
        if !framework.has_criteria(level) {
            return view! {
                {header}
                <p class="lead">{format!("{} · {band} band", track.name)}</p>
                <p class="notice no-criteria">
                    {format!("This framework doesn't define criteria for {}: it lists no expectations, milestones or points threshold for the role, so there is no readiness to measure and no gap to show.", level.title)}
                </p>
                <p><A href=paths::role(&role)>"What this role is about"</A></p>
            }
            .into_any();
        }
        let Some(mine) = mine.get() else { return ().into_any() };
        view! {
            {header}
            <GapDetails role track level band mine words />
        }
        .into_any()
    }
}

/// Everything below the heading of a role with criteria.
#[component]
fn GapDetails(
    role: RoleRef,
    track: &'static Track,
    level: &'static Level,
    band: &'static str,
    mine: Mine,
    words: StoredValue<GapWords>,
) -> impl IntoView {
    let framework = use_my_data().framework();
    let Mine { result, current, milestones } = mine;
    let badge = move |competency: &str, rank: Option<usize>| {
        let scale = framework.scale_of_id(competency);
        match rank.and_then(|r| Some((r, scale.get(r)?))) {
            Some((rank, step)) => {
                view! { <ProficiencyBadge rank steps=scale.len() name=step.name.clone() /> }.into_any()
            }
            None => view! { <span class="muted">"Not rated"</span> }.into_any(),
        }
    };
    let mut axes = Vec::new();
    let rows = level
        .expectations
        .iter()
        .zip(current)
        .map(|(e, current)| {
            let competency = framework.competency(&e.competency);
            let name = competency.map(|c| c.name.clone()).unwrap_or_else(|| e.competency.clone());
            let steps = framework.scale_of_id(&e.competency).len();
            let required = framework.proficiency_rank(&e.competency, &e.proficiency).unwrap_or(0);
            axes.push(RadarAxis { label: name.clone(), mine: current.map_or(0, |c| c + 1), required: required + 1, steps });
            // The score's own gaps decide what is met, so the table always agrees with it.
            let gap = result.gaps.iter().find(|g| g.competency == e.competency);
            let to_go = gap.map(|g| g.steps()).unwrap_or(0);
            let learning = framework
                .learning_reaching(&e.competency, required)
                .map(|o| view! { <li>{format!("{} ({}, {})", o.title, o.kind.label(), weeks(o.duration_weeks))}</li> })
                .collect::<Vec<_>>();
            // Each cell names its column (`data-label`) for the cards a phone draws.
            view! {
                <tr class:gap=gap.is_some()>
                    <th scope="row">
                        <A href=paths::competency(&e.competency)>{name}</A>
                        {e.text.clone().map(|text| view! { <span class="expectation-text">{text}</span> })}
                    </th>
                    <td data-label="You">{badge(&e.competency, current)}</td>
                    <td data-label="Required">{badge(&e.competency, Some(required))}</td>
                    <td class="num" data-label="Weight">{format!("{}", e.weight)}</td>
                    <td data-label="Gap">{match to_go { 0 => "Met".to_string(), 1 => "1 step to go".to_string(), n => format!("{n} steps to go") }}</td>
                    <td data-label="Ways to close it">
                        {match gap {
                            None => ().into_any(),
                            Some(gap) if learning.is_empty() => {
                                view! { <span class="on-the-job">{words.with_value(|w| w.on_the_job(gap))}</span> }.into_any()
                            }
                            Some(_) => view! { <ul class="compact">{learning}</ul> }.into_any(),
                        }}
                    </td>
                </tr>
            }
        })
        .collect_view();
    let milestone_items = level
        .milestones
        .iter()
        .zip(milestones)
        .map(|(m, status)| {
            view! { <li>{m.title.clone()} <span class="muted">{format!(" — {}", status.label())}</span></li> }
        })
        .collect_view();
    let policy = &framework.readiness;
    let both = match (result.expectations_percent(), result.points_percent()) {
        (Some(e), Some(p)) => Some(format!(
            "This role has both expectations ({e}% ready) and a points threshold ({p}% of it): readiness counts the lower of the two."
        )),
        _ => None,
    };
    let has_expectations = !level.expectations.is_empty();
    // Fewer than three axes draw a line, not a shape: the table says it all.
    let radar = axes.len() >= 3;
    view! {
        <p class="lead">
            {format!("{} · {band} band · ", track.name)}
            <span class=tier_class(result.tier)>{tier_label(result.tier)}</span>
            {format!(" · {}% ready — {}.", result.percent(), tier_reason(&result, policy))}
        </p>
        {both.map(|both| view! { <p>{both}</p> })}
        <p>
            <A href=paths::role(&role)>"What this role expects"</A>
            " · "
            <A href=paths::assess()>"Update my ratings"</A>
        </p>
        {has_expectations.then(|| view! {
            {radar.then(|| view! { <RadarChart axes title=format!("Your proficiency compared with {}", level.title) /> })}
            <section aria-labelledby="gap-table-heading">
                <h2 id="gap-table-heading">"Competency by competency"</h2>
                <ScrollRegion heading_id="gap-table-heading">
                    <table class="gap-table cards-on-phone">
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
                </ScrollRegion>
            </section>
        })}
        {result.points.clone().map(|points| view! { <PointsSection points words /> })}
        {(result.milestones_total > 0).then(|| view! {
            <section aria-labelledby="gap-milestones-heading">
                <h2 id="gap-milestones-heading">"Milestones"</h2>
                <p class="muted">
                    {format!("{} of {} achieved, {} in progress. ", result.milestones_achieved, result.milestones_total, result.milestones_in_progress)}
                    {if policy.milestones_required { "Ready now needs all of them achieved." } else { "This framework doesn't require them for Ready now." }}
                </p>
                <ul>{milestone_items}</ul>
            </section>
        })}
    }
}
