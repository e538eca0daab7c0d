use leptos::prelude::*;
use leptos_meta::Title;
use wasm_bindgen::JsCast;

use crate::app::components::{PrivateStatus, ProficiencyBadge};
use crate::app::my_data::use_my_data;
use crate::browser::storage::{download, read_file, today};
use crate::core::assessment::storage::{decode_for, merge, reconcile};
use crate::core::assessment::Assessment;

/// Reads the file chosen in a file input, if any.
async fn chosen_file(ev: &leptos::ev::Event) -> Option<Result<String, String>> {
    let input: web_sys::HtmlInputElement = ev.target()?.dyn_into().ok()?;
    let file = input.files()?.get(0)?;
    input.set_value("");
    Some(read_file(file).await)
}

/// Export, import (replace or merge), delete, and a side-by-side with someone else's file.
#[component]
pub fn DataPage() -> impl IntoView {
    let data = use_my_data();
    let framework = data.framework();
    let export = move |_| {
        let file = format!("mosaic-assessment-{}-{}.json", framework.meta.id, today());
        if let Err(err) = download(&file, &data.export_text(), "application/json") {
            leptos::logging::warn!("export failed: {err}");
        }
    };
    // An import waiting for the person to choose replace or merge.
    let pending = RwSignal::new(None::<Assessment>);
    let import_error = RwSignal::new(None::<String>);
    let import_done = RwSignal::new(None::<String>);
    let on_import = move |ev: leptos::ev::Event| {
        leptos::task::spawn_local(async move {
            import_done.set(None);
            match chosen_file(&ev).await {
                None => {}
                Some(Err(err)) => import_error.set(Some(format!("The file could not be read: {err}"))),
                Some(Ok(text)) => match decode_for(&text, framework) {
                    Ok(imported) => {
                        import_error.set(None);
                        pending.set(Some(reconcile(imported, framework).0));
                    }
                    Err(err) => {
                        pending.set(None);
                        import_error
                            .set(Some(format!("This file can't be imported. {err} Nothing was changed.")));
                    }
                },
            }
        });
    };
    let confirm = move |how: &'static str| {
        if let Some(imported) = pending.get_untracked() {
            if how == "replace" {
                data.replace(imported);
            } else {
                data.update(move |mine| *mine = merge(std::mem::take(mine), imported));
            }
            pending.set(None);
            import_done.set(Some(
                if how == "replace" {
                    "Imported: your data was replaced."
                } else {
                    "Imported: the file was merged into your data."
                }
                .into(),
            ));
        }
    };
    let confirming_delete = RwSignal::new(false);
    let deleted = RwSignal::new(false);
    let summary = |a: &Assessment| {
        format!(
            "{} ratings, {} milestones with progress, {} snapshots",
            a.ratings.len(),
            a.milestones.len(),
            a.snapshots.len()
        )
    };
    view! {
        <Title text="My data" />
        <h1>"My data"</h1>
        <PrivateStatus />
        <p>{move || format!("On this device: {}.", data.with(summary))}</p>
        <section aria-labelledby="export-heading">
            <h2 id="export-heading">"Export"</h2>
            <p>"Download everything as one file, to keep a copy, move to another device or share with your manager."</p>
            <button type="button" on:click=export>"Export my data"</button>
        </section>
        <section aria-labelledby="import-heading">
            <h2 id="import-heading">"Import"</h2>
            <label for="import-file">"Import a file exported from Mosaic"</label>
            <input id="import-file" type="file" accept="application/json,.json" on:change=on_import />
            {move || import_error.get().map(|e| view! { <p class="alert" role="alert">{e}</p> })}
            {move || import_done.get().map(|m| view! { <p class="ok" role="status">{m}</p> })}
            {move || pending.get().map(|imported| view! {
                <div class="confirm" role="group" aria-label="Confirm import">
                    <p>{format!("The file holds {}. Replace your data with it, or merge it into your data (for each rating the newer one wins; evidence and snapshots from both are kept)?", summary(&imported))}</p>
                    <button type="button" on:click=move |_| confirm("replace")>"Replace my data"</button>
                    " "
                    <button type="button" on:click=move |_| confirm("merge")>"Merge into my data"</button>
                    " "
                    <button type="button" on:click=move |_| pending.set(None)>"Cancel import"</button>
                </div>
            })}
        </section>
        <section aria-labelledby="delete-heading">
            <h2 id="delete-heading">"Delete"</h2>
            {move || if confirming_delete.get() {
                view! {
                    <div class="confirm" role="group" aria-label="Confirm deletion">
                        <p>"This removes your whole assessment, its history and any data kept aside from this device. It can't be undone; export first if you want a copy."</p>
                        <button type="button" class="danger" on:click=move |_| { data.delete_everything(); confirming_delete.set(false); deleted.set(true); }>"Yes, delete everything"</button>
                        " "
                        <button type="button" on:click=move |_| confirming_delete.set(false)>"Keep my data"</button>
                    </div>
                }.into_any()
            } else {
                view! { <button type="button" on:click=move |_| { deleted.set(false); confirming_delete.set(true); }>"Delete everything…"</button> }.into_any()
            }}
            {move || deleted.get().then(|| view! { <p role="status">"Everything was deleted from this device."</p> })}
        </section>
        <RetiredData />
        <Compare360 />
    }
}

/// Ratings the framework no longer has a place for, kept so nothing is lost.
#[component]
fn RetiredData() -> impl IntoView {
    let data = use_my_data();
    move || {
        let retired = data.with(|a| a.retired.clone());
        (!retired.is_empty()).then(|| {
            let names = data.with(|a| a.framework.competency_names.clone());
            view! {
                <section aria-labelledby="retired-heading">
                    <h2 id="retired-heading">"Retired"</h2>
                    <p>"The framework no longer has a place for these; they stay in your data and exports."</p>
                    <ul>
                        {retired.ratings.iter().map(|(id, r)| view! { <li>{format!("{}: {}", names.get(id).unwrap_or(id), r.proficiency)}</li> }).collect_view()}
                        {retired.milestones.iter().map(|(key, m)| view! { <li>{format!("Milestone {key}: {}", m.status.label())}</li> }).collect_view()}
                    </ul>
                </section>
            }
        })
    }
}

/// Someone else's assessment (a manager's or a peer's) beside the person's own.
#[component]
fn Compare360() -> impl IntoView {
    let data = use_my_data();
    let framework = data.framework();
    let theirs = RwSignal::new(None::<Assessment>);
    let error = RwSignal::new(None::<String>);
    let on_file = move |ev: leptos::ev::Event| {
        leptos::task::spawn_local(async move {
            match chosen_file(&ev).await {
                None => {}
                Some(Err(err)) => error.set(Some(format!("The file could not be read: {err}"))),
                Some(Ok(text)) => match decode_for(&text, framework) {
                    Ok(a) => {
                        error.set(None);
                        theirs.set(Some(reconcile(a, framework).0));
                    }
                    Err(err) => error.set(Some(format!("This file can't be compared. {err}"))),
                },
            }
        });
    };
    let steps = framework.proficiency_scale.len();
    let table = move || {
        let theirs = theirs.get()?;
        let mine = data.get();
        let badge = move |p: Option<&str>| match p.and_then(|p| framework.proficiency_rank(p)) {
            Some(rank) => {
                view! { <ProficiencyBadge rank steps name=framework.proficiency_scale[rank].name.clone() /> }
                    .into_any()
            }
            None => view! { <span class="muted">"Not rated"</span> }.into_any(),
        };
        let mut disagreements = 0;
        let rows = framework
            .competencies
            .iter()
            .map(|c| {
                let (a, b) = (mine.proficiency(&c.id), theirs.proficiency(&c.id));
                let ra = a.and_then(|p| framework.proficiency_rank(p));
                let rb = b.and_then(|p| framework.proficiency_rank(p));
                let differs = ra.is_some() && rb.is_some() && ra != rb;
                if differs {
                    disagreements += 1;
                }
                let gap = match (ra, rb) {
                    (Some(x), Some(y)) if x != y => format!("Disagree by {} step(s)", x.abs_diff(y)),
                    (Some(_), Some(_)) => "Agree".to_string(),
                    _ => "—".to_string(),
                };
                view! {
                    <tr class:differs=differs>
                        <th scope="row">{c.name.clone()}</th>
                        <td>{badge(a)}</td>
                        <td>{badge(b)}</td>
                        <td>{if differs { view! { <span class="diff-marker">{gap}</span> }.into_any() } else { view! { <span>{gap}</span> }.into_any() }}</td>
                    </tr>
                }
            })
            .collect_view();
        Some(view! {
            <p role="status">{format!("You and the other person disagree on {disagreements} competencies.")}</p>
            <div class="table-scroll" tabindex="0" role="region" aria-label="Your ratings and theirs">
                <table class="comparison">
                    <thead><tr><th scope="col">"Competency"</th><th scope="col">"You"</th><th scope="col">"Them"</th><th scope="col">"Difference"</th></tr></thead>
                    <tbody>{rows}</tbody>
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
