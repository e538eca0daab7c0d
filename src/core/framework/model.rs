//! The career framework as authored in `framework.json`.
//!
//! Every reference between parts is by a stable string ID, so authors can reorder, rename and
//! reword without breaking links, and stored assessments survive framework edits.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Newest format version this build reads. Authors write it as `"format": 2`; every format-1
/// file still loads unchanged (format 2 only adds optional fields).
pub const FORMAT_VERSION: u32 = 2;

/// The oldest format version this build still reads.
pub const OLDEST_FORMAT_VERSION: u32 = 1;

// Patterns for the JSON Schema, saying in its terms what the validator checks in Rust
// (`is_valid_id`, `is_iso_date`, `is_web_link`, names that must not be blank).
const ID_PATTERN: &str = r"^[A-Za-z0-9._-]+$";
const DATE_PATTERN: &str = r"^\d{4}-\d{2}-\d{2}$";
const WEB_LINK_PATTERN: &str = r"^https?://\S+$";
const NOT_BLANK_PATTERN: &str = r"\S";

/// A whole framework: one organization's tracks, bands and competencies.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Framework {
    /// Version of the file format: 1 or 2.
    #[schemars(range(min = 1, max = 2))]
    pub format: u32,
    pub meta: Meta,
    pub governance: Governance,
    /// Shared grades, lowest first. Bands make roles comparable across tracks.
    #[schemars(length(min = 1))]
    pub bands: Vec<Band>,
    /// The default proficiency scale, lowest first: used by every competency that doesn't
    /// name one of `scales`. May be left out when every competency names its scale.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    // Left out, or at least two steps: one step can't tell anyone apart.
    #[schemars(extend("not" = { "minItems": 1, "maxItems": 1 }))]
    pub proficiency_scale: Vec<Proficiency>,
    /// Further named scales (format 2), for disciplines whose steps differ.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub scales: Vec<Scale>,
    /// Disciplines or job families that group tracks in the overview (format 2).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub families: Vec<Family>,
    pub competencies: Vec<Competency>,
    #[schemars(length(min = 1))]
    pub tracks: Vec<Track>,
    #[serde(default)]
    pub learning: Vec<LearningOpportunity>,
    #[serde(default)]
    pub mobility: Vec<MobilityRule>,
    /// How readiness is judged (format 2); today's rules when left out.
    #[serde(default, skip_serializing_if = "ReadinessPolicy::is_default")]
    pub readiness: ReadinessPolicy,
    /// How long steps take when the framework doesn't say more precisely (format 2).
    #[serde(default, skip_serializing_if = "Pacing::is_default")]
    pub pacing: Pacing,
}

/// The council's rules for readiness tiers. Percentages are whole numbers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ReadinessPolicy {
    /// Readiness from which a role is "Close" (default 85).
    #[serde(default = "default_close_from")]
    #[schemars(range(min = 1, max = 100))]
    pub close_from_percent: u8,
    /// Readiness from which a role is a "Stretch" (default 60).
    #[serde(default = "default_stretch_from")]
    #[schemars(range(min = 0, max = 100))]
    pub stretch_from_percent: u8,
    /// Share of readiness that milestones make up when a role has any (default 20).
    #[serde(default = "default_milestone_share")]
    #[schemars(range(min = 0, max = 100))]
    pub milestone_share_percent: u8,
    /// Share of a role's expectations (by weight) that must be fully met to be "Ready now":
    /// 100 (the default) is a checklist; less says "most of", as some frameworks do.
    #[serde(default = "default_expectations_met")]
    #[schemars(range(min = 1, max = 100))]
    pub expectations_met_percent: u8,
    /// Whether "Ready now" also needs every milestone of the role achieved (default true).
    #[serde(default = "default_true")]
    pub milestones_required: bool,
}

fn default_close_from() -> u8 {
    85
}
fn default_stretch_from() -> u8 {
    60
}
fn default_milestone_share() -> u8 {
    20
}
fn default_expectations_met() -> u8 {
    100
}
fn default_true() -> bool {
    true
}

impl Default for ReadinessPolicy {
    fn default() -> Self {
        ReadinessPolicy {
            close_from_percent: default_close_from(),
            stretch_from_percent: default_stretch_from(),
            milestone_share_percent: default_milestone_share(),
            expectations_met_percent: default_expectations_met(),
            milestones_required: true,
        }
    }
}

impl ReadinessPolicy {
    fn is_default(&self) -> bool {
        *self == Self::default()
    }
}

/// Default durations for planning, in months.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Pacing {
    /// Typical time in a level before the next step, when neither the level nor its band
    /// says (default 12).
    #[serde(default = "default_months_in_level")]
    #[schemars(range(min = 1))]
    pub months_in_level: u32,
    /// Months to grow one step of a competency on the job, without a listed learning
    /// opportunity (default 6).
    #[serde(default = "default_months_per_step")]
    #[schemars(range(min = 1))]
    pub on_the_job_months_per_step: u32,
}

fn default_months_in_level() -> u32 {
    12
}
fn default_months_per_step() -> u32 {
    6
}

impl Default for Pacing {
    fn default() -> Self {
        Pacing {
            months_in_level: default_months_in_level(),
            on_the_job_months_per_step: default_months_per_step(),
        }
    }
}

impl Pacing {
    fn is_default(&self) -> bool {
        *self == Self::default()
    }
}

/// A named proficiency scale (format 2).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Scale {
    #[schemars(regex(pattern = ID_PATTERN))]
    pub id: String,
    #[schemars(regex(pattern = NOT_BLANK_PATTERN))]
    pub name: String,
    /// Steps, lowest first.
    #[schemars(length(min = 1))]
    pub levels: Vec<Proficiency>,
}

/// A discipline or job family (format 2): product, design, engineering, people…
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Family {
    #[schemars(regex(pattern = ID_PATTERN))]
    pub id: String,
    #[schemars(regex(pattern = NOT_BLANK_PATTERN))]
    pub name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
}

/// A titled link to further reading. Only `http(s)` URLs are allowed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Link {
    #[schemars(regex(pattern = NOT_BLANK_PATTERN))]
    pub title: String,
    #[schemars(regex(pattern = WEB_LINK_PATTERN))]
    pub url: String,
}

/// How promotion to a level is decided (format 2): on a level, or in `governance` as the
/// framework's default.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PromotionProcess {
    /// Who decides, e.g. "Promotion panel of two directors and a peer from another track".
    #[schemars(regex(pattern = NOT_BLANK_PATTERN))]
    pub decided_by: String,
    /// What evidence is asked for.
    #[schemars(regex(pattern = NOT_BLANK_PATTERN))]
    pub evidence: String,
    /// How decisions are calibrated across teams, if they are.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub calibration: Option<String>,
    /// Interviews or presentations involved, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interviews: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub links: Vec<Link>,
}

/// A role reached by points (format 2): the total of the points of the person's
/// proficiencies, optionally with a minimum per competency theme.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PointsThreshold {
    #[schemars(range(min = 1))]
    pub total: u32,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub minimums: Vec<ThemeMinimum>,
}

/// At least `points` from the competencies of one theme.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ThemeMinimum {
    /// A competency theme, as written on the competencies.
    pub theme: String,
    #[schemars(range(min = 1))]
    pub points: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Meta {
    /// Stable identifier of this framework; stored assessments are tied to it.
    #[schemars(regex(pattern = NOT_BLANK_PATTERN))]
    pub id: String,
    #[schemars(regex(pattern = NOT_BLANK_PATTERN))]
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
    #[schemars(regex(pattern = DATE_PATTERN))]
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
    #[schemars(range(min = 1))]
    pub review_cadence_months: u32,
    /// ISO date of the last review.
    #[schemars(regex(pattern = DATE_PATTERN))]
    pub last_review: String,
    #[serde(default)]
    pub changelog: Vec<ChangelogEntry>,
    /// How promotion is decided unless a level says otherwise (format 2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub promotion: Option<PromotionProcess>,
    /// Lint findings the council has looked at and accepts as intended (format 2).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub lint_allow: Vec<LintAllow>,
}

/// One lint finding marked as intended (format 2): the rule's findings at `at` and inside it
/// are no longer reported, and `reason` keeps the decision on record for the next review.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LintAllow {
    /// The lint rule's ID, e.g. "gendered-wording".
    pub rule: String,
    /// A JSON path such as `tracks[1].levels[0].summary`; a finding at this path or inside
    /// it (`tracks[1].levels[0]` covers every field of that level) is allowed. Left out: the
    /// rule is allowed everywhere.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub at: String,
    /// Why it is intended, for the council's next review.
    pub reason: String,
}

fn default_review_months() -> u32 {
    12
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ChangelogEntry {
    pub version: String,
    #[schemars(regex(pattern = DATE_PATTERN))]
    pub date: String,
    pub summary: String,
}

/// A shared grade. Levels in every track point at a band, which is what makes pay and scope
/// comparable between a staff engineer and an engineering manager.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Band {
    #[schemars(regex(pattern = ID_PATTERN))]
    pub id: String,
    #[schemars(regex(pattern = NOT_BLANK_PATTERN))]
    pub name: String,
    #[serde(default)]
    pub scope: String,
    #[serde(default)]
    pub impact: String,
    #[serde(default)]
    pub autonomy: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub compensation: Option<Compensation>,
    /// Typical months in a level of this band before the next step (format 2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 1))]
    pub typical_months: Option<u32>,
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
    #[schemars(regex(pattern = ID_PATTERN))]
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub description: String,
    /// Points this step is worth in a points-based ladder (format 2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub points: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Competency {
    #[schemars(regex(pattern = ID_PATTERN))]
    pub id: String,
    #[schemars(regex(pattern = NOT_BLANK_PATTERN))]
    pub name: String,
    /// Grouping shown in lists, e.g. "Craft", "Collaboration".
    pub theme: String,
    #[serde(default)]
    pub description: String,
    /// ID of the scale it is rated on (format 2); the default `proficiency_scale` when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(regex(pattern = ID_PATTERN))]
    pub scale: Option<String>,
    /// What this competency looks like at each step of its scale, keyed by proficiency ID.
    #[schemars(extend("propertyNames" = { "pattern": ID_PATTERN }))]
    pub descriptors: std::collections::BTreeMap<String, Descriptor>,
}

/// What a competency looks like at one step: a sentence, or (format 2) a sentence with
/// examples, signals and links.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(untagged)]
pub enum Descriptor {
    Text(String),
    Detailed(DetailedDescriptor),
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DetailedDescriptor {
    #[schemars(regex(pattern = NOT_BLANK_PATTERN))]
    pub text: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(inner(regex(pattern = NOT_BLANK_PATTERN)))]
    pub examples: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(inner(regex(pattern = NOT_BLANK_PATTERN)))]
    pub signals: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub links: Vec<Link>,
}

const NO_STRINGS: &[String] = &[];
const NO_LINKS: &[Link] = &[];

impl Descriptor {
    pub fn text(&self) -> &str {
        match self {
            Descriptor::Text(text) => text,
            Descriptor::Detailed(detailed) => &detailed.text,
        }
    }
    pub fn examples(&self) -> &[String] {
        match self {
            Descriptor::Text(_) => NO_STRINGS,
            Descriptor::Detailed(detailed) => &detailed.examples,
        }
    }
    pub fn signals(&self) -> &[String] {
        match self {
            Descriptor::Text(_) => NO_STRINGS,
            Descriptor::Detailed(detailed) => &detailed.signals,
        }
    }
    pub fn links(&self) -> &[Link] {
        match self {
            Descriptor::Text(_) => NO_LINKS,
            Descriptor::Detailed(detailed) => &detailed.links,
        }
    }
}

impl From<&str> for Descriptor {
    fn from(text: &str) -> Self {
        Descriptor::Text(text.to_string())
    }
}

// By hand rather than `untagged`, so a mistake inside the detailed form is reported with its
// own field and message instead of "did not match any variant".
impl<'de> Deserialize<'de> for Descriptor {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = Descriptor;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a sentence, or an object with text, examples, signals and links")
            }
            fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<Descriptor, E> {
                Ok(Descriptor::Text(text.to_string()))
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<Descriptor, A::Error> {
                DetailedDescriptor::deserialize(serde::de::value::MapAccessDeserializer::new(map))
                    .map(Descriptor::Detailed)
            }
        }
        deserializer.deserialize_any(Visitor)
    }
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

fn other_kind() -> TrackKind {
    TrackKind::Other
}

/// Marks a track or level as being phased out.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Sunset {
    /// ISO date after which the role is no longer filled.
    #[schemars(regex(pattern = DATE_PATTERN))]
    pub date: String,
    /// The role that replaces it, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub successor: Option<RoleRef>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Track {
    #[schemars(regex(pattern = ID_PATTERN))]
    pub id: String,
    #[schemars(regex(pattern = NOT_BLANK_PATTERN))]
    pub name: String,
    /// One of the built-in kinds; `other` when left out (format 2 frameworks use `family`).
    #[serde(default = "other_kind")]
    pub kind: TrackKind,
    /// ID of the family (discipline) the track belongs to (format 2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(regex(pattern = ID_PATTERN))]
    pub family: Option<String>,
    /// The role this track branches from (format 2): its first level follows that role as a
    /// promotion, as when a shared trunk splits into individual-contributor and manager tracks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub branches_from: Option<RoleRef>,
    /// True only for tracks whose roles have direct reports.
    #[serde(default)]
    pub manages_people: bool,
    pub description: String,
    /// Roles in order of growth, first is the entry level.
    #[schemars(length(min = 1))]
    pub levels: Vec<Level>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sunset: Option<Sunset>,
}

/// One role: a level of one track.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Level {
    /// Unique within its track.
    #[schemars(regex(pattern = ID_PATTERN))]
    pub id: String,
    #[schemars(regex(pattern = NOT_BLANK_PATTERN))]
    pub title: String,
    /// ID of the shared band.
    #[schemars(regex(pattern = ID_PATTERN))]
    pub band: String,
    pub summary: String,
    #[serde(default)]
    pub impact: String,
    #[serde(default)]
    pub autonomy: String,
    #[serde(default)]
    pub influence: String,
    /// Examples, signals and links for the role as a whole (format 2).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(inner(regex(pattern = NOT_BLANK_PATTERN)))]
    pub examples: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(inner(regex(pattern = NOT_BLANK_PATTERN)))]
    pub signals: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub links: Vec<Link>,
    /// Required proficiency per competency.
    #[serde(default)]
    pub expectations: Vec<Expectation>,
    /// Reached by points instead of, or besides, expectations (format 2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub points: Option<PointsThreshold>,
    /// Observable evidence that someone is ready for this role.
    #[serde(default)]
    pub milestones: Vec<Milestone>,
    /// Typical months in this level before the next step (format 2); else the band's, else
    /// the framework's `pacing`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 1))]
    pub typical_months: Option<u32>,
    /// How promotion to this level is decided (format 2); else `governance.promotion`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub promotion: Option<PromotionProcess>,
    /// Overrides the band's pay range; parity warns when this makes tracks unequal.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub compensation: Option<Compensation>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sunset: Option<Sunset>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Expectation {
    #[schemars(regex(pattern = ID_PATTERN))]
    pub competency: String,
    /// Proficiency ID from the scale.
    #[schemars(regex(pattern = ID_PATTERN))]
    pub proficiency: String,
    /// Relative importance for readiness scoring; 1.0 when absent.
    #[serde(default = "default_weight")]
    #[schemars(extend("exclusiveMinimum" = 0))]
    pub weight: f64,
    /// What this role expects, in its own words (format 2); the competency's descriptor for
    /// the proficiency stays at hand beside it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(regex(pattern = NOT_BLANK_PATTERN))]
    pub text: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(inner(regex(pattern = NOT_BLANK_PATTERN)))]
    pub examples: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(inner(regex(pattern = NOT_BLANK_PATTERN)))]
    pub signals: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub links: Vec<Link>,
}

fn default_weight() -> f64 {
    1.0
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Milestone {
    /// Unique within its level.
    #[schemars(regex(pattern = ID_PATTERN))]
    pub id: String,
    pub title: String,
    /// What counts as evidence.
    pub evidence: String,
    /// How the evidence is verified, and by whom.
    pub verification: String,
    /// Typical months to reach it once working towards the role.
    pub horizon_months: u32,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(inner(regex(pattern = NOT_BLANK_PATTERN)))]
    pub examples: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(inner(regex(pattern = NOT_BLANK_PATTERN)))]
    pub signals: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub links: Vec<Link>,
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

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LearningOpportunity {
    #[schemars(regex(pattern = ID_PATTERN))]
    pub id: String,
    pub title: String,
    pub kind: LearningKind,
    pub description: String,
    /// Competencies it grows, and up to which proficiency.
    #[schemars(length(min = 1))]
    pub grows: Vec<Growth>,
    pub duration_weeks: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Growth {
    #[schemars(regex(pattern = ID_PATTERN))]
    pub competency: String,
    /// Highest proficiency this opportunity develops.
    #[schemars(regex(pattern = ID_PATTERN))]
    pub up_to: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum MobilityKind {
    Rotation,
    Secondment,
    Transfer,
}

/// A sanctioned move between tracks.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct MobilityRule {
    #[schemars(regex(pattern = ID_PATTERN))]
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
    #[schemars(regex(pattern = ID_PATTERN))]
    pub track: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(inner(regex(pattern = ID_PATTERN)))]
    pub levels: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(inner(regex(pattern = ID_PATTERN)))]
    pub bands: Vec<String>,
}

/// A condition for a move. `competency` with `proficiency` makes it checkable against an
/// assessment; otherwise it is shown as text for the person and their manager to judge.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Prerequisite {
    pub summary: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(regex(pattern = ID_PATTERN))]
    pub competency: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(regex(pattern = ID_PATTERN))]
    pub proficiency: Option<String>,
}

/// Points at one role: a level within a track.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RoleRef {
    #[schemars(regex(pattern = ID_PATTERN))]
    pub track: String,
    #[schemars(regex(pattern = ID_PATTERN))]
    pub level: String,
}

impl RoleRef {
    pub fn new(track: impl Into<String>, level: impl Into<String>) -> Self {
        RoleRef { track: track.into(), level: level.into() }
    }
}
