use leptos::prelude::*;

use crate::browser::storage::today;
use crate::core::assessment::Evidence;

/// The evidence behind a rating or milestone, with a small form to add more.
#[component]
pub fn EvidenceEditor(
    /// Unique prefix for the form's element IDs.
    id: String,
    /// What the evidence is for, used in accessible names ("Evidence for System design").
    subject: String,
    /// The evidence recorded so far.
    evidence: Signal<Vec<Evidence>>,
    /// Called with a new piece of evidence.
    on_add: Callback<Evidence>,
    /// Called with the index of evidence to remove.
    on_remove: Callback<usize>,
) -> impl IntoView {
    let note = RwSignal::new(String::new());
    let link = RwSignal::new(String::new());
    let date = RwSignal::new(today());
    let count = move || evidence.with(Vec::len);
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if note.get().trim().is_empty() {
            return;
        }
        on_add.run(Evidence {
            note: note.get().trim().to_string(),
            link: link.get().trim().to_string(),
            date: date.get(),
        });
        note.set(String::new());
        link.set(String::new());
    };
    let list_subject = subject.clone();
    view! {
        <details class="evidence">
            <summary>{move || format!("Evidence ({})", count())}</summary>
            <ul class="evidence-list" aria-label=format!("Evidence for {list_subject}")>
                {move || {
                    evidence
                        .get()
                        .into_iter()
                        .enumerate()
                        .map(|(i, e)| {
                            view! {
                                <li>
                                    <span>{e.note.clone()}</span>
                                    {(!e.date.is_empty()).then(|| view! { <span class="muted">{format!(" ({})", e.date)}</span> })}
                                    {is_web_link(&e.link).then(|| view! { " " <a href=e.link.clone() rel="noopener noreferrer">"link"</a> })}
                                    {(!e.link.is_empty() && !is_web_link(&e.link)).then(|| view! { <span class="muted">{format!(" {}", e.link)}</span> })}
                                    " "
                                    <button type="button" class="link-button" on:click=move |_| on_remove.run(i)>
                                        {format!("Remove evidence {}", i + 1)}
                                    </button>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
            <form class="evidence-form" on:submit=add>
                <label for=format!("{id}-note")>{format!("New evidence for {subject}")}</label>
                <textarea id=format!("{id}-note") rows="2" prop:value=note on:input=move |ev| note.set(event_target_value(&ev))></textarea>
                <label for=format!("{id}-link")>"Link (optional)"</label>
                <input id=format!("{id}-link") type="url" prop:value=link on:input=move |ev| link.set(event_target_value(&ev)) />
                <label for=format!("{id}-date")>"Date"</label>
                <input id=format!("{id}-date") type="date" prop:value=date on:input=move |ev| date.set(event_target_value(&ev)) />
                <button type="submit">"Add evidence"</button>
            </form>
        </details>
    }
}

/// Only web addresses become links: anything else (say `javascript:`) stays text.
fn is_web_link(link: &str) -> bool {
    link.starts_with("https://") || link.starts_with("http://")
}
