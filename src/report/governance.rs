//! A governance warning in a sentence.

use super::change::{capitalized, subject_name};
use crate::core::display::months;
use crate::core::governance::{GovernanceKind, GovernanceWarning};

pub fn governance_sentence(warning: &GovernanceWarning) -> String {
    match &warning.kind {
        GovernanceKind::ReviewOverdue { last_review, cadence_months, due } => format!(
            "The review is overdue: it was due on {due}, {} after the last review on {last_review}.",
            months(*cadence_months)
        ),
        GovernanceKind::VersionNotBumped { version } => format!(
            "The draft is still version {version}, like the published framework, but its content differs: give it a new version."
        ),
        GovernanceKind::VersionLowered { published, draft } => {
            format!("The draft's version {draft} is lower than the published version {published}.")
        }
        GovernanceKind::NoChangelogEntry { version } => {
            format!("The changelog (governance.changelog) has no entry for version {version}.")
        }
        GovernanceKind::SunsetWithoutSuccessor { subject, date } => format!(
            "{} is phased out on {date} with no successor: name the role that replaces it, so people know where to go.",
            capitalized(subject_name(subject))
        ),
        GovernanceKind::SunsetPassed { subject, date } => format!(
            "{} was to be phased out on {date} and is still in the framework: remove it, or move the date.",
            capitalized(subject_name(subject))
        ),
    }
}
