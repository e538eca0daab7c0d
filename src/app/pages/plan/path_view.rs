//! The ways to the target: each path's steps with what they ask, or why there is none, or,
//! without a target, the roles within reach.

use std::collections::BTreeSet;

use leptos::prelude::*;
use leptos_router::components::A;

use super::add_to_plan::{AddToPlan, Suggestion};
use super::wording::{
    competency_name, explain, growth_way, level_name, pacing_assumptions, path_label, points_need,
    role_in_track, role_title, step_time, track_name,
};
use crate::app::components::ScrollRegion;
use crate::app::focus::dom_id;
use crate::app::my_data::use_my_data;
use crate::app::paths;
use crate::app::wording::Label;
use crate::browser::clock::now_iso;
use crate::browser::perf::mark;
use crate::core::display::{months, weeks};
use crate::core::framework::RoleRef;
use crate::core::planner::{growth_rows, GrowthRow, Horizon, Path, Plan, Step, StepKind};

/// The "Ways to …" the target (or "Within reach") section.
#[component]
pub fn PathsSection(
    /// The chosen target, if any.
    target: Memo<Option<RoleRef>>,
    /// The plan for the target.
    result: Memo<Option<Plan>>,
    /// Roles within reach, when there is no target.
    reachable: Memo<Vec<Horizon>>,
) -> impl IntoView {
    let framework = use_my_data().framework();
    provide_context(RatedHere(RwSignal::new(BTreeSet::new())));
    let has_target = move || target.with(Option::is_some);
    // The heading names the target, so the printed plan says where it leads.
    let heading = move || {
        target.with(|t| match t {
            Some(role) => format!("Ways to {}", role_in_track(framework, role)),
            None => "Within reach".to_string(),
        })
    };
    let start_note = move || {
        result.with(|r| {
            let r = r.as_ref()?;
            let title = role_title(framework, &r.start);
            Some(if r.start_inferred {
                format!("Starting from {title}, the role you fit best; set your current role on “Assess myself” to change it.")
            } else {
                format!("Starting from your current role, {title}.")
            })
        })
    };
    let why_not =
        move || result.with(|r| r.as_ref()?.unreachable.as_ref().map(|why| explain(framework, why)));
    let path_count = move || result.with(|r| r.as_ref().map_or(0, |r| r.paths.len()));
    view! {
        <section aria-labelledby="paths-heading">
            <h2 id="paths-heading" tabindex="-1">{heading}</h2>
            {move || start_note().map(|note| view! { <p class="muted">{note}</p> })}
            <p class="pacing">{pacing_assumptions(framework)}</p>
            <details class="how">
                <summary>"How time is estimated"</summary>
                <p>
                    "A promotion takes at least the typical time in the level you leave, and a move between tracks at least its usual time; the longest milestone of the new role you haven't achieved can make it longer. This is the “typically” figure, the same as on the role page. Each competency to grow (for the role's expectations, a move's prerequisites or a points threshold) takes the quicker of growing it on the job and the shortest learning opportunity that reaches the level; competencies grow side by side, and the slowest can make a step longer for you. Once in a role you are assumed to meet its expectations. Equal routes are ordered by fewer months, then fewer steps, then fewer track changes, then framework order."
                </p>
            </details>
            <Show when=has_target fallback=move || view! { <Horizons reachable /> }>
                {move || why_not().map(|why| view! { <p class="alert" role="alert">{why}</p> })}
                // Keyed by rank: "Recommended" stays the first article while its route changes.
                <For each=move || 0..path_count() key=|rank| *rank let:rank>
                    <PathView path=Memo::new(move |_| result.with(|r| r.as_ref()?.paths.get(rank).cloned())) rank />
                </For>
            </Show>
        </section>
    }
}

/// Roles reachable within each horizon, per track, when no target is chosen.
#[component]
fn Horizons(
    /// The horizons and what is within each.
    reachable: Memo<Vec<Horizon>>,
) -> impl IntoView {
    let framework = use_my_data().framework();
    let row = move |h: Horizon| {
        let tracks: Vec<_> = h
            .tracks
            .iter()
            .map(|(track, roles)| {
                let titles: Vec<String> = roles.iter().map(|r| role_title(framework, r)).collect();
                view! { <li><strong>{track_name(framework, track)}</strong>{format!(": {}", titles.join(", "))}</li> }
            })
            .collect();
        let within = if tracks.is_empty() {
            view! { <span class="muted">"Nothing yet"</span> }.into_any()
        } else {
            view! { <ul class="compact">{tracks}</ul> }.into_any()
        };
        view! {
            <tr>
                <th scope="row">{format!("Within {}", months(h.months))}</th>
                <td>{within}</td>
            </tr>
        }
    };
    view! {
        <ScrollRegion label="Roles within reach">
            <table class="horizons">
                <thead><tr><th scope="col">"Horizon"</th><th scope="col">"Roles you could reach, per track"</th></tr></thead>
                <tbody>{move || reachable.get().into_iter().map(row).collect_view()}</tbody>
            </table>
        </ScrollRegion>
    }
}

/// The competencies rated on this page since it opened: their rows stay when the rating
/// closes their gap (`core::planner::growth_rows`), until the person leaves or reloads.
#[derive(Clone, Copy)]
struct RatedHere(RwSignal<BTreeSet<String>>);

/// One path: its heading and its steps.
#[component]
fn PathView(
    /// The path in this place of the answer.
    path: Memo<Option<Path>>,
    /// 0 for the recommended path.
    rank: usize,
) -> impl IntoView {
    let framework = use_my_data().framework();
    let heading = move || {
        path.with(|p| {
            let p = p.as_ref()?;
            let label = path_label(framework, &p.label);
            Some(if rank == 0 {
                format!("Recommended: {label} — about {}", months(p.months))
            } else {
                format!("Alternative {rank}: {label} — about {}", months(p.months))
            })
        })
    };
    let destinations =
        move || path.with(|p| p.iter().flat_map(|p| &p.steps).map(|s| s.to.clone()).collect::<Vec<_>>());
    view! {
        <article class="path" class:recommended=rank == 0 aria-labelledby=path_heading_id(rank)>
            // Focusable from "On this page".
            <h3 id=path_heading_id(rank) tabindex="-1">{heading}</h3>
            <ol class="steps">
                // A path never visits a role twice: a step is known by where it leads.
                <For each=destinations key=|to| paths::role_key(to) let:to>
                    <StepView
                        step={
                            let to = to.clone();
                            Memo::new(move |_| path.with(|p| p.as_ref()?.steps.iter().find(|s| s.to == to).cloned()))
                        }
                        place=StepPlace { rank, to }
                    />
                </For>
            </ol>
        </article>
    }
}

/// The ID of a path's heading, by its rank (0: recommended).
pub fn path_heading_id(rank: usize) -> String {
    dom_id(&["path", &rank.to_string()])
}

/// Where a step is on the page: the path's rank and the role it leads to. The same step can
/// be on the recommended path and an alternative, so every control's ID is made from it.
#[derive(Clone)]
struct StepPlace {
    rank: usize,
    to: RoleRef,
}

impl StepPlace {
    /// A unique ID for what `kind` names in this step (a competency, a learning or milestone ID).
    fn id(&self, kind: &str, subject: &str) -> String {
        dom_id(&[kind, &self.rank.to_string(), &self.to.track, &self.to.level, subject])
    }
}

/// One step: how it is taken, prerequisites, competencies to grow, learning and milestones.
/// The competencies to grow are keyed rows that stay while the person rates them; the rest
/// is redrawn when the step changes.
#[component]
fn StepView(
    /// The step (none while the path is being replaced).
    step: Memo<Option<Step>>,
    /// Where it is on the page.
    place: StepPlace,
) -> impl IntoView {
    let framework = use_my_data().framework();
    let rated_here = expect_context::<RatedHere>().0;
    let rows = Memo::new(move |previous: Option<&Vec<GrowthRow>>| {
        let current = step.with(|s| s.as_ref().map(|s| s.growth.clone()).unwrap_or_default());
        rated_here.with(|rated| growth_rows(previous.map(Vec::as_slice).unwrap_or(&[]), &current, rated))
    });
    let competencies =
        move || rows.with(|rows| rows.iter().map(|r| r.growth.competency.clone()).collect::<Vec<_>>());
    let head = move || {
        let step = step.get()?;
        let how = match &step.kind {
            StepKind::Promotion => "Promotion".to_string(),
            StepKind::Move { kind, .. } => kind.label().to_string(),
        };
        let prerequisites: Vec<_> = step
            .prerequisites
            .iter()
            .map(|p| {
                let state = match p.met {
                    Some(true) => "met",
                    Some(false) => "not yet met",
                    None => "to agree with your manager",
                };
                view! { <li>{format!("{} — {state}", p.summary)}</li> }
            })
            .collect();
        let points = step.points.as_ref().map(|need| points_need(framework, need));
        // A promotion is decided by people, not by the plan: say who decides and on what.
        let decided = matches!(step.kind, StepKind::Promotion)
            .then(|| framework.level(&step.to).and_then(|(_, level)| framework.promotion_process(level)))
            .flatten()
            .map(|process| {
                view! {
                    <p class="promotion-process">
                        {format!("How it's decided: {} Evidence asked for: {}", process.decided_by, process.evidence)}
                    </p>
                }
            });
        let (from_title, to_title) = (role_title(framework, &step.from), role_title(framework, &step.to));
        let summary =
            format!("{how} into {} · {}", track_name(framework, &step.to.track), step_time(framework, &step));
        Some(view! {
            <h4>
                {format!("{from_title} → ")}
                <A href=paths::role(&step.to)>{to_title}</A>
            </h4>
            <p class="muted">{summary}</p>
            {decided}
            {(!prerequisites.is_empty()).then(|| view! { <p class="small-heading">"Prerequisites"</p> <ul class="compact">{prerequisites}</ul> })}
            {points.map(|text| view! { <p class="points-need">{text}</p> })}
        })
    };
    let tail = {
        let place = place.clone();
        move || {
            let step = step.get()?;
            let learning: Vec<_> = step
                .learning
                .iter()
                .filter_map(|id| framework.learning.iter().find(|o| &o.id == id))
                .map(|o| {
                    view! {
                        <li>
                            {format!("{} ({}, {}) ", o.title, o.kind.label(), weeks(o.duration_weeks))}
                            <AddToPlan
                                suggestion=Suggestion::Learning(o)
                                label=format!("Add “{}” to my plan", o.title)
                                id=place.id("add-learning", &o.id)
                            />
                        </li>
                    }
                })
                .collect();
            let milestones: Vec<_> = framework
                .level(&step.to)
                .into_iter()
                .flat_map(|(_, level)| &level.milestones)
                .filter(|m| step.milestones.contains(&m.id))
                .map(|m| {
                    view! {
                        <li>
                            {format!("{} (about {}) ", m.title, months(m.horizon_months))}
                            <AddToPlan
                                suggestion=Suggestion::Milestone(step.to.clone(), m)
                                label=format!("Add milestone “{}” to my plan", m.title)
                                id=place.id("add-milestone", &m.id)
                            />
                        </li>
                    }
                })
                .collect();
            Some(view! {
                {(!learning.is_empty()).then(|| view! { <p class="small-heading">"Learning that closes the gaps"</p> <ul class="compact">{learning}</ul> })}
                {(!milestones.is_empty()).then(|| view! { <p class="small-heading">"Milestones to show"</p> <ul class="compact">{milestones}</ul> })}
            })
        }
    };
    // Copied into each redraw of the step.
    let row_place = StoredValue::new(place);
    view! {
        <Show when=move || step.with(Option::is_some)>
            <li class="step">
                {head}
                <Show
                    when=move || !rows.with(Vec::is_empty)
                    fallback=|| view! { <p>"No competency to grow for this step."</p> }
                >
                    <p class="small-heading">"Competencies to grow"</p>
                    <ul class="compact">
                        <For each=competencies key=|c| c.clone() let:competency>
                            <GrowthItem
                                row={
                                    let competency = competency.clone();
                                    Memo::new(move |_| rows.with(|rows| rows.iter().find(|r| r.growth.competency == competency).cloned()))
                                }
                                competency
                                place=row_place.get_value()
                            />
                        </For>
                    </ul>
                </Show>
                {tail.clone()}
            </li>
        </Show>
    }
}

/// A competency to grow for a step: where the person is, where the step needs them, how and
/// how long, their own rating to correct, and planning to grow it. Once the person's rating
/// here closes the gap, the row stays, marked closed, with its select still where it was.
#[component]
fn GrowthItem(
    /// The row (none for the moment it is being removed).
    row: Memo<Option<GrowthRow>>,
    /// The competency.
    competency: String,
    /// Where the step is on the page (makes the IDs unique).
    place: StepPlace,
) -> impl IntoView {
    let data = use_my_data();
    let framework = data.framework();
    let rated_here = expect_context::<RatedHere>().0;
    let name = competency_name(framework, &competency);
    let select_id = place.id("lvl", &competency);
    let gap_id = place.id("gap", &competency);
    let closed = move || row.with(|r| r.as_ref().is_some_and(|r| r.closed));
    let gap_text = {
        let name = name.clone();
        move || {
            row.with(|r| {
                let r = r.as_ref()?;
                let g = &r.growth;
                let required = level_name(framework, &g.competency, Some(g.to));
                Some(if r.closed {
                    format!("{name}: this step asks for {required} — closed: your level now meets it.")
                } else {
                    let current = level_name(framework, &g.competency, g.from);
                    format!("{name}: {current} → {required} ({})", growth_way(framework, g))
                })
            })
        }
    };
    // The person's own rating, not the level projected along the path; followed, so the
    // same competency on another step or path shows a rating made here.
    let rated = data.with_untracked(|a| a.proficiency(&competency).map(str::to_string));
    let rating = {
        let competency = competency.clone();
        data.select(move |a| a.proficiency(&competency).map(str::to_string).unwrap_or_default())
    };
    let rate = {
        let (competency, name) = (competency.clone(), name.clone());
        move |ev| {
            let proficiency = event_target_value(&ev);
            if proficiency.is_empty() {
                return;
            }
            mark("mosaic:assessment-changed");
            // Kept before the plan changes, so the row survives the change it causes.
            rated_here.update(|rated| {
                rated.insert(competency.clone());
            });
            let level = level_name_by_id(framework, &competency, &proficiency);
            let (competency, now) = (competency.clone(), now_iso());
            // The level comes from the competency's own scale, so it always applies.
            data.update_saying(
                move |a| {
                    let _ = a.rate(framework, &competency, &proficiency, &now);
                },
                "",
            );
            let closed_now = row.with_untracked(|r| r.as_ref().is_some_and(|r| r.closed));
            let said = if closed_now {
                format!("My level in {name}: {level}. This gap is closed; the row stays here.")
            } else {
                format!("My level in {name}: {level}.")
            };
            data.say(said);
        }
    };
    let options = framework
        .scale_of_id(&competency)
        .iter()
        .map(|p| {
            let selected = rated.as_deref() == Some(p.id.as_str());
            view! { <option value=p.id.clone() selected=selected>{p.name.clone()}</option> }
        })
        .collect_view();
    let required = row.with_untracked(|r| {
        r.as_ref().map(|r| level_name(framework, &r.growth.competency, Some(r.growth.to))).unwrap_or_default()
    });
    let suggestion =
        Suggestion::Gap { competency: competency.clone(), title: format!("Grow {name} to {required}") };
    view! {
        <li class:gap-closed=closed>
            <span id=gap_id.clone()>{gap_text}</span>
            <span class="inline-field">
                <label for=select_id.clone()>{format!("My level in {name}")}</label>
                <select id=select_id aria-describedby=gap_id prop:value=rating on:change=rate>
                    <option value="" selected=rated.is_none() disabled=true>"Not rated"</option>
                    {options}
                </select>
            </span>
            " "
            <AddToPlan suggestion label=format!("Plan to grow {name} to {required}") id=place.id("add-gap", &competency) />
        </li>
    }
}

/// A level's name on a competency's own scale, by the level's ID.
fn level_name_by_id(framework: &crate::core::framework::Framework, competency: &str, id: &str) -> String {
    framework.scale_of_id(competency).iter().find(|p| p.id == id).map(|p| p.name.clone()).unwrap_or_default()
}
