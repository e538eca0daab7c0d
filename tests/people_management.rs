//! People management is never forced on anyone and never hidden from someone who wants it:
//! a path enters a people-management track only when the person chose it (drawn to it in
//! their profile, unticked it on /plan) or when it is the track of the role they target.
//! Checked on the default framework, the format-2 fixtures (shared trunks branching into
//! individual-contributor and manager tracks) and random frameworks with branches and moves.
#![cfg(not(target_arch = "wasm32"))]

use mosaic::core::assessment::Assessment;
use mosaic::core::framework::{load, Framework, RoleRef};
use mosaic::core::planner::{plan, Unreachable};
use proptest::prelude::*;
use serde_json::{json, Value};

const DEFAULT: &str = include_str!("../public/framework.json");
const LADDER_YAML: &str = include_str!("fixtures/format2/ladder-yaml.json");
const POINTS_LADDER: &str = include_str!("fixtures/format2/points-ladder.json");
const MULTI_DISCIPLINE: &str = include_str!("fixtures/format2/multi-discipline.json");

fn loaded(text: &str) -> Framework {
    load(text).expect("the fixture loads").framework
}

fn targeting(target: RoleRef) -> Assessment {
    let mut a = Assessment::default();
    a.plan.target = Some(target);
    a
}

/// The tracks of a plan's best path, in order.
fn tracks_on_best_path(fw: &Framework, a: &Assessment, start: &RoleRef) -> Vec<String> {
    let target = a.plan.target.clone().unwrap();
    let result = plan(fw, a, Some(start), &target, &a.plan_constraints(fw));
    assert_eq!(result.unreachable, None, "{start:?} → {target:?}");
    result.paths[0].steps.iter().map(|s| s.to.track.clone()).collect()
}

#[test]
fn a_management_target_is_the_choice_of_management() {
    let fw = loaded(DEFAULT);
    let a = targeting(RoleRef::new("people-management", "pm5"));
    // The default still keeps people management out: nothing was chosen but the target.
    assert_eq!(a.excluded_tracks(&fw), ["people-management"]);
    assert_eq!(a.track_opened_by_target(&fw), Some("people-management"));
    assert!(a.plan_constraints(&fw).excluded_tracks.is_empty());
    let tracks = tracks_on_best_path(&fw, &a, &RoleRef::new("technical", "t3"));
    assert_eq!(tracks.last().map(String::as_str), Some("people-management"));
}

#[test]
fn a_management_target_opens_its_track_even_after_ticking_it() {
    let fw = loaded(DEFAULT);
    let mut a = targeting(RoleRef::new("people-management", "pm5"));
    a.exclude_track(&fw, "people-management", true);
    assert_eq!(a.track_opened_by_target(&fw), Some("people-management"));
    let result = plan(
        &fw,
        &a,
        Some(&RoleRef::new("technical", "t3")),
        &RoleRef::new("people-management", "pm5"),
        &a.plan_constraints(&fw),
    );
    assert_eq!(result.unreachable, None);
    // Another target: the person's exclusion is back in force.
    a.plan.target = Some(RoleRef::new("technical", "t5"));
    assert_eq!(a.track_opened_by_target(&fw), None);
    assert_eq!(a.plan_constraints(&fw).excluded_tracks, ["people-management"]);
}

#[test]
fn a_track_excluded_by_choice_that_manages_nobody_still_refuses_its_target() {
    let fw = loaded(DEFAULT);
    let mut a = targeting(RoleRef::new("process-optimization", "po3"));
    a.exclude_track(&fw, "process-optimization", true);
    assert_eq!(a.track_opened_by_target(&fw), None);
    let result = plan(
        &fw,
        &a,
        Some(&RoleRef::new("technical", "t2")),
        &RoleRef::new("process-optimization", "po3"),
        &a.plan_constraints(&fw),
    );
    assert_eq!(
        result.unreachable,
        Some(Unreachable::TargetExcluded { track: "process-optimization".into() })
    );
}

#[test]
fn a_shared_trunk_branches_into_management_only_for_a_management_target() {
    let fw = loaded(LADDER_YAML);
    let start = RoleRef::new("engineering", "engineer-1");
    let manager = targeting(RoleRef::new("engineering-management", "director-of-engineering"));
    let tracks = tracks_on_best_path(&fw, &manager, &start);
    assert!(tracks.iter().any(|t| t == "engineering-management"), "{tracks:?}");
    // An individual-contributor target never routes through the manager branch, although
    // the ladder's mobility rules lead from senior engineer into management and back.
    for level in ["senior-engineer", "staff-engineer", "principal-engineer"] {
        let ic = targeting(RoleRef::new("individual-contributor", level));
        let tracks = tracks_on_best_path(&fw, &ic, &start);
        assert!(!tracks.iter().any(|t| t == "engineering-management"), "{level}: {tracks:?}");
    }
}

#[test]
fn a_points_ladder_manager_branch_is_planned_when_targeted() {
    let fw = loaded(POINTS_LADDER);
    let start = RoleRef::new("engineer", "engineer-1");
    let a = targeting(RoleRef::new("manager", "manager-2"));
    let tracks = tracks_on_best_path(&fw, &a, &start);
    assert_eq!(tracks.last().map(String::as_str), Some("manager"));
    let ic = targeting(RoleRef::new("engineer", "engineer-7"));
    assert!(tracks_on_best_path(&fw, &ic, &start).iter().all(|t| t == "engineer"));
}

#[test]
fn a_target_opens_its_own_management_track_and_no_other() {
    let fw = loaded(MULTI_DISCIPLINE);
    let a = targeting(RoleRef::new("design-leadership", "design-manager"));
    let constraints = a.plan_constraints(&fw);
    assert!(!constraints.excluded_tracks.contains(&"design-leadership".to_string()));
    assert!(constraints.excluded_tracks.contains(&"product-leadership".to_string()));
}

#[path = "support/dice.rs"]
mod dice;
use dice::Dice;

/// A random framework: 2 to 5 tracks of 1 to 4 levels, any of them managing people, some
/// branching from a level of an earlier track (a shared trunk), and mobility rules between
/// any tracks, with expectations on two competencies.
fn random_framework(seed: u64) -> Framework {
    let mut dice = Dice(seed | 1);
    let scale = ["p0", "p1", "p2", "p3"];
    let track_count = 2 + dice.below(4) as usize;
    let mut lengths = Vec::new();
    let mut tracks = Vec::new();
    for t in 0..track_count {
        let length = 1 + dice.below(4) as usize;
        lengths.push(length);
        let levels: Vec<Value> = (0..length)
            .map(|l| {
                let expectations: Vec<Value> = ["c0", "c1"]
                    .iter()
                    .filter_map(|c| {
                        let rank = dice.below(4) as usize;
                        dice.chance(60).then(|| json!({ "competency": c, "proficiency": scale[rank] }))
                    })
                    .collect();
                json!({ "id": format!("t{t}l{l}"), "title": format!("Role {t}.{l}"), "band": format!("b{}", l + 1),
                        "summary": "", "expectations": expectations })
            })
            .collect();
        let mut track = json!({ "id": format!("t{t}"), "name": format!("Track {t}"), "description": "",
                                "manages_people": dice.chance(40), "levels": levels });
        if t > 0 && dice.chance(35) {
            let from = dice.below(t as u64) as usize;
            let level = dice.below(lengths[from] as u64);
            track["branches_from"] =
                json!({ "track": format!("t{from}"), "level": format!("t{from}l{level}") });
        }
        tracks.push(track);
    }
    let mobility: Vec<Value> = (0..dice.below(7))
        .map(|r| {
            let (from, to) =
                (dice.below(track_count as u64) as usize, dice.below(track_count as u64) as usize);
            let level = dice.below(lengths[to] as u64);
            json!({ "id": format!("r{r}"), "from": { "track": format!("t{from}") },
                    "to": { "track": format!("t{to}"), "level": format!("t{to}l{level}") },
                    "kind": "transfer", "horizon_months": 1 + dice.below(12) })
        })
        .collect();
    let competencies: Vec<Value> =
        ["c0", "c1"].iter().map(|c| json!({ "id": c, "name": c, "theme": "A", "descriptors": {} })).collect();
    let bands: Vec<Value> =
        (1..=4).map(|b| json!({ "id": format!("b{b}"), "name": format!("Band {b}") })).collect();
    serde_json::from_value(json!({
        "format": 2,
        "meta": { "id": "random", "name": "Random", "organization": "Random Co", "version": "1", "effective_date": "2026-01-01" },
        "governance": { "council": "Council", "last_review": "2026-01-01" },
        "bands": bands,
        "proficiency_scale": scale.iter().map(|p| json!({ "id": p, "name": p })).collect::<Vec<_>>(),
        "competencies": competencies,
        "tracks": tracks,
        "mobility": mobility,
    }))
    .expect("a well-formed random framework")
}

/// A random person's choices about tracks: drawn to some, avoiding some, maybe ticking and
/// unticking tracks on /plan (which makes the exclusions theirs), and a target.
fn random_choices(fw: &Framework, seed: u64) -> (Assessment, RoleRef, RoleRef) {
    let mut dice = Dice(seed.rotate_left(23) | 1);
    let mut a = Assessment::default();
    for track in &fw.tracks {
        if dice.chance(20) {
            a.profile.drawn_to.push(track.id.clone());
        } else if dice.chance(15) {
            a.profile.avoid.push(track.id.clone());
        }
    }
    for track in &fw.tracks {
        if dice.chance(15) {
            let excluded = dice.chance(50);
            a.exclude_track(fw, &track.id, excluded);
        }
    }
    let roles: Vec<RoleRef> = fw.roles().map(|(r, _, _)| r).collect();
    let start = roles[dice.below(roles.len() as u64) as usize].clone();
    let target = roles[dice.below(roles.len() as u64) as usize].clone();
    a.plan.target = Some(target.clone());
    (a, start, target)
}

/// Whether the person opened a track themselves, by the rule stated on /plan: once they
/// ticked or unticked tracks, what they left unticked; before, what they are drawn to and
/// don't avoid.
fn opted_in(a: &Assessment, track: &str) -> bool {
    let track = track.to_string();
    if a.plan.tracks_chosen {
        !a.plan.constraints.excluded_tracks.contains(&track)
    } else {
        a.profile.drawn_to.contains(&track) && !a.profile.avoid.contains(&track)
    }
}

fn check(fw: &Framework, seed: u64) -> Result<(), TestCaseError> {
    let (a, start, target) = random_choices(fw, seed);
    let result = plan(fw, &a, Some(&start), &target, &a.plan_constraints(fw));
    let manages = |id: &str| fw.track(id).is_some_and(|t| t.manages_people);
    for path in &result.paths {
        for step in &path.steps {
            let track = step.to.track.as_str();
            prop_assert!(
                !manages(track) || track == target.track || opted_in(&a, track),
                "{:?} → {:?} steps into {track}, a management track not chosen",
                start,
                target
            );
        }
    }
    // A management target is never refused as excluded: targeting it is the choice.
    if manages(&target.track) {
        let refused = matches!(result.unreachable, Some(Unreachable::TargetExcluded { .. }));
        prop_assert!(!refused, "the management target {:?} is refused as excluded", target);
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn no_path_enters_management_unless_chosen_on_random_frameworks(seed in any::<u64>(), choices in any::<u64>()) {
        check(&random_framework(seed), choices)?;
    }

    #[test]
    fn no_path_enters_management_unless_chosen_on_the_fixtures(which in 0usize..4, choices in any::<u64>()) {
        let text = [DEFAULT, LADDER_YAML, POINTS_LADDER, MULTI_DISCIPLINE][which];
        check(&loaded(text), choices)?;
    }
}

#[test]
fn random_frameworks_have_management_branches_and_moves() {
    let (mut branches, mut management, mut moves) = (0, 0, 0);
    for seed in 0..200 {
        let fw = random_framework(seed);
        branches += fw.tracks.iter().filter(|t| t.branches_from.is_some()).count();
        management += fw.tracks.iter().filter(|t| t.manages_people).count();
        moves += fw.mobility.len();
    }
    assert!(branches > 50 && management > 100 && moves > 200, "{branches} {management} {moves}");
}
