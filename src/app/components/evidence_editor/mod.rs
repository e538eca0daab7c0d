use leptos::prelude::*;

use crate::app::announce::Announcer;
use crate::app::focus::focus_soon;
use crate::browser::clock::today;
use crate::core::assessment::{Evidence, EvidenceError};

/// The evidence behind a rating or milestone, with a small form to add more, shown when the
/// person opens it. What the
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
    let announcer = use_context::<Announcer>();
    let say = move |message: String| {
        if let Some(announcer) = announcer {
            announcer.say(message);
        }
    };
    let note_id = format!("{id}-note");
    let add = {
        let (prefix, subject, note_id) = (id.clone(), subject.clone(), note_id.clone());
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            match Evidence::new(&note.get(), &link.get(), &date.get()) {
                Ok(evidence) => {
                    problem.set(None);
                    on_add.run(evidence);
                    note.set(String::new());
                    link.set(String::new());
                    say(format!("Evidence added for {subject}."));
                }
                // Said by the error paragraph (an alert that is always there); focus goes to
                // the field to fix.
                Err(err) => {
                    problem.set(Some(err));
                    focus_soon(match err {
                        EvidenceError::LinkNotWeb => format!("{prefix}-link"),
                        EvidenceError::BadDate => format!("{prefix}-date"),
                        EvidenceError::EmptyNote => note_id.clone(),
                    });
                }
            }
        }
    };
    // The removed item's button goes: focus moves to the button now in its place, else the
    // one before, else the note of the form to add more.
    let remove = {
        let (id, subject, note_id) = (id.clone(), subject.clone(), note_id.clone());
        Callback::new(move |(number, removed): (usize, Evidence)| {
            let left = evidence.with_untracked(Vec::len).saturating_sub(1);
            on_remove.run(removed);
            say(format!("Evidence {number} for {subject} removed."));
            focus_soon(match left {
                0 => note_id.clone(),
                left => remove_button_id(&id, number.min(left)),
            });
        })
    };
    let error_id = format!("{id}-error");
    let list_subject = subject.clone();
    let summary_subject = subject.clone();
    let list_id = id.clone();
    // The list and the form exist only while the disclosure is open: /assess has an editor per
    // competency, and a thousand closed forms cost the browser seconds to scan (issue 14). What
    // was typed lives in the signals above, so closing and opening again keeps it.
    let open = RwSignal::new(false);
    let body = move || {
        let (id, subject, list_id, error_id, note_id) =
            (id.clone(), subject.clone(), list_id.clone(), error_id.clone(), note_id.clone());
        let add = add.clone();
        view! {
            <ul class="evidence-list" aria-label=format!("Evidence for {list_subject}")>
                <For
                    each=move || evidence.get().into_iter().enumerate()
                    key=|(i, e)| (*i, e.clone())
                    let((i, e))
                >
                    <EvidenceItem number=i + 1 evidence=e on_remove=remove button_id=remove_button_id(&list_id, i + 1) />
                </For>
            </ul>
            <form class="evidence-form" on:submit=add novalidate>
                <label for=note_id.clone()>{format!("New evidence for {subject}")}</label>
                <textarea
                    id=note_id
                    required
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
        }
    };
    let on_toggle = move |ev: leptos::ev::Event| {
        open.set(event_target::<web_sys::Element>(&ev).has_attribute("open"));
    };
    view! {
        <details class="evidence" on:toggle=on_toggle>
            // Named by its subject: /assess has one per competency, and "Evidence (0)" twenty
            // times over tells a screen-reader user nothing.
            <summary>{move || format!("Evidence for {summary_subject} ({})", count())}</summary>
            {move || open.get().then(body.clone())}
        </details>
    }
}

/// The ID of the Remove button of an editor's evidence `number` (from 1).
fn remove_button_id(editor: &str, number: usize) -> String {
    format!("{editor}-remove-{number}")
}

#[component]
fn EvidenceItem(
    number: usize,
    evidence: Evidence,
    /// Called with the item's number and evidence.
    on_remove: Callback<(usize, Evidence)>,
    /// The Remove button's ID.
    button_id: String,
) -> impl IntoView {
    let link = evidence.web_link().map(str::to_string);
    let plain_link = (link.is_none() && !evidence.link.is_empty()).then(|| evidence.link.clone());
    view! {
        <li>
            <span>{evidence.note.clone()}</span>
            {(!evidence.date.is_empty()).then(|| view! { <span class="muted">{format!(" ({})", evidence.date)}</span> })}
            {link.map(|href| view! { " " <a href=href rel="noopener noreferrer">"link"</a> })}
            {plain_link.map(|text| view! { <span class="muted">{format!(" {text}")}</span> })}
            " "
            <button type="button" id=button_id class="link-button danger-link" on:click=move |_| on_remove.run((number, evidence.clone()))>
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
