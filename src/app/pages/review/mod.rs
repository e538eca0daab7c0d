//! "Rate someone else": a manager's workspace, apart from their own self-assessment. The
//! reviews on this device and a form to start one; the open review with the person's own
//! ratings and evidence (from their export) beside the manager's; export and delete.

mod competency_review;
mod export_delete;
mod reviews_list;
mod their_file;

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::app::components::SaveStatus;
use crate::app::review_data::ReviewData;
use competency_review::CompetencyReview;
use export_delete::{DeleteReview, ExportReview};
use reviews_list::ReviewsList;
use their_file::TheirFile;

/// The review workspace's data, provided by the private routes.
pub(super) fn use_review_data() -> ReviewData {
    expect_context::<ReviewData>()
}

#[component]
pub fn ReviewPage() -> impl IntoView {
    let data = use_review_data();
    let query = use_query_map();
    let slug = Memo::new(move |_| query.with(|q| q.get("person")));
    // What the last action on the page did, said once (a deletion, mostly).
    let outcome = RwSignal::new(None::<String>);
    // Opens the review named in the URL; `false` when there is none of that person here.
    let found = Memo::new(move |_| match slug.get() {
        Some(slug) => data.open(&slug),
        None => {
            data.close();
            false
        }
    });
    // A memo, so an edit to the review re-renders what it changed, not the whole review.
    let person = Memo::new(move |_| data.with(|r| r.person.clone()));
    let open_review = move || {
        if !found.get() {
            return slug.get().map(|slug| {
                view! {
                    <p class="alert" role="alert">
                        {format!("There is no review of “{slug}” on this device. Start one below, or pick one from the list.")}
                    </p>
                }
                .into_any()
            });
        }
        let person = person.get()?;
        Some(view! { <OpenReview person outcome /> }.into_any())
    };
    view! {
        <Title text="Rate someone else" />
        <div class="review-workspace">
            <h1>"Rate someone else"</h1>
            <p class="review-banner" role="note">
                <strong>"This is not your self-assessment. "</strong>
                "Here you rate another person, as their manager. Reviews are stored on this device apart from your own assessment, which nothing on this page reads or changes."
            </p>
            {move || outcome.get().map(|text| view! { <p class="ok" role="status">{text}</p> })}
            <ReviewsList />
            {open_review}
        </div>
    }
}

/// One person's review, open.
#[component]
fn OpenReview(person: String, outcome: RwSignal<Option<String>>) -> impl IntoView {
    let data = use_review_data();
    let framework = data.framework();
    let save_state = data.save_state();
    let notices = data.notices();
    let rated =
        Memo::new(move |_| data.with(|r| r.manager.rating_progress(framework).rated).unwrap_or_default());
    let sections = framework
        .themes()
        .into_iter()
        .map(|theme| {
            let ratings = theme
                .competencies
                .into_iter()
                .map(|competency| view! { <CompetencyReview competency /> })
                .collect_view();
            view! {
                <section class="theme">
                    <h3>{theme.name}</h3>
                    {ratings}
                </section>
            }
        })
        .collect_view();
    view! {
        <section class="open-review" aria-labelledby="review-heading">
            <h2 id="review-heading">{format!("Your review of {person}")}</h2>
            <p class="review-subject">{format!("You are rating {person}, not yourself.")}</p>
            <SaveStatus
                privacy_note="Private: your reviews never leave this browser unless you export them."
                export_from="this page"
                what="This review"
                save_state=save_state.into()
                notices=notices.into()
            />
            <TheirFile person=person.clone() />
            <section aria-labelledby="review-ratings-heading">
                <h3 id="review-ratings-heading">"Competencies: their rating and yours"</h3>
                <p class="muted">
                    {move || format!("You have rated {} of {} competencies.", rated.get(), framework.competencies.len())}
                </p>
                {sections}
            </section>
            <ExportReview person=person.clone() />
            <DeleteReview person outcome />
        </section>
    }
}
