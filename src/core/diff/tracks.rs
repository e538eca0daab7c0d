//! Tracks and their roles (track + level) added, removed, renamed, or an ID reused.

use super::change::{Change, ChangeKind, Impact, Subject, Value};
use super::matching::by_id;
use crate::core::framework::{Framework, Level, Track};

/// A track ID is reused when the name changed and so did what kind of track it is (its
/// kind, its family, or whether it manages people).
fn track_reused(old: &Track, new: &Track) -> bool {
    old.name != new.name
        && (old.kind != new.kind || old.family != new.family || old.manages_people != new.manages_people)
}

/// A role ID is reused when its title changed and it sits in another band.
pub(super) fn role_reused(
    old_framework: &Framework,
    new_framework: &Framework,
    old: &Level,
    new: &Level,
) -> bool {
    old.title != new.title && band_name(old_framework, &old.band) != band_name(new_framework, &new.band)
}

fn band_name<'a>(framework: &'a Framework, id: &'a str) -> &'a str {
    framework.band(id).map_or(id, |b| &b.name)
}

/// The tracks both versions have that are still the same track, with the new index.
pub(super) fn kept_tracks<'a>(old: &'a Framework, new: &'a Framework) -> Vec<(&'a Track, usize, &'a Track)> {
    by_id(&old.tracks, &new.tracks, |t| &t.id)
        .kept
        .into_iter()
        .filter(|(o, _, n)| !track_reused(o, n))
        .collect()
}

fn kind_of(track: &Track) -> Value {
    let detail =
        if track.manages_people { "manages people".to_string() } else { track.kind.label().to_string() };
    Value::Labelled { name: track.name.clone(), detail }
}

fn titled(framework: &Framework, level: &Level) -> Value {
    Value::Labelled { name: level.title.clone(), detail: band_name(framework, &level.band).to_string() }
}

pub(super) fn compare(old: &Framework, new: &Framework, out: &mut Vec<Change>) {
    let tracks = by_id(&old.tracks, &new.tracks, |t| &t.id);
    for track in tracks.removed {
        out.push(
            Change::new(ChangeKind::Removed, Subject::track(track), Impact::Major).before(kind_of(track)),
        );
    }
    for (t, track) in tracks.added {
        out.push(
            Change::new(ChangeKind::Added, Subject::track(track), Impact::Minor)
                .after(kind_of(track))
                .at(format!("tracks[{t}]")),
        );
    }
    for (before, t, after) in tracks.kept {
        let path = format!("tracks[{t}]");
        if track_reused(before, after) {
            out.push(Change::id_reused(Subject::track(after), kind_of(before), kind_of(after), path));
            continue;
        }
        if before.name != after.name {
            out.push(Change::renamed(Subject::track(after), "name", &before.name, &after.name, &path));
        }
        roles(old, new, before, t, after, out);
    }
}

fn roles(
    old: &Framework,
    new: &Framework,
    old_track: &Track,
    t: usize,
    new_track: &Track,
    out: &mut Vec<Change>,
) {
    let levels = by_id(&old_track.levels, &new_track.levels, |l| &l.id);
    for level in levels.removed {
        out.push(
            Change::new(ChangeKind::Removed, Subject::role(new_track, level), Impact::Major)
                .before(titled(old, level)),
        );
    }
    for (l, level) in levels.added {
        out.push(
            Change::new(ChangeKind::Added, Subject::role(new_track, level), Impact::Minor)
                .after(titled(new, level))
                .at(format!("tracks[{t}].levels[{l}]")),
        );
    }
    for (before, l, after) in levels.kept {
        let path = format!("tracks[{t}].levels[{l}]");
        if role_reused(old, new, before, after) {
            out.push(Change::id_reused(
                Subject::role(new_track, after),
                titled(old, before),
                titled(new, after),
                path,
            ));
        } else if before.title != after.title {
            out.push(Change::renamed(
                Subject::role(new_track, after),
                "title",
                &before.title,
                &after.title,
                &path,
            ));
        }
    }
}
