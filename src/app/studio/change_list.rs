//! A comparison's changes, grouped by kind, each with its impact and its place in the file:
//! shown on the Compare page and in the council's packet.

use std::collections::BTreeMap;

use leptos::prelude::*;

use crate::core::diff::{Change, ChangeKind, FrameworkDiff, Impact};
use crate::report::{bump_sentence, change_sentence, impact_meaning, kind_heading};

/// The bump the changes call for, how many of each impact, and every change by kind.
#[component]
pub fn ChangeList(diff: FrameworkDiff) -> impl IntoView {
    if diff.is_empty() {
        return view! { <p class="bump">{bump_sentence(&diff)}</p> }.into_any();
    }
    let differs = diff.suggested_version.clone().filter(|next| *next != diff.new_version).map(|next| {
        view! { <p>{format!("The draft says version {}; the changes call for {next}.", diff.new_version)}</p> }
    });
    let counts = [Impact::Major, Impact::Minor, Impact::Patch].map(|impact| {
        view! {
            <tr>
                <th scope="row">{impact_meaning(impact)}</th>
                <td>{diff.count(impact)}</td>
            </tr>
        }
    });
    let mut kinds: BTreeMap<ChangeKind, Vec<Change>> = BTreeMap::new();
    for change in diff.changes.iter().cloned() {
        kinds.entry(change.kind).or_default().push(change);
    }
    view! {
        <p class="bump"><strong>{bump_sentence(&diff)}</strong></p>
        {differs}
        <table class="impact-counts">
            <caption>"Changes by impact"</caption>
            <thead><tr><th scope="col">"Impact"</th><th scope="col">"Changes"</th></tr></thead>
            <tbody>{counts.into_iter().collect_view()}</tbody>
        </table>
        {kinds
            .into_iter()
            .map(|(kind, changes)| {
                let heading = kind_heading(kind);
                view! {
                    <h3>{format!("{heading} ({})", changes.len())}</h3>
                    <ul class="changes" aria-label=heading>
                        {changes.into_iter().map(|change| view! { <ChangeItem change /> }).collect_view()}
                    </ul>
                }
            })
            .collect_view()}
    }
    .into_any()
}

#[component]
fn ChangeItem(change: Change) -> impl IntoView {
    let (word, class) = match change.impact {
        Impact::Major => ("Major", "impact impact-major"),
        Impact::Minor => ("Minor", "impact impact-minor"),
        Impact::Patch => ("Patch", "impact impact-patch"),
    };
    view! {
        <li>
            <span class=class>{word}</span>
            " "
            {change_sentence(&change)}
            {change.path.map(|path| view! { " " <code class="change-path">{path}</code> })}
        </li>
    }
}
