use leptos::prelude::*;

use crate::browser::clock::today;
use crate::core::assessment::{Evidence, EvidenceError};

/// The evidence behind a rating or milestone, with a small form to add more. What the
/// person typed is checked by the core; a problem is said next to the form, never ignored.
#[component]
pub fn EvidenceEditor(
    /// Unique prefix for the form's element IDs.
    id: String,
    /// What the evidence is for, used in accessible names ("Evidence for System design").
    subject: String,
    /// The evidence recorded so far.
    evidence: Signal<Vec<Evidence>>,
    /// Called with a new, checked piece of evidence.
    on_add: Callback<Evidence>,
    /// Called with the piece of evidence to remove.
    on_remove: Callback<Evidence>,
) -> impl IntoView {
    let note = RwSignal::new(String::new());
    let link = RwSignal::new(String::new());
    let date = RwSignal::new(today());
    let problem = RwSignal::new(None::<EvidenceError>);
    let count = move || evidence.with(Vec::len);
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match Evidence::new(&note.get(), &link.get(), &date.get()) {
            Ok(evidence) => {
                problem.set(None);
                on_add.run(evidence);
                note.set(String::new());
                link.set(String::new());
            }
            Err(err) => problem.set(Some(err)),
        }
    };
    let error_id = format!("{id}-error");
    let list_subject = subject.clone();
    let summary_subject = subject.clone();
    view! {
        <details class="evidence">
            // Named by its subject: /assess has one per competency, and "Evidence (0)" twenty
            // times over tells a screen-reader user nothing.
            <summary>{move || format!("Evidence for {summary_subject} ({})", count())}</summary>
            <ul class="evidence-list" aria-label=format!("Evidence for {list_subject}")>
                <For
                    each=move || evidence.get().into_iter().enumerate()
                    key=|(i, e)| (*i, e.clone())
                    let((i, e))
                >
                    <EvidenceItem number=i + 1 evidence=e on_remove />
                </For>
            </ul>
            <form class="evidence-form" on:submit=add novalidate>
                <label for=format!("{id}-note")>{format!("New evidence for {subject}")}</label>
                <textarea
                    id=format!("{id}-note")
                    rows="2"
                    prop:value=note
                    aria-describedby=error_id.clone()
                    aria-invalid=move || (problem.get() == Some(EvidenceError::EmptyNote)).then_some("true")
                    on:input=move |ev| note.set(event_target_value(&ev))
                ></textarea>
                <label for=format!("{id}-link")>"Link (optional, a web address)"</label>
                <input id=format!("{id}-link") type="url" prop:value=link on:input=move |ev| link.set(event_target_value(&ev)) />
                <label for=format!("{id}-date")>"Date"</label>
                <input id=format!("{id}-date") type="date" prop:value=date on:input=move |ev| date.set(event_target_value(&ev)) />
                <p id=error_id class="field-error" role="alert">
                    {move || problem.get().map(|p| problem_text(p).to_string())}
                </p>
                <button type="submit">"Add evidence"</button>
            </form>
        </details>
    }
}

#[component]
fn EvidenceItem(number: usize, evidence: Evidence, on_remove: Callback<Evidence>) -> impl IntoView {
    let link = evidence.web_link().map(str::to_string);
    let plain_link = (link.is_none() && !evidence.link.is_empty()).then(|| evidence.link.clone());
    view! {
        <li>
            <span>{evidence.note.clone()}</span>
            {(!evidence.date.is_empty()).then(|| view! { <span class="muted">{format!(" ({})", evidence.date)}</span> })}
            {link.map(|href| view! { " " <a href=href rel="noopener noreferrer">"link"</a> })}
            {plain_link.map(|text| view! { <span class="muted">{format!(" {text}")}</span> })}
            " "
            <button type="button" class="link-button danger-link" on:click=move |_| on_remove.run(evidence.clone())>
                {format!("Remove evidence {number}")}
            </button>
        </li>
    }
}

fn problem_text(problem: EvidenceError) -> &'static str {
    match problem {
        EvidenceError::EmptyNote => {
            "Write a short note first: evidence needs at least a sentence saying what you did."
        }
        EvidenceError::LinkNotWeb => "The link must be a web address starting with https:// or http://.",
        EvidenceError::BadDate => "The date must be a calendar date.",
    }
}
