//! Learning opportunities added, removed, renamed, or an ID reused.

use super::change::{Change, ChangeKind, Impact, Subject, Value};
use super::matching::by_id;
use crate::core::framework::{Framework, LearningOpportunity};

pub(super) fn subject(learning: &LearningOpportunity) -> Subject {
    Subject::Learning { id: learning.id.clone(), title: learning.title.clone() }
}

/// A learning ID is reused when both its title and its kind changed.
pub(super) fn learning_reused(old: &LearningOpportunity, new: &LearningOpportunity) -> bool {
    old.title != new.title && old.kind != new.kind
}

fn kinded(learning: &LearningOpportunity) -> Value {
    let kind = serde_json::to_value(learning.kind).ok().and_then(|v| v.as_str().map(str::to_string));
    Value::Labelled { name: learning.title.clone(), detail: kind.unwrap_or_default().replace('_', " ") }
}

pub(super) fn compare(old: &Framework, new: &Framework, out: &mut Vec<Change>) {
    let learning = by_id(&old.learning, &new.learning, |l| &l.id);
    for item in learning.removed {
        out.push(Change::new(ChangeKind::Removed, subject(item), Impact::Major).before(kinded(item)));
    }
    for (i, item) in learning.added {
        out.push(
            Change::new(ChangeKind::Added, subject(item), Impact::Minor)
                .after(kinded(item))
                .at(format!("learning[{i}]")),
        );
    }
    for (before, i, after) in learning.kept {
        if learning_reused(before, after) {
            out.push(Change::id_reused(
                subject(after),
                kinded(before),
                kinded(after),
                format!("learning[{i}]"),
            ));
        } else if before.title != after.title {
            out.push(Change::renamed(
                subject(after),
                "title",
                &before.title,
                &after.title,
                &format!("learning[{i}]"),
            ));
        }
    }
}
