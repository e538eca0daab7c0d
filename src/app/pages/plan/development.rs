//! The development plan: its actions (with progress, dates and status), the person's own
//! actions and the check-ins with their manager.

use leptos::prelude::*;

use super::try_update;
use crate::app::components::ScrollRegion;
use crate::app::focus::{dom_id, focus_soon};
use crate::app::my_data::use_my_data;
use crate::app::wording::Label;
use crate::browser::clock::{now_iso, today};
use crate::core::assessment::{Action, ActionStatus, EmptyNote, NotAdded};
use crate::core::display::date_in_words;

/// The actions and check-ins of the development plan.
#[component]
pub fn DevelopmentPlanView() -> impl IntoView {
    let data = use_my_data();
    let progress = move || data.with(|a| a.plan.progress());
    let action_ids = move || data.with(|a| a.plan.actions.iter().map(|x| x.id.clone()).collect::<Vec<_>>());
    let checkins = move || data.with(|a| a.plan.checkins.clone());
    view! {
        <section aria-labelledby="plan-heading">
            // Focusable: where focus goes when the last action is removed, and from "On this page".
            <h2 id="plan-heading" tabindex="-1">"My development plan"</h2>
            <p role="status">{move || { let (done, total) = progress(); format!("{done} of {total} actions done.") }}</p>
            <ScrollRegion label="Plan actions">
                <table class="plan-actions cards-on-phone">
                    <thead><tr><th scope="col">"Action"</th><th scope="col">"Develops"</th><th scope="col">"Target date"</th><th scope="col">"Status"</th><th scope="col"><span class="visually-hidden">"Remove"</span></th></tr></thead>
                    <tbody>
                        <For each=action_ids key=|id| id.clone() let:id>
                            <ActionRow id />
                        </For>
                    </tbody>
                </table>
            </ScrollRegion>
            <OwnActionForm />
            <h3 id="checkins-heading" tabindex="-1">"Check-ins"</h3>
            <ul class="checkins">
                <For each=checkins key=|c| c.id.clone() let:c>
                    <li><strong>{c.date}</strong>{format!(": {}", c.note)}</li>
                </For>
            </ul>
            <CheckInForm />
        </section>
    }
}

/// One action of the plan, updated in place when it changes.
#[component]
fn ActionRow(
    /// The action's ID.
    id: String,
) -> impl IntoView {
    let data = use_my_data();
    let framework = data.framework();
    let action = {
        let id = id.clone();
        Memo::new(move |_| data.with(|a| a.plan.actions.iter().find(|x| x.id == id).cloned()))
    };
    let field =
        move |f: fn(&Action) -> String| move || action.with(|a| a.as_ref().map(f).unwrap_or_default());
    let title = field(|a| a.title.clone());
    let develops = move || {
        action.with(|a| {
            let Some(a) = a else { return String::new() };
            a.competencies
                .iter()
                .filter_map(|c| framework.competency(c).map(|c| c.name.clone()))
                .chain(a.milestones.iter().map(|_| "a milestone".to_string()))
                .collect::<Vec<_>>()
                .join(", ")
        })
    };
    let status = move || action.with(|a| a.as_ref().map(|a| a.status).unwrap_or_default());
    let (date_id, status_id, remove_id) = (id.clone(), id.clone(), id.clone());
    view! {
        <tr>
            <th scope="row">{title}</th>
            <td data-label="Develops">{develops}</td>
            <td data-label="Target date">
                <label class="visually-hidden" for=format!("date-{id}")>{move || format!("Target date for {}", title())}</label>
                <input id=format!("date-{id}") class="screen-only" type="date" prop:value=field(|a| a.target_date.clone()) on:change=move |ev| {
                    let (date, id, now) = (event_target_value(&ev), date_id.clone(), now_iso());
                    data.update(move |a| { a.plan.set_action_date(&id, &date, &now); });
                } />
                // Printed, the date is words: an empty date box on paper reads as a form to fill.
                <span class="print-only">{move || action.with(|a| match a {
                    Some(a) if !a.target_date.is_empty() => date_in_words(&a.target_date),
                    _ => "No date".to_string(),
                })}</span>
            </td>
            <td data-label="Status">
                <label class="visually-hidden" for=format!("status-{id}")>{move || format!("Status of {}", title())}</label>
                <select id=format!("status-{id}") on:change=move |ev| {
                    if let Some(status) = ActionStatus::from_id(&event_target_value(&ev)) {
                        let (id, now) = (status_id.clone(), now_iso());
                        data.update(move |a| { a.plan.set_action_status(&id, status, &now); });
                    }
                }>
                    {ActionStatus::ALL.map(|s| view! { <option value=s.id() selected=move || status() == s>{s.label()}</option> }).collect_view()}
                </select>
                <span class="print-only">{move || status().label()}</span>
            </td>
            <td>
                <button type="button" id=remove_button_id(&id) class="link-button danger-link" on:click=move |_| {
                    let id = remove_id.clone();
                    // The button goes with its row: focus moves to the next row's, else the
                    // previous row's, else the plan's heading.
                    let next = data.with_untracked(|a| {
                        let ids: Vec<&str> = a.plan.actions.iter().map(|x| x.id.as_str()).collect();
                        let at = ids.iter().position(|x| *x == id)?;
                        ids.get(at + 1).or_else(|| at.checked_sub(1).and_then(|i| ids.get(i))).map(|x| remove_button_id(x))
                    });
                    let said = format!("Removed “{}” from your plan.", title());
                    data.update_saying(move |a| { a.plan.remove_action(&id); }, said);
                    focus_soon(next.unwrap_or_else(|| "plan-heading".to_string()));
                }>{move || format!("Remove “{}”", title())}</button>
            </td>
        </tr>
    }
}

/// The ID of an action's Remove button.
fn remove_button_id(action: &str) -> String {
    dom_id(&["remove-action", action])
}

/// The person's own action: a title, optionally a competency it develops and a date.
#[component]
fn OwnActionForm() -> impl IntoView {
    let data = use_my_data();
    let framework = data.framework();
    let title = RwSignal::new(String::new());
    let competency = RwSignal::new(String::new());
    let date = RwSignal::new(String::new());
    let error = RwSignal::new(None::<NotAdded>);
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (t, c, d, now) = (title.get(), competency.get(), date.get(), now_iso());
        let said = format!("Added “{}” to your plan.", t.trim());
        let added = try_update(data, move |a| {
            a.plan.add_own(&t, Some(c.as_str()).filter(|c| !c.is_empty()), &d, &now)
        });
        match added {
            Ok(_) => {
                title.set(String::new());
                error.set(None);
                data.say(said);
            }
            Err(refused) => {
                data.announcer().say(own_action_problem(&refused));
                error.set(Some(refused));
                focus_soon("own-title");
            }
        }
    };
    let message = move || error.with(|e| e.as_ref().map(own_action_problem).unwrap_or_default());
    view! {
        <form class="own-action" on:submit=add novalidate>
            <div class="field">
                <label for="own-title">"My own action"</label>
                <input
                    id="own-title"
                    required
                    prop:value=title
                    aria-invalid=move || error.with(Option::is_some).then_some("true")
                    aria-describedby=move || error.with(Option::is_some).then_some("own-title-error")
                    on:input=move |ev| {
                        title.set(event_target_value(&ev));
                        error.set(None);
                    }
                />
                // Always there, said through the live region: what is missing, tied to the field.
                <p id="own-title-error" class="error">{message}</p>
            </div>
            <div class="field">
                <label for="own-competency">"Develops (optional)"</label>
                <select id="own-competency" on:change=move |ev| competency.set(event_target_value(&ev))>
                    <option value="">"—"</option>
                    {framework.competencies.iter().map(|c| view! { <option value=c.id.clone()>{c.name.clone()}</option> }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="own-date">"Target date"</label>
                <input id="own-date" type="date" prop:value=date on:input=move |ev| date.set(event_target_value(&ev)) />
            </div>
            <button type="submit">"Add action"</button>
        </form>
    }
}

/// Why the person's own action wasn't added, and what to do.
fn own_action_problem(refused: &NotAdded) -> &'static str {
    match refused {
        NotAdded::EmptyTitle => "Write what you will do before adding the action.",
        NotAdded::AlreadyPlanned { .. } => "This is already in your plan.",
    }
}

/// What an empty check-in is missing.
const EMPTY_CHECKIN: &str = "Write what you talked about before adding the check-in.";

/// A dated note from a conversation about the plan.
#[component]
fn CheckInForm() -> impl IntoView {
    let data = use_my_data();
    let date = RwSignal::new(today());
    let note = RwSignal::new(String::new());
    let error = RwSignal::new(None::<EmptyNote>);
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (d, n) = (date.get(), note.get());
        let said = if d.is_empty() {
            "Check-in added.".to_string()
        } else {
            format!("Check-in of {} added.", date_in_words(&d))
        };
        match try_update(data, move |a| a.plan.add_checkin(&d, &n)) {
            Ok(_) => {
                note.set(String::new());
                error.set(None);
                data.say(said);
            }
            Err(refused) => {
                data.announcer().say(EMPTY_CHECKIN);
                error.set(Some(refused));
                focus_soon("checkin-note");
            }
        }
    };
    view! {
        <form class="checkin-form" on:submit=add novalidate>
            <div class="field">
                <label for="checkin-date">"Check-in date"</label>
                <input id="checkin-date" type="date" prop:value=date on:input=move |ev| date.set(event_target_value(&ev)) />
            </div>
            <div class="field">
                <label for="checkin-note">"Notes from the conversation"</label>
                <textarea
                    id="checkin-note"
                    required
                    rows="3"
                    prop:value=note
                    aria-invalid=move || error.with(Option::is_some).then_some("true")
                    aria-describedby=move || error.with(Option::is_some).then_some("checkin-note-error")
                    on:input=move |ev| {
                        note.set(event_target_value(&ev));
                        error.set(None);
                    }
                ></textarea>
                <p id="checkin-note-error" class="error">{move || error.with(Option::is_some).then_some(EMPTY_CHECKIN)}</p>
            </div>
            <button type="submit">"Add check-in"</button>
        </form>
    }
}
