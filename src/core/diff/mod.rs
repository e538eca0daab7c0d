//! Two versions of a framework compared by ID, as data: every change with what it is about,
//! its values before and after, its place in the new file and its impact (major, minor or
//! patch), and the version bump that follows. Sentences live outside the core
//! (the `report` module).

mod bands;
mod change;
mod competencies;
mod expectations;
mod learning;
mod matching;
mod milestones;
mod mobility;
mod parity;
mod pay;
mod sunsets;
mod tracks;
mod wording;

use serde::Serialize;

pub use change::{Change, ChangeKind, Impact, Subject, Value};

use crate::core::framework::{Framework, Level, Track};
use crate::core::version::bump;

/// Everything that differs between two versions, in the order of the file's sections.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FrameworkDiff {
    pub old_version: String,
    pub new_version: String,
    /// The largest impact of any change; `None` when nothing changed.
    pub impact: Option<Impact>,
    /// The old version bumped by `impact` (see [`crate::core::version::bump`]); `None` when
    /// nothing changed or the old version can't be read as numbers.
    pub suggested_version: Option<String>,
    pub changes: Vec<Change>,
}

impl FrameworkDiff {
    pub fn is_empty(&self) -> bool {
        self.changes.is_empty()
    }

    /// How many changes have this impact.
    pub fn count(&self, impact: Impact) -> usize {
        self.changes.iter().filter(|c| c.impact == impact).count()
    }

    pub fn of_kind(&self, kind: ChangeKind) -> impl Iterator<Item = &Change> {
        self.changes.iter().filter(move |c| c.kind == kind)
    }

    /// `old_version` bumped by this comparison's impact: `None` when nothing changed or the
    /// version isn't numbers separated by dots (the impact still says which bump it needs).
    pub fn suggested_version(&self, old_version: &str) -> Option<String> {
        bump(old_version, self.impact?)
    }
}

/// Compares `new` with `old`, matching tracks, roles (track and level), bands, competencies,
/// milestones, learning and mobility by ID.
pub fn diff(old: &Framework, new: &Framework) -> FrameworkDiff {
    let mut changes = Vec::new();
    tracks::compare(old, new, &mut changes);
    bands::compare(old, new, &mut changes);
    pay::compare(old, new, &mut changes);
    competencies::compare(old, new, &mut changes);
    expectations::compare(old, new, &mut changes);
    milestones::compare(old, new, &mut changes);
    sunsets::compare(old, new, &mut changes);
    learning::compare(old, new, &mut changes);
    mobility::compare(old, new, &mut changes);
    parity::compare(old, new, &mut changes);
    wording::compare(old, new, &mut changes);
    let impact = changes.iter().map(|c| c.impact).max();
    let mut diff = FrameworkDiff {
        old_version: old.meta.version.clone(),
        new_version: new.meta.version.clone(),
        impact,
        suggested_version: None,
        changes,
    };
    diff.suggested_version = diff.suggested_version(&old.meta.version);
    diff
}

/// A role both versions have that is still the same role (not an ID reused).
pub(super) struct KeptRole<'a> {
    pub old: &'a Level,
    pub track: &'a Track,
    pub new: &'a Level,
    /// The role's JSON path in the new file: `tracks[t].levels[l]`.
    pub path: String,
}

impl KeptRole<'_> {
    pub fn subject(&self) -> Subject {
        Subject::role(self.track, self.new)
    }
}

pub(super) fn kept_roles<'a>(old: &'a Framework, new: &'a Framework) -> Vec<KeptRole<'a>> {
    let mut roles = Vec::new();
    for (old_track, t, new_track) in tracks::kept_tracks(old, new) {
        let levels = matching::by_id(&old_track.levels, &new_track.levels, |l| &l.id);
        for (before, l, after) in levels.kept {
            if !tracks::role_reused(old, new, before, after) {
                roles.push(KeptRole {
                    old: before,
                    track: new_track,
                    new: after,
                    path: format!("tracks[{t}].levels[{l}]"),
                });
            }
        }
    }
    roles
}
