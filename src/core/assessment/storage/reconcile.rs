//! Bringing a stored assessment in line with the framework as it is now. Nothing is
//! dropped: what no longer fits moves to `retired`, and every change is reported as data
//! (the app words it).

use crate::core::assessment::milestones::has_milestone;
use crate::core::assessment::{Assessment, FrameworkStamp};
use crate::core::framework::{Framework, RoleRef};

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
            let restorable = assessment.retired.ratings.get(&competency.id).is_some_and(|r| {
                r.proficiency
                    .as_deref()
                    .is_none_or(|p| framework.proficiency_rank(&competency.id, p).is_some())
            });
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
            Some(c) => match rating.proficiency.as_deref() {
                Some(p) if framework.proficiency_rank(&id, p).is_none() => Some(Change::ProficiencyRemoved {
                    competency: c.name.clone(),
                    proficiency: p.to_string(),
                }),
                _ => None,
            },
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
    has_milestone(framework, &RoleRef::new(track, level), milestone)
}
