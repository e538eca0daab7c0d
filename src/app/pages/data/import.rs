use leptos::prelude::*;

use super::{say_import, summary, Outcome, OUTCOME_ID};
use crate::app::focus::focus_soon;
use crate::app::my_data::use_my_data;
use crate::app::wording::{describe_change, describe_not_read};
use crate::browser::files::chosen_named_file_up_to;
use crate::core::assessment::storage::{merge, read_import, Import};
use crate::core::limits::IMPORT_BYTES;

/// Import a file: checked first, then replace or merge, or cancel.
#[component]
pub fn ImportFile(outcome: RwSignal<Option<Outcome>>) -> impl IntoView {
    let data = use_my_data();
    let framework = data.framework();
    // An import waiting for the person to choose replace or merge.
    let pending = RwSignal::new(None::<Import>);
    let error = RwSignal::new(None::<String>);
    // The picked file's name: the input is cleared after reading, so the page says it.
    let loaded = RwSignal::new(None::<String>);
    let on_import = move |ev: leptos::ev::Event| {
        leptos::task::spawn_local(async move {
            // Refused by its size before it is read, so a huge file can't freeze the page.
            match chosen_named_file_up_to(&ev, IMPORT_BYTES).await {
                None => {}
                Some((name, Err(why))) => {
                    pending.set(None);
                    loaded.set(None);
                    let kind = "personal-data files";
                    error.set(Some(format!("{} Nothing was changed.", describe_not_read(&name, kind, &why))));
                }
                Some((name, Ok(text))) => match read_import(&text, framework) {
                    Ok(import) => {
                        error.set(None);
                        outcome.set(None);
                        data.announcer().say(format!("“{name}” is ready to import: replace or merge below."));
                        loaded.set(Some(name));
                        pending.set(Some(import));
                    }
                    Err(err) => {
                        pending.set(None);
                        loaded.set(None);
                        error.set(Some(format!("“{name}” can't be imported. {err} Nothing was changed.")));
                    }
                },
            }
        });
    };
    let confirm = move |replace: bool| {
        let Some(import) = pending.get_untracked() else { return };
        let imported = import.assessment;
        // The confirmation and its buttons go: the outcome takes focus and is said with
        // whether it was saved.
        let said = if replace {
            data.replace(imported, "");
            Outcome::Replaced
        } else {
            data.update(move |mine| *mine = merge(std::mem::take(mine), imported.clone()));
            Outcome::Merged
        };
        pending.set(None);
        loaded.set(None);
        outcome.set(Some(said.clone()));
        say_import(&said, data);
        focus_soon(OUTCOME_ID);
    };
    view! {
        <section aria-labelledby="import-heading">
            <h2 id="import-heading">"Import"</h2>
            <label for="import-file">"Import a file exported from Mosaic"</label>
            <input id="import-file" type="file" accept="application/json,.json" on:change=on_import />
            {move || error.get().map(|e| view! { <p class="alert" role="alert">{e}</p> })}
            {move || pending.get().map(|import| view! {
                <div class="confirm" role="group" aria-label="Confirm import">
                    <p>{format!("“{}” holds {}.", loaded.get_untracked().unwrap_or_default(), summary(&import.assessment))}</p>
                    <Show when={let empty = import.changes.is_empty(); move || !empty}>
                        <div class="notice" role="note">
                            <p><strong>"Some of it doesn't fit this framework as it is now: "</strong>"it will be kept under “Retired” (shown below and in exports), not counted."</p>
                            <ul>{import.changes.iter().map(|c| view! { <li>{describe_change(c)}</li> }).collect_view()}</ul>
                        </div>
                    </Show>
                    <p>"Replace your data with it, or merge it into your data (for each rating the newer one wins; evidence and snapshots from both are kept)?"</p>
                    <button type="button" on:click=move |_| confirm(true)>"Replace my data"</button>
                    " "
                    <button type="button" on:click=move |_| confirm(false)>"Merge into my data"</button>
                    " "
                    <button type="button" on:click=move |_| {
                        pending.set(None);
                        loaded.set(None);
                        data.announcer().say("Import cancelled: nothing was changed.");
                        focus_soon("import-file");
                    }>"Cancel import"</button>
                </div>
            })}
        </section>
    }
}
