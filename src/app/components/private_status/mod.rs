use leptos::prelude::*;

use crate::app::my_data::use_my_data;
use crate::app::wording::{describe_change, describe_save_state_exporting_from};
use crate::browser::files::download;
use crate::core::assessment::session::{Notice, SaveState};

/// Heads every private page: where the data lives, whether the last change is saved, and
/// anything the person must know (framework changes, data that couldn't be read).
#[component]
pub fn PrivateStatus() -> impl IntoView {
    let data = use_my_data();
    let save_state = data.save_state();
    let notices = data.notices();
    view! {
        <SaveStatus
            privacy_note="Private: your assessment never leaves this browser unless you export it."
            export_from="“My data”"
            what="Your assessment"
            save_state=save_state.into()
            notices=notices.into()
        />
    }
}

/// Where some data lives, whether its last change is saved, and what its session has to
/// say: the person's own assessment ([`PrivateStatus`]) or a manager's review.
#[component]
pub fn SaveStatus(
    /// Where the data lives and who sees it, in one sentence.
    privacy_note: &'static str,
    /// Where the person can export it, named as the page names it ("“My data”").
    export_from: &'static str,
    /// What the data is, to start a sentence ("Your assessment").
    what: &'static str,
    /// The session's save state.
    save_state: Signal<SaveState>,
    /// The session's notices.
    notices: Signal<Vec<Notice>>,
) -> impl IntoView {
    let state = move || {
        let message = save_state.with(|s| describe_save_state_exporting_from(s, export_from));
        if message.alert {
            view! { <p class="save-state alert" role="alert">{message.text}</p> }.into_any()
        } else {
            view! { <p class="save-state ok" role="status">{message.text}</p> }.into_any()
        }
    };
    let notices = move || {
        notices
            .get()
            .into_iter()
            .map(|notice| match notice {
                Notice::FrameworkChanged(changes) => view! {
                    <div class="notice" role="note">
                        <p><strong>"The framework has changed since you last saved. "</strong>{format!("{what} was updated:")}</p>
                        <ul>{changes.iter().map(|c| view! { <li>{describe_change(c)}</li> }).collect_view()}</ul>
                    </div>
                }
                .into_any(),
                Notice::Unreadable { reason, kept_at, raw, while_open } => {
                    let file = format!(
                        "{}.json",
                        kept_at.as_deref().unwrap_or("mosaic-unreadable-data").replace(':', "-")
                    );
                    let what = if kept_at.is_some() && while_open {
                        "It has been kept untouched on this device, and what you see here was saved in its place."
                    } else if kept_at.is_some() {
                        "It has been kept untouched on this device, and you are starting afresh."
                    } else {
                        "It could not be moved aside, so it is left untouched where it was and nothing will be saved over it; your changes stay on screen."
                    };
                    view! {
                        <div class="notice alert" role="alert">
                            <p>
                                <strong>"Your saved data could not be read. "</strong>
                                {format!("{reason} {what}")}
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
            <p class="privacy-note">{privacy_note}</p>
            {state}
            {notices}
        </div>
    }
}
