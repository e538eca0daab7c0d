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
use crate::app::my_data::use_my_data;
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
    fn text(&self) -> String {
        match self {
            Outcome::Replaced => "Imported: your data was replaced.".into(),
            Outcome::Merged => "Imported: the file was merged into your data.".into(),
            Outcome::Deleted => "Everything was deleted from this device.".into(),
            Outcome::DeleteFailed(why) => format!("Not everything could be deleted: {why}. Try again."),
        }
    }
}

/// The element saying the latest outcome.
const OUTCOME_ID: &str = "data-outcome";

/// Shows an outcome, says it in the live region and moves focus to it.
fn tell(outcome: RwSignal<Option<Outcome>>, said: Outcome, announcer: crate::app::announce::Announcer) {
    announcer.say(said.text());
    outcome.set(Some(said));
    focus_soon(OUTCOME_ID);
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
    view! {
        <Title text="My data" />
        <h1>"My data"</h1>
        <PrivateStatus />
        <p>{move || format!("On this device: {}.", held.get())}</p>
        // Always there: where focus goes once an import or a deletion is done (the buttons
        // pressed are gone). The live region says it; this keeps it on screen.
        <p
            id=OUTCOME_ID
            tabindex="-1"
            class=move || outcome.with(|o| match o {
                Some(Outcome::DeleteFailed(_)) => "outcome alert",
                Some(_) => "outcome ok",
                None => "outcome",
            })
        >
            {move || outcome.get().map(|o| o.text())}
        </p>
        <Export />
        <ImportFile outcome />
        <DeleteEverything outcome />
        <RetiredData />
        <Compare360 />
    }
}
