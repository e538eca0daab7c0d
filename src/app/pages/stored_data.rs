use leptos::prelude::*;

use crate::browser::files::download;
use crate::browser::local_storage::LocalStore;
use crate::core::assessment::stored::{stored_copies, Holdings, StoredCopy};

/// Every assessment stored on this device, each with an export and a delete. Shown on the
/// private pages when the framework can't load: the person's data doesn't need the framework,
/// and an author's typo must not lock anyone out of it.
#[component]
pub fn StoredData() -> impl IntoView {
    let (copies, unreadable) = match stored_copies(&LocalStore) {
        Ok(copies) => (copies, None),
        Err(err) => (Vec::new(), Some(format!("The stored data can't be listed: {err}."))),
    };
    let copies = RwSignal::new(copies);
    let outcome = RwSignal::new(unreadable);
    view! {
        <section class="stored-data" aria-labelledby="stored-data-heading">
            <h2 id="stored-data-heading">"Your data on this device"</h2>
            <p>
                "Your self-assessment is stored in this browser and doesn't depend on the framework file. "
                "While the file is being fixed you can still export a copy or delete it."
            </p>
            <Show
                when=move || copies.with(|c| !c.is_empty())
                fallback=|| view! { <p>"No self-assessment is stored in this browser."</p> }
            >
                <ul class="stored-copies">
                    <For each=move || copies.get() key=|copy| copy.key.clone() let:copy>
                        <StoredCopyItem copy copies outcome />
                    </For>
                </ul>
            </Show>
            <p role="status">{move || outcome.get()}</p>
        </section>
    }
}

fn holdings_text(holdings: &Holdings) -> String {
    let count = |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    format!(
        "Holds {}, {}, {} and {}.",
        count(holdings.ratings, "rating", "ratings"),
        count(holdings.milestones, "milestone with progress", "milestones with progress"),
        count(holdings.snapshots, "snapshot", "snapshots"),
        count(holdings.plan_actions, "plan action", "plan actions"),
    )
}

/// One stored copy: what it is, an export, and a delete that asks first.
#[component]
fn StoredCopyItem(
    /// The copy as read when the page opened.
    copy: StoredCopy,
    /// The list it belongs to; a deleted copy leaves it.
    copies: RwSignal<Vec<StoredCopy>>,
    /// The latest export or delete outcome, announced to screen readers.
    outcome: RwSignal<Option<String>>,
) -> impl IntoView {
    let name = match &copy.kept_aside_at {
        None => format!("Data for framework \"{}\"", copy.framework_id),
        Some(at) => format!(
            "Data for framework \"{}\", kept aside on {} at {} UTC",
            copy.framework_id,
            at.get(..10).unwrap_or(at),
            at.get(11..16).unwrap_or_default(),
        ),
    };
    let contents = match &copy.contents {
        Ok(holdings) => holdings_text(holdings),
        // Every reason is a sentence ending in a full stop.
        Err(reason) => {
            format!("This version of Mosaic can't read it. {reason} Export it to keep it as it is.")
        }
    };
    let label = name.clone();
    let confirming = RwSignal::new(false);
    let file_name = copy.export_file_name();
    let raw = copy.raw.clone();
    let export = move |_| match download(&file_name, &raw, "application/json") {
        Ok(()) => outcome.set(Some(format!("Exported as {file_name}."))),
        Err(err) => outcome.set(Some(format!("The export failed: {err}"))),
    };
    let framework_id = copy.framework_id.clone();
    let delete = move |_| match copy.delete(&mut LocalStore) {
        Ok(()) => {
            copies.update(|copies| copies.retain(|c| c.key != copy.key));
            outcome.set(Some(format!("Deleted the data for framework \"{framework_id}\" from this device.")));
        }
        Err(err) => {
            confirming.set(false);
            outcome.set(Some(format!("Nothing was deleted: {err}.")));
        }
    };
    view! {
        <li>
            <div role="group" aria-label=label>
                <h3>{name}</h3>
                <p>{contents}</p>
                <button type="button" on:click=export>"Export"</button>
                " "
                <Show
                    when=move || confirming.get()
                    fallback=move || {
                        view! {
                            <button type="button" class="danger-outline" on:click=move |_| confirming.set(true)>"Delete…"</button>
                        }
                    }
                >
                    <div class="confirm" role="group" aria-label="Confirm deletion">
                        <p>"This removes this copy from this device. It can't be undone; export it first to keep it."</p>
                        <button type="button" class="danger" on:click=delete.clone()>"Yes, delete it"</button>
                        " "
                        <button type="button" on:click=move |_| confirming.set(false)>"Keep it"</button>
                    </div>
                </Show>
            </div>
        </li>
    }
}
