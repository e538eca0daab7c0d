//! Joining an imported assessment into the person's own.
//!
//! Near-linear in the size of both sides: each list keeps a set of what it already holds, so
//! finding a duplicate or a colliding ID is a lookup, and a fresh ID is found by a cursor that
//! only moves forward (IDs are never given back during a merge). The result is the same, in
//! the same order and with the same IDs, as comparing every item with every other
//! (`tests/merge_near_linear.rs` checks it against that simple version).

use std::collections::{BTreeMap, HashMap, HashSet};
use std::hash::Hash;

use crate::core::assessment::{Assessment, Snapshot};

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
    merge_snapshots(&mut mine.snapshots, theirs.snapshots);
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
    // Fresh action and check-in IDs avoid every ID of either list (`DevelopmentPlan::next_id`).
    let plan = &mut mine.plan;
    let mut used: HashSet<String> =
        plan.actions.iter().map(|a| a.id.clone()).chain(plan.checkins.iter().map(|c| c.id.clone())).collect();
    let mut action_ids: HashSet<String> = plan.actions.iter().map(|a| a.id.clone()).collect();
    // The first action with each (ID, title): the one an imported action updates. A newer
    // import replaces it with the same ID and title, so the index stays right.
    let mut same_action: HashMap<(String, String), usize> = HashMap::new();
    for (i, a) in plan.actions.iter().enumerate() {
        same_action.entry((a.id.clone(), a.title.clone())).or_insert(i);
    }
    let mut fresh_action = FreshIds::new("a");
    for mut action in theirs.plan.actions {
        match same_action.get(&(action.id.clone(), action.title.clone())) {
            Some(&i) if action.updated > plan.actions[i].updated => plan.actions[i] = action,
            Some(_) => {}
            None => {
                if action_ids.contains(&action.id) {
                    action.id = fresh_action.next(&used);
                }
                used.insert(action.id.clone());
                action_ids.insert(action.id.clone());
                same_action.insert((action.id.clone(), action.title.clone()), plan.actions.len());
                plan.actions.push(action);
            }
        }
    }
    let mut checkin_ids: HashSet<String> = plan.checkins.iter().map(|c| c.id.clone()).collect();
    let mut said: HashSet<(String, String)> =
        plan.checkins.iter().map(|c| (c.date.clone(), c.note.clone())).collect();
    let mut fresh_checkin = FreshIds::new("c");
    for mut checkin in theirs.plan.checkins {
        if said.insert((checkin.date.clone(), checkin.note.clone())) {
            if checkin_ids.contains(&checkin.id) {
                checkin.id = fresh_checkin.next(&used);
            }
            used.insert(checkin.id.clone());
            checkin_ids.insert(checkin.id.clone());
            plan.checkins.push(checkin);
        }
    }
    plan.checkins.sort_by(|a, b| a.date.cmp(&b.date));
    for (id, rating) in theirs.retired.ratings {
        mine.retired.ratings.entry(id).or_insert(rating);
    }
    for (key, progress) in theirs.retired.milestones {
        mine.retired.milestones.entry(key).or_insert(progress);
    }
    mine
}

/// Adds the imported snapshots that are not already kept (same label, date and ratings); one
/// whose ID is taken gets the first free "s<n>" from one past the number of snapshots so far.
/// Then all are put in date order.
fn merge_snapshots(mine: &mut Vec<Snapshot>, theirs: Vec<Snapshot>) {
    type Same = (String, String, BTreeMap<String, String>);
    let mut kept: HashSet<Same> =
        mine.iter().map(|s| (s.label.clone(), s.date.clone(), s.ratings.clone())).collect();
    let mut ids: HashSet<String> = mine.iter().map(|s| s.id.clone()).collect();
    // Every "s<n>" from where the last search started up to `cursor` was taken then and
    // still is, so the next search may start at the cursor when it is further on.
    let mut cursor = 0;
    for mut snapshot in theirs {
        if !kept.insert((snapshot.label.clone(), snapshot.date.clone(), snapshot.ratings.clone())) {
            continue;
        }
        if ids.contains(&snapshot.id) {
            cursor = cursor.max(mine.len() + 1);
            while ids.contains(&format!("s{cursor}")) {
                cursor += 1;
            }
            snapshot.id = format!("s{cursor}");
        }
        ids.insert(snapshot.id.clone());
        mine.push(snapshot);
    }
    mine.sort_by(|a, b| a.date.cmp(&b.date));
}

/// The smallest "<prefix><n>" (n from 1) not used, for a set of used IDs that only grows:
/// every smaller n was used at the last call and still is, so the search resumes there.
struct FreshIds {
    prefix: &'static str,
    from: usize,
}

impl FreshIds {
    fn new(prefix: &'static str) -> Self {
        FreshIds { prefix, from: 1 }
    }

    fn next(&mut self, used: &HashSet<String>) -> String {
        loop {
            let id = format!("{}{}", self.prefix, self.from);
            self.from += 1;
            if !used.contains(&id) {
                return id;
            }
        }
    }
}

/// Appends the items of `from` that `into` does not hold yet, in their order, once each.
fn union<T: Eq + Hash + Clone>(into: &mut Vec<T>, from: Vec<T>) {
    let mut held: HashSet<T> = into.iter().cloned().collect();
    for item in from {
        if held.insert(item.clone()) {
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
