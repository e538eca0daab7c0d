use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;

use crate::app::components::{PrivateStatus, RoleOptions};
use crate::app::my_data::use_my_data;
use crate::app::paths;
use crate::browser::clock::{now_iso, today};
use crate::browser::files::download;
use crate::browser::perf::{mark, measure};
use crate::core::assessment::{Action, ActionStatus, CheckIn};
use crate::core::display::{months, weeks};
use crate::core::framework::{Framework, RoleRef};
use crate::core::planner::{plan, reachable_within, Path, Plan, StepKind, Unreachable};
use crate::core::report::plan_markdown;

fn title_of(framework: &Framework, role: &RoleRef) -> String {
    framework.level(role).map(|(_, l)| l.title.clone()).unwrap_or_else(|| paths::role_key(role))
}

fn track_name(framework: &Framework, id: &str) -> String {
    framework.track(id).map(|t| t.name.clone()).unwrap_or_else(|| id.to_string())
}

/// Why there is no path, in words.
fn explain(framework: &Framework, why: &Unreachable) -> String {
    match why {
        Unreachable::UnknownRole(role) => {
            format!("The role {} is not in this framework.", paths::role_key(role))
        }
        Unreachable::AlreadyThere => "You are already in this role. Pick a role to grow towards.".into(),
        Unreachable::SunsetTarget { successor } => match successor {
            Some(s) => format!(
                "This role is being phased out, so it can't be a destination. Its successor is {}.",
                title_of(framework, s)
            ),
            None => "This role is being phased out, so it can't be a destination.".into(),
        },
        Unreachable::TargetExcluded { track } => {
            format!(
                "This role is in {}, a track you excluded. Allow that track to plan a path there.",
                track_name(framework, track)
            )
        }
        Unreachable::OnlyThroughExcluded { tracks } => format!(
            "Every route there passes through {}, which you excluded.",
            tracks.iter().map(|t| track_name(framework, t)).collect::<Vec<_>>().join(" and ")
        ),
        Unreachable::BeyondHorizon { months: m, limit } => {
            format!(
                "The quickest route takes about {}, longer than your limit of {}.",
                months(*m),
                months(*limit)
            )
        }
        Unreachable::NoRoute { rules } => {
            format!("No route leads there from your starting role. {}", rules.join(" "))
        }
    }
}

/// Path planning and the development plan.
#[component]
pub fn PlanPage() -> impl IntoView {
    let data = use_my_data();
    let framework = data.framework();
    let target = move || data.with(|a| a.plan.target.clone());
    let constraints = move || data.with(|a| a.plan.constraints.clone());
    // The plan for the chosen target; recomputed when ratings, profile or constraints change.
    let result = Memo::new(move |_| {
        let target = target()?;
        let assessment = data.get();
        let result = plan(framework, &assessment, None, &target, &assessment.plan.constraints);
        measure("mosaic:rating-to-path", "mosaic:assessment-changed");
        Some(result)
    });
    let set_target = move |ev: leptos::ev::Event| {
        let role = paths::parse_role_key(&event_target_value(&ev));
        data.update(move |a| a.plan.target = role.clone());
    };
    let toggle_excluded = move |track: String, on: bool| {
        data.update(move |a| {
            let list = &mut a.plan.constraints.excluded_tracks;
            list.retain(|t| *t != track);
            if on {
                list.push(track.clone());
            }
        })
    };
    let exclusion_boxes = framework
        .tracks
        .iter()
        .map(|track| {
            let id = track.id.clone();
            let checked_id = id.clone();
            view! {
                <label class="check">
                    <input
                        type="checkbox"
                        prop:checked=move || constraints().excluded_tracks.contains(&checked_id)
                        on:change=move |ev| toggle_excluded(id.clone(), event_target_checked(&ev))
                    />
                    {track.name.clone()}
                </label>
            }
        })
        .collect_view();
    // A new plan never routes through people management unless the person chooses it: it
    // starts by excluding the tracks they avoid and every people-management track they
    // haven't said they are drawn to. Unticking a track is the choice.
    if data.with_untracked(|a| a.plan == Default::default()) {
        let excluded: Vec<String> = data.with_untracked(|a| {
            framework
                .tracks
                .iter()
                .filter(|t| {
                    a.profile.avoid.contains(&t.id)
                        || (t.manages_people && !a.profile.drawn_to.contains(&t.id))
                })
                .map(|t| t.id.clone())
                .collect()
        });
        if !excluded.is_empty() {
            data.update(move |a| a.plan.constraints.excluded_tracks = excluded.clone());
        }
    }
    let start_note = move || {
        let result = result.get()?;
        let title = title_of(framework, &result.start);
        Some(if result.start_inferred {
            view! { <p class="muted">{format!("Starting from {title}, the role you fit best; set your current role on “Assess myself” to change it.")}</p> }.into_any()
        } else {
            view! { <p class="muted">{format!("Starting from your current role, {title}.")}</p> }.into_any()
        })
    };
    let paths_view = move || match result.get() {
        None => view! { <Horizons /> }.into_any(),
        Some(Plan { unreachable: Some(why), .. }) => {
            view! { <p class="alert" role="alert">{explain(framework, &why)}</p> }.into_any()
        }
        Some(found) => found
            .paths
            .into_iter()
            .enumerate()
            .map(|(i, path)| view! { <PathView path rank=i /> })
            .collect_view()
            .into_any(),
    };
    let export_markdown = move |_| {
        let assessment = data.get();
        let best = result.get_untracked().and_then(|p| p.paths.into_iter().next());
        let text = plan_markdown(framework, &assessment, best.as_ref(), &today());
        let _ = download(&format!("development-plan-{}.md", today()), &text, "text/markdown");
    };
    view! {
        <Title text="Plan my path" />
        <h1>"Plan my path"</h1>
        <PrivateStatus />
        <section aria-labelledby="target-heading" class="plan-form">
            <h2 id="target-heading">"Where to"</h2>
            <div class="field">
                <label for="plan-target">"Target role"</label>
                <select id="plan-target" on:change=set_target prop:value=move || target().as_ref().map(paths::role_key).unwrap_or_default()>
                    <option value="">"No target: show what I can reach"</option>
                    <RoleOptions />
                </select>
            </div>
            <fieldset>
                <legend>"Tracks the path may not enter"</legend>
                {exclusion_boxes}
            </fieldset>
            <div class="field narrow">
                <label for="plan-horizon">"Longest acceptable path"</label>
                <select
                    id="plan-horizon"
                    prop:value=move || constraints().max_months.map(|m| m.to_string()).unwrap_or_default()
                    on:change=move |ev| {
                        let limit = event_target_value(&ev).parse().ok();
                        data.update(move |a| a.plan.constraints.max_months = limit);
                    }
                >
                    <option value="">"No limit"</option>
                    {[12u32, 24, 36, 48].map(|m| view! { <option value=m.to_string()>{months(m)}</option> }).collect_view()}
                </select>
            </div>
            <label class="check">
                <input
                    type="checkbox"
                    prop:checked=move || constraints().prefer_lateral
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        data.update(move |a| a.plan.constraints.prefer_lateral = on);
                    }
                />
                "Prefer sideways moves between tracks"
            </label>
        </section>
        <section aria-labelledby="paths-heading">
            <h2 id="paths-heading">{move || if target().is_some() { "Ways there" } else { "Within reach" }}</h2>
            {start_note}
            <details class="how">
                <summary>"How time is estimated"</summary>
                <p>
                    "Each step takes the longest of: the move's usual time (for moves between tracks), the longest milestone of the new role you haven't achieved, and for each competency to grow, the shortest learning opportunity that reaches the level (6 months when none does). Once in a role you are assumed to meet its expectations. Equal routes are ordered by fewer months, then fewer steps, then fewer track changes, then framework order."
                </p>
            </details>
            {paths_view}
        </section>
        <DevelopmentPlanView />
        <p class="page-actions">
            <button type="button" on:click=move |_| { let _ = window().print(); }>"Print path and plan"</button>
            " "
            <button type="button" on:click=export_markdown>"Export plan as Markdown"</button>
            " "
            <A href=paths::fit()>"Where I fit"</A>
        </p>
    }
}

/// Roles reachable within 12, 24 and 36 months, per track, when no target is chosen.
#[component]
fn Horizons() -> impl IntoView {
    let data = use_my_data();
    let framework = data.framework();
    move || {
        let assessment = data.get();
        let horizons =
            reachable_within(framework, &assessment, None, &assessment.plan.constraints, &[12, 24, 36]);
        let rows = horizons
            .into_iter()
            .map(|h| {
                let tracks = h
                    .tracks
                    .into_iter()
                    .map(|(track, roles)| {
                        let titles: Vec<String> = roles.iter().map(|r| title_of(framework, r)).collect();
                        view! { <li><strong>{track_name(framework, &track)}</strong>{format!(": {}", titles.join(", "))}</li> }
                    })
                    .collect::<Vec<_>>();
                view! {
                    <tr>
                        <th scope="row">{format!("Within {}", months(h.months))}</th>
                        <td>{if tracks.is_empty() { view! { <span class="muted">"Nothing yet"</span> }.into_any() } else { view! { <ul class="compact">{tracks}</ul> }.into_any() }}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <div class="table-scroll" tabindex="0" role="region" aria-label="Roles within reach">
                <table class="horizons">
                    <thead><tr><th scope="col">"Horizon"</th><th scope="col">"Roles you could reach, per track"</th></tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
    }
}

/// One path: its steps with gaps, milestones, learning and prerequisites.
#[component]
fn PathView(
    /// The path to show.
    path: Path,
    /// 0 for the recommended path.
    rank: usize,
) -> impl IntoView {
    let data = use_my_data();
    let framework = data.framework();
    let heading = if rank == 0 {
        format!("Recommended: {} — about {}", path.label, months(path.months))
    } else {
        format!("Alternative {rank}: {} — about {}", path.label, months(path.months))
    };
    let steps = path
        .steps
        .into_iter()
        .map(|step| {
            let how = match &step.kind {
                StepKind::Promotion => "Promotion".to_string(),
                StepKind::Move { kind, .. } => kind.label().to_string(),
            };
            let gaps = step
                .gaps
                .iter()
                .map(|gap| {
                    let competency = gap.competency.clone();
                    let name = framework.competency(&competency).map(|c| c.name.clone()).unwrap_or_default();
                    let required = framework.proficiency_scale[gap.required].name.clone();
                    let current = gap.current.map_or("not rated".to_string(), |c| framework.proficiency_scale[c].name.clone());
                    let select_id = format!("lvl-{}-{}-{competency}", step.to.track, step.to.level);
                    let rated_competency = competency.clone();
                    let rated = data.with_untracked(|a| a.proficiency(&competency).map(str::to_string));
                    view! {
                        <li>
                            {format!("{name}: {current} → {required}")}
                            <span class="inline-field">
                                <label for=select_id.clone()>{format!("My level in {name}")}</label>
                                <select id=select_id on:change=move |ev| {
                                    let proficiency = event_target_value(&ev);
                                    if proficiency.is_empty() {
                                        return;
                                    }
                                    let id = rated_competency.clone();
                                    mark("mosaic:assessment-changed");
                                    data.update(move |a| {
                                        let _ = a.rate(framework, &id, &proficiency, &now_iso());
                                    });
                                }>
                                    // The person's own rating, not the level projected along the path.
                                    <option value="" selected=rated.is_none() disabled=true>"Not rated"</option>
                                    {framework.proficiency_scale.iter().map(|p| {
                                        let selected = rated.as_deref() == Some(p.id.as_str());
                                        view! { <option value=p.id.clone() selected=selected>{p.name.clone()}</option> }
                                    }).collect_view()}
                                </select>
                            </span>
                        </li>
                    }
                })
                .collect::<Vec<_>>();
            let learning = step
                .learning
                .iter()
                .filter_map(|id| framework.learning.iter().find(|o| &o.id == id))
                .map(|o| {
                    let action = Action {
                        id: String::new(),
                        title: o.title.clone(),
                        learning: Some(o.id.clone()),
                        competencies: o.grows.iter().map(|g| g.competency.clone()).collect(),
                        milestones: vec![],
                        target_date: String::new(),
                        status: ActionStatus::Planned,
                        updated: String::new(),
                    };
                    view! {
                        <li>
                            {format!("{} ({}, {}) ", o.title, o.kind.label(), weeks(o.duration_weeks))}
                            <AddToPlan action label=format!("Add “{}” to my plan", o.title) />
                        </li>
                    }
                })
                .collect::<Vec<_>>();
            let milestones = framework
                .level(&step.to)
                .map(|(_, level)| {
                    level
                        .milestones
                        .iter()
                        .filter(|m| step.milestones.contains(&m.id))
                        .map(|m| {
                            let action = Action {
                                id: String::new(),
                                title: m.title.clone(),
                                learning: None,
                                competencies: vec![],
                                milestones: vec![crate::core::assessment::milestone_key(&step.to, &m.id)],
                                target_date: String::new(),
                                status: ActionStatus::Planned,
                                updated: String::new(),
                            };
                            view! {
                                <li>
                                    {format!("{} (about {}) ", m.title, months(m.horizon_months))}
                                    <AddToPlan action label=format!("Add milestone “{}” to my plan", m.title) />
                                </li>
                            }
                        })
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default();
            let prerequisites = step
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
                .collect::<Vec<_>>();
            let (from_title, to_title) = (title_of(framework, &step.from), title_of(framework, &step.to));
            let summary = format!("{how} into {} · about {}", track_name(framework, &step.to.track), months(step.months));
            view! {
                <li class="step">
                    <h4>
                        {format!("{from_title} → ")}
                        <A href=paths::role(&step.to)>{to_title}</A>
                    </h4>
                    <p class="muted">{summary}</p>
                    {(!prerequisites.is_empty()).then(|| view! { <p class="small-heading">"Prerequisites"</p> <ul class="compact">{prerequisites}</ul> })}
                    {if gaps.is_empty() { view! { <p>"No competency to grow for this step."</p> }.into_any() } else { view! { <p class="small-heading">"Competencies to grow"</p> <ul class="compact">{gaps}</ul> }.into_any() }}
                    {(!learning.is_empty()).then(|| view! { <p class="small-heading">"Learning that closes the gaps"</p> <ul class="compact">{learning}</ul> })}
                    {(!milestones.is_empty()).then(|| view! { <p class="small-heading">"Milestones to show"</p> <ul class="compact">{milestones}</ul> })}
                </li>
            }
        })
        .collect_view();
    view! {
        <article class="path" class:recommended=rank == 0>
            <h3>{heading}</h3>
            <ol class="steps">{steps}</ol>
        </article>
    }
}

/// A button adding an action to the plan, or saying it is already there.
#[component]
fn AddToPlan(
    /// The action to add (its ID is assigned on adding).
    action: Action,
    /// Accessible name of the button.
    label: String,
) -> impl IntoView {
    let data = use_my_data();
    let title = action.title.clone();
    let planned = move || data.with(|a| a.plan.actions.iter().any(|x| x.title == title));
    move || {
        if planned() {
            view! { <span class="muted">"(in your plan)"</span> }.into_any()
        } else {
            let action = action.clone();
            view! {
                <button type="button" class="link-button" on:click=move |_| {
                    let action = action.clone();
                    data.update(move |a| {
                        let mut action = action.clone();
                        action.id = a.plan.next_id("a");
                        action.updated = now_iso();
                        a.plan.actions.push(action);
                    });
                }>{label.clone()}</button>
            }
            .into_any()
        }
    }
}

/// The actions and check-ins of the development plan.
#[component]
fn DevelopmentPlanView() -> impl IntoView {
    let data = use_my_data();
    let framework = data.framework();
    let progress = move || data.with(|a| a.plan.progress());
    let own_title = RwSignal::new(String::new());
    let own_competency = RwSignal::new(String::new());
    let own_date = RwSignal::new(String::new());
    let add_own = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let title = own_title.get().trim().to_string();
        if title.is_empty() {
            return;
        }
        let competency = own_competency.get();
        let date = own_date.get();
        data.update(move |a| {
            let id = a.plan.next_id("a");
            a.plan.actions.push(Action {
                id,
                title: title.clone(),
                learning: None,
                competencies: if competency.is_empty() { vec![] } else { vec![competency.clone()] },
                milestones: vec![],
                target_date: date.clone(),
                status: ActionStatus::Planned,
                updated: now_iso(),
            });
        });
        own_title.set(String::new());
    };
    let checkin_date = RwSignal::new(today());
    let checkin_note = RwSignal::new(String::new());
    let add_checkin = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let note = checkin_note.get().trim().to_string();
        if note.is_empty() {
            return;
        }
        let date = checkin_date.get();
        data.update(move |a| {
            let id = a.plan.next_id("c");
            a.plan.checkins.push(CheckIn { id, date: date.clone(), note: note.clone() });
            a.plan.checkins.sort_by(|x, y| x.date.cmp(&y.date));
        });
        checkin_note.set(String::new());
    };
    let actions = move || {
        data.with(|a| a.plan.actions.clone())
            .into_iter()
            .map(|action| {
                let id = action.id.clone();
                let develops: Vec<String> = action
                    .competencies
                    .iter()
                    .filter_map(|c| framework.competency(c).map(|c| c.name.clone()))
                    .chain(action.milestones.iter().map(|_| "a milestone".to_string()))
                    .collect();
                let (status_id, date_id, remove_id) = (id.clone(), id.clone(), id.clone());
                let title = action.title.clone();
                view! {
                    <tr>
                        <th scope="row">{action.title.clone()}</th>
                        <td>{develops.join(", ")}</td>
                        <td>
                            <label class="visually-hidden" for=format!("date-{id}")>{format!("Target date for {title}")}</label>
                            <input id=format!("date-{id}") type="date" prop:value=action.target_date.clone() on:change=move |ev| {
                                let (id, date) = (date_id.clone(), event_target_value(&ev));
                                data.update(move |a| if let Some(x) = a.plan.actions.iter_mut().find(|x| x.id == id) { x.target_date = date.clone(); x.updated = now_iso(); });
                            } />
                        </td>
                        <td>
                            <label class="visually-hidden" for=format!("status-{id}")>{format!("Status of {title}")}</label>
                            <select id=format!("status-{id}") on:change=move |ev| {
                                let id = status_id.clone();
                                if let Some(status) = ActionStatus::from_id(&event_target_value(&ev)) {
                                    data.update(move |a| if let Some(x) = a.plan.actions.iter_mut().find(|x| x.id == id) { x.status = status; x.updated = now_iso(); });
                                }
                            }>
                                {ActionStatus::ALL.map(|s| view! { <option value=s.id() selected=action.status == s>{s.label()}</option> }).collect_view()}
                            </select>
                            <span class="print-only">{action.status.label()}</span>
                        </td>
                        <td>
                            <button type="button" class="link-button" on:click=move |_| {
                                let id = remove_id.clone();
                                data.update(move |a| a.plan.actions.retain(|x| x.id != id));
                            }>{format!("Remove “{}”", action.title)}</button>
                        </td>
                    </tr>
                }
            })
            .collect_view()
    };
    let checkins = move || {
        data.with(|a| a.plan.checkins.clone())
            .into_iter()
            .map(|c| view! { <li><strong>{c.date.clone()}</strong>{format!(": {}", c.note)}</li> })
            .collect_view()
    };
    view! {
        <section aria-labelledby="plan-heading">
            <h2 id="plan-heading">"My development plan"</h2>
            <p role="status">{move || { let (done, total) = progress(); format!("{done} of {total} actions done.") }}</p>
            <div class="table-scroll" tabindex="0" role="region" aria-label="Plan actions">
                <table class="plan-actions">
                    <thead><tr><th scope="col">"Action"</th><th scope="col">"Develops"</th><th scope="col">"Target date"</th><th scope="col">"Status"</th><th scope="col"><span class="visually-hidden">"Remove"</span></th></tr></thead>
                    <tbody>{actions}</tbody>
                </table>
            </div>
            <form class="own-action" on:submit=add_own>
                <div class="field">
                    <label for="own-title">"My own action"</label>
                    <input id="own-title" prop:value=own_title on:input=move |ev| own_title.set(event_target_value(&ev)) />
                </div>
                <div class="field">
                    <label for="own-competency">"Develops (optional)"</label>
                    <select id="own-competency" on:change=move |ev| own_competency.set(event_target_value(&ev))>
                        <option value="">"—"</option>
                        {framework.competencies.iter().map(|c| view! { <option value=c.id.clone()>{c.name.clone()}</option> }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="own-date">"Target date"</label>
                    <input id="own-date" type="date" prop:value=own_date on:input=move |ev| own_date.set(event_target_value(&ev)) />
                </div>
                <button type="submit">"Add action"</button>
            </form>
            <h3>"Check-ins"</h3>
            <ul class="checkins">{checkins}</ul>
            <form class="checkin-form" on:submit=add_checkin>
                <div class="field">
                    <label for="checkin-date">"Check-in date"</label>
                    <input id="checkin-date" type="date" prop:value=checkin_date on:input=move |ev| checkin_date.set(event_target_value(&ev)) />
                </div>
                <div class="field">
                    <label for="checkin-note">"Notes from the conversation"</label>
                    <textarea id="checkin-note" rows="3" prop:value=checkin_note on:input=move |ev| checkin_note.set(event_target_value(&ev))></textarea>
                </div>
                <button type="submit">"Add check-in"</button>
            </form>
        </section>
    }
}
