use leptos::prelude::*;
use leptos_meta::Title;

use crate::app::components::ProblemList;
use crate::app::{NeutralHeader, FRAMEWORK_FILE};
use crate::core::display::thousands;
use crate::core::framework::{Concern, Problem, Severity};

/// How many parity warnings this page lists; the rest are counted.
const PARITY_SHOWN: usize = 20;

/// What visitors see when the framework file can't load: a calm notice, and everything that
/// stops the file from loading, folded away for its authors to fix.
#[component]
pub fn ProblemsPage(
    /// Errors and warnings from loading the framework, errors first.
    problems: Vec<Problem>,
    /// Shown below the notice, unfolded (on private pages: the data stored on this device).
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let (errors, warnings): (Vec<Problem>, Vec<Problem>) =
        problems.into_iter().partition(|p| p.severity == Severity::Error);
    let (mut parity, content): (Vec<Problem>, Vec<Problem>) =
        warnings.into_iter().partition(|p| p.concern == Concern::Parity);
    // Parity warnings grow with tracks × bands (thousands in a file whose tracks skip many
    // bands) and don't stop the file from loading: the first few, with their true count.
    let parity_count = parity.len();
    parity.truncate(PARITY_SHOWN);
    let summary = format!(
        "{} {} in {FRAMEWORK_FILE} {} the career framework from being shown.",
        errors.len(),
        if errors.len() == 1 { "problem" } else { "problems" },
        if errors.len() == 1 { "stops" } else { "stop" },
    );
    view! {
        <Title text="Being updated · Career framework" />
        <NeutralHeader />
        <main id="main" class="problems-page">
            // Visitors read a calm notice; the located problems are for the file's authors,
            // one click away on the same URL (so every deep link still leads here).
            <section class="public-notice" aria-labelledby="notice-heading">
                <h1 id="notice-heading">"The career framework is being updated"</h1>
                <p class="lead">"It can't be shown right now. Please come back a little later."</p>
            </section>
            {children.map(|children| children())}
            <details class="for-authors">
                <summary>"Details for the framework's authors"</summary>
                <p>{summary}</p>
                <p>
                    "Each entry says where the problem is (line and column, and the path inside the JSON) and what to change. "
                    "Fix them in " <code>{FRAMEWORK_FILE}</code> ", upload it next to " <code>"index.html"</code>
                    " and reload this page. The file format is described by "
                    <a href="framework.schema.json">"framework.schema.json"</a> "."
                </p>
                <section aria-labelledby="errors-heading">
                    <h2 id="errors-heading">"Errors"</h2>
                    <ProblemList problems=errors label="Errors" />
                </section>
                {(!content.is_empty())
                    .then(|| {
                        view! {
                            <section aria-labelledby="content-warnings-heading">
                                <h2 id="content-warnings-heading">"Warnings"</h2>
                                <p>"These don't block the framework, but mean readers won't see all the author meant."</p>
                                <ProblemList problems=content label="Warnings" />
                            </section>
                        }
                    })}
                {(!parity.is_empty())
                    .then(|| {
                        view! {
                            <section aria-labelledby="warnings-heading">
                                <h2 id="warnings-heading">"Parity warnings"</h2>
                                <p>"These don't block the framework, but mean some tracks are not equal routes."</p>
                                <ProblemList problems=parity label="Parity warnings" />
                                {(parity_count > PARITY_SHOWN).then(|| view! {
                                    <p>{format!(
                                        "The first {PARITY_SHOWN} of {} parity warnings; the framework studio lists them all.",
                                        thousands(parity_count as u64),
                                    )}</p>
                                })}
                            </section>
                        }
                    })}
            </details>
        </main>
    }
}
