//! The career framework as authored in `framework.json`.
//!
//! Every reference between parts is by a stable string ID, so authors can reorder, rename and
//! reword without breaking links, and stored assessments survive framework edits.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Format version this build reads. Authors write it as `"format": 1`.
pub const FORMAT_VERSION: u32 = 1;

/// A whole framework: one organization's tracks, bands and competencies.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Framework {
    /// Version of the file format (currently 1).
    pub format: u32,
    pub meta: Meta,
    pub governance: Governance,
    /// Shared grades, lowest first. Bands make roles comparable across tracks.
    pub bands: Vec<Band>,
    /// Ordered proficiency levels used by every competency, lowest first.
    pub proficiency_scale: Vec<Proficiency>,
    pub competencies: Vec<Competency>,
    pub tracks: Vec<Track>,
    #[serde(default)]
    pub learning: Vec<LearningOpportunity>,
    #[serde(default)]
    pub mobility: Vec<MobilityRule>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Meta {
    /// Stable identifier of this framework; stored assessments are tied to it.
    pub id: String,
    pub name: String,
    pub organization: String,
    /// Why the framework exists, shown on the overview page.
    #[serde(default)]
    pub purpose: String,
    /// The framework's own version, e.g. "2026.1".
    pub version: String,
    /// BCP 47 language tag, e.g. "en-GB".
    #[serde(default = "default_locale")]
    pub locale: String,
    /// ISO date (YYYY-MM-DD) from which this version applies.
    pub effective_date: String,
}

fn default_locale() -> String {
    "en".to_string()
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Governance {
    /// The cross-functional council that owns the framework.
    pub council: String,
    /// Months between reviews; the seed's policy is a yearly review.
    #[serde(default = "default_review_months")]
    pub review_cadence_months: u32,
    /// ISO date of the last review.
    pub last_review: String,
    #[serde(default)]
    pub changelog: Vec<ChangelogEntry>,
}

fn default_review_months() -> u32 {
    12
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ChangelogEntry {
    pub version: String,
    pub date: String,
    pub summary: String,
}

/// A shared grade. Levels in every track point at a band, which is what makes pay and scope
/// comparable between a staff engineer and an engineering manager.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Band {
    pub id: String,
    pub name: String,
    pub scope: String,
    pub impact: String,
    pub autonomy: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub compensation: Option<Compensation>,
}

/// A yearly pay range.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Compensation {
    pub min: u64,
    pub mid: u64,
    pub max: u64,
    /// ISO 4217 code, e.g. "EUR".
    pub currency: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Proficiency {
    pub id: String,
    pub name: String,
    pub description: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Competency {
    pub id: String,
    pub name: String,
    /// Grouping shown in lists, e.g. "Craft", "Collaboration".
    pub theme: String,
    pub description: String,
    /// What this competency looks like at each proficiency, keyed by proficiency ID.
    pub descriptors: std::collections::BTreeMap<String, String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum TrackKind {
    Technical,
    ProjectLeadership,
    Process,
    Customer,
    PeopleManagement,
    Other,
}

impl TrackKind {
    pub fn label(self) -> &'static str {
        match self {
            TrackKind::Technical => "Technical mastery",
            TrackKind::ProjectLeadership => "Project leadership",
            TrackKind::Process => "Process optimization",
            TrackKind::Customer => "Customer strategy",
            TrackKind::PeopleManagement => "People management",
            TrackKind::Other => "Other",
        }
    }
}

/// Marks a track or level as being phased out.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Sunset {
    /// ISO date after which the role is no longer filled.
    pub date: String,
    /// The role that replaces it, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub successor: Option<RoleRef>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Track {
    pub id: String,
    pub name: String,
    pub kind: TrackKind,
    /// True only for tracks whose roles have direct reports.
    #[serde(default)]
    pub manages_people: bool,
    pub description: String,
    /// Roles in order of growth, first is the entry level.
    pub levels: Vec<Level>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sunset: Option<Sunset>,
}

/// One role: a level of one track.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Level {
    /// Unique within its track.
    pub id: String,
    pub title: String,
    /// ID of the shared band.
    pub band: String,
    pub summary: String,
    pub impact: String,
    pub autonomy: String,
    pub influence: String,
    /// Required proficiency per competency.
    pub expectations: Vec<Expectation>,
    /// Observable evidence that someone is ready for this role.
    #[serde(default)]
    pub milestones: Vec<Milestone>,
    /// Overrides the band's pay range; parity warns when this makes tracks unequal.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub compensation: Option<Compensation>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sunset: Option<Sunset>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Expectation {
    pub competency: String,
    /// Proficiency ID from the scale.
    pub proficiency: String,
    /// Relative importance for readiness scoring; 1.0 when absent.
    #[serde(default = "default_weight")]
    pub weight: f64,
}

fn default_weight() -> f64 {
    1.0
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Milestone {
    /// Unique within its level.
    pub id: String,
    pub title: String,
    /// What counts as evidence.
    pub evidence: String,
    /// How the evidence is verified, and by whom.
    pub verification: String,
    /// Typical months to reach it once working towards the role.
    pub horizon_months: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum LearningKind {
    Course,
    Mentoring,
    OnTheJob,
    StretchAssignment,
    Rotation,
    Secondment,
    MicroCredential,
}

impl LearningKind {
    pub fn label(self) -> &'static str {
        match self {
            LearningKind::Course => "Course",
            LearningKind::Mentoring => "Mentoring",
            LearningKind::OnTheJob => "On the job",
            LearningKind::StretchAssignment => "Stretch assignment",
            LearningKind::Rotation => "Rotation",
            LearningKind::Secondment => "Secondment",
            LearningKind::MicroCredential => "Micro-credential",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LearningOpportunity {
    pub id: String,
    pub title: String,
    pub kind: LearningKind,
    pub description: String,
    /// Competencies it grows, and up to which proficiency.
    pub grows: Vec<Growth>,
    pub duration_weeks: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Growth {
    pub competency: String,
    /// Highest proficiency this opportunity develops.
    pub up_to: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum MobilityKind {
    Rotation,
    Secondment,
    Transfer,
}

impl MobilityKind {
    pub fn label(self) -> &'static str {
        match self {
            MobilityKind::Rotation => "Rotation",
            MobilityKind::Secondment => "Secondment",
            MobilityKind::Transfer => "Transfer",
        }
    }
}

/// A sanctioned move between tracks.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct MobilityRule {
    pub id: String,
    pub from: MobilitySource,
    pub to: RoleRef,
    pub kind: MobilityKind,
    #[serde(default)]
    pub prerequisites: Vec<Prerequisite>,
    #[serde(default)]
    pub outcomes: Vec<String>,
    pub horizon_months: u32,
}

/// Which roles a mobility rule starts from. A role matches when it is in `track` and, where
/// given, its level is listed in `levels` and its band in `bands`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct MobilitySource {
    pub track: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub levels: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub bands: Vec<String>,
}

/// A condition for a move. `competency` with `proficiency` makes it checkable against an
/// assessment; otherwise it is shown as text for the person and their manager to judge.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Prerequisite {
    pub summary: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub competency: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proficiency: Option<String>,
}

/// Points at one role: a level within a track.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RoleRef {
    pub track: String,
    pub level: String,
}

impl RoleRef {
    pub fn new(track: impl Into<String>, level: impl Into<String>) -> Self {
        RoleRef { track: track.into(), level: level.into() }
    }
}
