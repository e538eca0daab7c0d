use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

use super::NotFound;
use crate::app::components::{PayRange, ProficiencyBadge};
use crate::app::{paths, use_framework};
use crate::core::display::months;
use crate::core::framework::{RoleRef, Route};

/// One role: what it expects per competency, the milestones that show readiness, what it
/// pays, and the roles that usually come next.
#[component]
pub fn RolePage() -> impl IntoView {
    let params = use_params_map();
    move || {
        let map = params.read();
        let role = RoleRef::new(map.get("track").unwrap_or_default(), map.get("level").unwrap_or_default());
        let loaded = use_framework();
        let framework = &loaded.framework;
        let Some((track, level)) = framework.level(&role) else {
            return view! { <NotFound what=format!("role \"{}/{}\"", role.track, role.level) /> }.into_any();
        };
        let band = framework.band(&level.band);
        let expectations = level
            .expectations
            .iter()
            .map(|e| {
                let competency = framework.competency(&e.competency);
                let name = competency.map(|c| c.name.clone()).unwrap_or_else(|| e.competency.clone());
                let descriptor = competency
                    .and_then(|c| c.descriptors.get(&e.proficiency))
                    .map(|d| d.text().to_string())
                    .unwrap_or_default();
                let steps = framework.scale_of_id(&e.competency).len();
                let rank = framework.proficiency_rank(&e.competency, &e.proficiency).unwrap_or(0);
                let proficiency = framework
                    .proficiency(&e.competency, &e.proficiency)
                    .map(|p| p.name.clone())
                    .unwrap_or_default();
                view! {
                    <tr>
                        <th scope="row">
                            <A href=paths::competency(&e.competency)>{name}</A>
                        </th>
                        <td>
                            <ProficiencyBadge rank steps name=proficiency />
                        </td>
                        <td>{descriptor}</td>
                        <td class="num">{format!("{}", e.weight)}</td>
                    </tr>
                }
            })
            .collect_view();
        let milestones = level
            .milestones
            .iter()
            .map(|m| {
                view! {
                    <li class="milestone">
                        <h3>{m.title.clone()}</h3>
                        <dl class="facts">
                            <dt>"Evidence"</dt>
                            <dd>{m.evidence.clone()}</dd>
                            <dt>"Verified by"</dt>
                            <dd>{m.verification.clone()}</dd>
                            <dt>"Typical time"</dt>
                            <dd>{months(m.horizon_months)}</dd>
                        </dl>
                    </li>
                }
            })
            .collect_view();
        let next = framework
            .next_roles(&role)
            .into_iter()
            .filter_map(|next| {
                let (next_track, next_level) = framework.level(&next.role)?;
                // The same figure /plan shows as the step's typical time.
                let typical = months(framework.typical_months(level, next_level, &next.route));
                let how = match &next.route {
                    Route::Promotion if next.role.track == role.track => {
                        view! { <p class="route">{format!("Next level in this track · typically {typical}")}</p> }.into_any()
                    }
                    Route::Promotion => {
                        view! { <p class="route">{format!("Promotion into {} · typically {typical}", next_track.name)}</p> }.into_any()
                    }
                    Route::Mobility(rule) => {
                        let prerequisites = rule
                            .prerequisites
                            .iter()
                            .map(|p| view! { <li>{p.summary.clone()}</li> })
                            .collect_view();
                        let outcomes = rule.outcomes.iter().map(|o| view! { <li>{o.clone()}</li> }).collect_view();
                        view! {
                            <p class="route">
                                {format!("{} into {} · typically {typical}", rule.kind.label(), next_track.name)}
                            </p>
                            {(!rule.prerequisites.is_empty())
                                .then(|| view! { <p class="small-heading">"Prerequisites"</p> <ul>{prerequisites}</ul> })}
                            {(!rule.outcomes.is_empty())
                                .then(|| view! { <p class="small-heading">"Expected outcomes"</p> <ul>{outcomes}</ul> })}
                        }
                            .into_any()
                    }
                };
                Some(view! {
                    <li class="next-role">
                        <h3>
                            <A href=paths::role(&next.role)>{next_level.title.clone()}</A>
                        </h3>
                        <p class="muted">{format!("{} · band {}", next_track.name, next_level.band)}</p>
                        {how}
                        <A href=paths::compare(Some(&role), Some(&next.role)) attr:class="compare-link">
                            {format!("Compare with {}", next_level.title)}
                        </A>
                    </li>
                })
            })
            .collect::<Vec<_>>();
        let successor = level.sunset.as_ref().or(track.sunset.as_ref()).map(|sunset| {
            let successor = sunset.successor.as_ref().and_then(|s| framework.level(s).map(|(_, l)| (s.clone(), l.title.clone())));
            view! {
                <p class="sunset">
                    {format!("This role is being phased out from {}.", sunset.date)}
                    {successor.map(|(r, title)| view! { " Its successor is " <A href=paths::role(&r)>{title}</A> "." })}
                </p>
            }
        });
        view! {
            <Title text=format!("{} — {}", level.title, track.name) />
            <nav aria-label="Breadcrumb" class="breadcrumb">
                <A href=paths::home()>"Tracks"</A>
                " / "
                <A href=paths::track(&track.id)>{track.name.clone()}</A>
                " / "
                <span aria-current="page">{level.title.clone()}</span>
            </nav>
            <h1>{level.title.clone()}</h1>
            <p class="kind">
                {format!("{} · {} ({})", track.name, band.map(|b| b.name.clone()).unwrap_or_default(), level.band)}
            </p>
            {successor}
            <p class="lead">{level.summary.clone()}</p>
            <dl class="facts role-facts">
                <dt>"Impact"</dt>
                <dd>{level.impact.clone()}</dd>
                <dt>"Autonomy"</dt>
                <dd>{level.autonomy.clone()}</dd>
                <dt>"Influence"</dt>
                <dd>{level.influence.clone()}</dd>
                <dt>"Scope of the band"</dt>
                <dd>{band.map(|b| b.scope.clone()).unwrap_or_default()}</dd>
                <dt>"Pay (yearly)"</dt>
                <dd>
                    <PayRange pay=framework.compensation(&role).cloned() />
                </dd>
            </dl>
            <section aria-labelledby="expectations-heading">
                <h2 id="expectations-heading">"What this role expects"</h2>
                <div class="table-scroll" tabindex="0" role="region" aria-labelledby="expectations-heading">
                    <table class="expectations">
                        <thead>
                            <tr>
                                <th scope="col">"Competency"</th>
                                <th scope="col">"Proficiency"</th>
                                <th scope="col">"What it looks like"</th>
                                <th scope="col" class="num">"Weight"</th>
                            </tr>
                        </thead>
                        <tbody>{expectations}</tbody>
                    </table>
                </div>
            </section>
            <section aria-labelledby="milestones-heading">
                <h2 id="milestones-heading">"Milestones"</h2>
                <p>"Observable evidence that someone is ready for this role."</p>
                <ul class="milestone-list">{milestones}</ul>
            </section>
            <section aria-labelledby="next-heading">
                <h2 id="next-heading">"Roles that usually come next"</h2>
                {if next.is_empty() {
                    view! { <p>"This is the top of its track, and no move to another track starts here."</p> }.into_any()
                } else {
                    view! { <ul class="next-roles">{next}</ul> }.into_any()
                }}
            </section>
            <p class="page-actions">
                <A href=paths::compare(Some(&role), None)>"Compare this role with another"</A>
            </p>
        }
            .into_any()
    }
}
