//! One difference between two versions of a framework, as data: what kind of change, what it
//! is about, the values before and after, where it is in the new file, and how much it
//! matters to the people the framework describes.

use serde::Serialize;

use crate::core::framework::{Level, RoleRef, Track};

/// How much a change matters, in the terms of a version number. Ordered: `Patch < Minor < Major`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Impact {
    /// Wording: nobody's standing changes.
    Patch,
    /// Additions and improvements: nobody loses anything (more pay, a lower bar, a new role).
    Minor,
    /// Someone may lose something: a raised or new expectation, a removal, lower pay.
    Major,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ChangeKind {
    /// A new ID.
    Added,
    /// An ID that is gone.
    Removed,
    /// The same ID under a new name or title.
    Renamed,
    /// The same ID for something clearly different (new name and new theme, band or kind):
    /// anything stored under the ID now points at another thing.
    IdReused,
    /// A role expects a higher step of a competency's own scale, or expects it for the first time.
    ExpectationRaised,
    /// A role expects a lower step, or no longer expects the competency.
    ExpectationLowered,
    /// A role's points threshold is higher, or new.
    ThresholdRaised,
    /// A role's points threshold is lower, or gone.
    ThresholdLowered,
    /// A role sits in another band.
    BandMoved,
    /// A pay range went up (no figure lower).
    PayRaised,
    /// At least one figure of a pay range went down.
    PayLowered,
    /// A pay range is published where there was none.
    PayPublished,
    /// A pay range is no longer published.
    PayWithdrawn,
    /// A pay range is in another currency (its figures can't be compared).
    CurrencyChanged,
    SunsetAdded,
    SunsetRemoved,
    /// A sunset's date or successor changed.
    SunsetMoved,
    /// A mobility rule starts from another track or leads to another role.
    RouteChanged,
    /// A parity warning the old version did not have.
    ParityWarningNew,
    /// A parity warning of the old version that is gone.
    ParityWarningResolved,
    /// Descriptions, summaries, descriptors, expectation text: words only.
    Reworded,
}

/// What a change is about, with IDs (stable) and names (as the newer version has them, or the
/// old one for what was removed).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Subject {
    /// The framework as a whole (its purpose, its parity).
    Framework,
    Track {
        id: String,
        name: String,
    },
    Role {
        track: String,
        track_name: String,
        level: String,
        title: String,
    },
    Band {
        id: String,
        name: String,
    },
    Competency {
        id: String,
        name: String,
    },
    /// One competency as one role expects it.
    Expectation {
        track: String,
        level: String,
        title: String,
        competency: String,
        competency_name: String,
    },
    Milestone {
        track: String,
        level: String,
        role_title: String,
        id: String,
        title: String,
    },
    Learning {
        id: String,
        title: String,
    },
    Mobility {
        id: String,
    },
}

impl Subject {
    pub fn role(track: &Track, level: &Level) -> Subject {
        Subject::Role {
            track: track.id.clone(),
            track_name: track.name.clone(),
            level: level.id.clone(),
            title: level.title.clone(),
        }
    }

    pub fn track(track: &Track) -> Subject {
        Subject::Track { id: track.id.clone(), name: track.name.clone() }
    }

    /// The role it belongs to, for roles, expectations and milestones.
    pub fn role_ref(&self) -> Option<RoleRef> {
        match self {
            Subject::Role { track, level, .. }
            | Subject::Expectation { track, level, .. }
            | Subject::Milestone { track, level, .. } => Some(RoleRef::new(track, level)),
            _ => None,
        }
    }
}

/// A value before or after a change.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Value {
    /// A name, a title or a text.
    Text(String),
    /// A name with what tells it apart (a competency's theme, a role's band, a track's kind).
    Labelled {
        name: String,
        detail: String,
    },
    /// A step of a competency's own scale; `rank` 0 is its lowest.
    Step {
        id: String,
        name: String,
        rank: usize,
    },
    /// A band; `rank` 0 is the lowest.
    Band {
        id: String,
        name: String,
        rank: usize,
    },
    Pay {
        min: u64,
        mid: u64,
        max: u64,
        currency: String,
    },
    Points(u32),
    Sunset {
        date: String,
        successor: Option<RoleRef>,
    },
    /// Where a mobility rule starts and where it leads.
    Route {
        from_track: String,
        to: RoleRef,
    },
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Change {
    pub kind: ChangeKind,
    pub subject: Subject,
    /// Which part of the subject changed, as its key in the file (`summary`,
    /// `descriptors.practitioner`, `evidence`); `None` when the subject changed as a whole.
    pub aspect: Option<String>,
    pub before: Option<Value>,
    pub after: Option<Value>,
    /// JSON path in the new file (`tracks[1].levels[2].expectations[0]`); `None` for what the
    /// new file no longer has.
    pub path: Option<String>,
    pub impact: Impact,
}

impl Change {
    pub(super) fn new(kind: ChangeKind, subject: Subject, impact: Impact) -> Self {
        Change { kind, subject, aspect: None, before: None, after: None, path: None, impact }
    }

    pub(super) fn aspect(mut self, aspect: impl Into<String>) -> Self {
        self.aspect = Some(aspect.into());
        self
    }

    pub(super) fn before(mut self, value: impl Into<Option<Value>>) -> Self {
        self.before = value.into();
        self
    }

    pub(super) fn after(mut self, value: impl Into<Option<Value>>) -> Self {
        self.after = value.into();
        self
    }

    pub(super) fn at(mut self, path: impl Into<String>) -> Self {
        self.path = Some(path.into());
        self
    }

    /// The same ID under a new name or title: wording, a patch. `field` is the name's field
    /// ("name", "title"), found at `{path}.{field}` in the new file.
    pub(super) fn renamed(subject: Subject, field: &str, before: &str, after: &str, path: &str) -> Self {
        Change::new(ChangeKind::Renamed, subject, Impact::Patch)
            .aspect(field)
            .before(Value::Text(before.to_string()))
            .after(Value::Text(after.to_string()))
            .at(format!("{path}.{field}"))
    }

    /// The same ID now names something different: a major change, shown with what the ID
    /// meant `before` and what it means `after`, found at `path` in the new file.
    pub(super) fn id_reused(subject: Subject, before: Value, after: Value, path: impl Into<String>) -> Self {
        Change::new(ChangeKind::IdReused, subject, Impact::Major).before(before).after(after).at(path)
    }
}
