//! Sending the manager's ratings to the person, and deleting a review.

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use super::use_review_data;
use crate::app::paths;
use crate::browser::clock::today;
use crate::browser::files::download;
use crate::core::assessment::review::person_slug;

#[component]
pub fn ExportReview(person: String) -> impl IntoView {
    let data = use_review_data();
    let problem = RwSignal::new(None::<String>);
    let slug = person_slug(&person).unwrap_or_else(|_| "someone".into());
    let export = move |_| {
        let Some(text) = data.export_text() else { return };
        let file = format!("mosaic-review-of-{slug}-{}.json", today());
        problem.set(download(&file, &text, "application/json").err());
    };
    view! {
        <section aria-labelledby="review-export-heading">
            <h3 id="review-export-heading">"Share your ratings"</h3>
            <p>{format!("Send the file to {person}. They open it on their “My data” page, under “Compare with a manager or peer”, to see your ratings beside their own. It holds your ratings and evidence only, not their file.")}</p>
            <button type="button" on:click=export>{format!("Export your ratings of {person}")}</button>
            {move || problem.get().map(|p| view! { <p class="alert" role="alert">{format!("The file could not be offered: {p}")}</p> })}
        </section>
    }
}

#[component]
pub fn DeleteReview(person: String, outcome: RwSignal<Option<String>>) -> impl IntoView {
    let data = use_review_data();
    let navigate = use_navigate();
    let confirming = RwSignal::new(false);
    let failed = RwSignal::new(None::<String>);
    let who = person.clone();
    let delete = move |_| {
        let Some(deleted) = data.delete() else { return };
        confirming.set(false);
        match deleted.error {
            None => {
                outcome.set(Some(format!("Your review of {who} was deleted from this device.")));
                navigate(paths::without_base(&paths::review(None)), Default::default());
            }
            Some(err) => failed.set(Some(format!("Not everything could be deleted: {err}. Try again."))),
        }
    };
    let confirm_text = format!("This removes your review of {person} (your ratings, your evidence and their file) from this device. Your own assessment and your other reviews stay. It can't be undone; export first if you want a copy.");
    view! {
        <section aria-labelledby="review-delete-heading">
            <h3 id="review-delete-heading">"Delete this review"</h3>
            {move || failed.get().map(|f| view! { <p class="alert" role="alert">{f}</p> })}
            <Show
                when=move || confirming.get()
                fallback=move || view! {
                    <button type="button" class="danger" on:click=move |_| confirming.set(true)>"Delete this review…"</button>
                }
            >
                <div class="confirm" role="group" aria-label="Confirm deleting the review">
                    <p>{confirm_text.clone()}</p>
                    <button type="button" class="danger" on:click=delete.clone()>{format!("Yes, delete the review of {person}")}</button>
                    " "
                    <button type="button" on:click=move |_| confirming.set(false)>"Keep the review"</button>
                </div>
            </Show>
        </section>
    }
}
