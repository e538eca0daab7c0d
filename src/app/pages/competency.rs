use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

use super::NotFound;
use crate::app::components::{ExamplesSignalsLinks, ProficiencyBadge, ScrollRegion};
use crate::app::wording::Label;
use crate::app::{paths, use_framework};
use crate::core::display::weeks;
use crate::core::framework::RoleRef;

/// One competency: what it looks like at each proficiency, which roles expect it, and the
/// learning that grows it.
#[component]
pub fn CompetencyPage() -> impl IntoView {
    let params = use_params_map();
    move || {
        let id = params.read().get("competency").unwrap_or_default();
        let loaded = use_framework();
        let framework = &loaded.framework;
        let Some(competency) = framework.competency(&id) else {
            return view! { <NotFound what=format!("competency \"{id}\"") /> }.into_any();
        };
        let scale = framework.scale_of(competency);
        let steps = scale.len();
        let with_points = framework.scale_has_points(competency);
        let descriptors = scale
            .iter()
            .enumerate()
            .map(|(rank, p)| {
                let descriptor = competency.descriptors.get(&p.id);
                view! {
                    <tr>
                        <th scope="row">
                            <ProficiencyBadge rank steps name=p.name.clone() />
                        </th>
                        <td>
                            {descriptor.map(|d| d.text())}
                            {descriptor
                                .map(|d| {
                                    view! { <ExamplesSignalsLinks examples=d.examples() signals=d.signals() links=d.links() /> }
                                })}
                        </td>
                        {with_points.then(|| view! { <td class="num">{p.points.unwrap_or(0)}</td> })}
                    </tr>
                }
            })
            .collect_view();
        // The scale is named only when there is more than one to tell apart.
        let scale_name = framework.has_several_scales().then(|| {
            let name = competency
                .scale
                .as_deref()
                .and_then(|id| framework.scale(id))
                .map_or("the framework's general scale", |s| s.name.as_str());
            format!(" · rated on {name}, {steps} steps")
        });
        let roles = framework
            .roles()
            .filter_map(|(role, track, level): (RoleRef, _, _)| {
                let expectation = level.expectations.iter().find(|e| e.competency == competency.id)?;
                let proficiency =
                    framework.proficiency(&competency.id, &expectation.proficiency)?.name.clone();
                Some(view! {
                    <li>
                        <A href=paths::role(&role)>{level.title.clone()}</A>
                        {format!(" ({}) — {proficiency}", track.name)}
                        {expectation.text.as_deref().map(|text| view! { <span class="role-words">{text}</span> })}
                    </li>
                })
            })
            .collect::<Vec<_>>();
        let learning = framework
            .learning
            .iter()
            .filter_map(|o| {
                let growth = o.grows.iter().find(|g| g.competency == competency.id)?;
                let up_to = framework.proficiency(&competency.id, &growth.up_to)?.name.clone();
                Some(view! {
                    <li>
                        <strong>{o.title.clone()}</strong>
                        {format!(" — {}, {}, up to {up_to}. ", o.kind.label(), weeks(o.duration_weeks))}
                        {o.description.clone()}
                    </li>
                })
            })
            .collect::<Vec<_>>();
        view! {
            <Title text=competency.name.clone() />
            <h1>{competency.name.clone()}</h1>
            <p class="kind">{format!("Competency · {}", competency.theme)}{scale_name}</p>
            <p class="lead">{competency.description.clone()}</p>
            <section aria-labelledby="levels-heading">
                <h2 id="levels-heading">"At each proficiency"</h2>
                <ScrollRegion heading_id="levels-heading">
                    <table class="descriptors">
                        <thead>
                            <tr>
                                <th scope="col">"Proficiency"</th>
                                <th scope="col">"What it looks like"</th>
                                {with_points.then(|| view! { <th scope="col" class="num">"Points"</th> })}
                            </tr>
                        </thead>
                        <tbody>{descriptors}</tbody>
                    </table>
                </ScrollRegion>
            </section>
            <section aria-labelledby="roles-heading">
                <h2 id="roles-heading">"Roles that expect it"</h2>
                {if roles.is_empty() {
                    view! { <p>"No role lists this competency yet."</p> }.into_any()
                } else {
                    view! { <ul class="plain-list">{roles}</ul> }.into_any()
                }}
            </section>
            <section aria-labelledby="learning-heading">
                <h2 id="learning-heading">"Ways to grow it"</h2>
                {if learning.is_empty() {
                    view! { <p>"No learning opportunity lists this competency yet."</p> }.into_any()
                } else {
                    view! { <ul class="plain-list">{learning}</ul> }.into_any()
                }}
            </section>
        }
        .into_any()
    }
}
