use std::cmp::Ordering;

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;

use crate::app::components::{PayRange, ProficiencyBadge, RoleOptions, ScrollRegion};
use crate::app::wording::describe_threshold;
use crate::app::{paths, use_framework};
use crate::core::compare::{
    compare_bands, compare_points, compare_roles, tally, ComparisonTally, WhoExpectsMore,
};
use crate::core::display::pay_range;
use crate::core::framework::{Framework, PointsThreshold, RoleRef};

/// Any two roles side by side, differences highlighted. The choice lives in the URL
/// (`?a=track/level&b=track/level`), so a comparison can be linked to.
#[component]
pub fn ComparePage() -> impl IntoView {
    let query = use_query_map();
    let role_at = move |key: &str| query.read().get(key).and_then(|k| paths::parse_role_key(&k));
    let navigate = use_navigate();
    // Arrow keys on a closed select change it once per key press. The first change in a
    // picker adds a history entry; the changes that follow while focus stays in that same
    // picker replace it. So Back returns to the comparison shown before the person started
    // choosing, not through every role the arrow keys passed; leaving the picker (blur) or
    // changing the other one makes the next change a new entry again.
    let choosing = StoredValue::new(None::<&'static str>);
    let choose = move |key: &'static str| {
        let navigate = navigate.clone();
        move |ev: leptos::ev::Event| {
            let value = paths::parse_role_key(&event_target_value(&ev));
            let (a, b) = if key == "a" { (value, role_at("b")) } else { (role_at("a"), value) };
            let replace = choosing.get_value() == Some(key);
            choosing.set_value(Some(key));
            navigate(
                paths::without_base(&paths::compare(a.as_ref(), b.as_ref())),
                NavigateOptions { replace, scroll: false, ..Default::default() },
            );
        }
    };
    let done_choosing = move |_: leptos::ev::FocusEvent| choosing.set_value(None);
    let loaded = use_framework();
    let framework: &'static Framework = &loaded.framework;
    let title = move || match (role_at("a"), role_at("b")) {
        (Some(a), Some(b)) => match role_names(framework, &a, &b) {
            Some((name_a, name_b)) => format!("Compare {name_a} and {name_b}"),
            None => "Compare roles".to_string(),
        },
        _ => "Compare roles".to_string(),
    };
    view! {
        <Title text=title />
        <h1>"Compare roles"</h1>
        <p class="lead">"Pick any two roles, in any tracks, to see how their expectations differ."</p>
        <div class="compare-pickers">
            <RolePicker id="role-a" label="First role" selected=Signal::derive(move || role_at("a")) on_blur=done_choosing on_change=choose("a") />
            <RolePicker id="role-b" label="Second role" selected=Signal::derive(move || role_at("b")) on_blur=done_choosing on_change=choose("b") />
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
    /// Called when the select loses focus (the person is done choosing).
    on_blur: impl FnMut(leptos::ev::FocusEvent) + 'static,
    /// Called with the change event when another role is chosen.
    on_change: impl FnMut(leptos::ev::Event) + 'static,
) -> impl IntoView {
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <select id=id on:blur=on_blur on:change=on_change>
                <option value="" selected=move || selected.get().is_none()>
                    "Choose a role…"
                </option>
                <RoleOptions selected />
            </select>
        </div>
    }
}

/// The comparison table for two chosen roles. On a wide screen a column per role; on a
/// phone each row is a card with both roles one under the other, each cell labelled with its
/// role's name (the same table, restyled), so the second role is never off-screen.
#[component]
fn Comparison(
    /// The first role.
    a: RoleRef,
    /// The second role.
    b: RoleRef,
) -> impl IntoView {
    let loaded = use_framework();
    let framework: &Framework = &loaded.framework;
    let (Some((track_a, level_a)), Some((track_b, level_b)), Some((name_a, name_b)), Some(rows)) = (
        framework.level(&a),
        framework.level(&b),
        role_names(framework, &a, &b),
        compare_roles(framework, &a, &b),
    ) else {
        return view! { <p class="error">"One of these roles is not in this framework; choose again."</p> }
            .into_any();
    };
    // Each competency is shown on its own scale: steps differ from one competency to another.
    let step_name = move |competency: &str, rank: Option<usize>| {
        rank.and_then(|rank| framework.scale_of_id(competency).get(rank)).map(|step| step.name.clone())
    };
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
    // Shown on a phone, where the column headers are no longer above the cell.
    let (label_a, label_b) = (name_a.clone(), name_b.clone());
    let cell = move |first: bool, content: AnyView| {
        let label = if first { label_a.clone() } else { label_b.clone() };
        view! {
            <td>
                <span class="cell-role">{label}</span>
                {content}
            </td>
        }
    };
    let summary = describe_tally(tally(&rows), rows.len(), &name_a, &name_b);
    let band_order = compare_bands(framework, &a, &b);
    let band_differs = band_order != Some(Ordering::Equal);
    let band_name = |id: &str| match framework.band(id) {
        Some(band) => format!("{} ({id})", band.name),
        None => id.to_string(),
    };
    let higher_band = match band_order {
        Some(Ordering::Greater) => Some(name_a.clone()),
        Some(Ordering::Less) => Some(name_b.clone()),
        _ => None,
    }
    .map(|name| view! { <span class="direction">{format!("{name} is in the higher band")}</span> });
    let people_differs = track_a.manages_people != track_b.manages_people;
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
            let direction = describe_direction(
                row.who_expects_more(),
                (&name_a, step_name(&row.competency, row.a)),
                (&name_b, step_name(&row.competency, row.b)),
            );
            view! {
                <tr class:differs=row.differs()>
                    <th scope="row">
                        <A href=paths::competency(&row.competency)>{name}</A>
                        <span class="direction">{direction}</span>
                    </th>
                    {cell(true, view! { {badge(&row.competency, row.a)} {words(&row.text_a)} }.into_any())}
                    {cell(false, view! { {badge(&row.competency, row.b)} {words(&row.text_b)} }.into_any())}
                </tr>
            }
        })
        .collect_view();
    view! {
        <p role="status">{summary}</p>
        <ScrollRegion class="comparison-scroll" label="Comparison">
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
                        <th scope="row">"Band" {marker(band_differs)} {higher_band}</th>
                        {cell(true, band_name(&level_a.band).into_any())}
                        {cell(false, band_name(&level_b.band).into_any())}
                    </tr>
                    <tr class:differs=pay_differs>
                        <th scope="row">"Pay (yearly)" {marker(pay_differs)}</th>
                        {cell(true, view! { <PayRange pay=pay_a /> }.into_any())}
                        {cell(false, view! { <PayRange pay=pay_b /> }.into_any())}
                    </tr>
                    <tr class:differs=people_differs>
                        <th scope="row">"Manages people" {marker(people_differs)}</th>
                        {cell(true, if track_a.manages_people { "Yes" } else { "No" }.into_any())}
                        {cell(false, if track_b.manages_people { "Yes" } else { "No" }.into_any())}
                    </tr>
                    {points
                        .map(|(differs, a, b)| {
                            view! {
                                <tr class:differs=differs>
                                    <th scope="row">"Points threshold" {marker(differs)}</th>
                                    {cell(true, a.into_any())}
                                    {cell(false, b.into_any())}
                                </tr>
                            }
                        })}
                    {body}
                </tbody>
            </table>
        </ScrollRegion>
    }
    .into_any()
}

/// The two roles' names as the page shows them; two roles with the same title (on different
/// tracks) are told apart by their track. `None` when either is not in the framework.
fn role_names(framework: &Framework, a: &RoleRef, b: &RoleRef) -> Option<(String, String)> {
    let ((track_a, level_a), (track_b, level_b)) = (framework.level(a)?, framework.level(b)?);
    Some(if level_a.title == level_b.title && track_a.id != track_b.id {
        (format!("{} ({})", level_a.title, track_a.name), format!("{} ({})", level_b.title, track_b.name))
    } else {
        (level_a.title.clone(), level_b.title.clone())
    })
}

/// Which role expects more of one competency, with the steps on its scale:
/// "Staff Engineer expects more: Expert vs Practitioner".
fn describe_direction(
    who: WhoExpectsMore,
    (name_a, step_a): (&str, Option<String>),
    (name_b, step_b): (&str, Option<String>),
) -> String {
    let (step_a, step_b) = (step_a.unwrap_or_default(), step_b.unwrap_or_default());
    match who {
        WhoExpectsMore::Same if step_a.is_empty() => "Neither role expects it".to_string(),
        WhoExpectsMore::Same => format!("Both expect {step_a}"),
        WhoExpectsMore::First => format!("{name_a} expects more: {step_a} vs {step_b}"),
        WhoExpectsMore::Second => format!("{name_b} expects more: {step_b} vs {step_a}"),
        WhoExpectsMore::OnlyFirst => format!("Only {name_a} expects it"),
        WhoExpectsMore::OnlySecond => format!("Only {name_b} expects it"),
    }
}

/// "Of 12 competencies, Principal Engineer expects more in 5, Director in 4, and both
/// expect the same step in 3." (the last part only when some are the same).
fn describe_tally(tally: ComparisonTally, total: usize, name_a: &str, name_b: &str) -> String {
    let count = |n: usize| if n == 0 { "none".to_string() } else { n.to_string() };
    let competencies = if total == 1 { "competency" } else { "competencies" };
    let (first, second) = (count(tally.first_more), count(tally.second_more));
    if tally.same == 0 {
        format!("Of {total} {competencies}, {name_a} expects more in {first} and {name_b} in {second}.")
    } else {
        format!(
            "Of {total} {competencies}, {name_a} expects more in {first}, {name_b} in {second}, and both expect the same step in {}.",
            tally.same
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_direction_names_the_role_and_both_steps() {
        let steps = |a: &str, b: &str| {
            (("Staff Engineer", Some(a.to_string())), ("Engineering Manager", Some(b.to_string())))
        };
        let (a, b) = steps("Expert", "Practitioner");
        assert_eq!(
            describe_direction(WhoExpectsMore::First, a, b),
            "Staff Engineer expects more: Expert vs Practitioner"
        );
        let (a, b) = steps("Practitioner", "Expert");
        assert_eq!(
            describe_direction(WhoExpectsMore::Second, a, b),
            "Engineering Manager expects more: Expert vs Practitioner"
        );
        let (a, b) = steps("Expert", "Expert");
        assert_eq!(describe_direction(WhoExpectsMore::Same, a, b), "Both expect Expert");
        assert_eq!(
            describe_direction(
                WhoExpectsMore::OnlySecond,
                ("Staff Engineer", None),
                ("Engineering Manager", Some("Expert".into()))
            ),
            "Only Engineering Manager expects it"
        );
    }

    #[test]
    fn the_summary_counts_each_side() {
        let none_same = ComparisonTally { same: 0, first_more: 5, second_more: 7 };
        assert_eq!(
            describe_tally(none_same, 12, "Senior Engineer", "Manager"),
            "Of 12 competencies, Senior Engineer expects more in 5 and Manager in 7."
        );
        let tally = ComparisonTally { same: 3, first_more: 5, second_more: 0 };
        assert_eq!(
            describe_tally(tally, 8, "Staff Engineer", "Manager"),
            "Of 8 competencies, Staff Engineer expects more in 5, Manager in none, and both expect the same step in 3."
        );
    }
}
