//! Loading the person's own exported file into their review: read by the core import
//! reader, so any valid export loads and a wrong file is named for what is wrong.

use leptos::prelude::*;

use super::use_review_data;
use crate::app::wording::describe_change;
use crate::app::wording::describe_not_read;
use crate::browser::files::{chosen_file_name, chosen_named_file_up_to};
use crate::core::assessment::storage::read_import;
use crate::core::assessment::Assessment;
use crate::core::limits::IMPORT_BYTES;

/// What was loaded in this visit: the file's name and what reconciling it changed.
#[derive(Clone)]
struct Loaded {
    file: String,
    not_shown: Vec<String>,
}

#[component]
pub fn TheirFile(person: String) -> impl IntoView {
    let data = use_review_data();
    let framework = data.framework();
    let error = RwSignal::new(None::<String>);
    let loaded = RwSignal::new(None::<Loaded>);
    let for_person = person.clone();
    let on_file = move |ev: leptos::ev::Event| {
        let person = for_person.clone();
        let file = chosen_file_name(&ev).unwrap_or_default();
        leptos::task::spawn_local(async move {
            match chosen_named_file_up_to(&ev, IMPORT_BYTES).await.map(|(_, text)| text) {
                None => {}
                Some(Err(why)) => error.set(Some(describe_not_read(&file, "personal-data files", &why))),
                Some(Ok(text)) => match read_import(&text, framework) {
                    Ok(import) => {
                        error.set(None);
                        let not_shown = import.changes.iter().map(describe_change).collect();
                        let theirs = import.assessment;
                        data.update(move |review| review.load_their_file(theirs.clone()));
                        loaded.set(Some(Loaded { file, not_shown }));
                    }
                    Err(err) => error.set(Some(format!(
                        "“{file}” can't be loaded as {person}'s ratings. {err} Nothing was changed."
                    ))),
                },
            }
        });
    };
    let rated = Memo::new(move |_| data.with(|r| r.theirs.as_ref().map(Assessment::rated_count)).flatten());
    let holds = move || {
        let what = match rated.get() {
            None => "No file of theirs is loaded yet: you can rate without it.".to_string(),
            Some(n) => format!(
                "Their file is loaded: they rated {n} of {} competencies.",
                framework.competencies.len()
            ),
        };
        let from = loaded.get().map(|l| format!(" (from “{}”)", l.file)).unwrap_or_default();
        format!("{what}{from}")
    };
    view! {
        <section aria-labelledby="their-file-heading">
            <h3 id="their-file-heading">{format!("{person}'s own ratings")}</h3>
            <p>{format!("Ask {person} to export their data from their “My data” page and send you the file. Only their ratings and evidence are kept here; notes and plans in the file are not.")}</p>
            <p role="status">{holds}</p>
            <label for="their-file">{format!("{person}'s exported file")}</label>
            <input id="their-file" type="file" accept="application/json,.json" on:change=on_file />
            {move || error.get().map(|e| view! { <p class="alert" role="alert">{e}</p> })}
            {move || loaded.get().filter(|l| !l.not_shown.is_empty()).map(|l| view! {
                <div class="notice" role="note">
                    <p><strong>"Some of their file doesn't fit this framework as it is now, and isn't kept here:"</strong></p>
                    <ul>{l.not_shown.into_iter().map(|c| view! { <li>{c}</li> }).collect_view()}</ul>
                </div>
            })}
        </section>
    }
}
