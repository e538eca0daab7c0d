//! Warnings for the people who write the framework: about its content (a role without
//! criteria, a track outside every family…) and about parity, located by line and column.
//! Candidates read the parity section's plain statements instead, so these come last and
//! folded; authors find them without opening the file.

use leptos::prelude::*;

use crate::app::components::ProblemList;
use crate::app::use_framework;

#[component]
pub fn AuthorNotes() -> impl IntoView {
    let loaded = use_framework();
    let parity: Vec<_> = loaded.parity_issues().cloned().collect();
    let content: Vec<_> = loaded.content_warnings().cloned().collect();
    let count = parity.len() + content.len();
    (count > 0).then(|| {
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
                    {(!parity.is_empty())
                        .then(|| {
                            view! {
                                <p class="small-heading">"Where tracks are not equal routes"</p>
                                <ProblemList problems=parity label="Parity warnings" />
                            }
                        })}
                    {(!content.is_empty())
                        .then(|| {
                            view! {
                                <p class="small-heading">"About the content"</p>
                                <ProblemList problems=content label="Notes about the framework file" />
                            }
                        })}
                </details>
            </section>
        }
    })
}
