//! One role: what it expects per competency (or the points that reach it), the milestones
//! that show readiness, how promotion to it is decided, what it pays, and the roles that
//! usually come next.

mod branching;
mod expectations;
mod milestones;
mod points;
mod promotion;

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

use super::NotFound;
use crate::app::components::{ExamplesSignalsLinks, PayRange};
use crate::app::wording::describe_time_in_level;
use crate::app::wording::Label;
use crate::app::{paths, use_framework};
use crate::core::display::months;
use crate::core::framework::{RoleRef, Route};
use branching::BranchesFrom;
use expectations::Expectations;
use milestones::Milestones;
use points::PointsThresholdSection;
use promotion::PromotionProcess;

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
        // Tracks branching here are listed as promotions, so an empty list means the top.
        let top_of_track = "This is the top of its track, and no move to another track starts here.";
        let time_in_level = describe_time_in_level(framework.time_in_level(level));
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
            <BranchesFrom track level />
            <p class="lead">{level.summary.as_str()}</p>
            <dl class="facts role-facts">
                {fact("Impact", &level.impact)}
                {fact("Autonomy", &level.autonomy)}
                {fact("Influence", &level.influence)}
                {band.and_then(|b| fact("Scope of the band", &b.scope))}
                <dt>"Pay (yearly)"</dt>
                <dd>
                    <PayRange pay=framework.compensation(&role).cloned() />
                </dd>
                <dt>"Typical time in this level"</dt>
                <dd>{time_in_level}</dd>
            </dl>
            {(!level.examples.is_empty() || !level.signals.is_empty() || !level.links.is_empty())
                .then(|| {
                    view! {
                        <section aria-labelledby="practice-heading">
                            <h2 id="practice-heading">"This role in practice"</h2>
                            <ExamplesSignalsLinks examples=&level.examples signals=&level.signals links=&level.links />
                        </section>
                    }
                })}
            {if framework.has_criteria(level) {
                view! {
                    {(!level.expectations.is_empty()).then(|| view! { <Expectations level /> })}
                    {level.points.as_ref().map(|threshold| view! { <PointsThresholdSection threshold /> })}
                    <Milestones level />
                }
                    .into_any()
            } else {
                view! {
                    <p class="notice">
                        "The framework doesn't define what this role expects: it gives no expectations, milestones or points threshold for it, so readiness for it can't be measured."
                    </p>
                }
                    .into_any()
            }}
            <PromotionProcess level />
            <section aria-labelledby="next-heading">
                <h2 id="next-heading">"Roles that usually come next"</h2>
                {if next.is_empty() {
                    view! { <p>{top_of_track}</p> }.into_any()
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

/// A fact of the role, left out when the framework leaves it empty.
fn fact(term: &'static str, text: &'static str) -> Option<impl IntoView> {
    (!text.is_empty()).then(|| view! { <dt>{term}</dt> <dd>{text}</dd> })
}
