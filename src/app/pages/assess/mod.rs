//! The private self-assessment: a profile, a rating per competency with the descriptors in
//! view, evidence, and progress on the milestones of a role of interest.

mod competency_rating;
mod milestones;
mod profile;

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;

use crate::app::components::PrivateStatus;
use crate::app::my_data::use_my_data;
use crate::app::paths;
use competency_rating::CompetencyRating;
use milestones::MilestoneProgressForm;
use profile::ProfileForm;

#[component]
pub fn AssessPage() -> impl IntoView {
    let data = use_my_data();
    let framework = data.framework();
    let rated = data.select(|a| a.rated_count());
    let mut themes: Vec<&'static str> = Vec::new();
    for c in &framework.competencies {
        if !themes.contains(&c.theme.as_str()) {
            themes.push(&c.theme);
        }
    }
    let sections = themes
        .into_iter()
        .map(|theme| {
            let ratings = framework
                .competencies
                .iter()
                .filter(|c| c.theme == theme)
                .map(|competency| view! { <CompetencyRating competency /> })
                .collect_view();
            view! {
                <section class="theme">
                    <h3>{theme}</h3>
                    {ratings}
                </section>
            }
        })
        .collect_view();
    view! {
        <Title text="Assess myself" />
        <h1>"Assess myself"</h1>
        <PrivateStatus />
        <p class="lead">
            "Rate each competency against the framework's descriptions, add evidence where you have it, and mark progress on milestones. Everything saves as you go."
        </p>
        <ProfileForm />
        <section aria-labelledby="ratings-heading">
            <h2 id="ratings-heading">"Competencies"</h2>
            <p class="muted">{move || format!("{} of {} rated.", rated.get(), framework.competencies.len())}</p>
            {sections}
        </section>
        <MilestoneProgressForm />
        <p class="page-actions">
            <A href=paths::fit()>"See where you fit"</A>
        </p>
    }
}
