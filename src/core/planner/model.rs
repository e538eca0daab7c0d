//! What the planner is asked and what it answers: constraints, paths and their steps.
//! Everything is data (IDs and numbers); the app words it.

use super::unreachable::Unreachable;
use crate::core::assessment::Gap;
use crate::core::framework::{MobilityKind, RoleRef};

/// What the person asks of a path.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Constraints {
    /// Track IDs a path may not enter (e.g. people management).
    #[serde(default)]
    pub excluded_tracks: Vec<String>,
    /// Longest acceptable path, in months.
    #[serde(default)]
    pub max_months: Option<u32>,
    /// Count moves at the same band as cheaper, so sideways routes rank higher.
    #[serde(default)]
    pub prefer_lateral: bool,
}

/// How a step is taken.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StepKind {
    /// The next level of the same track.
    Promotion,
    /// A move allowed by the mobility rule with this ID.
    Move { rule: String, kind: MobilityKind },
}

/// A mobility rule's prerequisite, checked against the projected proficiency where it names
/// a competency; `met` is `None` for prerequisites only people can judge.
#[derive(Debug, Clone, PartialEq)]
pub struct PrerequisiteCheck {
    /// The framework's own summary of the prerequisite.
    pub summary: String,
    pub met: Option<bool>,
}

/// One step of a path.
#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    pub from: RoleRef,
    pub to: RoleRef,
    pub kind: StepKind,
    /// Competencies to grow for `to`, from the proficiency projected at `from`.
    pub gaps: Vec<Gap>,
    /// IDs of `to`'s milestones not yet achieved.
    pub milestones: Vec<String>,
    /// IDs of learning opportunities that close the gaps (the shortest for each gap).
    pub learning: Vec<String>,
    pub prerequisites: Vec<PrerequisiteCheck>,
    /// Estimated months for this step (see the module docs).
    pub months: u32,
}

/// The shape of a route, which names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RouteShape {
    /// Promotions only, in this track (the start's).
    Within { track: String },
    /// One move of this kind, into this track.
    OneMove { kind: MobilityKind, into: String },
    /// Several moves, into this track (the target's), through no other track.
    Moves { count: usize, into: String },
    /// Several moves through these tracks (neither the start's nor the target's), in the
    /// order visited.
    Through { tracks: Vec<String> },
}

/// What tells a path apart from the others offered: its shape and, when another path has the
/// same shape, the role its first move leaves from and then an option number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PathLabel {
    pub shape: RouteShape,
    /// The role the first move leaves from, when another path has the same shape.
    pub from: Option<RoleRef>,
    /// 2, 3, … when still not told apart.
    pub option: Option<u32>,
}

/// A whole route to the target.
#[derive(Debug, Clone, PartialEq)]
pub struct Path {
    pub steps: Vec<Step>,
    /// Sum of the steps' months.
    pub months: u32,
    pub label: PathLabel,
}

/// The answer for one target.
#[derive(Debug, Clone, PartialEq)]
pub struct Plan {
    pub start: RoleRef,
    /// True when the start was not given and the best-fitting role was used.
    pub start_inferred: bool,
    pub target: RoleRef,
    /// Best first, then genuinely different alternatives, ranked by months.
    pub paths: Vec<Path>,
    pub unreachable: Option<Unreachable>,
}

/// Roles reachable from the start within a horizon, per track.
#[derive(Debug, Clone, PartialEq)]
pub struct Horizon {
    pub months: u32,
    /// (track ID, roles in that track reachable within `months`, in level order).
    pub tracks: Vec<(String, Vec<RoleRef>)>,
}
