//! Milestones of each role added, removed, renamed, or an ID reused.

use super::change::{Change, ChangeKind, Impact, Subject, Value};
use super::matching::by_id;
use super::{kept_roles, KeptRole};
use crate::core::framework::{Framework, Milestone};

fn subject(role: &KeptRole, milestone: &Milestone) -> Subject {
    Subject::Milestone {
        track: role.track.id.clone(),
        level: role.new.id.clone(),
        role_title: role.new.title.clone(),
        id: milestone.id.clone(),
        title: milestone.title.clone(),
    }
}

/// A milestone ID is reused when both its title and its evidence changed.
fn milestone_reused(old: &Milestone, new: &Milestone) -> bool {
    old.title != new.title && old.evidence != new.evidence
}

/// The milestones both versions of a role have that are still the same milestone, with
/// their path in the new file.
pub(super) fn kept_milestones<'a>(role: &KeptRole<'a>) -> Vec<(&'a Milestone, String, &'a Milestone)> {
    by_id(&role.old.milestones, &role.new.milestones, |m| &m.id)
        .kept
        .into_iter()
        .filter(|(before, _, after)| !milestone_reused(before, after))
        .map(|(before, m, after)| (before, format!("{}.milestones[{m}]", role.path), after))
        .collect()
}

pub(super) fn compare(old: &Framework, new: &Framework, out: &mut Vec<Change>) {
    for role in kept_roles(old, new) {
        let milestones = by_id(&role.old.milestones, &role.new.milestones, |m| &m.id);
        for milestone in milestones.removed {
            out.push(
                Change::new(ChangeKind::Removed, subject(&role, milestone), Impact::Major)
                    .before(Value::Text(milestone.title.clone())),
            );
        }
        // A milestone on a role that already existed is one more thing to show before
        // promotion: a new expectation, so major.
        for (m, milestone) in milestones.added {
            out.push(
                Change::new(ChangeKind::Added, subject(&role, milestone), Impact::Major)
                    .after(Value::Text(milestone.title.clone()))
                    .at(format!("{}.milestones[{m}]", role.path)),
            );
        }
        for (before, m, after) in milestones.kept {
            let path = format!("{}.milestones[{m}]", role.path);
            if milestone_reused(before, after) {
                out.push(Change::id_reused(
                    subject(&role, after),
                    Value::Text(before.title.clone()),
                    Value::Text(after.title.clone()),
                    path,
                ));
            } else if before.title != after.title {
                out.push(Change::renamed(subject(&role, after), "title", &before.title, &after.title, &path));
            }
        }
    }
}
