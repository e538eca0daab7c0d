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
    let weighted = level.expectations.iter().any(|e| e.weight != 1.0);
    let items =
        level.expectations.iter().map(|expectation| view! { <ExpectationItem expectation /> }).collect_view();
    view! {
        <section aria-labelledby="expectations-heading">
            <h2 id="expectations-heading">"What this role expects"</h2>
            {weighted
                .then(|| {
                    view! {
                        <p>
                            "A weight says how much an expectation counts towards readiness compared with the others; those without one count 1."
                        </p>
                    }
                })}
            <ul class="expectations">{items}</ul>
        </section>
    }
}

/// One expectation: competency, proficiency on the competency's own scale, what it looks like.
#[component]
fn ExpectationItem(expectation: &'static Expectation) -> impl IntoView {
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
                    {(expectation.weight != 1.0).then(|| view! { <span class="weight">{format!(" · weight {}", expectation.weight)}</span> })}
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
