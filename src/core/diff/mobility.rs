//! Mobility rules added, removed, leading somewhere else, or an ID reused.

use super::change::{Change, ChangeKind, Impact, Subject, Value};
use super::matching::by_id;
use crate::core::framework::{Framework, MobilityRule};

fn subject(rule: &MobilityRule) -> Subject {
    Subject::Mobility { id: rule.id.clone() }
}

fn route(rule: &MobilityRule) -> Value {
    Value::Route { from_track: rule.from.track.clone(), to: rule.to.clone() }
}

pub(super) fn compare(old: &Framework, new: &Framework, out: &mut Vec<Change>) {
    let rules = by_id(&old.mobility, &new.mobility, |r| &r.id);
    for rule in rules.removed {
        out.push(Change::new(ChangeKind::Removed, subject(rule), Impact::Major).before(route(rule)));
    }
    for (i, rule) in rules.added {
        out.push(
            Change::new(ChangeKind::Added, subject(rule), Impact::Minor)
                .after(route(rule))
                .at(format!("mobility[{i}]")),
        );
    }
    for (before, i, after) in rules.kept {
        let (same_from, same_to) = (before.from.track == after.from.track, before.to == after.to);
        // A rule has no name: an ID whose start and end both changed is another move; one
        // end changed takes the old move away all the same, so both are major.
        let kind = match (same_from, same_to) {
            (true, true) => continue,
            (false, false) => ChangeKind::IdReused,
            _ => ChangeKind::RouteChanged,
        };
        out.push(
            Change::new(kind, subject(after), Impact::Major)
                .before(route(before))
                .after(route(after))
                .at(format!("mobility[{i}]")),
        );
    }
}
