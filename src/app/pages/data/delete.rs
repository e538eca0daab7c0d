use leptos::prelude::*;

use super::reviews_kept::ReviewsKept;
use super::{tell, Outcome};
use crate::app::focus::focus_soon;
use crate::app::my_data::use_my_data;

const DELETE_BUTTON_ID: &str = "delete-everything";
const CONFIRM_DELETE_ID: &str = "confirm-delete-everything";

/// Delete this framework's data from the device, after a confirmation. Opening the
/// confirmation moves focus to its answer, so the next Tab doesn't skip past it.
#[component]
pub fn DeleteEverything(outcome: RwSignal<Option<Outcome>>) -> impl IntoView {
    let data = use_my_data();
    let confirming = RwSignal::new(false);
    let delete = move |_| {
        let deleted = data.delete_everything();
        confirming.set(false);
        let said = match deleted.error {
            None => Outcome::Deleted,
            Some(err) => Outcome::DeleteFailed(err.to_string()),
        };
        // The confirmation goes: the outcome at the top takes focus and is said.
        tell(outcome, said, data);
    };
    // "Keep my data" closes the confirmation: focus goes back to the button that opened it.
    let keep = move |_| {
        confirming.set(false);
        data.announcer().say("Nothing was deleted.");
        focus_soon(DELETE_BUTTON_ID);
    };
    let open = move |_| {
        confirming.set(true);
        focus_soon(CONFIRM_DELETE_ID);
    };
    view! {
        <section aria-labelledby="delete-heading">
            <h2 id="delete-heading">"Delete"</h2>
            <ReviewsKept />
            <Show
                when=move || confirming.get()
                fallback=move || view! {
                    <button type="button" id=DELETE_BUTTON_ID class="danger-outline" on:click=open>"Delete everything…"</button>
                }
            >
                <div class="confirm" role="group" aria-label="Confirm deletion">
                    <p>"This removes your whole assessment for this framework, its history, your plan and any data kept aside for it from this device. Data of other frameworks stays. It can't be undone; export first if you want a copy."</p>
                    <button type="button" id=CONFIRM_DELETE_ID class="danger" on:click=delete>"Yes, delete everything"</button>
                    " "
                    <button type="button" on:click=keep>"Keep my data"</button>
                </div>
            </Show>
        </section>
    }
}
