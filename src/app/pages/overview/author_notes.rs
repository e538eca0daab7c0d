//! Warnings for the people who write the framework: about its content (a role without
//! criteria, a track outside every family…) and about parity, located by line and column.
//! Candidates read the parity section's plain statements instead, so these come last and
//! folded; authors find them without opening the file.
//!
//! A public page shows a bounded summary: the true count of each kind of parity warning
//! (from the core's `ParityFacts`) and the first few warnings, never a list that grows with
//! the file (a file whose tracks skip many bands has thousands). The full list is the
//! studio's, for authors.

use leptos::prelude::*;

use crate::app::components::ProblemList;
use crate::app::use_framework;
use crate::core::display::thousands;
use crate::core::framework::{ParityFacts, PayParity};

/// How many warnings of each concern the overview lists before pointing to the studio.
const FIRST_SHOWN: usize = 5;

#[component]
pub fn AuthorNotes() -> impl IntoView {
    let loaded = use_framework();
    let parity_count = loaded.parity_issues().count();
    let content_count = loaded.content_warnings().count();
    let parity: Vec<_> = loaded.parity_issues().take(FIRST_SHOWN).cloned().collect();
    let content: Vec<_> = loaded.content_warnings().take(FIRST_SHOWN).cloned().collect();
    let count = parity_count + content_count;
    let kinds = parity_kinds(&loaded.framework.parity_facts());
    let capped = parity_count > FIRST_SHOWN || content_count > FIRST_SHOWN;
    (count > 0).then(|| {
        view! {
            <section class="author-notes" aria-labelledby="author-notes-heading">
                <h2 id="author-notes-heading">"For the framework's authors"</h2>
                <details>
                    <summary>
                        {format!(
                            "{} {} about the framework file",
                            thousands(count as u64),
                            if count == 1 { "note" } else { "notes" },
                        )}
                    </summary>
                    {(!parity.is_empty())
                        .then(|| {
                            view! {
                                <p class="small-heading">"Where tracks are not equal routes"</p>
                                <p class="parity-summary">{kinds}</p>
                                <ProblemList problems=parity label="Parity warnings" />
                                {shown_of(parity_count)}
                            }
                        })}
                    {(!content.is_empty())
                        .then(|| {
                            view! {
                                <p class="small-heading">"About the content"</p>
                                <ProblemList problems=content label="Notes about the framework file" />
                                {shown_of(content_count)}
                            }
                        })}
                    {capped.then(|| view! {
                        <p>
                            "The full list, each note with its line, is for the framework's authors: open the file in the framework studio ("
                            <code>"/studio"</code> ") or run " <code>"mosaic check"</code> "."
                        </p>
                    })}
                </details>
            </section>
        }
    })
}

/// "The first 5 of 1,240." under a list cut short, or nothing.
fn shown_of(total: usize) -> Option<impl IntoView> {
    (total > FIRST_SHOWN)
        .then(|| view! { <p class="muted">{format!("The first {FIRST_SHOWN} of {}.", thousands(total as u64))}</p> })
}

/// The parity warnings by kind, with true counts: "Parity: 3 tracks skip bands, 1,240 bands
/// skipped in all; 2 bands pay differently by track."
fn parity_kinds(facts: &ParityFacts) -> String {
    let plural = |n: usize, one: &str, many: &str| {
        if n == 1 {
            format!("1 {one}")
        } else {
            format!("{} {many}", thousands(n as u64))
        }
    };
    let mut kinds = Vec::new();
    if !facts.below_top.is_empty() {
        kinds.push(format!(
            "{} below the highest band people management reaches",
            plural(facts.below_top.len(), "track stops", "tracks stop")
        ));
    }
    if let PayParity::DiffersByTrack { bands } = &facts.pay {
        kinds.push(format!("{} differently by track", plural(bands.len(), "band pays", "bands pay")));
    }
    if !facts.skipping.is_empty() {
        kinds.push(format!(
            "{} bands, {} in all",
            plural(facts.skipping.len(), "track skips", "tracks skip"),
            plural(facts.gaps, "band skipped", "bands skipped"),
        ));
    }
    format!("{}: {}.", plural(facts.warning_count(), "parity warning", "parity warnings"), kinds.join("; "))
}
