//! "Not rated", then a radio per step of a competency's own scale, each with its points and
//! descriptor: how a level is chosen, for oneself on /assess and for someone else on /review.

use leptos::prelude::*;

use crate::core::display;
use crate::core::framework::{Competency, Proficiency};

#[component]
pub fn ScaleChoices(
    /// The competency whose descriptors are shown.
    competency: &'static Competency,
    /// Its own scale (`Framework::scale_of`).
    scale: &'static [Proficiency],
    /// The radio group's name, unique on the page.
    name: String,
    /// The chosen step's ID, if any.
    #[prop(into)]
    chosen: Signal<Option<String>>,
    /// Called with the step's ID when the person picks it.
    on_choose: Callback<&'static str>,
    /// Called when the person picks "Not rated".
    on_clear: Callback<()>,
) -> impl IntoView {
    let not_rated = view! {
        <label class="choice">
            <input
                type="radio"
                name=name.clone()
                value=""
                prop:checked=move || chosen.with(Option::is_none)
                on:change=move |_| on_clear.run(())
            />
            <span>"Not rated"</span>
        </label>
    };
    let steps = scale
        .iter()
        .map(|step| {
            let level = step.id.as_str();
            view! {
                <label class="choice">
                    <input
                        type="radio"
                        name=name.clone()
                        value=level
                        prop:checked=move || chosen.with(|c| c.as_deref() == Some(level))
                        on:change=move |_| on_choose.run(level)
                    />
                    <span>
                        <strong>{step.name.clone()}</strong>
                        {step.points.map(|points| format!(" ({})", display::points(points)))}
                        " — "
                        {competency.descriptors.get(&step.id).map(|d| d.text().to_string()).unwrap_or_default()}
                    </span>
                </label>
            }
        })
        .collect_view();
    view! {
        {not_rated}
        {steps}
    }
}
