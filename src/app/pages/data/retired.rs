use leptos::prelude::*;

use crate::app::my_data::use_my_data;
use crate::app::wording::Label;
use crate::core::assessment::Retired;

/// Ratings the framework no longer has a place for, kept so nothing is lost.
#[component]
pub fn RetiredData() -> impl IntoView {
    let data = use_my_data();
    let retired = Memo::new(move |_| data.with(|a| a.retired.clone()));
    let names = Memo::new(move |_| data.with(|a| a.framework.competency_names.clone()));
    let lines = move |retired: &Retired| {
        let names = names.get();
        let ratings = retired.ratings.iter().map(|(id, r)| {
            let name = names.get(id).unwrap_or(id);
            match &r.proficiency {
                Some(level) => format!("{name}: {level}"),
                None => format!("{name}: not rated, {} piece(s) of evidence", r.evidence.len()),
            }
        });
        let milestones =
            retired.milestones.iter().map(|(key, m)| format!("Milestone {key}: {}", m.status.label()));
        ratings.chain(milestones).map(|line| view! { <li>{line}</li> }).collect_view()
    };
    view! {
        <Show when=move || retired.with(|r| !r.is_empty())>
            <section aria-labelledby="retired-heading">
                <h2 id="retired-heading">"Retired"</h2>
                <p>"The framework has no place for these; they stay in your data and exports."</p>
                <ul>{move || retired.with(lines)}</ul>
            </section>
        </Show>
    }
}
