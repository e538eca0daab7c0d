use leptos::prelude::*;

use crate::app::my_data::{use_my_data, Notice, SaveState};
use crate::browser::storage::{download, StorageError};

/// Heads every private page: where the data lives, whether the last change is saved, and
/// anything the person must know (framework changes, data that couldn't be read).
#[component]
pub fn PrivateStatus() -> impl IntoView {
    let data = use_my_data();
    let state = move || {
        match data.save_state.get() {
        SaveState::Unchanged => view! { <p class="save-state" role="status">"Stored only on this device."</p> }.into_any(),
        SaveState::Saved(at) => {
            view! { <p class="save-state ok" role="status">{format!("Saved on this device at {at}.")}</p> }.into_any()
        }
        SaveState::SyncedFromOtherTab => view! {
            <p class="save-state ok" role="status">"Updated with changes made in another tab."</p>
        }
        .into_any(),
        SaveState::NotSaved(StorageError::Full) => view! {
            <p class="save-state alert" role="alert">
                "Not saved: this browser's storage for the site is full. Your last saved version is intact, and your latest change is still on screen. Export your data from “My data” to keep it, or free some space and change anything to save again."
            </p>
        }
        .into_any(),
        SaveState::NotSaved(err) => view! {
            <p class="save-state alert" role="alert">
                {format!("Not saved: {err}. Your last saved version is intact; export from “My data” to keep your latest change.")}
            </p>
        }
        .into_any(),
        SaveState::MemoryOnly(err) => view! {
            <p class="save-state alert" role="alert">
                {format!("Your data won't be kept after you close this tab: {err}. Everything works; export from “My data” to keep it.")}
            </p>
        }
        .into_any(),
    }
    };
    let notices = move || {
        data.notices
            .get()
            .into_iter()
            .map(|notice| match notice {
                Notice::FrameworkChanged(changes) => view! {
                    <div class="notice" role="note">
                        <p><strong>"The framework has changed since you last saved. "</strong>"Your assessment was updated:"</p>
                        <ul>{changes.into_iter().map(|c| view! { <li>{c}</li> }).collect_view()}</ul>
                    </div>
                }
                .into_any(),
                Notice::KeptAside { key, reason, raw } => {
                    let file = format!("{}.json", key.replace(':', "-"));
                    view! {
                        <div class="notice alert" role="alert">
                            <p>
                                <strong>"Your saved data could not be read. "</strong>
                                {format!("{reason} It has been kept untouched on this device, and you are starting afresh.")}
                            </p>
                            <button type="button" on:click=move |_| { let _ = download(&file, &raw, "application/json"); }>
                                "Download the data that could not be read"
                            </button>
                        </div>
                    }
                    .into_any()
                }
            })
            .collect_view()
    };
    view! {
        <div class="private-status">
            <p class="privacy-note">"Private: your assessment never leaves this browser unless you export it."</p>
            {state}
            {notices}
        </div>
    }
}
