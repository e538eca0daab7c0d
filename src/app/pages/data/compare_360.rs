use leptos::prelude::*;

use crate::app::components::ProficiencyBadge;
use crate::app::my_data::use_my_data;
use crate::browser::files::chosen_file;
use crate::core::assessment::storage::read_import;
use crate::core::assessment::{agreement, disagreements, AgreementRow, Assessment};
use crate::core::framework::Competency;

/// Someone else's assessment (a manager's or a peer's) beside the person's own.
#[component]
pub fn Compare360() -> impl IntoView {
    let data = use_my_data();
    let framework = data.framework();
    let theirs = RwSignal::new(None::<Assessment>);
    let error = RwSignal::new(None::<String>);
    let on_file = move |ev: leptos::ev::Event| {
        leptos::task::spawn_local(async move {
            match chosen_file(&ev).await {
                None => {}
                Some(Err(err)) => error.set(Some(format!("The file could not be read: {err}"))),
                Some(Ok(text)) => match read_import(&text, framework) {
                    Ok(import) => {
                        error.set(None);
                        theirs.set(Some(import.assessment));
                    }
                    Err(err) => error.set(Some(format!("This file can't be compared. {err}"))),
                },
            }
        });
    };
    let rows = Memo::new(move |_| {
        theirs
            .with(|theirs| theirs.as_ref().map(|theirs| data.with(|mine| agreement(framework, mine, theirs))))
    });
    // Each competency has its own scale, so the badge is drawn against that scale's steps.
    let badge = move |competency: &Competency, rank: Option<usize>| {
        let scale = framework.scale_of(competency);
        match rank.and_then(|rank| Some((rank, scale.get(rank)?))) {
            Some((rank, step)) => {
                view! { <ProficiencyBadge rank steps=scale.len() name=step.name.clone() /> }.into_any()
            }
            None => view! { <span class="muted">"Not rated"</span> }.into_any(),
        }
    };
    let row = move |r: AgreementRow<'static>| {
        let difference = match (r.mine, r.theirs, r.disagreement()) {
            (_, _, Some(steps)) => {
                view! { <span class="diff-marker">{format!("Disagree by {steps} step(s)")}</span> }.into_any()
            }
            (Some(_), Some(_), None) => view! { <span>"Agree"</span> }.into_any(),
            _ => view! { <span>"—"</span> }.into_any(),
        };
        view! {
            <tr class:differs=r.disagreement().is_some()>
                <th scope="row">{r.competency.name.clone()}</th>
                <td>{badge(r.competency, r.mine)}</td>
                <td>{badge(r.competency, r.theirs)}</td>
                <td>{difference}</td>
            </tr>
        }
    };
    let table = move || {
        let rows = rows.get()?;
        let count = disagreements(&rows);
        Some(view! {
            <p role="status">{format!("You and the other person disagree on {count} of {} competencies.", rows.len())}</p>
            <div class="table-scroll" tabindex="0" role="region" aria-label="Your ratings and theirs">
                <table class="comparison">
                    <thead><tr><th scope="col">"Competency"</th><th scope="col">"You"</th><th scope="col">"Them"</th><th scope="col">"Difference"</th></tr></thead>
                    <tbody>
                        <For each=move || rows.clone() key=|r| (r.competency.id.clone(), r.mine, r.theirs) children=row />
                    </tbody>
                </table>
            </div>
        })
    };
    view! {
        <section aria-labelledby="compare-360-heading">
            <h2 id="compare-360-heading">"Compare with a manager or peer"</h2>
            <p>"Ask them to rate you in Mosaic and export their file. It is read here only: not stored, not uploaded."</p>
            <label for="compare-file">"Their exported file"</label>
            <input id="compare-file" type="file" accept="application/json,.json" on:change=on_file />
            {move || error.get().map(|e| view! { <p class="alert" role="alert">{e}</p> })}
            {table}
        </section>
    }
}
