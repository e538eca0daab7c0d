use leptos::prelude::*;

use crate::core::framework::Problem;

/// Problems found in the framework file, each with where it is and what is wrong.
#[component]
pub fn ProblemList(
    /// The problems, in the order to show them.
    problems: Vec<Problem>,
    /// Accessible name of the list, e.g. "Errors".
    label: &'static str,
) -> impl IntoView {
    view! {
        <ol class="problems" aria-label=label>
            {problems
                .into_iter()
                .map(|problem| {
                    view! {
                        <li class="problem">
                            <p class="problem-location">
                                <code>{problem.location()}</code>
                            </p>
                            <p class="problem-message">{problem.message}</p>
                        </li>
                    }
                })
                .collect_view()}
        </ol>
    }
}
