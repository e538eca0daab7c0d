use leptos::prelude::*;

use crate::app::my_data::use_my_data;
use crate::app::wording::{describe_change, describe_save_state};
use crate::browser::files::download;
use crate::core::assessment::session::Notice;

/// Heads every private page: where the data lives, whether the last change is saved, and
/// anything the person must know (framework changes, data that couldn't be read).
#[component]
pub fn PrivateStatus() -> impl IntoView {
    let data = use_my_data();
    let save_state = data.save_state();
    let notices = data.notices();
    let state = move || {
        let message = save_state.with(describe_save_state);
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
                        <p><strong>"The framework has changed since you last saved. "</strong>"Your assessment was updated:"</p>
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
            <p class="privacy-note">"Private: your assessment never leaves this browser unless you export it."</p>
            {state}
            {notices}
        </div>
    }
}
