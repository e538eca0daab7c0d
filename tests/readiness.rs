//! Readiness on format-2 frameworks: the policy from the file, scales of different lengths,
//! roles without criteria, points thresholds, tiers that agree with their percentages, and
//! the best next role per track. Small inline frameworks, one idea each.

use mosaic::core::assessment::storage::stamp;
use mosaic::core::assessment::*;
use mosaic::core::framework::{load, Framework, Pacing, ReadinessPolicy, RoleRef};
use serde_json::{json, Value};

/// A framework from its scales, competencies and tracks; bands b1..b5 ("Band 1"…).
/// Parsed without validation: these tests are about scoring, not about the loader.
fn framework(scale: Value, scales: Value, competencies: Value, tracks: Value) -> Framework {
    let bands: Vec<Value> = (1..=5)
        .map(|b| json!({ "id": format!("b{b}"), "name": format!("Band {b}"), "scope": "", "impact": "", "autonomy": "" }))
        .collect();
    serde_json::from_value(json!({
        "format": 2,
        "meta": { "id": "t", "name": "Test", "organization": "Test Co", "version": "1", "effective_date": "2026-01-01" },
        "governance": { "council": "The test council", "last_review": "2026-01-01" },
        "bands": bands,
        "proficiency_scale": scale,
        "scales": scales,
        "competencies": competencies,
        "tracks": tracks,
    }))
    .expect("a well-formed framework")
}

fn steps(prefix: &str, names: &[&str]) -> Value {
    names
        .iter()
        .enumerate()
        .map(|(i, name)| json!({ "id": format!("{prefix}{}", i + 1), "name": name }))
        .collect()
}

fn competency(id: &str, theme: &str, scale: Option<&str>) -> Value {
    let mut c = json!({ "id": id, "name": id.to_uppercase(), "theme": theme, "descriptors": {} });
    if let Some(scale) = scale {
        c["scale"] = json!(scale);
    }
    c
}

fn milestone(id: &str) -> Value {
    json!({ "id": id, "title": format!("Milestone {id}"), "evidence": "", "verification": "", "horizon_months": 3 })
}

/// A level: `expectations` as (competency, proficiency, weight); `milestones` by ID.
fn level(id: &str, band: &str, expectations: &[(&str, &str, f64)], milestones: &[&str]) -> Value {
    json!({
        "id": id, "title": format!("Role {id}"), "band": band, "summary": "",
        "expectations": expectations.iter().map(|(c, p, w)| json!({ "competency": c, "proficiency": p, "weight": w })).collect::<Vec<_>>(),
        "milestones": milestones.iter().map(|m| milestone(m)).collect::<Vec<_>>(),
    })
}

fn track(id: &str, levels: Vec<Value>) -> Value {
    json!({ "id": id, "name": format!("Track {id}"), "description": "", "levels": levels })
}

fn person(framework: &Framework, ratings: &[(&str, &str)]) -> Assessment {
    let mut a = Assessment { framework: stamp(framework), ..Default::default() };
    for (competency, proficiency) in ratings {
        a.ratings.insert(
            competency.to_string(),
            Rating { proficiency: Some(proficiency.to_string()), evidence: vec![], updated: String::new() },
        );
    }
    a
}

fn set_milestone(a: &mut Assessment, role: &RoleRef, id: &str, status: MilestoneStatus) {
    a.milestones.insert(
        milestone_key(role, id),
        MilestoneProgress { status, evidence: vec![], updated: String::new() },
    );
}

fn role(track: &str, level: &str) -> RoleRef {
    RoleRef::new(track, level)
}

/// Competencies on three scales: `code` on the default three steps, `care` on two, `design`
/// on seven.
fn scales_framework() -> Framework {
    framework(
        steps("d", &["Basic", "Solid", "Deep"]),
        json!([
            { "id": "short", "name": "Two steps", "levels": steps("s", &["Learning", "Doing"]) },
            { "id": "long", "name": "Seven steps", "levels": steps("l", &["L1", "L2", "L3", "L4", "L5", "L6", "L7"]) },
        ]),
        json!([
            competency("code", "Craft", None),
            competency("care", "People", Some("short")),
            competency("design", "Craft", Some("long"))
        ]),
        json!([track(
            "tech",
            vec![
                level("t1", "b1", &[("code", "d1", 1.0)], &["m1"]),
                level("t2", "b2", &[("code", "d2", 2.0), ("care", "s2", 1.0)], &[]),
                level("t3", "b3", &[("code", "d3", 1.0), ("design", "l6", 1.0)], &["m1", "m2"]),
                level("t4", "b4", &[], &[]),
            ]
        )]),
    )
}

#[test]
fn each_expectation_counts_on_its_own_scale() {
    let f = scales_framework();
    // Halfway on a two-step scale and halfway on a six-step requirement count alike.
    let a = person(&f, &[("code", "d2"), ("care", "s1")]);
    let r = readiness(&f, &a, &role("tech", "t2")).unwrap();
    assert!((r.score - (2.0 * 2.0 / 2.0 + 0.5) / 3.0).abs() < 1e-9, "{}", r.score);
    assert_eq!(r.gaps.len(), 1);
    assert_eq!((r.gaps[0].current, r.gaps[0].required, r.gaps[0].steps()), (Some(0), 1, 1));

    let a = person(&f, &[("code", "d3"), ("design", "l3")]);
    let r = readiness(&f, &a, &role("tech", "t3")).unwrap();
    assert!((r.competency_score - (1.0 + 0.5) / 2.0).abs() < 1e-9);
    assert_eq!(
        (r.gaps[0].competency.as_str(), r.gaps[0].current, r.gaps[0].required),
        ("design", Some(2), 5)
    );
    assert_eq!(r.gaps[0].steps(), 3);
    // Above the requirement on a long scale is simply met.
    let a = person(&f, &[("code", "d3"), ("design", "l7")]);
    assert_eq!(readiness(&f, &a, &role("tech", "t3")).unwrap().expectations_met, 2);
}

#[test]
fn a_role_without_criteria_has_no_readiness_and_is_listed_apart() {
    let f = scales_framework();
    let a = person(&f, &[("code", "d3"), ("care", "s2"), ("design", "l7")]);
    assert_eq!(readiness(&f, &a, &role("tech", "t4")), None, "never Ready now, no percentage");
    let ranked = rank_roles(&f, &a);
    assert!(ranked.iter().all(|r| r.role != role("tech", "t4")));
    assert_eq!(ranked.len(), 3);
    assert_eq!(roles_without_criteria(&f, &a), vec![role("tech", "t4")]);
    assert!(next_role_per_track(&f, &a).iter().all(|r| r.role != role("tech", "t4")));
    let mut avoiding = a.clone();
    avoiding.profile.avoid = vec!["tech".into()];
    assert!(roles_without_criteria(&f, &avoiding).is_empty(), "avoided tracks stay out of both lists");
}

#[test]
fn a_role_with_only_milestones_is_measured_by_them_alone() {
    let mut f = scales_framework();
    f.tracks[0].levels[3].milestones = vec![serde_json::from_value(milestone("only")).unwrap()];
    let t4 = role("tech", "t4");
    let mut a = person(&f, &[]);
    let r = readiness(&f, &a, &t4).unwrap();
    assert_eq!((r.percent(), r.tier), (0, Tier::Aspirational));
    set_milestone(&mut a, &t4, "only", MilestoneStatus::Achieved);
    let r = readiness(&f, &a, &t4).unwrap();
    assert_eq!((r.percent(), r.tier), (100, Tier::ReadyNow));
}

#[test]
fn ready_now_needs_the_milestones_unless_the_policy_says_otherwise() {
    let mut f = scales_framework();
    let t1 = role("tech", "t1");
    let mut a = person(&f, &[("code", "d1")]);
    let r = readiness(&f, &a, &t1).unwrap();
    assert_eq!(r.percent(), 80, "expectations met: 80% of readiness, milestones the other 20%");
    assert_eq!(r.tier, Tier::Stretch, "not Ready now with its milestone not achieved");
    assert_eq!(r.shortfalls, vec![Shortfall::Milestones { not_achieved: 1 }]);

    set_milestone(&mut a, &t1, "m1", MilestoneStatus::InProgress);
    let r = readiness(&f, &a, &t1).unwrap();
    assert_eq!((r.percent(), r.tier), (90, Tier::Close));
    set_milestone(&mut a, &t1, "m1", MilestoneStatus::Achieved);
    let r = readiness(&f, &a, &t1).unwrap();
    assert_eq!((r.percent(), r.tier), (100, Tier::ReadyNow));
    assert!(r.shortfalls.is_empty() && r.allowances.is_empty());

    f.readiness.milestones_required = false;
    let a = person(&f, &[("code", "d1")]);
    let r = readiness(&f, &a, &t1).unwrap();
    assert_eq!((r.percent(), r.tier), (80, Tier::ReadyNow));
    assert_eq!(
        r.allowances,
        vec![Allowance::MilestonesNotAchieved { not_achieved: 1 }],
        "the reason it shows 80%"
    );
}

#[test]
fn the_policy_sets_the_thresholds_and_the_milestone_share() {
    let mut f = scales_framework();
    let t1 = role("tech", "t1");
    let a = person(&f, &[("code", "d1")]);
    f.readiness = ReadinessPolicy {
        close_from_percent: 70,
        stretch_from_percent: 40,
        milestone_share_percent: 50,
        ..ReadinessPolicy::default()
    };
    let r = readiness(&f, &a, &t1).unwrap();
    assert_eq!((r.percent(), r.tier), (50, Tier::Stretch));
    f.readiness.milestone_share_percent = 0;
    let r = readiness(&f, &a, &t1).unwrap();
    assert_eq!(r.percent(), 100, "milestones don't count towards the percentage");
    assert_eq!(r.tier, Tier::Close, "but Ready now still needs them");
    assert_eq!(r.shortfalls, vec![Shortfall::Milestones { not_achieved: 1 }], "which the reason says");
}

#[test]
fn most_of_the_expectations_can_be_enough_when_the_policy_says_so() {
    let mut f = scales_framework();
    let t2 = role("tech", "t2");
    // code (weight 2) met, care (weight 1) not: two thirds of the weight.
    let a = person(&f, &[("code", "d2")]);
    let r = readiness(&f, &a, &t2).unwrap();
    assert_eq!(r.tier, Tier::Stretch, "a checklist by default");
    assert_eq!(r.shortfalls, vec![Shortfall::Expectations { unmet: 1 }]);
    f.readiness.expectations_met_percent = 60;
    let r = readiness(&f, &a, &t2).unwrap();
    assert_eq!(r.tier, Tier::ReadyNow);
    assert_eq!(r.percent(), 66);
    assert!((r.expectations_met_share - 2.0 / 3.0).abs() < 1e-9);
    assert_eq!(r.allowances, vec![Allowance::ExpectationsUnmet { unmet: 1 }]);
    f.readiness.expectations_met_percent = 70;
    let r = readiness(&f, &a, &t2).unwrap();
    assert_ne!(r.tier, Tier::ReadyNow, "66% of the weight is short of 70%");
}

/// A points ladder: five steps worth 1, 3, 6, 12 and 20 points; two Craft competencies and
/// one Leadership.
fn points_framework() -> Framework {
    let mut scale = steps("p", &["Novice", "Practised", "Skilled", "Expert", "Master"]);
    for (step, points) in scale.as_array_mut().unwrap().iter_mut().zip([1, 3, 6, 12, 20]) {
        step["points"] = json!(points);
    }
    let mut e3 = level("e3", "b3", &[("a1", "p4", 1.0)], &[]);
    e3["points"] = json!({ "total": 40 });
    let mut e2 = level("e2", "b2", &[], &[]);
    e2["points"] = json!({ "total": 30, "minimums": [{ "theme": "Leadership", "points": 12 }] });
    let mut e1 = level("e1", "b1", &[], &["m1"]);
    e1["points"] = json!({ "total": 10 });
    let mut e4 = level("e4", "b4", &[], &[]);
    e4["points"] = json!({ "total": 1000 });
    framework(
        scale,
        json!([]),
        json!([
            competency("a1", "Craft", None),
            competency("a2", "Craft", None),
            competency("b1", "Leadership", None)
        ]),
        json!([track("eng", vec![e1, e2, e3, e4])]),
    )
}

#[test]
fn a_points_role_is_ready_when_its_threshold_is_met() {
    let f = points_framework();
    let e1 = role("eng", "e1");
    let mut a = person(&f, &[("a1", "p3"), ("a2", "p2")]);
    set_milestone(&mut a, &e1, "m1", MilestoneStatus::Achieved);
    let r = readiness(&f, &a, &e1).unwrap();
    let points = r.points.as_ref().unwrap();
    assert_eq!((points.have, points.need), (9, 10));
    assert_eq!(r.percent(), 92, "90% of the points is 80% of readiness, with the milestone's 20%");
    assert_eq!((r.tier, r.shortfalls.clone()), (Tier::Close, vec![Shortfall::Points]));
    assert_eq!(points.raises.len(), 1);

    let a2 = person(&f, &[("a1", "p3"), ("a2", "p3")]);
    let mut a2 = a2;
    set_milestone(&mut a2, &e1, "m1", MilestoneStatus::Achieved);
    let r = readiness(&f, &a2, &e1).unwrap();
    assert_eq!((r.percent(), r.tier), (100, Tier::ReadyNow));
}

#[test]
fn a_theme_minimum_caps_a_points_role() {
    let f = points_framework();
    let a = person(&f, &[("a1", "p5"), ("a2", "p5")]);
    let r = readiness(&f, &a, &role("eng", "e2")).unwrap();
    let points = r.points.as_ref().unwrap();
    assert_eq!(points.have, 40, "the total is met");
    assert_eq!((points.themes[0].have, points.themes[0].need), (0, 12));
    assert_eq!(r.percent(), 0, "nothing of the Leadership minimum yet");
    assert_eq!(r.shortfalls, vec![Shortfall::Points]);
    assert!(points.raises.iter().all(|raise| f.competencies[raise.competency].id == "b1"));
}

#[test]
fn a_role_with_expectations_and_points_counts_the_lower_of_the_two() {
    let f = points_framework();
    let a = person(&f, &[("a1", "p4")]);
    let r = readiness(&f, &a, &role("eng", "e3")).unwrap();
    assert_eq!(r.expectations_percent(), Some(100));
    assert_eq!(r.points_percent(), Some(30), "12 of 40 points");
    assert_eq!(r.percent(), 30);
    assert_eq!(r.shortfalls, vec![Shortfall::Points]);
    let a = person(&f, &[("a1", "p3"), ("a2", "p5"), ("b1", "p5")]);
    let r = readiness(&f, &a, &role("eng", "e3")).unwrap();
    assert_eq!(r.points_percent(), Some(100), "46 points");
    assert_eq!(r.expectations_percent(), Some(75));
    assert_eq!(r.percent(), 75);
    assert_eq!(r.shortfalls, vec![Shortfall::Expectations { unmet: 1 }]);
}

#[test]
fn an_unreachable_threshold_is_said_to_be() {
    let f = points_framework();
    let a = person(&f, &[("a1", "p5"), ("a2", "p5"), ("b1", "p5")]);
    let r = readiness(&f, &a, &role("eng", "e4")).unwrap();
    assert!(!r.points.as_ref().unwrap().reachable);
    assert_eq!(r.tier, Tier::Aspirational);
}

#[test]
fn ranking_goes_by_tier_then_readiness() {
    let mut f = scales_framework();
    f.readiness.milestones_required = false;
    // t1 is Ready now at 80% (its milestone isn't required); t2 is a Stretch at 83%.
    let a = person(&f, &[("code", "d2"), ("care", "s1"), ("design", "l1")]);
    let ranked = rank_roles(&f, &a);
    let order: Vec<(&str, Tier, u32)> =
        ranked.iter().map(|r| (r.role.level.as_str(), r.tier, r.percent())).collect();
    assert_eq!(order[0], ("t1", Tier::ReadyNow, 80));
    assert_eq!(order[1].0, "t2");
    assert_eq!((order[1].1, order[1].2), (Tier::Stretch, 83), "{order:?}");
    assert!(!ranked[0].allowances.is_empty(), "the reason a Ready-now role sits above a higher percentage");
}

#[test]
fn growth_on_the_job_takes_the_frameworks_pace_per_step() {
    let gap = Gap { competency: "code".into(), current: None, required: 2, weight: 1.0 };
    assert_eq!(gap.steps(), 3);
    assert_eq!(gap.on_the_job_months(&Pacing::default()), 18);
    assert_eq!(gap.on_the_job_months(&Pacing { on_the_job_months_per_step: 4, ..Pacing::default() }), 12);
}

/// A shared trunk (j1, j2) that branches into an individual-contributor and a manager
/// track; another track; a sunset track; and a role without criteria.
fn branching_framework() -> Framework {
    let mut ic = track(
        "ic",
        vec![level("i3", "b3", &[("code", "d2", 1.0)], &[]), level("i4", "b4", &[("code", "d3", 1.0)], &[])],
    );
    ic["branches_from"] = json!({ "track": "trunk", "level": "j2" });
    let mut mgr = track(
        "mgr",
        vec![level("m3", "b3", &[("lead", "d2", 1.0)], &[]), level("m4", "b4", &[("lead", "d3", 1.0)], &[])],
    );
    mgr["branches_from"] = json!({ "track": "trunk", "level": "j2" });
    let mut old = track("old", vec![level("x3", "b3", &[("code", "d1", 1.0)], &[])]);
    old["sunset"] = json!({ "date": "2026-12-31" });
    framework(
        steps("d", &["Basic", "Solid", "Deep"]),
        json!([]),
        json!([competency("code", "Craft", None), competency("lead", "People", None)]),
        json!([
            track(
                "trunk",
                vec![
                    level("j1", "b1", &[("code", "d1", 1.0)], &[]),
                    level("j2", "b2", &[("code", "d2", 1.0)], &[])
                ]
            ),
            ic,
            mgr,
            track(
                "ops",
                vec![
                    level("o1", "b1", &[("code", "d1", 1.0)], &[]),
                    level("o2", "b2", &[("code", "d1", 1.0), ("lead", "d1", 1.0)], &[]),
                    level("o3", "b3", &[("code", "d2", 1.0), ("lead", "d1", 1.0)], &[]),
                    level("o5", "b5", &[], &[]),
                ]
            ),
            old,
        ]),
    )
}

fn best(f: &Framework, a: &Assessment) -> Vec<(String, String)> {
    next_role_per_track(f, a).into_iter().map(|r| (r.role.track, r.role.level)).collect()
}

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter().map(|(t, l)| (t.to_string(), l.to_string())).collect()
}

#[test]
fn without_a_current_role_the_best_next_role_includes_roles_ready_now() {
    let f = branching_framework();
    // Ready now for j1, j2, i3 and o1; nothing in the manager track.
    let a = person(&f, &[("code", "d2")]);
    assert_eq!(
        best(&f, &a),
        pairs(&[("trunk", "j2"), ("ic", "i3"), ("mgr", "m3"), ("ops", "o1")]),
        "the highest role ready now in each track, else the lowest band on offer; the sunset track stays out"
    );
}

#[test]
fn the_best_next_role_is_never_below_the_current_roles_band_nor_that_role() {
    let f = branching_framework();
    let mut a = person(&f, &[("code", "d2")]);
    a.profile.current_role = Some(role("ops", "o2"));
    // ops: o1 is below, o2 is the current role, o3 isn't ready; the trunk has nothing at b2 or
    // above but j2, which the person is ready for (a lateral move).
    assert_eq!(best(&f, &a), pairs(&[("trunk", "j2"), ("ic", "i3"), ("mgr", "m3"), ("ops", "o3")]));
    for r in next_role_per_track(&f, &a) {
        let (_, level) = f.level(&r.role).unwrap();
        assert!(f.band_rank(&level.band) >= f.band_rank("b2"));
        assert_ne!(r.role, role("ops", "o2"));
    }
}

#[test]
fn at_the_top_of_a_trunk_the_branches_first_levels_are_next() {
    let f = branching_framework();
    let mut a = person(&f, &[("code", "d2")]);
    a.profile.current_role = Some(role("trunk", "j2"));
    a.profile.avoid = vec!["ops".into()];
    assert_eq!(best(&f, &a), pairs(&[("ic", "i3"), ("mgr", "m3")]), "the trunk has nothing left above j2");
    // Once on a branch, the trunk behind it is never offered, even at the same band.
    let mut f2 = f.clone();
    f2.tracks[1].levels[0].band = "b2".into();
    a.profile.current_role = Some(role("ic", "i3"));
    assert_eq!(best(&f2, &a), pairs(&[("ic", "i4"), ("mgr", "m3")]));
}

#[test]
fn tracks_the_person_is_drawn_to_come_first_and_avoided_ones_never() {
    let f = branching_framework();
    let mut a = person(&f, &[("code", "d2")]);
    a.profile.drawn_to = vec!["mgr".into()];
    a.profile.avoid = vec!["trunk".into()];
    let tracks: Vec<String> = best(&f, &a).into_iter().map(|(t, _)| t).collect();
    assert_eq!(tracks, ["mgr", "ic", "ops"]);
}

#[test]
fn the_highest_role_ready_now_wins_over_a_closer_one_not_ready() {
    let f = branching_framework();
    let mut a = person(&f, &[("code", "d3")]);
    a.profile.current_role = Some(role("ic", "i3"));
    assert_eq!(best(&f, &a).iter().find(|(t, _)| t == "ic"), Some(&("ic".to_string(), "i4".to_string())));
    a.profile.current_role = Some(role("trunk", "j1"));
    assert_eq!(
        best(&f, &a).iter().find(|(t, _)| t == "ic"),
        Some(&("ic".to_string(), "i4".to_string())),
        "ready for i3 and i4: the higher is the best next role"
    );
}

// ---- The format-2 fixtures, loaded as the app loads them ----

fn fixture(text: &str) -> Framework {
    match load(text) {
        Ok(loaded) => loaded.framework,
        Err(problems) => panic!("the fixture doesn't load: {problems:#?}"),
    }
}

fn ladder_yaml() -> Framework {
    fixture(include_str!("fixtures/format2/ladder-yaml.json"))
}

fn points_ladder() -> Framework {
    fixture(include_str!("fixtures/format2/points-ladder.json"))
}

fn multi_discipline() -> Framework {
    fixture(include_str!("fixtures/format2/multi-discipline.json"))
}

/// Rates every competency at the step of this rank on its own scale (the top when shorter).
fn everything_at(f: &Framework, rank: usize) -> Assessment {
    let ratings: Vec<(String, String)> = f
        .competencies
        .iter()
        .map(|c| {
            let scale = f.scale_of(c);
            (c.id.clone(), scale[rank.min(scale.len() - 1)].id.clone())
        })
        .collect();
    let borrowed: Vec<(&str, &str)> = ratings.iter().map(|(c, p)| (c.as_str(), p.as_str())).collect();
    person(f, &borrowed)
}

#[test]
fn ladder_yaml_at_the_top_of_the_trunk_offers_both_branches() {
    let f = ladder_yaml();
    let mut a = everything_at(&f, 1);
    a.profile.current_role = Some(role("engineering", "engineer-2"));
    let next = next_role_per_track(&f, &a);
    let roles: Vec<&str> = next.iter().map(|r| r.role.level.as_str()).collect();
    assert_eq!(
        roles,
        ["senior-engineer", "engineering-manager"],
        "the trunk has nothing left above engineer-2"
    );
    assert!(next.iter().all(|r| r.tier != Tier::ReadyNow));
    // Ready for the whole IC branch: its highest role is the best next one.
    let mut a = everything_at(&f, 4);
    a.profile.current_role = Some(role("engineering", "engineer-2"));
    set_milestone(
        &mut a,
        &role("individual-contributor", "staff-engineer"),
        "cross-team-initiative",
        MilestoneStatus::Achieved,
    );
    let next = next_role_per_track(&f, &a);
    assert_eq!(next[0].role, role("individual-contributor", "principal-engineer"));
    assert_eq!(next[0].tier, Tier::ReadyNow);
    assert_eq!(
        next[1].role,
        role("engineering-management", "director-of-engineering"),
        "the first manager level is ready only with its milestone, the ones after it have none"
    );
}

#[test]
fn ladder_yaml_uses_the_default_policy_so_ready_now_is_exactly_100_percent() {
    let f = ladder_yaml();
    assert_eq!(f.readiness, ReadinessPolicy::default());
    for rank in 0..5 {
        for r in rank_roles(&f, &everything_at(&f, rank)) {
            assert_eq!(r.tier == Tier::ReadyNow, r.percent() == 100, "{:?}", r.role);
        }
    }
}

#[test]
fn points_ladder_reads_its_policy_and_lists_the_fastest_raises() {
    let f = points_ladder();
    assert!(!f.readiness.milestones_required);
    let a = everything_at(&f, 1);
    let r = readiness(&f, &a, &role("engineer", "engineer-3")).unwrap();
    let points = r.points.as_ref().unwrap();
    assert_eq!(points.have, 15 * 3);
    assert_eq!(points.need, 55);
    assert_eq!(r.percent(), 81);
    assert_eq!(r.tier, Tier::Stretch, "81% is a Stretch under the default thresholds");
    assert!(points.reachable && !points.raises.is_empty());
    // The manager ladder's first level has both: readiness is the lower of the two.
    let r = readiness(&f, &a, &role("manager", "manager-1")).unwrap();
    assert_eq!(r.percent(), r.expectations_percent().unwrap().min(r.points_percent().unwrap()));
}

#[test]
fn multi_discipline_asks_for_most_of_and_lists_its_role_without_criteria() {
    let f = multi_discipline();
    assert_eq!(f.readiness.expectations_met_percent, 80);
    let a = everything_at(&f, 1);
    assert_eq!(roles_without_criteria(&f, &a), vec![role("customer-support", "support-apprentice")]);
    assert!(rank_roles(&f, &a).iter().all(|r| r.role.level != "support-apprentice"));
    // Most of: a role with one of nine expectations unmet can be Ready now below 100%, and
    // says so.
    let backend = role("backend-engineer", "backend-engineer-ii");
    let mut a = person(&f, &[]);
    let (_, level) = f.level(&backend).unwrap();
    for e in &level.expectations {
        a.ratings.insert(
            e.competency.clone(),
            Rating { proficiency: Some(e.proficiency.clone()), evidence: vec![], updated: String::new() },
        );
    }
    a.ratings.remove("growth-mindset");
    let r = readiness(&f, &a, &backend).unwrap();
    assert_eq!(r.tier, Tier::ReadyNow);
    assert!(r.percent() < 100);
    assert_eq!(r.allowances, vec![Allowance::ExpectationsUnmet { unmet: 1 }]);
}

#[test]
fn multi_discipline_gaps_are_steps_of_each_competencys_own_scale() {
    let f = multi_discipline();
    let a = person(&f, &[("coding", "learning"), ("ownership", "developing")]);
    let r = readiness(&f, &a, &role("backend-engineer", "backend-engineer-ii")).unwrap();
    let coding = r.gaps.iter().find(|g| g.competency == "coding").unwrap();
    assert_eq!((coding.current, coding.required, coding.steps()), (Some(1), 2, 1), "on the seven-step scale");
    let ownership = r.gaps.iter().find(|g| g.competency == "ownership").unwrap();
    assert_eq!(
        (ownership.current, ownership.required, ownership.steps()),
        (Some(0), 1, 1),
        "on the two-step scale"
    );
}
