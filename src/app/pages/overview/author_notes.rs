//! Warnings about the framework's content (a role without criteria, a track outside every
//! family…) for the people who write it. Candidates don't need them, so they come last and
//! folded; authors find them without opening the file.

use leptos::prelude::*;

use crate::app::components::ProblemList;
use crate::app::use_framework;

#[component]
pub fn AuthorNotes() -> impl IntoView {
    let notes: Vec<_> = use_framework().content_warnings().cloned().collect();
    (!notes.is_empty()).then(|| {
        let count = notes.len();
        view! {
            <section class="author-notes" aria-labelledby="author-notes-heading">
                <h2 id="author-notes-heading">"For the framework's authors"</h2>
                <details>
                    <summary>
                        {format!(
                            "{count} {} about the framework file",
                            if count == 1 { "note" } else { "notes" },
                        )}
                    </summary>
                    <ProblemList problems=notes label="Notes about the framework file" />
                </details>
            </section>
        }
    })
}
