//! How an assessment is written down: one versioned JSON document, the same in
//! localStorage and in an exported file. Reading checks the kind and version, migrates old
//! versions step by step, and reconciles with the framework as it is now.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::model::*;
use crate::core::framework::Framework;

/// Version of the stored document this build writes.
/// 1: ratings, milestones, profile, snapshots. 2: adds the development plan.
pub const SCHEMA_VERSION: u32 = 2;
/// Marks a JSON document as a Mosaic assessment.
pub const KIND: &str = "mosaic-assessment";

/// Upgrades from version `i + 1` to `i + 2`, in order.
const MIGRATIONS: &[fn(Value) -> Value] = &[v1_to_v2];

/// Version 2 adds an (empty) development plan.
fn v1_to_v2(mut document: Value) -> Value {
    if let Some(assessment) = document.get_mut("assessment").and_then(Value::as_object_mut) {
        assessment.entry("plan").or_insert_with(|| serde_json::json!({}));
    }
    document
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Document {
    kind: String,
    schema_version: u32,
    /// When this copy was written (ISO date-time).
    saved_at: String,
    assessment: Assessment,
}

/// Why stored or imported data can't be used as it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadError {
    /// Not JSON, or JSON of the wrong shape; `path` locates it when known.
    Corrupted { path: String, detail: String },
    /// JSON, but not a Mosaic assessment.
    NotAnAssessment,
    /// Written by a newer version of Mosaic than this one.
    NewerVersion { found: u32 },
    /// Made against another organization's framework.
    WrongFramework { found: String, expected: String },
}

impl std::fmt::Display for ReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ReadError::Corrupted { path, detail } if path.is_empty() => write!(f, "The data is damaged: {detail}"),
            ReadError::Corrupted { path, detail } => write!(f, "The data is damaged at {path}: {detail}"),
            ReadError::NotAnAssessment => {
                write!(f, "This is not a Mosaic assessment: it has no \"kind\": \"{KIND}\".")
            }
            ReadError::NewerVersion { found } => write!(
                f,
                "It was saved by a newer version of Mosaic (data version {found}; this one reads up to {SCHEMA_VERSION})."
            ),
            ReadError::WrongFramework { found, expected } => write!(
                f,
                "It was made for the framework \"{found}\", not for this one (\"{expected}\")."
            ),
        }
    }
}

/// The document for storage or export.
pub fn encode(assessment: &Assessment, saved_at: &str) -> String {
    let document = Document {
        kind: KIND.to_string(),
        schema_version: SCHEMA_VERSION,
        saved_at: saved_at.to_string(),
        assessment: assessment.clone(),
    };
    serde_json::to_string_pretty(&document).expect("an assessment always serializes")
}

/// Reads a stored or exported document, migrating older versions.
pub fn decode(text: &str) -> Result<Assessment, ReadError> {
    let value: Value = serde_json::from_str(text).map_err(|err| ReadError::Corrupted {
        path: String::new(),
        detail: format!("it is not valid JSON ({err})."),
    })?;
    if value.get("kind").and_then(Value::as_str) != Some(KIND) {
        return Err(ReadError::NotAnAssessment);
    }
    let version = value.get("schema_version").and_then(Value::as_u64).ok_or_else(|| {
        ReadError::Corrupted { path: "schema_version".into(), detail: "the data version is missing.".into() }
    })?;
    let version = u32::try_from(version).unwrap_or(u32::MAX);
    if version > SCHEMA_VERSION {
        return Err(ReadError::NewerVersion { found: version });
    }
    if version == 0 {
        return Err(ReadError::Corrupted {
            path: "schema_version".into(),
            detail: "version 0 does not exist.".into(),
        });
    }
    let mut value = value;
    for migrate in &MIGRATIONS[(version - 1) as usize..] {
        value = migrate(value);
    }
    value["schema_version"] = Value::from(SCHEMA_VERSION);
    let document: Document = serde_path_to_error::deserialize(&value).map_err(|err| {
        ReadError::Corrupted { path: err.path().to_string(), detail: format!("{}.", err.inner()) }
    })?;
    Ok(document.assessment)
}

/// Reads an imported file for this framework.
pub fn decode_for(text: &str, framework: &Framework) -> Result<Assessment, ReadError> {
    let assessment = decode(text)?;
    if assessment.framework.id != framework.meta.id {
        return Err(ReadError::WrongFramework {
            found: assessment.framework.id,
            expected: framework.meta.id.clone(),
        });
    }
    Ok(assessment)
}

/// A change made to an assessment because the framework changed since it was saved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    CompetencyRenamed { from: String, to: String },
    CompetencyRemoved { name: String },
    CompetencyRestored { name: String },
    ProficiencyRemoved { competency: String, proficiency: String },
    MilestoneRemoved { key: String },
    CurrentRoleSunset { title: String },
    CurrentRoleRemoved { role: String },
    TrackRemoved { track: String },
    PlanTargetRemoved { role: String },
    PlanTargetSunset { title: String },
}

impl Change {
    pub fn describe(&self) -> String {
        match self {
            Change::CompetencyRenamed { from, to } => {
                format!("“{from}” is now called “{to}”; your rating is unchanged.")
            }
            Change::CompetencyRemoved { name } => format!(
                "“{name}” is no longer in the framework. Your rating is kept under “Retired” and in exports."
            ),
            Change::CompetencyRestored { name } => {
                format!("“{name}” is back in the framework, and so is your earlier rating.")
            }
            Change::ProficiencyRemoved { competency, proficiency } => format!(
                "Your rating “{proficiency}” for “{competency}” is no longer on the scale. It is kept under “Retired”; please rate it again."
            ),
            Change::MilestoneRemoved { key } => format!(
                "The milestone {key} is no longer in the framework. Your progress on it is kept under “Retired”."
            ),
            Change::CurrentRoleSunset { title } => {
                format!("Your current role, {title}, is being phased out. It stays your starting point.")
            }
            Change::CurrentRoleRemoved { role } => {
                format!("Your current role ({role}) is no longer in the framework; please choose it again.")
            }
            Change::PlanTargetRemoved { role } => format!(
                "Your plan's target role ({role}) is no longer in the framework; your actions and check-ins are kept. Choose a new target."
            ),
            Change::PlanTargetSunset { title } => format!(
                "Your plan's target, {title}, is being phased out and can no longer be a destination. Choose a new target; your actions are kept."
            ),
            Change::TrackRemoved { track } => {
                format!("The track “{track}” is no longer in the framework; it was removed from your preferences.")
            }
        }
    }
}

/// Brings an assessment in line with the framework as it is now. Nothing is dropped: what
/// no longer fits moves to `retired`, and every change is reported.
pub fn reconcile(mut assessment: Assessment, framework: &Framework) -> (Assessment, Vec<Change>) {
    let mut changes = Vec::new();
    let old_names = std::mem::take(&mut assessment.framework.competency_names);
    let name_of = |id: &str| old_names.get(id).cloned().unwrap_or_else(|| id.to_string());

    for competency in &framework.competencies {
        if let Some(old) = old_names.get(&competency.id) {
            if *old != competency.name {
                changes.push(Change::CompetencyRenamed { from: old.clone(), to: competency.name.clone() });
            }
        }
        if !assessment.ratings.contains_key(&competency.id) {
            let restorable = assessment
                .retired
                .ratings
                .get(&competency.id)
                .is_some_and(|r| framework.proficiency_rank(&r.proficiency).is_some());
            if restorable {
                let rating = assessment.retired.ratings.remove(&competency.id).expect("checked");
                assessment.ratings.insert(competency.id.clone(), rating);
                changes.push(Change::CompetencyRestored { name: competency.name.clone() });
            }
        }
    }
    let ids: Vec<String> = assessment.ratings.keys().cloned().collect();
    for id in ids {
        let rating = &assessment.ratings[&id];
        let change = match framework.competency(&id) {
            None => Some(Change::CompetencyRemoved { name: name_of(&id) }),
            Some(c) if framework.proficiency_rank(&rating.proficiency).is_none() => {
                Some(Change::ProficiencyRemoved {
                    competency: c.name.clone(),
                    proficiency: rating.proficiency.clone(),
                })
            }
            Some(_) => None,
        };
        if let Some(change) = change {
            let rating = assessment.ratings.remove(&id).expect("listed");
            assessment.retired.ratings.insert(id, rating);
            changes.push(change);
        }
    }
    let keys: Vec<String> = assessment.milestones.keys().cloned().collect();
    for key in keys {
        if !milestone_exists(framework, &key) {
            let progress = assessment.milestones.remove(&key).expect("listed");
            assessment.retired.milestones.insert(key.clone(), progress);
            changes.push(Change::MilestoneRemoved { key });
        }
    }
    if let Some(role) = assessment.profile.current_role.clone() {
        match framework.level(&role) {
            None => {
                assessment.profile.current_role = None;
                changes.push(Change::CurrentRoleRemoved { role: format!("{}/{}", role.track, role.level) });
            }
            Some((_, level))
                if framework.is_sunset(&role) && framework.meta.version != assessment.framework.version =>
            {
                changes.push(Change::CurrentRoleSunset { title: level.title.clone() });
            }
            Some(_) => {}
        }
    }
    for list in [&mut assessment.profile.drawn_to, &mut assessment.profile.avoid] {
        list.retain(|track| {
            let known = framework.track(track).is_some();
            if !known {
                changes.push(Change::TrackRemoved { track: track.clone() });
            }
            known
        });
    }
    if let Some(target) = assessment.plan.target.clone() {
        match framework.level(&target) {
            None => {
                assessment.plan.target = None;
                changes
                    .push(Change::PlanTargetRemoved { role: format!("{}/{}", target.track, target.level) });
            }
            Some((_, level))
                if framework.is_sunset(&target) && framework.meta.version != assessment.framework.version =>
            {
                changes.push(Change::PlanTargetSunset { title: level.title.clone() });
            }
            Some(_) => {}
        }
    }
    assessment.plan.constraints.excluded_tracks.retain(|t| framework.track(t).is_some());
    changes.dedup();
    assessment.framework = stamp(framework);
    (assessment, changes)
}

/// The stamp for a new or reconciled assessment.
pub fn stamp(framework: &Framework) -> FrameworkStamp {
    FrameworkStamp {
        id: framework.meta.id.clone(),
        version: framework.meta.version.clone(),
        competency_names: framework.competencies.iter().map(|c| (c.id.clone(), c.name.clone())).collect(),
    }
}

fn milestone_exists(framework: &Framework, key: &str) -> bool {
    let mut parts = key.splitn(3, '/');
    let (Some(track), Some(level), Some(milestone)) = (parts.next(), parts.next(), parts.next()) else {
        return false;
    };
    framework
        .level(&crate::core::framework::RoleRef::new(track, level))
        .is_some_and(|(_, l)| l.milestones.iter().any(|m| m.id == milestone))
}

/// Combines an imported assessment into the current one. For each rating or milestone the
/// more recently updated side wins, evidence from both is kept, snapshots from both are kept.
pub fn merge(mut mine: Assessment, theirs: Assessment) -> Assessment {
    for (id, rating) in theirs.ratings {
        match mine.ratings.get_mut(&id) {
            Some(current) => {
                let mut evidence = std::mem::take(&mut current.evidence);
                if rating.updated > current.updated {
                    *current = rating.clone();
                }
                union(&mut evidence, rating.evidence);
                current.evidence = evidence;
            }
            None => {
                mine.ratings.insert(id, rating);
            }
        }
    }
    for (key, progress) in theirs.milestones {
        match mine.milestones.get_mut(&key) {
            Some(current) => {
                let mut evidence = std::mem::take(&mut current.evidence);
                if progress.updated > current.updated {
                    *current = progress.clone();
                }
                union(&mut evidence, progress.evidence);
                current.evidence = evidence;
            }
            None => {
                mine.milestones.insert(key, progress);
            }
        }
    }
    for snapshot in theirs.snapshots {
        let duplicate = mine
            .snapshots
            .iter()
            .any(|s| s.label == snapshot.label && s.date == snapshot.date && s.ratings == snapshot.ratings);
        if !duplicate {
            let mut snapshot = snapshot;
            let mut n = mine.snapshots.len() + 1;
            while mine.snapshots.iter().any(|s| s.id == snapshot.id) {
                snapshot.id = format!("s{n}");
                n += 1;
            }
            mine.snapshots.push(snapshot);
        }
    }
    mine.snapshots.sort_by(|a, b| a.date.cmp(&b.date));
    if mine.profile.current_role.is_none() {
        mine.profile.current_role = theirs.profile.current_role;
    }
    for (list, other) in [
        (&mut mine.profile.drawn_to, theirs.profile.drawn_to),
        (&mut mine.profile.avoid, theirs.profile.avoid),
    ] {
        union(list, other);
    }
    if mine.plan.target.is_none() {
        mine.plan.target = theirs.plan.target;
        mine.plan.constraints = theirs.plan.constraints;
    }
    for action in theirs.plan.actions {
        match mine.plan.actions.iter_mut().find(|a| a.id == action.id && a.title == action.title) {
            Some(current) if action.updated > current.updated => *current = action,
            Some(_) => {}
            None => {
                let mut action = action;
                if mine.plan.actions.iter().any(|a| a.id == action.id) {
                    action.id = mine.plan.next_id("a");
                }
                mine.plan.actions.push(action);
            }
        }
    }
    for checkin in theirs.plan.checkins {
        if !mine.plan.checkins.iter().any(|c| c.date == checkin.date && c.note == checkin.note) {
            let mut checkin = checkin;
            if mine.plan.checkins.iter().any(|c| c.id == checkin.id) {
                checkin.id = mine.plan.next_id("c");
            }
            mine.plan.checkins.push(checkin);
        }
    }
    mine.plan.checkins.sort_by(|a, b| a.date.cmp(&b.date));
    for (id, rating) in theirs.retired.ratings {
        mine.retired.ratings.entry(id).or_insert(rating);
    }
    for (key, progress) in theirs.retired.milestones {
        mine.retired.milestones.entry(key).or_insert(progress);
    }
    mine
}

fn union<T: PartialEq>(into: &mut Vec<T>, from: Vec<T>) {
    for item in from {
        if !into.contains(&item) {
            into.push(item);
        }
    }
}
