//! What each role expects: the step of each competency's own scale, raised or lowered, and
//! points thresholds.

use super::change::{Change, ChangeKind, Impact, Subject, Value};
use super::competencies::same_competency;
use super::{kept_roles, KeptRole};
use crate::core::framework::{Expectation, Framework, PointsThreshold};

fn step(framework: &Framework, expectation: &Expectation) -> Value {
    let id = &expectation.proficiency;
    let proficiency = framework.proficiency(&expectation.competency, id);
    Value::Step {
        id: id.clone(),
        name: proficiency.map_or_else(|| id.clone(), |p| p.name.clone()),
        rank: framework.proficiency_rank(&expectation.competency, id).unwrap_or(0),
    }
}

fn subject(new: &Framework, old: &Framework, role: &KeptRole, competency: &str) -> Subject {
    let name = new.competency(competency).or(old.competency(competency)).map_or(competency, |c| &c.name);
    Subject::Expectation {
        track: role.track.id.clone(),
        level: role.new.id.clone(),
        title: role.new.title.clone(),
        competency: competency.to_string(),
        competency_name: name.to_string(),
    }
}

pub(super) fn compare(old: &Framework, new: &Framework, out: &mut Vec<Change>) {
    for role in kept_roles(old, new) {
        expectations(old, new, &role, out);
        threshold(&role, out);
    }
}

/// Steps are compared by rank on the competency's own scale in each version. A competency
/// removed or reused is reported as such, not once per role that expected it.
fn expectations(old: &Framework, new: &Framework, role: &KeptRole, out: &mut Vec<Change>) {
    let find = |list: &'_ [Expectation], id: &str| list.iter().position(|e| e.competency == id);
    for (e, after) in role.new.expectations.iter().enumerate() {
        let path = format!("{}.expectations[{e}]", role.path);
        let before = find(&role.old.expectations, &after.competency).map(|i| &role.old.expectations[i]);
        let raised = match before {
            // A new expectation on a role that existed raises its bar.
            None => true,
            Some(_) if !same_competency(old, new, &after.competency) => continue,
            Some(before) => {
                let (was, is) = (step(old, before), step(new, after));
                match (&was, &is) {
                    (Value::Step { rank: a, .. }, Value::Step { rank: b, .. }) if a == b => continue,
                    (Value::Step { rank: a, .. }, Value::Step { rank: b, .. }) => b > a,
                    _ => continue,
                }
            }
        };
        let (kind, impact) = if raised {
            (ChangeKind::ExpectationRaised, Impact::Major)
        } else {
            (ChangeKind::ExpectationLowered, Impact::Minor)
        };
        out.push(
            Change::new(kind, subject(new, old, role, &after.competency), impact)
                .aspect("proficiency")
                .before(before.map(|b| step(old, b)))
                .after(step(new, after))
                .at(path),
        );
    }
    for before in &role.old.expectations {
        if find(&role.new.expectations, &before.competency).is_none()
            && same_competency(old, new, &before.competency)
        {
            out.push(
                Change::new(
                    ChangeKind::ExpectationLowered,
                    subject(new, old, role, &before.competency),
                    Impact::Minor,
                )
                .aspect("proficiency")
                .before(step(old, before))
                .at(if role.new.expectations.is_empty() {
                    role.path.clone()
                } else {
                    format!("{}.expectations", role.path)
                }),
            );
        }
    }
}

fn threshold(role: &KeptRole, out: &mut Vec<Change>) {
    let total = |points: &Option<PointsThreshold>| points.as_ref().map(|p| p.total);
    let (before, after) = (total(&role.old.points), total(&role.new.points));
    let raised = match (before, after) {
        (Some(a), Some(b)) if a == b => return,
        (None, None) => return,
        (Some(a), Some(b)) => b > a,
        (None, Some(_)) => true,
        (Some(_), None) => false,
    };
    let (kind, impact) = if raised {
        (ChangeKind::ThresholdRaised, Impact::Major)
    } else {
        (ChangeKind::ThresholdLowered, Impact::Minor)
    };
    let path = if after.is_some() { format!("{}.points", role.path) } else { role.path.clone() };
    out.push(
        Change::new(kind, role.subject(), impact)
            .aspect("points")
            .before(before.map(Value::Points))
            .after(after.map(Value::Points))
            .at(path),
    );
}
