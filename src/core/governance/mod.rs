//! The council's housekeeping, as data: a review overdue, a version not bumped against the
//! published one, a version without a changelog entry, sunsets without a successor or past
//! their date. Sentences live outside the core (the `report` module).

mod dates;
mod review;

use std::cmp::Ordering;

use serde::Serialize;

pub use dates::add_months;

use crate::core::diff::Subject;
use crate::core::framework::{Framework, Sunset};
use crate::core::version::compare_versions;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GovernanceWarning {
    pub kind: GovernanceKind,
    /// JSON path in the draft (`governance.last_review`, `tracks[2].sunset`).
    pub path: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum GovernanceKind {
    /// The last review plus the cadence is before today.
    ReviewOverdue { last_review: String, cadence_months: u32, due: String },
    /// The draft has the published version's number but not its content.
    VersionNotBumped { version: String },
    /// The draft's version is lower than the published one.
    VersionLowered { published: String, draft: String },
    /// `governance.changelog` has no entry for the draft's version.
    NoChangelogEntry { version: String },
    /// A track or role is being phased out with no role named to replace it.
    SunsetWithoutSuccessor { subject: Subject, date: String },
    /// A track or role whose sunset date has passed is still in the framework.
    SunsetPassed { subject: Subject, date: String },
}

/// Every governance warning for `draft`, compared with the `published` version when there
/// is one, on `today` (YYYY-MM-DD).
pub fn governance_warnings(
    draft: &Framework,
    published: Option<&Framework>,
    today: &str,
) -> Vec<GovernanceWarning> {
    let mut warnings = Vec::new();
    let warn = |warnings: &mut Vec<GovernanceWarning>, path: &str, kind| {
        warnings.push(GovernanceWarning { kind, path: path.to_string() })
    };
    let governance = &draft.governance;
    if let Some(due) = draft.next_review().filter(|_| draft.review_overdue(today)) {
        let kind = GovernanceKind::ReviewOverdue {
            last_review: governance.last_review.clone(),
            cadence_months: governance.review_cadence_months,
            due,
        };
        warn(&mut warnings, "governance.last_review", kind);
    }
    let version = &draft.meta.version;
    if let Some(published) = published {
        if published.meta.version == *version && published != draft {
            warn(
                &mut warnings,
                "meta.version",
                GovernanceKind::VersionNotBumped { version: version.clone() },
            );
        } else if compare_versions(version, &published.meta.version) == Some(Ordering::Less) {
            let kind = GovernanceKind::VersionLowered {
                published: published.meta.version.clone(),
                draft: version.clone(),
            };
            warn(&mut warnings, "meta.version", kind);
        }
    }
    if !governance.changelog.iter().any(|entry| entry.version == *version) {
        let path = if governance.changelog.is_empty() { "governance" } else { "governance.changelog" };
        warn(&mut warnings, path, GovernanceKind::NoChangelogEntry { version: version.clone() });
    }
    for (t, track) in draft.tracks.iter().enumerate() {
        sunset(
            &mut warnings,
            Subject::track(track),
            format!("tracks[{t}].sunset"),
            track.sunset.as_ref(),
            today,
        );
        for (l, level) in track.levels.iter().enumerate() {
            let path = format!("tracks[{t}].levels[{l}].sunset");
            sunset(&mut warnings, Subject::role(track, level), path, level.sunset.as_ref(), today);
        }
    }
    warnings
}

fn sunset(
    warnings: &mut Vec<GovernanceWarning>,
    subject: Subject,
    path: String,
    sunset: Option<&Sunset>,
    today: &str,
) {
    let Some(sunset) = sunset else { return };
    if sunset.successor.is_none() {
        let kind =
            GovernanceKind::SunsetWithoutSuccessor { subject: subject.clone(), date: sunset.date.clone() };
        warnings.push(GovernanceWarning { kind, path: path.clone() });
    }
    // ISO dates compare as text.
    if sunset.date.as_str() < today {
        let kind = GovernanceKind::SunsetPassed { subject, date: sunset.date.clone() };
        warnings.push(GovernanceWarning { kind, path });
    }
}
