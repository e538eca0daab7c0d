use leptos::prelude::*;

use super::reviews_kept::ReviewsKept;
use super::Outcome;
use crate::app::my_data::use_my_data;

/// Delete this framework's data from the device, after a confirmation.
#[component]
pub fn DeleteEverything(outcome: RwSignal<Option<Outcome>>) -> impl IntoView {
    let data = use_my_data();
    let confirming = RwSignal::new(false);
    let delete = move |_| {
        let deleted = data.delete_everything();
        confirming.set(false);
        outcome.set(Some(match deleted.error {
            None => Outcome::Deleted,
            Some(err) => Outcome::DeleteFailed(err.to_string()),
        }));
    };
    view! {
        <section aria-labelledby="delete-heading">
            <h2 id="delete-heading">"Delete"</h2>
            <ReviewsKept />
            <Show
                when=move || confirming.get()
                fallback=move || view! {
                    <button type="button" class="danger-outline" on:click=move |_| confirming.set(true)>"Delete everything…"</button>
                }
            >
                <div class="confirm" role="group" aria-label="Confirm deletion">
                    <p>"This removes your whole assessment for this framework, its history, your plan and any data kept aside for it from this device. Data of other frameworks stays. It can't be undone; export first if you want a copy."</p>
                    <button type="button" class="danger" on:click=delete>"Yes, delete everything"</button>
                    " "
                    <button type="button" on:click=move |_| confirming.set(false)>"Keep my data"</button>
                </div>
            </Show>
        </section>
    }
}
