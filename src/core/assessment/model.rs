//! A person's private self-assessment, as stored in their browser and exported to a file.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::core::framework::RoleRef;

/// A piece of evidence behind a rating or a milestone: a note, a link, a date.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Evidence {
    pub note: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub link: String,
    /// ISO date (YYYY-MM-DD), when the evidence happened.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub date: String,
}

/// A self-rating of one competency.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rating {
    /// Proficiency ID from the framework's scale; `None` until the person rates it (evidence
    /// can come first).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proficiency: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<Evidence>,
    /// When it last changed (ISO date-time); the newer side wins when merging an import.
    #[serde(default)]
    pub updated: String,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MilestoneStatus {
    #[default]
    NotStarted,
    InProgress,
    Achieved,
}

impl MilestoneStatus {
    pub const ALL: [MilestoneStatus; 3] =
        [MilestoneStatus::NotStarted, MilestoneStatus::InProgress, MilestoneStatus::Achieved];

    /// Stable ID, as stored.
    pub fn id(self) -> &'static str {
        match self {
            MilestoneStatus::NotStarted => "not_started",
            MilestoneStatus::InProgress => "in_progress",
            MilestoneStatus::Achieved => "achieved",
        }
    }

    pub fn from_id(id: &str) -> Option<MilestoneStatus> {
        MilestoneStatus::ALL.into_iter().find(|s| s.id() == id)
    }

    /// How much of the milestone counts towards readiness.
    pub fn credit(self) -> f64 {
        match self {
            MilestoneStatus::NotStarted => 0.0,
            MilestoneStatus::InProgress => 0.5,
            MilestoneStatus::Achieved => 1.0,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MilestoneProgress {
    pub status: MilestoneStatus,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<Evidence>,
    #[serde(default)]
    pub updated: String,
}

/// Identifies a milestone across the framework: "track/level/milestone".
pub fn milestone_key(role: &RoleRef, milestone: &str) -> String {
    format!("{}/{}/{}", role.track, role.level, milestone)
}

/// Who the person is and where they want to go. Preferences filter every later view.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current_role: Option<RoleRef>,
    /// Track IDs the person is drawn to.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub drawn_to: Vec<String>,
    /// Track IDs the person does not want, e.g. people management.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub avoid: Vec<String>,
}

/// The ratings at one moment, kept for history ("Q3 review").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Snapshot {
    pub id: String,
    pub label: String,
    /// ISO date of the snapshot.
    pub date: String,
    /// Competency ID → proficiency ID.
    pub ratings: BTreeMap<String, String>,
}

/// Which framework an assessment was made against, and the competency names then, so a
/// later framework can be compared with it and renames explained.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FrameworkStamp {
    pub id: String,
    pub version: String,
    #[serde(default)]
    pub competency_names: BTreeMap<String, String>,
}

/// Ratings and progress the framework no longer has a place for. Kept, never dropped, so the
/// person can still see and export them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Retired {
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub ratings: BTreeMap<String, Rating>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub milestones: BTreeMap<String, MilestoneProgress>,
}

impl Retired {
    pub fn is_empty(&self) -> bool {
        self.ratings.is_empty() && self.milestones.is_empty()
    }
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActionStatus {
    #[default]
    Planned,
    InProgress,
    Done,
    Dropped,
}

impl ActionStatus {
    pub const ALL: [ActionStatus; 4] =
        [ActionStatus::Planned, ActionStatus::InProgress, ActionStatus::Done, ActionStatus::Dropped];

    pub fn id(self) -> &'static str {
        match self {
            ActionStatus::Planned => "planned",
            ActionStatus::InProgress => "in_progress",
            ActionStatus::Done => "done",
            ActionStatus::Dropped => "dropped",
        }
    }

    pub fn from_id(id: &str) -> Option<ActionStatus> {
        ActionStatus::ALL.into_iter().find(|s| s.id() == id)
    }
}

/// One thing to do in the development plan: a learning opportunity of the framework or the
/// person's own action, tied to what it develops.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Action {
    pub id: String,
    pub title: String,
    /// ID of the framework's learning opportunity, when it is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub learning: Option<String>,
    /// Competency IDs it develops.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub competencies: Vec<String>,
    /// Milestone keys (see [`milestone_key`]) it works towards.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub milestones: Vec<String>,
    /// ISO date it should be done by; empty when open-ended.
    #[serde(default)]
    pub target_date: String,
    #[serde(default)]
    pub status: ActionStatus,
    #[serde(default)]
    pub updated: String,
}

/// A dated note, e.g. from a career planning session with a manager.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CheckIn {
    pub id: String,
    pub date: String,
    pub note: String,
}

/// The development plan: where the person is heading, under which constraints, what they
/// will do and what they discussed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DevelopmentPlan {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<RoleRef>,
    #[serde(default)]
    pub constraints: crate::core::planner::Constraints,
    /// True once the person ticked or unticked a track: until then the plan's default
    /// exclusions apply and `constraints.excluded_tracks` is not read (see
    /// `Assessment::excluded_tracks`). Added in data version 3.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub tracks_chosen: bool,
    #[serde(default)]
    pub actions: Vec<Action>,
    #[serde(default)]
    pub checkins: Vec<CheckIn>,
}

impl DevelopmentPlan {
    /// (done, counted): dropped actions don't count.
    pub fn progress(&self) -> (usize, usize) {
        let counted = self.actions.iter().filter(|a| a.status != ActionStatus::Dropped);
        let total = counted.clone().count();
        (counted.filter(|a| a.status == ActionStatus::Done).count(), total)
    }

    /// A fresh ID with the given prefix ("a3", "c2").
    pub fn next_id(&self, prefix: &str) -> String {
        let used: std::collections::HashSet<&str> = self
            .actions
            .iter()
            .map(|a| a.id.as_str())
            .chain(self.checkins.iter().map(|c| c.id.as_str()))
            .collect();
        (1..).map(|n| format!("{prefix}{n}")).find(|id| !used.contains(id.as_str())).expect("unbounded")
    }
}

/// Everything personal: the whole stored document.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Assessment {
    pub framework: FrameworkStamp,
    #[serde(default)]
    pub profile: Profile,
    /// Competency ID → rating.
    #[serde(default)]
    pub ratings: BTreeMap<String, Rating>,
    /// Milestone key (see [`milestone_key`]) → progress.
    #[serde(default)]
    pub milestones: BTreeMap<String, MilestoneProgress>,
    #[serde(default)]
    pub snapshots: Vec<Snapshot>,
    #[serde(default, skip_serializing_if = "Retired::is_empty")]
    pub retired: Retired,
    /// Added in data version 2.
    #[serde(default)]
    pub plan: DevelopmentPlan,
}

impl Assessment {
    /// The proficiency ID rated for a competency, if any.
    pub fn proficiency(&self, competency: &str) -> Option<&str> {
        self.ratings.get(competency).and_then(|r| r.proficiency.as_deref())
    }

    pub fn milestone_status(&self, key: &str) -> MilestoneStatus {
        self.milestones.get(key).map(|m| m.status).unwrap_or_default()
    }

    /// True when nothing has been entered yet.
    pub fn is_blank(&self) -> bool {
        self.ratings.is_empty()
            && self.milestones.is_empty()
            && self.snapshots.is_empty()
            && self.profile == Profile::default()
            && self.retired.is_empty()
            && self.plan == DevelopmentPlan::default()
    }
}
