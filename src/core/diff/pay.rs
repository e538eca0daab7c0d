//! Pay ranges per band and per role override: raised, lowered, published, withdrawn, or in
//! another currency.

use super::bands::band_reused;
use super::change::{Change, ChangeKind, Impact, Subject, Value};
use super::kept_roles;
use super::matching::by_id;
use crate::core::framework::{Compensation, Framework, RoleRef};

fn pay(compensation: &Compensation) -> Value {
    Value::Pay {
        min: compensation.min,
        mid: compensation.mid,
        max: compensation.max,
        currency: compensation.currency.clone(),
    }
}

/// The change from one pay range to another, if any: any figure lower is a cut (major);
/// only higher figures a rise (minor); another currency can't be compared, so it is major.
fn change(before: Option<&Compensation>, after: Option<&Compensation>) -> Option<(ChangeKind, Impact)> {
    match (before, after) {
        (None, None) => None,
        (None, Some(_)) => Some((ChangeKind::PayPublished, Impact::Minor)),
        (Some(_), None) => Some((ChangeKind::PayWithdrawn, Impact::Major)),
        (Some(a), Some(b)) if a.currency != b.currency => Some((ChangeKind::CurrencyChanged, Impact::Major)),
        (Some(a), Some(b)) => {
            let (old, new) = ([a.min, a.mid, a.max], [b.min, b.mid, b.max]);
            if old.iter().zip(&new).any(|(o, n)| n < o) {
                Some((ChangeKind::PayLowered, Impact::Major))
            } else if old != new {
                Some((ChangeKind::PayRaised, Impact::Minor))
            } else {
                None
            }
        }
    }
}

fn push(
    out: &mut Vec<Change>,
    subject: Subject,
    path: String,
    before: Option<&Compensation>,
    after: Option<&Compensation>,
) {
    if let Some((kind, impact)) = change(before, after) {
        out.push(
            Change::new(kind, subject, impact)
                .aspect("compensation")
                .before(before.map(pay))
                .after(after.map(pay))
                .at(path),
        );
    }
}

pub(super) fn compare(old: &Framework, new: &Framework, out: &mut Vec<Change>) {
    for (before, b, after) in by_id(&old.bands, &new.bands, |b| &b.id).kept {
        if !band_reused(old, new, before, after) {
            let subject = Subject::Band { id: after.id.clone(), name: after.name.clone() };
            let path = match after.compensation {
                Some(_) => format!("bands[{b}].compensation"),
                None => format!("bands[{b}]"),
            };
            push(out, subject, path, before.compensation.as_ref(), after.compensation.as_ref());
        }
    }
    // A role with its own range (an override of its band's) in either version: the range
    // that applies to it, so an override dropped in favour of the band's reads as the change
    // of pay it is.
    for role in kept_roles(old, new) {
        if role.old.compensation.is_some() || role.new.compensation.is_some() {
            let id = RoleRef::new(&role.track.id, &role.new.id);
            let path = match role.new.compensation {
                Some(_) => format!("{}.compensation", role.path),
                None => format!("{}.band", role.path),
            };
            push(out, role.subject(), path, old.compensation(&id), new.compensation(&id));
        }
    }
}
