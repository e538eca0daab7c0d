//! One competency's rating: a radio per proficiency with its descriptor, and evidence.
//! Each reads its own selected values, so a click re-renders this competency only.
//! A hidden rating stays mounted: its level and the evidence being typed are kept.

use leptos::prelude::*;

use crate::app::components::{EvidenceEditor, ScaleChoices};
use crate::app::focus::dom_id;
use crate::app::my_data::use_my_data;
use crate::browser::clock::now_iso;
use crate::core::assessment::Evidence;
use crate::core::framework::Competency;

/// The element ID of a competency's rating, which takes focus when "Show more" reveals it.
pub fn rating_element_id(competency: &str) -> String {
    dom_id(&["rating", competency])
}

#[component]
pub fn CompetencyRating(
    /// The competency rated, on its own scale.
    competency: &'static Competency,
    /// While true, the competency is hidden once it has a level (a page's "hide what I've
    /// rated" view); never hidden when not given.
    #[prop(optional, into)]
    hide_when_rated: Signal<bool>,
) -> impl IntoView {
    let data = use_my_data();
    let framework = data.framework();
    let id = competency.id.as_str();
    let name = format!("rate-{id}");
    let current = data.select(move |a| a.proficiency(id).map(str::to_string));
    let evidence = data.select(move |a| a.rating_evidence(id).to_vec());
    let on_choose = Callback::new(move |level: &'static str| {
        let now = now_iso();
        data.update(move |a| {
            // The level comes from the framework's own scale, so it always applies.
            let _ = a.rate(framework, id, level, &now);
        })
    });
    let on_clear = Callback::new(move |()| {
        let now = now_iso();
        data.update(move |a| a.unrate(id, &now))
    });
    let options = view! {
        <ScaleChoices competency scale=framework.scale_of(competency) name chosen=current on_choose on_clear />
    };
    let on_add = Callback::new(move |evidence: Evidence| {
        let now = now_iso();
        data.update(move |a| a.add_rating_evidence(id, evidence.clone(), &now))
    });
    let on_remove = Callback::new(move |evidence: Evidence| {
        let now = now_iso();
        data.update(move |a| a.remove_rating_evidence(id, &evidence, &now))
    });
    view! {
        <fieldset
            class="rating"
            id=rating_element_id(id)
            tabindex="-1"
            class:rated=move || current.with(Option::is_some)
            hidden=move || hide_when_rated.get() && current.with(Option::is_some)
        >
            <legend>{competency.name.clone()}</legend>
            <p class="muted">{competency.description.clone()}</p>
            {options}
            <EvidenceEditor id=format!("ev-{id}") subject=competency.name.clone() evidence on_add on_remove />
        </fieldset>
    }
}
