use leptos::prelude::*;

use crate::app::my_data::use_my_data;
use crate::browser::clock::today;
use crate::browser::files::download;

/// Two downloads: the full backup (everything, for the person alone) and the copy to share
/// with a manager (ratings and evidence, nothing private: see
/// `core::assessment::sharing`). File names say which is which.
#[component]
pub fn Export() -> impl IntoView {
    let data = use_my_data();
    let framework = data.framework();
    let failed = RwSignal::new(None::<String>);
    let offer = move |kind: &str, text: String| {
        let file = format!("mosaic-{kind}-{}-{}.json", framework.meta.id, today());
        let outcome = download(&file, &text, "application/json");
        match &outcome {
            Ok(()) => data.announcer().say(format!("Exported “{file}”.")),
            Err(why) => data.announcer().say(format!("The file could not be offered for download: {why}.")),
        }
        failed.set(outcome.err());
    };
    view! {
        <section aria-labelledby="export-heading">
            <h2 id="export-heading">"Export"</h2>
            <div class="export-choice">
                <h3>"To share with your manager"</h3>
                <p>"Your ratings, the evidence behind them, your milestones' progress and your current role. It leaves out your development plan (target, actions and check-in notes), your snapshots, the tracks you are drawn to or avoid, and retired data. Your manager can open it in Mosaic to compare or to rate you."</p>
                <button type="button" on:click=move |_| offer("ratings-to-share", data.export_for_sharing_text())>
                    "Export for sharing with my manager"
                </button>
            </div>
            <div class="export-choice">
                <h3>"Full backup, for you only"</h3>
                <p>"Everything, including your private notes, check-ins and plan: to keep a copy or move to another device. Don't send it to anyone."</p>
                <button type="button" on:click=move |_| offer("full-backup", data.export_text())>"Export my data (full backup)"</button>
            </div>
            {move || failed.get().map(|why| view! { <p class="alert" role="alert">{format!("The file could not be offered for download: {why}.")}</p> })}
        </section>
    }
}
