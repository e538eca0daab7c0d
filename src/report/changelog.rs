//! A changelog entry drafted from a comparison, ready to paste into `governance.changelog`.

use std::collections::BTreeMap;

use super::change::kind_heading;
use crate::core::diff::{Change, ChangeKind, FrameworkDiff, Subject};
use crate::core::framework::ChangelogEntry;

/// How many names a kind lists before "and N more".
const NAMES_PER_KIND: usize = 4;

/// The short name of what a change is about, for a one-line summary.
fn short_name(change: &Change) -> Option<String> {
    Some(match &change.subject {
        Subject::Framework => return None,
        Subject::Track { name, .. } | Subject::Band { name, .. } | Subject::Competency { name, .. } => {
            name.clone()
        }
        Subject::Role { title, track_name, .. } => format!("{title} ({track_name})"),
        Subject::Expectation { title, competency_name, .. } => format!("{title} on {competency_name}"),
        Subject::Milestone { title, role_title, .. } => format!("“{title}” for {role_title}"),
        Subject::Learning { title, .. } => title.clone(),
        Subject::Mobility { id } => id.clone(),
    })
}

/// The entry's summary: one clause per kind of change, most important first, naming what
/// changed ("Expectations raised: Senior engineer on Testing. Pay lowered: Band 3.").
pub fn changelog_summary(diff: &FrameworkDiff) -> String {
    if diff.is_empty() {
        return "No changes.".to_string();
    }
    let mut kinds: BTreeMap<ChangeKind, Vec<&Change>> = BTreeMap::new();
    for change in &diff.changes {
        kinds.entry(change.kind).or_default().push(change);
    }
    let mut kinds: Vec<_> = kinds.into_iter().collect();
    // Most important first; within an impact, in the order of the file's sections.
    kinds.sort_by_key(|(kind, changes)| (std::cmp::Reverse(changes.iter().map(|c| c.impact).max()), *kind));
    let clauses: Vec<String> = kinds
        .into_iter()
        .map(|(kind, changes)| {
            let mut names: Vec<String> = Vec::new();
            for name in changes.iter().filter_map(|c| short_name(c)) {
                if !names.contains(&name) {
                    names.push(name);
                }
            }
            let heading = kind_heading(kind);
            match names.len() {
                0 => format!("{heading}: {}.", changes.len()),
                n if n <= NAMES_PER_KIND => format!("{heading}: {}.", names.join(", ")),
                n => format!(
                    "{heading}: {} and {} more.",
                    names[..NAMES_PER_KIND].join(", "),
                    n - NAMES_PER_KIND
                ),
            }
        })
        .collect();
    clauses.join(" ")
}

/// A changelog entry for `new_version` dated `date` (YYYY-MM-DD), as JSON an author can
/// paste into `governance.changelog`: one line of summary, quotes and all escaped.
pub fn changelog_draft(diff: &FrameworkDiff, new_version: &str, date: &str) -> String {
    let entry = ChangelogEntry {
        version: new_version.to_string(),
        date: date.to_string(),
        summary: changelog_summary(diff),
    };
    serde_json::to_string_pretty(&entry).unwrap_or_default()
}
