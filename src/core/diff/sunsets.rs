//! Sunsets of tracks and roles added, removed or moved.

use super::change::{Change, ChangeKind, Impact, Subject, Value};
use super::kept_roles;
use super::tracks::kept_tracks;
use crate::core::framework::{Framework, Sunset};

fn value(sunset: &Sunset) -> Value {
    Value::Sunset { date: sunset.date.clone(), successor: sunset.successor.clone() }
}

/// A new sunset, or one brought forward, takes a role away from people (major); a sunset
/// lifted or put back, or a new successor, is minor.
fn push(
    out: &mut Vec<Change>,
    subject: Subject,
    path: String,
    before: Option<&Sunset>,
    after: Option<&Sunset>,
) {
    let (kind, impact) = match (before, after) {
        (None, None) => return,
        (None, Some(_)) => (ChangeKind::SunsetAdded, Impact::Major),
        (Some(_), None) => (ChangeKind::SunsetRemoved, Impact::Minor),
        (Some(a), Some(b)) if a == b => return,
        // ISO dates compare as text.
        (Some(a), Some(b)) if b.date < a.date => (ChangeKind::SunsetMoved, Impact::Major),
        (Some(_), Some(_)) => (ChangeKind::SunsetMoved, Impact::Minor),
    };
    let path = if after.is_some() { format!("{path}.sunset") } else { path };
    out.push(
        Change::new(kind, subject, impact)
            .aspect("sunset")
            .before(before.map(value))
            .after(after.map(value))
            .at(path),
    );
}

pub(super) fn compare(old: &Framework, new: &Framework, out: &mut Vec<Change>) {
    for (before, t, after) in kept_tracks(old, new) {
        push(
            out,
            Subject::track(after),
            format!("tracks[{t}]"),
            before.sunset.as_ref(),
            after.sunset.as_ref(),
        );
    }
    for role in kept_roles(old, new) {
        push(out, role.subject(), role.path.clone(), role.old.sunset.as_ref(), role.new.sunset.as_ref());
    }
}
