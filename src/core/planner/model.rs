//! What the planner is asked and what it answers: constraints, paths and their steps.
//! Everything is data (IDs and numbers); the app words it.

use super::unreachable::Unreachable;
use crate::core::assessment::Gap;
use crate::core::framework::{MobilityKind, RoleRef, ThemeStanding};

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
    /// The next level of the same track, or the first level of a track that branches from
    /// the role left (a shared trunk splitting into individual-contributor and manager tracks).
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

/// How a competency is grown for a step: a listed learning opportunity (by ID), or on the
/// job at the framework's pace, whichever is quicker (learning when they tie).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GrowthWay {
    Learning(String),
    OnTheJob,
}

/// One competency grown for a step, from the level projected at the role left to the level
/// the step needs (the highest of the role's expectation, the move's prerequisite and the
/// points raise). Ranks are on the competency's own scale.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Growth {
    pub competency: String,
    /// Rank projected at the role left; `None` when not rated.
    pub from: Option<usize>,
    pub to: usize,
    pub months: u32,
    pub way: GrowthWay,
}

impl Growth {
    /// Scale steps to climb.
    pub fn steps(&self) -> usize {
        self.to + 1 - self.from.map_or(0, |f| f + 1)
    }
}

/// One competency raised to reach a points threshold (ranks on its own scale).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PointsRaise {
    pub competency: String,
    /// Rank before the raise; `None` when not rated.
    pub from: Option<usize>,
    pub to: usize,
    /// Points the raise gains.
    pub points: u32,
}

/// What a step into a role with a points threshold asks, from the levels projected at the
/// role left once the new role's expectations are met.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PointsNeed {
    pub have: u32,
    pub need: u32,
    /// Themes whose minimum isn't met yet.
    pub short_themes: Vec<ThemeStanding>,
    /// The fewest raises that reach the threshold, biggest gain first.
    pub raises: Vec<PointsRaise>,
}

impl PointsNeed {
    /// Points still missing from the total.
    pub fn shortfall(&self) -> u32 {
        self.need.saturating_sub(self.have)
    }
}

/// One step of a path.
#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    pub from: RoleRef,
    pub to: RoleRef,
    pub kind: StepKind,
    /// Expectations of `to` (and competency prerequisites of the move) not met at the
    /// proficiency projected at `from`; ranks on each competency's own scale.
    pub gaps: Vec<Gap>,
    /// When `to` has a points threshold not met at that projection: what reaches it.
    pub points: Option<PointsNeed>,
    /// Every competency to grow for this step (gaps and points raises), longest first.
    pub growth: Vec<Growth>,
    /// IDs of `to`'s milestones not yet achieved.
    pub milestones: Vec<String>,
    /// IDs of learning opportunities that grow the competencies far enough (the shortest for
    /// each competency), quicker than on the job or not.
    pub learning: Vec<String>,
    pub prerequisites: Vec<PrerequisiteCheck>,
    /// The move's typical months by the framework alone ([`Framework::typical_months`]): the
    /// figure the role page shows for the same move.
    ///
    /// [`Framework::typical_months`]: crate::core::framework::Framework::typical_months
    pub typical_months: u32,
    /// The estimate for this person (see the module docs): longer than typical when a
    /// competency takes longer to grow, shorter when the person already achieved the
    /// milestone that makes the typical time long.
    pub months: u32,
}

impl Step {
    /// The growths that make the step longer than typical, longest first (empty when it isn't).
    pub fn lengthened_by(&self) -> impl Iterator<Item = &Growth> {
        let months = self.months;
        self.growth.iter().filter(move |g| months > self.typical_months && g.months == months)
    }
}

/// The shape of a route, which names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RouteShape {
    /// Promotions only, in this track (the start's).
    Within { track: String },
    /// Promotions only, through a branch of a shared trunk into this track (the target's).
    Branch { into: String },
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
