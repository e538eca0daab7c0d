//! What a role expects, competency by competency: the role's own words when it has them,
//! with the competency's general description for that proficiency still at hand.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::app::components::{ExamplesSignalsLinks, ProficiencyBadge};
use crate::app::{paths, use_framework};
use crate::core::framework::{Descriptor, Expectation, Level};

#[component]
pub fn Expectations(
    /// The role whose expectations are listed.
    level: &'static Level,
) -> impl IntoView {
    // With every weight at zero or below, readiness counts them all the same (the scoring's
    // rule), so no weight is worth a word.
    let weighted = level.expectations.iter().any(|e| e.weight != 1.0)
        && level.expectations.iter().any(|e| e.weight > 0.0);
    let items = level
        .expectations
        .iter()
        .map(|expectation| view! { <ExpectationItem expectation weighted /> })
        .collect_view();
    view! {
        <section aria-labelledby="expectations-heading">
            <h2 id="expectations-heading">"What this role expects"</h2>
            {weighted
                .then(|| {
                    view! {
                        <p>
                            "Some competencies count more than others when the self-assessment works out how ready someone is for this role; each says how much, compared with a competency without a mark."
                        </p>
                    }
                })}
            <ul class="expectations">{items}</ul>
        </section>
    }
}

/// One expectation: competency, proficiency on the competency's own scale, what it looks like.
#[component]
fn ExpectationItem(
    /// The expectation.
    expectation: &'static Expectation,
    /// Whether the role's weights differ, so this one's is worth saying.
    weighted: bool,
) -> impl IntoView {
    let framework = &use_framework().framework;
    let competency = framework.competency(&expectation.competency);
    let name = competency.map_or(expectation.competency.as_str(), |c| c.name.as_str());
    let descriptor: Option<&'static Descriptor> =
        competency.and_then(|c| c.descriptors.get(&expectation.proficiency));
    let steps = framework.scale_of_id(&expectation.competency).len();
    let rank = framework.proficiency_rank(&expectation.competency, &expectation.proficiency).unwrap_or(0);
    let proficiency = framework
        .proficiency(&expectation.competency, &expectation.proficiency)
        .map_or("", |p| p.name.as_str());
    let lists = |descriptor: &'static Descriptor| {
        view! {
            <ExamplesSignalsLinks
                examples=descriptor.examples()
                signals=descriptor.signals()
                links=descriptor.links()
            />
        }
    };
    // The role's own words come first, with the general description one click away; without
    // them the general description is what the role expects.
    let (main_text, general) = match (expectation.text.as_deref(), descriptor) {
        (Some(text), Some(descriptor)) => (
            Some(text),
            Some(
                view! {
                    <details class="general">
                        <summary>{format!("General description at {proficiency}")}</summary>
                        <p>{descriptor.text()}</p>
                        {lists(descriptor)}
                    </details>
                }
                .into_any(),
            ),
        ),
        (Some(text), None) => (Some(text), None),
        (None, Some(descriptor)) => (
            Some(descriptor.text()),
            lists_phrase(descriptor).map(|phrase| {
                view! {
                    <details class="general">
                        <summary>{format!("{phrase} at {proficiency}")}</summary>
                        {lists(descriptor)}
                    </details>
                }
                .into_any()
            }),
        ),
        (None, None) => (None, None),
    };
    view! {
        <li class="expectation">
            <div class="expectation-head">
                <h3>
                    <A href=paths::competency(&expectation.competency)>{name}</A>
                </h3>
                <p>
                    <ProficiencyBadge rank steps name=proficiency.to_string() />
                    {describe_weight(expectation.weight).filter(|_| weighted).map(|weight| view! { <span class="weight">{format!(" · {weight}")}</span> })}
                </p>
            </div>
            <div class="expectation-body">
                {main_text.map(|text| view! { <p>{text}</p> })}
                <ExamplesSignalsLinks
                    examples=&expectation.examples
                    signals=&expectation.signals
                    links=&expectation.links
                />
                {general}
            </div>
        </li>
    }
}

/// What a weight means for readiness, compared with an unmarked competency (weight 1);
/// `None` for weight 1. Readiness sums each expectation's share times its weight.
fn describe_weight(weight: f64) -> Option<String> {
    if weight == 1.0 {
        return None;
    }
    if weight <= 0.0 {
        return Some("doesn't count towards readiness".to_string());
    }
    let times = if weight == 0.5 {
        "half".to_string()
    } else if weight == 2.0 {
        "twice".to_string()
    } else if weight == 3.0 {
        "three times".to_string()
    } else {
        format!("{weight} times")
    };
    Some(format!("counts {times} as much"))
}

/// "Examples", "Signals and further reading", "Examples, signals and further reading"… for
/// what a descriptor has; `None` when it has none of them.
fn lists_phrase(descriptor: &Descriptor) -> Option<String> {
    let parts: Vec<&str> = [
        (!descriptor.examples().is_empty()).then_some("examples"),
        (!descriptor.signals().is_empty()).then_some("signals"),
        (!descriptor.links().is_empty()).then_some("further reading"),
    ]
    .into_iter()
    .flatten()
    .collect();
    let phrase = match parts.as_slice() {
        [] => return None,
        [one] => one.to_string(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    };
    let mut chars = phrase.chars();
    Some(
        chars.next().map_or(String::new(), |first| first.to_uppercase().collect::<String>() + chars.as_str()),
    )
}

#[cfg(test)]
mod tests {
    use super::describe_weight;

    #[test]
    fn a_weight_is_said_against_an_unmarked_competency() {
        assert_eq!(describe_weight(1.0), None);
        assert_eq!(describe_weight(2.0).as_deref(), Some("counts twice as much"));
        assert_eq!(describe_weight(1.5).as_deref(), Some("counts 1.5 times as much"));
        assert_eq!(describe_weight(0.5).as_deref(), Some("counts half as much"));
        assert_eq!(describe_weight(0.0).as_deref(), Some("doesn't count towards readiness"));
    }
}
