use std::hash::{DefaultHasher, Hash, Hasher};
use std::sync::Arc;

use leptos::html;
use leptos::prelude::*;
use leptos_meta::Title;

use crate::app::components::{LineChart, PrivateStatus, ScrollRegion};
use crate::app::focus::{dom_id, focus_soon};
use crate::app::my_data::use_my_data;
use crate::browser::clock::today;
use crate::core::assessment::Snapshot;
use crate::core::framework::{Competency, Framework};

/// A snapshot as shown, with a key that changes whenever anything shown of it changes, so
/// keyed lists redraw a column only when its snapshot really is different.
#[derive(Debug, Clone, PartialEq)]
struct Shown {
    key: u64,
    snapshot: Arc<Snapshot>,
}

impl Shown {
    fn new(snapshot: &Snapshot) -> Shown {
        let mut hasher = DefaultHasher::new();
        (&snapshot.id, &snapshot.label, &snapshot.date, &snapshot.ratings).hash(&mut hasher);
        Shown { key: hasher.finish(), snapshot: Arc::new(snapshot.clone()) }
    }
}

/// A deleted snapshot and where it was, kept until it is restored or another is deleted.
type Deleted = Option<(usize, Snapshot)>;

fn proficiency_name(framework: &Framework, competency: &str, proficiency: Option<&String>) -> String {
    proficiency
        .and_then(|p| framework.proficiency(competency, p))
        .map(|p| p.name.clone())
        .unwrap_or_else(|| "—".to_string())
}

/// Dated snapshots of the ratings, and each competency's progress across them.
#[component]
pub fn HistoryPage() -> impl IntoView {
    let data = use_my_data();
    // In date order; recomputed when the data changes, passed on only when the snapshots do.
    let snapshots = Memo::new(move |_| {
        data.with(|a| a.snapshots_by_date().into_iter().map(Shown::new).collect::<Vec<_>>())
    });
    let confirming = RwSignal::new(None::<Snapshot>);
    let deleted = RwSignal::new(Deleted::None);
    view! {
        <Title text="History" />
        <h1>"History"</h1>
        <PrivateStatus />
        <SnapshotForm />
        <section aria-labelledby="progress-heading">
            <h2 id="progress-heading">"Progress per competency"</h2>
            <Show
                when=move || !snapshots.with(Vec::is_empty)
                fallback=|| view! { <p>"No snapshot yet. Take one after each review to see your progress over time."</p> }
            >
                <ProgressChart snapshots />
            </Show>
            // Asked and answered where the table is, as that is where the person clicked.
            <Show when=move || confirming.with(Option::is_some)>
                <ConfirmDelete confirming deleted />
            </Show>
            <UndoDelete deleted />
            <Show when=move || !snapshots.with(Vec::is_empty)>
                <HistoryTable snapshots confirming />
            </Show>
        </section>
    }
}

/// Takes a snapshot of the current ratings, named and dated (back-dating is allowed).
#[component]
fn SnapshotForm() -> impl IntoView {
    let data = use_my_data();
    let label = RwSignal::new(String::new());
    let date = RwSignal::new(today());
    let take = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (l, d) = (label.get(), date.get());
        let said = if l.trim().is_empty() {
            "Snapshot taken.".to_string()
        } else {
            format!("Snapshot “{}” taken.", l.trim())
        };
        data.update_saying(
            move |a| {
                a.take_snapshot(&l, &d);
            },
            said,
        );
        label.set(String::new());
    };
    view! {
        <form class="snapshot-form" on:submit=take>
            <div class="field">
                <label for="snapshot-label">"Snapshot name (e.g. Q3 review)"</label>
                <input id="snapshot-label" prop:value=label on:input=move |ev| label.set(event_target_value(&ev)) />
            </div>
            <div class="field">
                <label for="snapshot-date">"Date"</label>
                <input id="snapshot-date" type="date" prop:value=date on:input=move |ev| date.set(event_target_value(&ev)) />
            </div>
            <button type="submit">"Take snapshot of my ratings"</button>
        </form>
    }
}

/// One competency across the snapshots, in date order.
#[component]
fn ProgressChart(snapshots: Memo<Vec<Shown>>) -> impl IntoView {
    let framework = use_my_data().framework();
    let chosen = RwSignal::new(framework.competencies.first().map(|c| c.id.clone()).unwrap_or_default());
    let chart = move || {
        let id = chosen.get();
        let name = framework.competency(&id).map(|c| c.name.clone()).unwrap_or_default();
        let points = snapshots.with(|list| {
            list.iter()
                .map(|s| {
                    let steps = s.snapshot.ratings.get(&id).and_then(|p| framework.proficiency_rank(&id, p));
                    (s.snapshot.label.clone(), steps.map(|r| r + 1))
                })
                .collect()
        });
        view! {
            <LineChart points steps=framework.scale_of_id(&id).len() title=format!("{name} across your snapshots") />
        }
    };
    view! {
        <div class="field narrow">
            <label for="history-competency">"Competency to chart"</label>
            <select id="history-competency" on:change=move |ev| chosen.set(event_target_value(&ev))>
                {framework.competencies.iter().map(|c| view! { <option value=c.id.as_str()>{c.name.as_str()}</option> }).collect_view()}
            </select>
        </div>
        {chart}
    }
}

/// Every competency's rating in each snapshot: a column per snapshot, oldest first.
#[component]
fn HistoryTable(snapshots: Memo<Vec<Shown>>, confirming: RwSignal<Option<Snapshot>>) -> impl IntoView {
    let framework = use_my_data().framework();
    let rows = framework
        .competencies
        .iter()
        .map(|competency| view! { <HistoryRow competency snapshots /> })
        .collect_view();
    view! {
        <ScrollRegion id="snapshot-table" label="Ratings in each snapshot">
            <table class="history-table">
                <thead>
                    <tr>
                        <th scope="col">"Competency"</th>
                        <For each=move || snapshots.get() key=|s| s.key let:shown>
                            <SnapshotHeader snapshot=shown.snapshot confirming />
                        </For>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </ScrollRegion>
    }
}

#[component]
fn SnapshotHeader(snapshot: Arc<Snapshot>, confirming: RwSignal<Option<Snapshot>>) -> impl IntoView {
    let label = snapshot.label.clone();
    let date = snapshot.date.clone();
    view! {
        <th scope="col">
            {label.clone()}
            <span class="kind">{date}</span>
            <button
                type="button"
                id=delete_button_id(&snapshot.id)
                class="link-button danger-link"
                on:click=move |_| confirming.set(Some((*snapshot).clone()))
            >
                {format!("Delete “{label}”…")}
            </button>
        </th>
    }
}

#[component]
fn HistoryRow(competency: &'static Competency, snapshots: Memo<Vec<Shown>>) -> impl IntoView {
    let framework = use_my_data().framework();
    view! {
        <tr>
            <th scope="row">{competency.name.as_str()}</th>
            <For each=move || snapshots.get() key=|s| s.key let:shown>
                <td>{proficiency_name(framework, &competency.id, shown.snapshot.ratings.get(&competency.id))}</td>
            </For>
        </tr>
    }
}

/// The ID of a snapshot's "Delete …" button.
fn delete_button_id(snapshot: &str) -> String {
    dom_id(&["delete-snapshot", snapshot])
}

/// Asks before deleting, naming the snapshot; focus goes to the answer.
#[component]
fn ConfirmDelete(confirming: RwSignal<Option<Snapshot>>, deleted: RwSignal<Deleted>) -> impl IntoView {
    let data = use_my_data();
    let yes = NodeRef::<html::Button>::new();
    yes.on_load(|button| {
        let _ = button.focus();
    });
    let delete = move |_| {
        let Some(snapshot) = confirming.get_untracked() else { return };
        // What goes, and where it was, as the person sees it: what Undo puts back.
        let removed = data.with_untracked(|a| a.clone().delete_snapshot(&snapshot.id));
        let id = snapshot.id.clone();
        data.update_saying(
            move |a| {
                a.delete_snapshot(&id);
            },
            format!("Deleted “{}”.", snapshot.label),
        );
        confirming.set(None);
        deleted.set(removed);
    };
    // Kept: the question goes, and focus returns to the button that asked it.
    let keep = move |_| {
        let back = confirming.with_untracked(|s| s.as_ref().map(|s| delete_button_id(&s.id)));
        confirming.set(None);
        data.announcer().say("Nothing was deleted.");
        if let Some(back) = back {
            focus_soon(back);
        }
    };
    let question = move || {
        confirming.with(|s| {
            s.as_ref().map(|s| {
                format!("Delete the snapshot “{}” of {}? You can undo it right after.", s.label, s.date)
            })
        })
    };
    let yes_text = move || {
        confirming.with(|s| s.as_ref().map(|s| format!("Yes, delete “{}”", s.label)).unwrap_or_default())
    };
    view! {
        <div class="confirm" role="group" aria-label="Confirm deleting a snapshot">
            <p>{question}</p>
            <button type="button" class="danger" node_ref=yes on:click=delete>{yes_text}</button>
            " "
            <button type="button" on:click=keep>"Keep it"</button>
        </div>
    }
}

/// After a deletion: says so and offers to put the snapshot back where it was.
#[component]
fn UndoDelete(deleted: RwSignal<Deleted>) -> impl IntoView {
    let data = use_my_data();
    let restored = RwSignal::new(None::<String>);
    let undo = move |_| {
        let Some((index, snapshot)) = deleted.get_untracked() else { return };
        let label = snapshot.label.clone();
        data.update_saying(
            move |a| {
                a.restore_snapshot(index, snapshot.clone());
            },
            format!("Restored “{label}”."),
        );
        deleted.set(None);
        restored.set(Some(label));
        // The Undo button goes away: focus returns to the table the snapshot is back in.
        request_animation_frame(|| {
            use wasm_bindgen::JsCast;
            let table = document().get_element_by_id("snapshot-table");
            if let Some(table) = table.and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok()) {
                let _ = table.focus();
            }
        });
    };
    let message = move || match (deleted.get(), restored.get()) {
        (Some((_, snapshot)), _) => format!("Deleted “{}”.", snapshot.label),
        (None, Some(label)) => format!("Restored “{label}”."),
        (None, None) => String::new(),
    };
    view! {
        // Said in the live region; kept on screen here.
        <p class="save-state">{message}</p>
        <Show when=move || deleted.with(Option::is_some)>
            {
                // Focus follows the snapshot: the "Yes" button that had it is gone.
                let button = NodeRef::<html::Button>::new();
                button.on_load(|button| {
                    let _ = button.focus();
                });
                view! { <button type="button" node_ref=button on:click=undo>"Undo"</button> }
            }
        </Show>
    }
}
