//! Bands added, removed, renamed or reused, and roles that moved to another band.

use super::change::{Change, ChangeKind, Impact, Subject, Value};
use super::kept_roles;
use super::matching::by_id;
use crate::core::framework::{Band, Framework};

fn subject(band: &Band) -> Subject {
    Subject::Band { id: band.id.clone(), name: band.name.clone() }
}

fn band_value(framework: &Framework, id: &str) -> Value {
    Value::Band {
        id: id.to_string(),
        name: framework.band(id).map_or_else(|| id.to_string(), |b| b.name.clone()),
        rank: framework.band_rank(id).unwrap_or(0),
    }
}

/// A band ID is reused when its name changed and it sits at another height.
pub(super) fn band_reused(old: &Framework, new: &Framework, band: &Band, other: &Band) -> bool {
    band.name != other.name && old.band_rank(&band.id) != new.band_rank(&other.id)
}

pub(super) fn compare(old: &Framework, new: &Framework, out: &mut Vec<Change>) {
    let bands = by_id(&old.bands, &new.bands, |b| &b.id);
    for band in bands.removed {
        out.push(
            Change::new(ChangeKind::Removed, subject(band), Impact::Major).before(band_value(old, &band.id)),
        );
    }
    for (b, band) in bands.added {
        out.push(
            Change::new(ChangeKind::Added, subject(band), Impact::Minor)
                .after(band_value(new, &band.id))
                .at(format!("bands[{b}]")),
        );
    }
    for (before, b, after) in bands.kept {
        if band_reused(old, new, before, after) {
            out.push(Change::id_reused(
                subject(after),
                band_value(old, &before.id),
                band_value(new, &after.id),
                format!("bands[{b}]"),
            ));
        } else if before.name != after.name {
            out.push(Change::renamed(
                subject(after),
                "name",
                &before.name,
                &after.name,
                &format!("bands[{b}]"),
            ));
        }
    }
    band_moves(old, new, out);
}

/// A role in a lower band than before is a demotion for whoever holds it (major); a higher
/// band, or another band at the same height, is minor.
fn band_moves(old: &Framework, new: &Framework, out: &mut Vec<Change>) {
    for role in kept_roles(old, new) {
        if role.old.band == role.new.band {
            continue;
        }
        let (from, to) = (band_value(old, &role.old.band), band_value(new, &role.new.band));
        let lower =
            matches!((&from, &to), (Value::Band { rank: a, .. }, Value::Band { rank: b, .. }) if b < a);
        let impact = if lower { Impact::Major } else { Impact::Minor };
        out.push(
            Change::new(ChangeKind::BandMoved, role.subject(), impact)
                .aspect("band")
                .before(from)
                .after(to)
                .at(format!("{}.band", role.path)),
        );
    }
}
