//! "My data": export, import (replace or merge), delete, what the framework no longer has a
//! place for, and a side-by-side with someone else's file. A manager's reviews of other
//! people are not deleted here (`reviews_kept.rs` says so).

mod compare_360;
mod delete;
mod export;
mod import;
mod retired;
mod reviews_kept;

use leptos::prelude::*;
use leptos_meta::Title;

use crate::app::components::PrivateStatus;
use crate::app::focus::focus_soon;
use crate::app::my_data::{use_my_data, MyData};
use crate::core::assessment::session::SaveState;
use crate::core::assessment::store::StoreError;
use crate::core::assessment::Assessment;
use compare_360::Compare360;
use delete::DeleteEverything;
use export::Export;
use import::ImportFile;
use retired::RetiredData;

/// The latest thing done on this page, said once: a new outcome replaces the previous one.
#[derive(Debug, Clone, PartialEq)]
enum Outcome {
    Replaced,
    Merged,
    Deleted,
    DeleteFailed(String),
}

impl Outcome {
    /// In words. An import is told together with whether what is on screen is stored now:
    /// until it is, this device still holds the data from before the import.
    fn text(&self, state: &SaveState) -> String {
        match (self, import_not_stored(state)) {
            (Outcome::Replaced, None) => "Imported: your data was replaced.".into(),
            (Outcome::Merged, None) => "Imported: the file was merged into your data.".into(),
            (Outcome::Replaced, Some(why)) => format!(
                "Imported on screen only, not saved: {why} What you see now is the imported file, but this device still holds your data from before the import. {}",
                what_to_do(state)
            ),
            (Outcome::Merged, Some(why)) => format!(
                "Merged on screen only, not saved: {why} What you see now includes the file, but this device still holds your data from before the import. {}",
                what_to_do(state)
            ),
            (Outcome::Deleted, _) => "Everything was deleted from this device.".into(),
            (Outcome::DeleteFailed(why), _) => format!("Not everything could be deleted: {why}. Try again."),
        }
    }

    /// Whether the person must act on it.
    fn is_alert(&self, state: &SaveState) -> bool {
        match self {
            Outcome::Replaced | Outcome::Merged => import_not_stored(state).is_some(),
            Outcome::Deleted => false,
            Outcome::DeleteFailed(_) => true,
        }
    }

    /// Whether pressing "Save now" may help: an import that is on screen but not stored
    /// because a write failed (not when storage can't be used at all).
    fn may_retry(&self, state: &SaveState) -> bool {
        matches!(self, Outcome::Replaced | Outcome::Merged) && matches!(state, SaveState::NotSaved { .. })
    }
}

/// Why the data on screen is not stored, when it isn't.
fn import_not_stored(state: &SaveState) -> Option<String> {
    match state {
        SaveState::NotSaved { error: StoreError::Full, .. } => {
            Some("there is no room left in this browser's storage for the site.".into())
        }
        SaveState::NotSaved { error, .. } => Some(format!("{error}.")),
        SaveState::MemoryOnly(error) => Some(format!("{error}.")),
        SaveState::Unchanged | SaveState::Saved { .. } | SaveState::SyncedFromOtherTab => None,
    }
}

/// What the person can do about an import that is not stored.
fn what_to_do(state: &SaveState) -> &'static str {
    match state {
        SaveState::NotSaved { error: StoreError::Full, .. } => {
            "Nothing is lost while this tab stays open. Free some space (remove other data this site keeps in the browser), then press “Save now” or make any change; or export your data above to keep it in a file now."
        }
        SaveState::NotSaved { .. } => {
            "Nothing is lost while this tab stays open. Press “Save now” to try again, or export your data above to keep it in a file now."
        }
        _ => "It is kept in this tab only: export your data above to keep it.",
    }
}

/// The element saying the latest outcome.
const OUTCOME_ID: &str = "data-outcome";

/// Shows an outcome, says it in the live region and moves focus to it.
fn tell(outcome: RwSignal<Option<Outcome>>, said: Outcome, data: MyData) {
    data.announcer().say(said.text(&data.save_state_untracked()));
    outcome.set(Some(said));
    focus_soon(OUTCOME_ID);
}

/// Says an import's outcome in the live region: done and saved, or what is not saved yet.
fn say_import(said: &Outcome, data: MyData) {
    let state = data.save_state_untracked();
    if said.is_alert(&state) {
        data.announcer().say(said.text(&state));
    } else {
        data.say(said.text(&state));
    }
}

/// What a stored or imported assessment holds, in a few words.
fn summary(a: &Assessment) -> String {
    let count = |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    [
        count(a.rated_count(), "rated competency", "rated competencies"),
        count(a.milestones.len(), "milestone with progress", "milestones with progress"),
        count(a.snapshots.len(), "snapshot", "snapshots"),
        count(a.plan.actions.len(), "plan action", "plan actions"),
    ]
    .join(", ")
}

#[component]
pub fn DataPage() -> impl IntoView {
    let data = use_my_data();
    let outcome = RwSignal::new(None::<Outcome>);
    let held = Memo::new(move |_| data.with(summary));
    let save_state = data.save_state();
    view! {
        <Title text="My data" />
        <h1>"My data"</h1>
        <PrivateStatus />
        // Says where it is: what is on screen is not on the device until it is stored.
        <p>
            {move || {
                let stored = !save_state
                    .with(|s| matches!(s, SaveState::NotSaved { .. } | SaveState::MemoryOnly(_)));
                let place = if stored { "On this device" } else { "On screen, not saved yet" };
                format!("{place}: {}.", held.get())
            }}
        </p>
        // Always there: where focus goes once an import or a deletion is done (the buttons
        // pressed are gone). The live region says it; this keeps it on screen, told with the
        // current save state (an import not stored yet says so until it is).
        <p
            id=OUTCOME_ID
            tabindex="-1"
            class=move || outcome.with(|o| match o {
                Some(o) if save_state.with(|s| o.is_alert(s)) => "outcome alert",
                Some(_) => "outcome ok",
                None => "outcome",
            })
        >
            {move || outcome.with(|o| o.as_ref().map(|o| save_state.with(|s| o.text(s))))}
        </p>
        <Show when=move || outcome.with(|o| o.as_ref().is_some_and(|o| save_state.with(|s| o.may_retry(s))))>
            <button type="button" class="save-now" on:click=move |_| save_now(data)>"Save now"</button>
        </Show>
        <Export />
        <ImportFile outcome />
        <DeleteEverything outcome />
        <RetiredData />
        <Compare360 />
    }
}

/// Tries again to store what is on screen, and says whether it worked.
fn save_now(data: MyData) {
    data.retry();
    let said = match data.save_state_untracked() {
        SaveState::Saved { .. } => "Saved: what you see is now stored on this device.",
        _ => "Still not saved: there is still no room, or storage still fails. Your data stays on screen.",
    };
    data.announcer().say(said);
}
