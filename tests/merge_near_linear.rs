//! Merging an import is near-linear (issue 14) and gives exactly what the old, quadratic merge
//! gave: same ratings, evidence, snapshots, actions and check-ins, in the same order and with
//! the same IDs. The old merge is kept below, word for word, as the reference, and compared
//! on random small assessments whose IDs, titles and notes collide often.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;

use mosaic::core::assessment::storage::merge;
use mosaic::core::assessment::*;
use mosaic::core::framework::RoleRef;
use proptest::prelude::*;

/// The merge as it was before issue 14 (each duplicate and fresh ID found by scanning).
fn reference_merge(mut mine: Assessment, theirs: Assessment) -> Assessment {
    for (id, rating) in theirs.ratings {
        match mine.ratings.get_mut(&id) {
            Some(current) => {
                let mut evidence = std::mem::take(&mut current.evidence);
                if rating.updated > current.updated {
                    *current = rating.clone();
                }
                reference_union(&mut evidence, rating.evidence);
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
                reference_union(&mut evidence, progress.evidence);
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
        reference_union(list, other);
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
                    action.id = reference_next_id(&mine.plan, "a");
                }
                mine.plan.actions.push(action);
            }
        }
    }
    for checkin in theirs.plan.checkins {
        if !mine.plan.checkins.iter().any(|c| c.date == checkin.date && c.note == checkin.note) {
            let mut checkin = checkin;
            if mine.plan.checkins.iter().any(|c| c.id == checkin.id) {
                checkin.id = reference_next_id(&mine.plan, "c");
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

fn reference_union<T: PartialEq>(into: &mut Vec<T>, from: Vec<T>) {
    for item in from {
        if !into.contains(&item) {
            into.push(item);
        }
    }
}

/// `DevelopmentPlan::next_id` as it was.
fn reference_next_id(plan: &DevelopmentPlan, prefix: &str) -> String {
    let used: Vec<&str> = plan
        .actions
        .iter()
        .map(|a| a.id.as_str())
        .chain(plan.checkins.iter().map(|c| c.id.as_str()))
        .collect();
    (1..).map(|n| format!("{prefix}{n}")).find(|id| !used.contains(&id.as_str())).expect("unbounded")
}

// Small alphabets, so IDs, titles, notes and dates collide often.
fn pick(options: &'static [&'static str]) -> impl Strategy<Value = String> {
    prop::sample::select(options).prop_map(str::to_string)
}

fn evidence() -> impl Strategy<Value = Vec<Evidence>> {
    prop::collection::vec(
        (pick(&["shipped", "led", "taught"]), pick(&["", "https://e.example"]), pick(&["", "2026-01-02"]))
            .prop_map(|(note, link, date)| Evidence { note, link, date }),
        0..4,
    )
}

fn updated() -> impl Strategy<Value = String> {
    pick(&["", "2026-01-01T10:00", "2026-02-01T10:00"])
}

fn assessment() -> impl Strategy<Value = Assessment> {
    let ratings = prop::collection::btree_map(
        pick(&["code", "people", "design"]),
        (prop::option::of(pick(&["basic", "deep"])), evidence(), updated())
            .prop_map(|(proficiency, evidence, updated)| Rating { proficiency, evidence, updated }),
        0..3,
    );
    let milestones = prop::collection::btree_map(
        pick(&["t/l1/m1", "t/l2/m2"]),
        (prop::sample::select(MilestoneStatus::ALL.to_vec()), evidence(), updated())
            .prop_map(|(status, evidence, updated)| MilestoneProgress { status, evidence, updated }),
        0..3,
    );
    let snapshots = prop::collection::vec(
        (
            pick(&["s1", "s2", "s3", "s5", "x"]),
            pick(&["Q1", "Q2"]),
            pick(&["2026-01-01", "2026-03-01"]),
            prop::collection::btree_map(pick(&["code", "people"]), pick(&["basic", "deep"]), 0..2),
        )
            .prop_map(|(id, label, date, ratings)| Snapshot { id, label, date, ratings }),
        0..5,
    );
    let actions = prop::collection::vec(
        (pick(&["a1", "a2", "a3", "a5", "c1", "x"]), pick(&["Read", "Pair"]), updated()).prop_map(
            |(id, title, updated)| Action {
                id,
                title,
                learning: None,
                competencies: Vec::new(),
                milestones: Vec::new(),
                target_date: String::new(),
                status: ActionStatus::Planned,
                updated,
            },
        ),
        0..6,
    );
    let checkins = prop::collection::vec(
        (pick(&["c1", "c2", "c4", "a1"]), pick(&["2026-01-01", "2026-02-01"]), pick(&["talked", "agreed"]))
            .prop_map(|(id, date, note)| CheckIn { id, date, note }),
        0..5,
    );
    let lists = || prop::collection::vec(pick(&["eng", "mgmt", "ops"]), 0..4);
    let role = prop::option::of(Just(RoleRef { track: "eng".into(), level: "l2".into() }));
    (ratings, milestones, snapshots, actions, checkins, lists(), lists(), role).prop_map(
        |(ratings, milestones, snapshots, actions, checkins, drawn_to, avoid, current_role)| Assessment {
            profile: Profile { current_role, drawn_to, avoid },
            ratings,
            milestones,
            snapshots,
            retired: Retired { ratings: BTreeMap::new(), milestones: BTreeMap::new() },
            plan: DevelopmentPlan { actions, checkins, ..Default::default() },
            ..Default::default()
        },
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn merging_gives_what_the_old_merge_gave(mine in assessment(), theirs in assessment()) {
        prop_assert_eq!(merge(mine.clone(), theirs.clone()), reference_merge(mine, theirs));
    }
}

/// Many colliding action IDs: every imported action gets a fresh ID, none taken twice, in
/// the order the old merge gave them (a1…aN are mine, so the import's become aN+1…a2N).
#[test]
fn colliding_action_ids_get_the_next_free_ids_in_order() {
    let action = |id: String, title: &str| Action {
        id,
        title: title.to_string(),
        learning: None,
        competencies: Vec::new(),
        milestones: Vec::new(),
        target_date: String::new(),
        status: ActionStatus::Planned,
        updated: String::new(),
    };
    let n = 300;
    let mut mine = Assessment::default();
    let mut theirs = Assessment::default();
    for i in 1..=n {
        mine.plan.actions.push(action(format!("a{i}"), "mine"));
        theirs.plan.actions.push(action(format!("a{i}"), "theirs"));
    }
    let merged = merge(mine.clone(), theirs.clone());
    assert_eq!(merged, reference_merge(mine, theirs));
    let ids: Vec<String> = merged.plan.actions.iter().map(|a| a.id.clone()).collect();
    let expected: Vec<String> = (1..=2 * n).map(|i| format!("a{i}")).collect();
    assert_eq!(ids, expected);
}
