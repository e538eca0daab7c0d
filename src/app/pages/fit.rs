use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

use super::NotFound;
use crate::app::components::{PrivateStatus, ProficiencyBadge, RadarAxis, RadarChart};
use crate::app::my_data::use_my_data;
use crate::app::paths;
use crate::core::assessment::{
    milestone_key, next_role_per_track, rank_roles, readiness, Readiness, Tier, MILESTONE_SHARE,
};
use crate::core::display::weeks;
use crate::core::framework::{Framework, RoleRef};

fn tier_class(tier: Tier) -> &'static str {
    match tier {
        Tier::ReadyNow => "tier tier-ready",
        Tier::Close => "tier tier-close",
        Tier::Stretch => "tier tier-stretch",
        Tier::Aspirational => "tier tier-aspirational",
    }
}

/// The biggest gaps of a readiness result, in words.
fn gap_summary(framework: &Framework, readiness: &Readiness, limit: usize) -> String {
    if readiness.gaps.is_empty() {
        return "Every expected competency met.".to_string();
    }
    let name = |rank: Option<usize>| {
        rank.map_or("not rated".to_string(), |r| framework.proficiency_scale[r].name.clone())
    };
    let parts: Vec<String> = readiness
        .gaps
        .iter()
        .take(limit)
        .map(|g| {
            let competency =
                framework.competency(&g.competency).map(|c| c.name.as_str()).unwrap_or(&g.competency);
            format!("{competency}: {} → {} (weight {})", name(g.current), name(Some(g.required)), g.weight)
        })
        .collect();
    let more = readiness.gaps.len().saturating_sub(limit);
    if more > 0 {
        format!("{}; and {more} more", parts.join("; "))
    } else {
        parts.join("; ")
    }
}

/// Where the person fits: readiness for every role, the best next role per track, and why.
#[component]
pub fn FitPage() -> impl IntoView {
    let data = use_my_data();
    let framework = data.framework();
    let filter = RwSignal::new(String::new());
    let best = move || {
        data.with(|a| next_role_per_track(framework, a))
            .into_iter()
            .map(|r| {
                let Some((track, level)) = framework.level(&r.role) else { return ().into_any() };
                view! {
                    <li class="fit-card">
                        <p class="kind">{track.name.clone()}</p>
                        <h3><A href=paths::gaps(&r.role)>{level.title.clone()}</A></h3>
                        <p>
                            <span class=tier_class(r.tier)>{r.tier.label()}</span>
                            {format!(" · {}% ready", r.percent())}
                        </p>
                        <p class="muted">{gap_summary(framework, &r, 2)}</p>
                    </li>
                }
                .into_any()
            })
            .collect_view()
    };
    let ranked = move || {
        let track = filter.get();
        data.with(|a| rank_roles(framework, a))
            .into_iter()
            .filter(|r| track.is_empty() || r.role.track == track)
            .map(|r| {
                let Some((t, level)) = framework.level(&r.role) else { return ().into_any() };
                view! {
                    <tr>
                        <th scope="row"><A href=paths::gaps(&r.role)>{level.title.clone()}</A></th>
                        <td>{t.name.clone()}</td>
                        <td>{level.band.clone()}</td>
                        <td class="num">{format!("{}%", r.percent())}</td>
                        <td><span class=tier_class(r.tier)>{r.tier.label()}</span></td>
                        <td>{gap_summary(framework, &r, 3)}</td>
                    </tr>
                }
                .into_any()
            })
            .collect_view()
    };
    let avoided = move || {
        data.with(|a| {
            a.profile
                .avoid
                .iter()
                .filter_map(|t| framework.track(t).map(|t| t.name.clone()))
                .collect::<Vec<_>>()
        })
    };
    let track_options = move || {
        let avoid = data.with(|a| a.profile.avoid.clone());
        framework
            .tracks
            .iter()
            .filter(|t| !avoid.contains(&t.id))
            .map(|t| view! { <option value=t.id.clone()>{t.name.clone()}</option> })
            .collect_view()
    };
    let nothing_rated = move || data.with(|a| a.ratings.is_empty());
    view! {
        <Title text="Where I fit" />
        <h1>"Where I fit"</h1>
        <PrivateStatus />
        {move || nothing_rated().then(|| view! {
            <p class="notice">"You haven't rated any competency yet, so every role shows as far away. " <A href=paths::assess()>"Assess yourself"</A> " first."</p>
        })}
        <details class="how">
            <summary>"How readiness is worked out"</summary>
            <p>
                "Each competency a role expects counts in proportion to the steps of the scale you have reached, weighted by the role's weight for it. "
                {format!("When the role has milestones, they make up {}% of readiness (achieved counts fully, in progress half).", (MILESTONE_SHARE * 100.0) as u32)}
            </p>
            <ul>
                {Tier::ALL.into_iter().map(|t| view! { <li><span class=tier_class(t)>{t.label()}</span>{format!(": {}", t.rule())}</li> }).collect_view()}
            </ul>
        </details>
        {move || {
            let avoided = avoided();
            (!avoided.is_empty()).then(|| view! { <p class="muted">{format!("Not shown, as you asked: {}.", avoided.join(", "))}</p> })
        }}
        <section aria-labelledby="best-heading">
            <h2 id="best-heading">"Best next role in each track"</h2>
            <ul class="fit-cards">{best}</ul>
        </section>
        <section aria-labelledby="all-heading">
            <h2 id="all-heading">"All roles, most ready first"</h2>
            <div class="field narrow">
                <label for="fit-track">"Track"</label>
                <select id="fit-track" on:change=move |ev| filter.set(event_target_value(&ev))>
                    <option value="">"All tracks"</option>
                    {track_options}
                </select>
            </div>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="all-heading">
                <table class="fit-table">
                    <thead>
                        <tr>
                            <th scope="col">"Role"</th>
                            <th scope="col">"Track"</th>
                            <th scope="col">"Band"</th>
                            <th scope="col" class="num">"Readiness"</th>
                            <th scope="col">"Tier"</th>
                            <th scope="col">"Biggest gaps"</th>
                        </tr>
                    </thead>
                    <tbody>{ranked}</tbody>
                </table>
            </div>
        </section>
    }
}

/// The gaps between the person and one role: per competency, with the learning that
/// closes each, the role's milestones, and a radar chart of the same data.
#[component]
pub fn GapPage() -> impl IntoView {
    let params = use_params_map();
    let data = use_my_data();
    let framework = data.framework();
    move || {
        let map = params.read();
        let role = RoleRef::new(map.get("track").unwrap_or_default(), map.get("level").unwrap_or_default());
        let Some((track, level)) = framework.level(&role) else {
            return view! { <NotFound what=format!("role \"{}/{}\"", role.track, role.level) /> }.into_any();
        };
        let assessment = data.get();
        let Some(result) = readiness(framework, &assessment, &role) else { return ().into_any() };
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
            .map(|e| {
                let competency = framework.competency(&e.competency);
                let name = competency.map(|c| c.name.clone()).unwrap_or_else(|| e.competency.clone());
                let required = framework.proficiency_rank(&e.proficiency).unwrap_or(0);
                let current = assessment.proficiency(&e.competency).and_then(|p| framework.proficiency_rank(p));
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
            .map(|m| {
                let status = assessment.milestone_status(&milestone_key(&role, &m.id));
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
