//! `/studio/preview/me`: what publishing the draft would change in the person's own
//! self-assessment on this device, in the very notes the private pages would show. Reads
//! the stored assessment and writes nothing (`changes_for_me` takes the store read-only).

use leptos::prelude::*;
use leptos_meta::Title;

use crate::app::use_framework;
use crate::app::wording::describe_change;
use crate::browser::local_storage::LocalStore;
use crate::core::studio::{changes_for_me, ChangesForMe};

#[component]
pub fn ChangesForMePage() -> impl IntoView {
    let framework = &use_framework().framework;
    let answer = match changes_for_me(&LocalStore, framework) {
        ChangesForMe::NothingStored => view! {
            <p>
                {format!(
                    "You have no self-assessment for this framework (“{}”) on this device, so publishing this draft changes nothing for you here.",
                    framework.meta.id
                )}
            </p>
        }
        .into_any(),
        ChangesForMe::StorageUnavailable(error) => {
            view! { <p>{format!("Your stored self-assessment can't be looked at: {error}.")}</p> }.into_any()
        }
        ChangesForMe::Unreadable(reason) => view! {
            <p>
                {format!(
                    "Your stored self-assessment for this framework can't be read ({reason}). After publishing, the private pages would keep it aside untouched and start afresh, as they would today."
                )}
            </p>
        }
        .into_any(),
        ChangesForMe::Reconciled { saved_with_version, changes } if changes.is_empty() => view! {
            <p>
                {format!(
                    "Nothing in your self-assessment (last saved with version {saved_with_version}) would change: every rating, milestone, role and track it names is still in the draft."
                )}
            </p>
        }
        .into_any(),
        ChangesForMe::Reconciled { saved_with_version, changes } => view! {
            <p>{format!("Your self-assessment was last saved with version {saved_with_version}. After publishing, your private pages would show you this note:")}</p>
            <div class="notice" role="note" aria-label="The note you would see">
                <p><strong>"The framework has changed since you last saved. "</strong>"Your assessment was updated:"</p>
                <ul>{changes.iter().map(|c| view! { <li>{describe_change(c)}</li> }).collect_view()}</ul>
            </div>
        }
        .into_any(),
    };
    view! {
        <Title text="What changes for me" />
        <h1>"What changes for me"</h1>
        <p class="lead">
            "Your own self-assessment on this device, as it would read after this draft is published. Only read here: nothing stored is changed."
        </p>
        {answer}
    }
}
