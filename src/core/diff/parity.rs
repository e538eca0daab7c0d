//! Parity warnings the new version has that the old one had not, and those it resolved.
//!
//! They follow from other changes (a pay override, a track's top band), which carry their
//! own impact; the warnings themselves are patch-level so they never double a bump.

use super::change::{Change, ChangeKind, Impact, Subject, Value};
use crate::core::framework::{parity_warnings, Framework};

pub(super) fn compare(old: &Framework, new: &Framework, out: &mut Vec<Change>) {
    let (before, after) = (parity_warnings(old), parity_warnings(new));
    let had =
        |list: &[crate::core::framework::Problem], message: &str| list.iter().any(|p| p.message == message);
    for warning in &after {
        if !had(&before, &warning.message) {
            out.push(
                Change::new(ChangeKind::ParityWarningNew, Subject::Framework, Impact::Patch)
                    .after(Value::Text(warning.message.clone()))
                    .at(warning.path.clone()),
            );
        }
    }
    for warning in &before {
        if !had(&after, &warning.message) {
            out.push(
                Change::new(ChangeKind::ParityWarningResolved, Subject::Framework, Impact::Patch)
                    .before(Value::Text(warning.message.clone())),
            );
        }
    }
}
