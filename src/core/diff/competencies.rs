//! Competencies added, removed, renamed, or an ID reused.

use super::change::{Change, ChangeKind, Impact, Subject, Value};
use super::matching::by_id;
use crate::core::framework::{Competency, Framework};

pub(super) fn subject(competency: &Competency) -> Subject {
    Subject::Competency { id: competency.id.clone(), name: competency.name.clone() }
}

/// A competency ID is reused when both its name and its theme changed.
pub(super) fn competency_reused(old: &Competency, new: &Competency) -> bool {
    old.name != new.name && old.theme != new.theme
}

fn themed(competency: &Competency) -> Value {
    Value::Labelled { name: competency.name.clone(), detail: competency.theme.clone() }
}

pub(super) fn compare(old: &Framework, new: &Framework, out: &mut Vec<Change>) {
    let competencies = by_id(&old.competencies, &new.competencies, |c| &c.id);
    for competency in competencies.removed {
        out.push(
            Change::new(ChangeKind::Removed, subject(competency), Impact::Major).before(themed(competency)),
        );
    }
    for (c, competency) in competencies.added {
        out.push(
            Change::new(ChangeKind::Added, subject(competency), Impact::Minor)
                .after(themed(competency))
                .at(format!("competencies[{c}]")),
        );
    }
    for (before, c, after) in competencies.kept {
        if competency_reused(before, after) {
            out.push(Change::id_reused(
                subject(after),
                themed(before),
                themed(after),
                format!("competencies[{c}]"),
            ));
        } else if before.name != after.name {
            out.push(Change::renamed(
                subject(after),
                "name",
                &before.name,
                &after.name,
                &format!("competencies[{c}]"),
            ));
        }
    }
}

/// The competencies both versions have that are still the same competency.
pub(super) fn same_competency(old: &Framework, new: &Framework, id: &str) -> bool {
    match (old.competency(id), new.competency(id)) {
        (Some(before), Some(after)) => !competency_reused(before, after),
        _ => false,
    }
}
