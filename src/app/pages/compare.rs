use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_query_map};

use crate::app::components::{PayRange, ProficiencyBadge, RoleOptions};
use crate::app::wording::describe_threshold;
use crate::app::{paths, use_framework};
use crate::core::compare::{compare_points, compare_roles};
use crate::core::display::pay_range;
use crate::core::framework::{Framework, PointsThreshold, RoleRef};

/// Any two roles side by side, differences highlighted. The choice lives in the URL
/// (`?a=track/level&b=track/level`), so a comparison can be linked to.
#[component]
pub fn ComparePage() -> impl IntoView {
    let query = use_query_map();
    let role_at = move |key: &str| query.read().get(key).and_then(|k| paths::parse_role_key(&k));
    let navigate = use_navigate();
    let choose = move |key: &'static str| {
        let navigate = navigate.clone();
        move |ev: leptos::ev::Event| {
            let value = paths::parse_role_key(&event_target_value(&ev));
            let (a, b) = if key == "a" { (value, role_at("b")) } else { (role_at("a"), value) };
            navigate(paths::without_base(&paths::compare(a.as_ref(), b.as_ref())), Default::default());
        }
    };
    view! {
        <Title text="Compare roles" />
        <h1>"Compare roles"</h1>
        <p class="lead">"Pick any two roles, in any tracks, to see how their expectations differ."</p>
        <div class="compare-pickers">
            <RolePicker id="role-a" label="First role" selected=Signal::derive(move || role_at("a")) on_change=choose("a") />
            <RolePicker id="role-b" label="Second role" selected=Signal::derive(move || role_at("b")) on_change=choose("b") />
        </div>
        {move || match (role_at("a"), role_at("b")) {
            (Some(a), Some(b)) => view! { <Comparison a b /> }.into_any(),
            _ => view! { <p class="muted">"Choose two roles to compare them."</p> }.into_any(),
        }}
    }
}

/// A labelled select of every role, grouped by track.
#[component]
fn RolePicker(
    /// DOM id tying the label to the select.
    id: &'static str,
    /// Visible label.
    label: &'static str,
    /// The role currently chosen, if any.
    selected: Signal<Option<RoleRef>>,
    /// Called with the change event when another role is chosen.
    on_change: impl FnMut(leptos::ev::Event) + 'static,
) -> impl IntoView {
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <select id=id on:change=on_change>
                <option value="" selected=move || selected.get().is_none()>
                    "Choose a role…"
                </option>
                <RoleOptions selected />
            </select>
        </div>
    }
}

/// The comparison table for two chosen roles.
#[component]
fn Comparison(
    /// The first role.
    a: RoleRef,
    /// The second role.
    b: RoleRef,
) -> impl IntoView {
    let loaded = use_framework();
    let framework: &Framework = &loaded.framework;
    let (Some((track_a, level_a)), Some((track_b, level_b)), Some(rows)) =
        (framework.level(&a), framework.level(&b), compare_roles(framework, &a, &b))
    else {
        return view! { <p class="error">"One of these roles is not in this framework; choose again."</p> }
            .into_any();
    };
    // Each competency is shown on its own scale: steps differ from one competency to another.
    let badge = move |competency: &str, rank: Option<usize>| {
        let scale = framework.scale_of_id(competency);
        match rank.and_then(|rank| Some((rank, scale.get(rank)?))) {
            Some((rank, step)) => {
                view! { <ProficiencyBadge rank steps=scale.len() name=step.name.clone() /> }.into_any()
            }
            None => view! { <span class="muted">"Not expected"</span> }.into_any(),
        }
    };
    let words =
        |text: &Option<String>| text.clone().map(|text| view! { <span class="role-words">{text}</span> });
    let differing = rows.iter().filter(|r| r.differs()).count();
    let band_differs = level_a.band != level_b.band;
    let pay_a = framework.compensation(&a).cloned();
    let pay_b = framework.compensation(&b).cloned();
    let pay_differs = pay_a.as_ref().map(pay_range) != pay_b.as_ref().map(pay_range);
    let points = compare_points(framework, &a, &b).map(|diff| {
        let differs = diff.differs();
        let threshold = |threshold: Option<&PointsThreshold>| match threshold {
            Some(threshold) => describe_threshold(threshold),
            None => "None".to_string(),
        };
        (differs, threshold(diff.a), threshold(diff.b))
    });
    let marker = |differs: bool| differs.then(|| view! { <span class="diff-marker">"Differs"</span> });
    let body = rows
        .iter()
        .map(|row| {
            let name = framework.competency(&row.competency).map(|c| c.name.clone()).unwrap_or_default();
            let differs = row.differs();
            view! {
                <tr class:differs=differs>
                    <th scope="row">
                        <A href=paths::competency(&row.competency)>{name}</A>
                        {marker(differs)}
                    </th>
                    <td>{badge(&row.competency, row.a)} {words(&row.text_a)}</td>
                    <td>{badge(&row.competency, row.b)} {words(&row.text_b)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <p role="status">
            {format!("{differing} of {} competencies differ.", rows.len())}
        </p>
        <div class="table-scroll" tabindex="0" role="region" aria-label="Comparison">
            <table class="comparison">
                <thead>
                    <tr>
                        <th scope="col">"Aspect"</th>
                        <th scope="col">
                            <A href=paths::role(&a)>{level_a.title.clone()}</A>
                            <span class="kind">{track_a.name.clone()}</span>
                        </th>
                        <th scope="col">
                            <A href=paths::role(&b)>{level_b.title.clone()}</A>
                            <span class="kind">{track_b.name.clone()}</span>
                        </th>
                    </tr>
                </thead>
                <tbody>
                    <tr class:differs=band_differs>
                        <th scope="row">"Band" {marker(band_differs)}</th>
                        <td>{level_a.band.clone()}</td>
                        <td>{level_b.band.clone()}</td>
                    </tr>
                    <tr class:differs=pay_differs>
                        <th scope="row">"Pay (yearly)" {marker(pay_differs)}</th>
                        <td><PayRange pay=pay_a /></td>
                        <td><PayRange pay=pay_b /></td>
                    </tr>
                    <tr>
                        <th scope="row">"Manages people"</th>
                        <td>{if track_a.manages_people { "Yes" } else { "No" }}</td>
                        <td>{if track_b.manages_people { "Yes" } else { "No" }}</td>
                    </tr>
                    {points
                        .map(|(differs, a, b)| {
                            view! {
                                <tr class:differs=differs>
                                    <th scope="row">"Points threshold" {marker(differs)}</th>
                                    <td>{a}</td>
                                    <td>{b}</td>
                                </tr>
                            }
                        })}
                    {body}
                </tbody>
            </table>
        </div>
    }
    .into_any()
}
