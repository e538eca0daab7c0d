//! Joining an imported assessment into the person's own.

use crate::core::assessment::Assessment;

/// Combines an imported assessment into the current one. For each rating or milestone the
/// more recently updated side wins, evidence from both is kept, snapshots from both are kept.
pub fn merge(mut mine: Assessment, theirs: Assessment) -> Assessment {
    for (id, rating) in theirs.ratings {
        match mine.ratings.get_mut(&id) {
            Some(current) => {
                let mut evidence = std::mem::take(&mut current.evidence);
                if rating.updated > current.updated {
                    *current = rating.clone();
                }
                union(&mut evidence, rating.evidence);
                current.evidence = evidence;
            }
            None => {
                mine.ratings.insert(id, rating);
            }
        }
    }
    for (key, progress) in theirs.milestones {
        match mine.milestones.get_mut(&key) {
            Some(current) => {
                let mut evidence = std::mem::take(&mut current.evidence);
                if progress.updated > current.updated {
                    *current = progress.clone();
                }
                union(&mut evidence, progress.evidence);
                current.evidence = evidence;
            }
            None => {
                mine.milestones.insert(key, progress);
            }
        }
    }
    for snapshot in theirs.snapshots {
        let duplicate = mine
            .snapshots
            .iter()
            .any(|s| s.label == snapshot.label && s.date == snapshot.date && s.ratings == snapshot.ratings);
        if !duplicate {
            let mut snapshot = snapshot;
            let mut n = mine.snapshots.len() + 1;
            while mine.snapshots.iter().any(|s| s.id == snapshot.id) {
                snapshot.id = format!("s{n}");
                n += 1;
            }
            mine.snapshots.push(snapshot);
        }
    }
    mine.snapshots.sort_by(|a, b| a.date.cmp(&b.date));
    if mine.profile.current_role.is_none() {
        mine.profile.current_role = theirs.profile.current_role;
    }
    for (list, other) in [
        (&mut mine.profile.drawn_to, theirs.profile.drawn_to),
        (&mut mine.profile.avoid, theirs.profile.avoid),
    ] {
        union(list, other);
    }
    if mine.plan.target.is_none() {
        mine.plan.target = theirs.plan.target;
        mine.plan.constraints = theirs.plan.constraints;
        mine.plan.tracks_chosen = theirs.plan.tracks_chosen;
    }
    for action in theirs.plan.actions {
        match mine.plan.actions.iter_mut().find(|a| a.id == action.id && a.title == action.title) {
            Some(current) if action.updated > current.updated => *current = action,
            Some(_) => {}
            None => {
                let mut action = action;
                if mine.plan.actions.iter().any(|a| a.id == action.id) {
                    action.id = mine.plan.next_id("a");
                }
                mine.plan.actions.push(action);
            }
        }
    }
    for checkin in theirs.plan.checkins {
        if !mine.plan.checkins.iter().any(|c| c.date == checkin.date && c.note == checkin.note) {
            let mut checkin = checkin;
            if mine.plan.checkins.iter().any(|c| c.id == checkin.id) {
                checkin.id = mine.plan.next_id("c");
            }
            mine.plan.checkins.push(checkin);
        }
    }
    mine.plan.checkins.sort_by(|a, b| a.date.cmp(&b.date));
    for (id, rating) in theirs.retired.ratings {
        mine.retired.ratings.entry(id).or_insert(rating);
    }
    for (key, progress) in theirs.retired.milestones {
        mine.retired.milestones.entry(key).or_insert(progress);
    }
    mine
}

fn union<T: PartialEq>(into: &mut Vec<T>, from: Vec<T>) {
    for item in from {
        if !into.contains(&item) {
            into.push(item);
        }
    }
}

/// Replaces the person's data with an imported file. Only what the person saw when they
/// chose to replace (`seen`) is replaced: anything another tab added since (the edit may be
/// replayed on a newer stored version) stays, merged into the file.
pub fn replace(current: Assessment, seen: &Assessment, file: Assessment) -> Assessment {
    let mut unseen =
        Assessment { framework: file.framework.clone(), profile: file.profile.clone(), ..Default::default() };
    unseen.plan.target = file.plan.target.clone();
    unseen.plan.constraints = file.plan.constraints.clone();
    unseen.plan.tracks_chosen = file.plan.tracks_chosen;
    unseen.ratings = current.ratings.into_iter().filter(|(id, r)| seen.ratings.get(id) != Some(r)).collect();
    unseen.milestones =
        current.milestones.into_iter().filter(|(key, m)| seen.milestones.get(key) != Some(m)).collect();
    unseen.snapshots = current.snapshots.into_iter().filter(|s| !seen.snapshots.contains(s)).collect();
    unseen.plan.actions =
        current.plan.actions.into_iter().filter(|a| !seen.plan.actions.contains(a)).collect();
    unseen.plan.checkins =
        current.plan.checkins.into_iter().filter(|c| !seen.plan.checkins.contains(c)).collect();
    unseen.retired.ratings = current
        .retired
        .ratings
        .into_iter()
        .filter(|(id, r)| seen.retired.ratings.get(id) != Some(r))
        .collect();
    unseen.retired.milestones = current
        .retired
        .milestones
        .into_iter()
        .filter(|(key, m)| seen.retired.milestones.get(key) != Some(m))
        .collect();
    merge(file, unseen)
}
