//! The path planner: promotions, branches, moves, durations (time in level, growth on the job
//! or by learning, points thresholds), exclusions, explanations, ties, and properties on the
//! default framework.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;

use mosaic::core::assessment::{milestone_key, Assessment, MilestoneProgress, MilestoneStatus, Rating};
use mosaic::core::framework::{load, Framework, MobilityKind, RoleRef, Route};
use mosaic::core::planner::{
    plan, plan_best, reachable_within, resolve_start, BranchBlocked, BranchProblem, Constraints, GrowthWay,
    NoRoute, Path, PathLabel, Plan, RouteShape, RuleBlocked, RuleProblem, Step, StepKind, TrackBlocked,
    Unreachable,
};
use proptest::prelude::*;
use serde_json::{json, Value};

const MINIMAL: &str = include_str!("fixtures/minimal.json");
const DEFAULT: &str = include_str!("../public/framework.json");

fn minimal_value() -> Value {
    serde_json::from_str(MINIMAL).unwrap()
}

fn framework(value: &Value) -> Framework {
    match load(&value.to_string()) {
        Ok(loaded) => loaded.framework,
        Err(problems) => panic!("fixture does not load: {problems:#?}"),
    }
}

fn role(track: &str, level: &str) -> RoleRef {
    RoleRef::new(track, level)
}

fn rated(ratings: &[(&str, &str)]) -> Assessment {
    let mut assessment = Assessment::default();
    for (competency, proficiency) in ratings {
        assessment.ratings.insert(
            competency.to_string(),
            Rating {
                proficiency: Some(proficiency.to_string()),
                evidence: Vec::new(),
                updated: String::new(),
            },
        );
    }
    assessment
}

fn level(id: &str, band: &str, expectations: Value, milestones: Value) -> Value {
    json!({ "id": id, "title": format!("Level {id}"), "band": band, "summary": "S", "impact": "I",
            "autonomy": "A", "influence": "F", "expectations": expectations, "milestones": milestones })
}

fn track(id: &str, name: &str, kind: &str, levels: Vec<Value>) -> Value {
    json!({ "id": id, "name": name, "kind": kind, "description": "D", "levels": levels })
}

fn rule(id: &str, from: Value, to: (&str, &str), kind: &str, horizon: u32, prerequisites: Value) -> Value {
    json!({ "id": id, "from": from, "to": { "track": to.0, "level": to.1 }, "kind": kind,
            "prerequisites": prerequisites, "outcomes": [], "horizon_months": horizon })
}

fn route(path: &Path) -> Vec<String> {
    let mut roles = vec![format!("{}/{}", path.steps[0].from.track, path.steps[0].from.level)];
    roles.extend(path.steps.iter().map(|s| format!("{}/{}", s.to.track, s.to.level)));
    roles
}

fn moves(path: &Path) -> Vec<&str> {
    path.steps
        .iter()
        .filter_map(|s| match &s.kind {
            StepKind::Move { rule, .. } => Some(rule.as_str()),
            StepKind::Promotion => None,
        })
        .collect()
}

/// A label with nothing to tell it apart from other paths.
fn label(shape: RouteShape) -> PathLabel {
    PathLabel { shape, from: None, option: None }
}

fn one_move(kind: MobilityKind, into: &str) -> RouteShape {
    RouteShape::OneMove { kind, into: into.to_string() }
}

fn through(tracks: &[&str]) -> RouteShape {
    RouteShape::Through { tracks: tracks.iter().map(|t| t.to_string()).collect() }
}

#[test]
fn promotion_only_climbs_the_track_step_by_step() {
    let fw = framework(&minimal_value());
    let result = plan(
        &fw,
        &Assessment::default(),
        Some(&role("tech", "t1")),
        &role("tech", "t3"),
        &Constraints::default(),
    );
    assert_eq!(result.unreachable, None);
    assert!(!result.start_inferred);
    assert_eq!(result.paths.len(), 1, "no other way up in the minimal framework: {:#?}", result.paths);
    let best = &result.paths[0];
    assert_eq!(route(best), ["tech/t1", "tech/t2", "tech/t3"]);
    assert!(best.steps.iter().all(|s| s.kind == StepKind::Promotion));
    assert_eq!(best.label, label(RouteShape::Within { track: "tech".into() }));
    // A year in each level (the default pacing). Within it, Coding grows one step on the job
    // (6 months) and Coaching with the 12-week circle (3 months).
    let first = &best.steps[0];
    assert_eq!(first.gaps.iter().map(|g| g.competency.as_str()).collect::<Vec<_>>(), ["code", "people"]);
    assert_eq!(first.gaps[0].current, Some(0), "projected from t1's own expectation");
    assert_eq!(first.gaps[0].required, 1);
    assert_eq!(first.learning, ["mentoring"]);
    let growth: Vec<_> = first.growth.iter().map(|g| (g.competency.as_str(), g.months, &g.way)).collect();
    assert_eq!(
        growth,
        [("code", 6, &GrowthWay::OnTheJob), ("people", 3, &GrowthWay::Learning("mentoring".into()))]
    );
    assert!(first.milestones.is_empty());
    assert!(first.prerequisites.is_empty());
    assert_eq!((first.typical_months, first.months), (12, 12));
    assert_eq!(best.steps[1].months, 12);
    assert_eq!(best.months, 24);
}

#[test]
fn months_follow_milestones_and_learning_not_just_gaps() {
    let mut value = minimal_value();
    value["format"] = json!(2);
    value["tracks"][0]["levels"][0]["typical_months"] = json!(3);
    value["tracks"][0]["levels"][1]["milestones"] = json!([
        { "id": "lead", "title": "Led a project", "evidence": "E", "verification": "V", "horizon_months": 9 },
        { "id": "talk", "title": "Gave a talk", "evidence": "E", "verification": "V", "horizon_months": 11 }
    ]);
    let fw = framework(&value);
    let mut assessment = rated(&[("code", "deep"), ("people", "solid")]);
    let constraints = Constraints::default();
    let result = plan_best(&fw, &assessment, Some(&role("tech", "t1")), &role("tech", "t2"), &constraints);
    assert_eq!(result.paths[0].steps[0].milestones, ["lead", "talk"]);
    assert_eq!(result.paths[0].months, 11, "the longest unachieved milestone, above 3 months in t1");
    assert_eq!(result.paths[0].steps[0].typical_months, 11, "typically, every milestone is still ahead");
    let key = milestone_key(&role("tech", "t2"), "talk");
    assessment.milestones.insert(
        key,
        MilestoneProgress { status: MilestoneStatus::Achieved, evidence: Vec::new(), updated: String::new() },
    );
    let result = plan_best(&fw, &assessment, Some(&role("tech", "t1")), &role("tech", "t2"), &constraints);
    assert_eq!(result.paths[0].steps[0].milestones, ["lead"]);
    assert_eq!(result.paths[0].months, 9, "quicker than typical: the long milestone is achieved");
    assert_eq!(result.paths[0].steps[0].typical_months, 11);
    // Nothing left to grow still takes the time in the level (the default year).
    let result = plan_best(&fw, &assessment, Some(&role("tech", "t2")), &role("tech", "t3"), &constraints);
    assert_eq!(result.paths[0].months, 12);
    assert!(result.paths[0].steps[0].gaps.is_empty());
}

/// The minimal framework plus a process track entered by a rotation from t1.
fn with_process_track() -> Value {
    let mut value = minimal_value();
    value["tracks"].as_array_mut().unwrap().push(track(
        "proc",
        "Process",
        "process",
        vec![
            level("p2", "b2", json!([{ "competency": "code", "proficiency": "basic" }]), json!([])),
            level("p3", "b3", json!([{ "competency": "code", "proficiency": "solid" }]), json!([])),
        ],
    ));
    value["mobility"].as_array_mut().unwrap().push(rule(
        "tech-to-proc",
        json!({ "track": "tech", "levels": ["t1"] }),
        ("proc", "p2"),
        "rotation",
        4,
        json!([{ "summary": "Writes code", "competency": "code", "proficiency": "basic" },
               { "summary": "Manager agrees" }]),
    ));
    value
}

#[test]
fn a_lateral_route_goes_through_a_rotation() {
    let fw = framework(&with_process_track());
    let result = plan(
        &fw,
        &Assessment::default(),
        Some(&role("tech", "t1")),
        &role("proc", "p3"),
        &Constraints::default(),
    );
    assert_eq!(result.unreachable, None);
    let best = &result.paths[0];
    assert_eq!(route(best), ["tech/t1", "proc/p2", "proc/p3"]);
    assert_eq!(
        best.steps[0].kind,
        StepKind::Move { rule: "tech-to-proc".to_string(), kind: MobilityKind::Rotation }
    );
    assert_eq!(best.steps[1].kind, StepKind::Promotion);
    assert_eq!(best.label, label(one_move(MobilityKind::Rotation, "proc")));
    let checks: Vec<_> = best.steps[0].prerequisites.iter().map(|p| (p.summary.as_str(), p.met)).collect();
    assert_eq!(checks, [("Writes code", Some(true)), ("Manager agrees", None)]);
    assert_eq!(best.steps[0].months, 4, "the rule's horizon; no gap at p2");
    assert_eq!(best.steps[0].typical_months, 4);
    assert_eq!(best.steps[1].months, 12, "a year in p2; Coding grows to Solid on the job meanwhile");
    assert_eq!(best.months, 16);
}

#[test]
fn an_unmet_prerequisite_is_a_gap_that_costs_time() {
    let mut value = with_process_track();
    value["mobility"][1]["prerequisites"] =
        json!([{ "summary": "Has coached", "competency": "people", "proficiency": "solid" }]);
    let fw = framework(&value);
    let result = plan_best(
        &fw,
        &Assessment::default(),
        Some(&role("tech", "t1")),
        &role("proc", "p2"),
        &Constraints::default(),
    );
    let step = &result.paths[0].steps[0];
    assert_eq!(step.prerequisites[0].met, Some(false));
    assert_eq!(step.gaps.len(), 1);
    assert_eq!(
        (step.gaps[0].competency.as_str(), step.gaps[0].current, step.gaps[0].required),
        ("people", None, 1)
    );
    assert_eq!(step.learning, ["mentoring"]);
    assert_eq!(step.growth[0].way, GrowthWay::Learning("mentoring".into()));
    assert_eq!(step.months, 4, "the 3 months of mentoring fit in the rule's 4");
}

#[test]
fn prefer_lateral_ranks_same_band_moves_higher_but_reports_real_months() {
    let mut value = with_process_track();
    value["mobility"] = json!([
        rule("up", json!({ "track": "tech", "levels": ["t2"] }), ("proc", "p3"), "transfer", 8, json!([])),
        rule("side", json!({ "track": "tech", "levels": ["t2"] }), ("proc", "p2"), "rotation", 6, json!([])),
    ]);
    value["tracks"][2]["levels"][1]["milestones"] = json!([
        { "id": "m", "title": "Redesigned a process", "evidence": "E", "verification": "V", "horizon_months": 3 }
    ]);
    value["format"] = json!(2);
    value["tracks"][2]["levels"][0]["typical_months"] = json!(2);
    let fw = framework(&value);
    let assessment = rated(&[("code", "solid"), ("people", "basic")]);
    let start = role("tech", "t2");
    let target = role("proc", "p3");

    let plain = plan(&fw, &assessment, Some(&start), &target, &Constraints::default());
    assert_eq!(route(&plain.paths[0]), ["tech/t2", "proc/p3"]);
    assert_eq!(plain.paths[0].months, 8);
    assert_eq!(plain.paths[0].label, label(one_move(MobilityKind::Transfer, "proc")));
    assert_eq!(route(&plain.paths[1]), ["tech/t2", "proc/p2", "proc/p3"]);
    assert_eq!(plain.paths[1].months, 9);

    let lateral = Constraints { prefer_lateral: true, ..Constraints::default() };
    let result = plan(&fw, &assessment, Some(&start), &target, &lateral);
    assert_eq!(route(&result.paths[0]), ["tech/t2", "proc/p2", "proc/p3"], "6 × ¾ + 3 = 7.5 < 8");
    assert_eq!(result.paths[0].months, 9, "reported months stay real");
    assert_eq!(result.paths[0].label, label(one_move(MobilityKind::Rotation, "proc")));
    assert_eq!(route(&result.paths[1]), ["tech/t2", "proc/p3"]);
}

/// Tech, management and a process track reachable from management quickly, or from t3 slowly.
fn management_detour() -> Value {
    let mut value = minimal_value();
    value["tracks"].as_array_mut().unwrap().push(track(
        "proc",
        "Process",
        "process",
        vec![level("p3", "b3", json!([{ "competency": "people", "proficiency": "basic" }]), json!([]))],
    ));
    let mobility = value["mobility"].as_array_mut().unwrap();
    mobility.push(rule(
        "lead-to-proc",
        json!({ "track": "mgmt", "levels": ["m2"] }),
        ("proc", "p3"),
        "transfer",
        3,
        json!([]),
    ));
    mobility.push(rule(
        "staff-to-proc",
        json!({ "track": "tech", "levels": ["t3"] }),
        ("proc", "p3"),
        "secondment",
        9,
        json!([]),
    ));
    value
}

#[test]
fn a_target_in_an_excluded_track_is_refused() {
    let fw = framework(&minimal_value());
    let constraints = Constraints { excluded_tracks: vec!["mgmt".into()], ..Constraints::default() };
    let result =
        plan(&fw, &Assessment::default(), Some(&role("tech", "t1")), &role("mgmt", "m2"), &constraints);
    assert_eq!(result.unreachable, Some(Unreachable::TargetExcluded { track: "mgmt".into() }));
    assert!(result.paths.is_empty());
}

#[test]
fn an_excluded_track_is_routed_around() {
    let fw = framework(&management_detour());
    let (start, target) = (role("tech", "t1"), role("proc", "p3"));
    let open = plan(&fw, &Assessment::default(), Some(&start), &target, &Constraints::default());
    assert_eq!(route(&open.paths[0]), ["tech/t1", "tech/t2", "mgmt/m2", "proc/p3"]);
    assert_eq!(open.paths[0].months, 12 + 6 + 3);
    assert_eq!(open.paths[0].label, label(through(&["mgmt"])));
    assert_eq!(route(&open.paths[1]), ["tech/t1", "tech/t2", "tech/t3", "proc/p3"]);
    assert_eq!(open.paths[1].label, label(one_move(MobilityKind::Secondment, "proc")));

    let constraints = Constraints { excluded_tracks: vec!["mgmt".into()], ..Constraints::default() };
    let result = plan(&fw, &Assessment::default(), Some(&start), &target, &constraints);
    assert_eq!(result.unreachable, None);
    assert_eq!(result.paths.len(), 1);
    assert_eq!(route(&result.paths[0]), ["tech/t1", "tech/t2", "tech/t3", "proc/p3"]);
    assert_eq!(result.paths[0].months, 12 + 12 + 9);
}

#[test]
fn when_every_route_needs_an_excluded_track_it_says_which() {
    let mut value = management_detour();
    value["mobility"].as_array_mut().unwrap().pop();
    let fw = framework(&value);
    let constraints = Constraints { excluded_tracks: vec!["mgmt".into()], ..Constraints::default() };
    let result =
        plan(&fw, &Assessment::default(), Some(&role("tech", "t1")), &role("proc", "p3"), &constraints);
    assert_eq!(result.unreachable, Some(Unreachable::OnlyThroughExcluded { tracks: vec!["mgmt".into()] }));
    assert!(result.paths.is_empty());
}

#[test]
fn a_start_in_an_excluded_track_may_leave_it() {
    let fw = framework(&management_detour());
    let constraints = Constraints { excluded_tracks: vec!["mgmt".into()], ..Constraints::default() };
    let result =
        plan(&fw, &Assessment::default(), Some(&role("mgmt", "m2")), &role("proc", "p3"), &constraints);
    assert_eq!(route(&result.paths[0]), ["mgmt/m2", "proc/p3"]);
}

/// The `NoRoute` answer, or a panic showing what came instead.
fn no_route(result: &Plan) -> &NoRoute {
    match &result.unreachable {
        Some(Unreachable::NoRoute(no_route)) => no_route,
        other => panic!("expected no route, got {other:?}"),
    }
}

#[test]
fn no_route_names_each_rule_and_why_as_data() {
    let fw = framework(&minimal_value());
    let none = Constraints::default();
    let blocked = |why| RuleBlocked {
        rule: "tech-to-lead".into(),
        from: vec![role("tech", "t2")],
        to: role("mgmt", "m2"),
        why,
    };
    // Nothing leads back into the technical track.
    let result = plan(&fw, &Assessment::default(), Some(&role("mgmt", "m2")), &role("tech", "t3"), &none);
    assert_eq!(
        no_route(&result),
        &NoRoute {
            start: role("mgmt", "m2"),
            target: role("tech", "t3"),
            within_track: None,
            branch: None,
            rules: vec![]
        }
    );
    // The rule into management starts below where the person is.
    let result = plan(&fw, &Assessment::default(), Some(&role("tech", "t3")), &role("mgmt", "m2"), &none);
    assert_eq!(no_route(&result).rules, [blocked(RuleProblem::SourceUnreachable)]);
    // A prerequisite nobody can meet (its level isn't on the competency's scale): the
    // competency and level, by ID, as the rule writes them.
    let mut fw = framework(&minimal_value());
    fw.mobility[0].prerequisites[0].proficiency = Some("expert".into());
    let result = plan(&fw, &Assessment::default(), Some(&role("tech", "t1")), &role("mgmt", "m3"), &none);
    assert_eq!(
        no_route(&result).rules,
        [blocked(RuleProblem::PrerequisiteImpossible {
            competency: "people".into(),
            proficiency: "expert".into()
        })]
    );
    fw.mobility[0].prerequisites[0].competency = Some("juggling".into());
    let result = plan(&fw, &Assessment::default(), Some(&role("tech", "t1")), &role("mgmt", "m3"), &none);
    assert!(matches!(
        no_route(&result).rules[0].why,
        RuleProblem::PrerequisiteImpossible { ref competency, .. } if competency == "juggling"
    ));
    // Down a track.
    let result = plan(&fw, &Assessment::default(), Some(&role("tech", "t3")), &role("tech", "t1"), &none);
    assert_eq!(no_route(&result).within_track, Some(TrackBlocked::TargetBelowStart));
}

#[test]
fn no_route_says_where_sunset_roles_block_the_way() {
    // Below m2, the way up from the rule's destination passes a phased-out role.
    let mut value = minimal_value();
    value["tracks"][1]["levels"].as_array_mut().unwrap().push(level("m4", "b3", json!([]), json!([])));
    value["tracks"][1]["levels"][1]["sunset"] = json!({ "date": "2026-12-31" });
    let fw = framework(&value);
    let none = Constraints::default();
    let result =
        plan(&fw, &rated(&[("people", "solid")]), Some(&role("tech", "t1")), &role("mgmt", "m4"), &none);
    let answer = no_route(&result);
    assert_eq!(answer.rules.len(), 1);
    assert_eq!(answer.rules[0].why, RuleProblem::PassesSunset(role("mgmt", "m3")));
    // Within a track, the way up from the start passes it too.
    let result = plan(&fw, &Assessment::default(), Some(&role("mgmt", "m2")), &role("mgmt", "m4"), &none);
    assert_eq!(no_route(&result).within_track, Some(TrackBlocked::PassesSunset(role("mgmt", "m3"))));
}

#[test]
fn sunset_targets_point_at_their_successor() {
    let mut value = minimal_value();
    value["tracks"][0]["levels"][2]["sunset"] =
        json!({ "date": "2026-12-31", "successor": { "track": "mgmt", "level": "m3" } });
    let fw = framework(&value);
    let result = plan(
        &fw,
        &Assessment::default(),
        Some(&role("tech", "t1")),
        &role("tech", "t3"),
        &Constraints::default(),
    );
    assert_eq!(result.unreachable, Some(Unreachable::SunsetTarget { successor: Some(role("mgmt", "m3")) }));
    assert!(result.paths.is_empty());

    let mut value = minimal_value();
    value["tracks"][1]["sunset"] = json!({ "date": "2026-12-31" });
    value["mobility"] = json!([]);
    let fw = framework(&value);
    let result = plan(
        &fw,
        &Assessment::default(),
        Some(&role("tech", "t1")),
        &role("mgmt", "m3"),
        &Constraints::default(),
    );
    assert_eq!(result.unreachable, Some(Unreachable::SunsetTarget { successor: None }));
    // A sunset start is fine.
    let result = plan(
        &fw,
        &Assessment::default(),
        Some(&role("mgmt", "m2")),
        &role("tech", "t1"),
        &Constraints::default(),
    );
    assert!(matches!(result.unreachable, Some(Unreachable::NoRoute { .. })));
}

#[test]
fn a_route_longer_than_the_horizon_is_reported_with_its_length() {
    let fw = framework(&minimal_value());
    let (start, target) = (role("tech", "t1"), role("tech", "t3"));
    let short = Constraints { max_months: Some(20), ..Constraints::default() };
    let result = plan(&fw, &Assessment::default(), Some(&start), &target, &short);
    assert_eq!(result.unreachable, Some(Unreachable::BeyondHorizon { months: 24, limit: 20 }));
    assert!(result.paths.is_empty());
    let enough = Constraints { max_months: Some(24), ..Constraints::default() };
    let result = plan(&fw, &Assessment::default(), Some(&start), &target, &enough);
    assert_eq!(result.paths[0].months, 24);
}

#[test]
fn unknown_roles_and_being_there_already() {
    let fw = framework(&minimal_value());
    let none = Constraints::default();
    let result = plan(&fw, &Assessment::default(), Some(&role("tech", "t1")), &role("tech", "t9"), &none);
    assert_eq!(result.unreachable, Some(Unreachable::UnknownRole(role("tech", "t9"))));
    let result = plan(&fw, &Assessment::default(), Some(&role("nope", "t1")), &role("tech", "t3"), &none);
    assert_eq!(result.unreachable, Some(Unreachable::UnknownRole(role("nope", "t1"))));
    let result = plan(&fw, &Assessment::default(), Some(&role("tech", "t2")), &role("tech", "t2"), &none);
    assert_eq!(result.unreachable, Some(Unreachable::AlreadyThere));
}

#[test]
fn rule_sources_match_levels_and_bands_like_rules_from() {
    let mut value = minimal_value();
    value["mobility"][0]["from"] = json!({ "track": "tech", "levels": ["t2", "t1", "t2"], "bands": ["b2"] });
    let fw = framework(&value);
    let result = plan(
        &fw,
        &rated(&[("people", "solid")]),
        Some(&role("tech", "t1")),
        &role("mgmt", "m2"),
        &Constraints::default(),
    );
    assert_eq!(result.paths.len(), 1, "t1 is listed but not in band b2: {:#?}", result.paths);
    assert_eq!(route(&result.paths[0]), ["tech/t1", "tech/t2", "mgmt/m2"]);
}

#[test]
fn every_next_role_of_the_default_framework_is_reachable() {
    let fw = default_framework();
    let expert = fw.proficiency_scale.last().unwrap().id.clone();
    let ratings: Vec<(String, String)> =
        fw.competencies.iter().map(|c| (c.id.clone(), expert.clone())).collect();
    let ratings: Vec<(&str, &str)> = ratings.iter().map(|(c, p)| (c.as_str(), p.as_str())).collect();
    let assessment = rated(&ratings);
    for (from, _, _) in fw.roles() {
        for next in fw.next_roles(&from) {
            let result = plan_best(&fw, &assessment, Some(&from), &next.role, &Constraints::default());
            assert!(result.unreachable.is_none(), "{from:?} → {:?}: {:?}", next.role, result.unreachable);
        }
    }
}

/// Two equally quick routes from t1 to the process track, through X or through Y.
fn two_equal_routes(x_first: bool) -> Value {
    let mut value = with_process_track();
    let x = track("x", "Track X", "other", vec![level("x2", "b2", json!([]), json!([]))]);
    let y = track("y", "Track Y", "other", vec![level("y2", "b2", json!([]), json!([]))]);
    let tracks = value["tracks"].as_array_mut().unwrap();
    if x_first {
        tracks.extend([x, y]);
    } else {
        tracks.extend([y, x]);
    }
    value["mobility"] = json!([
        rule("t1-to-x", json!({ "track": "tech", "levels": ["t1"] }), ("x", "x2"), "rotation", 6, json!([])),
        rule("t1-to-y", json!({ "track": "tech", "levels": ["t1"] }), ("y", "y2"), "rotation", 6, json!([])),
        rule("x-to-p3", json!({ "track": "x" }), ("proc", "p3"), "transfer", 6, json!([])),
        rule("y-to-p3", json!({ "track": "y" }), ("proc", "p3"), "transfer", 6, json!([])),
    ]);
    value
}

#[test]
fn equal_routes_are_broken_by_the_stated_rule_every_time() {
    let assessment = rated(&[("code", "solid")]);
    let (start, target) = (role("tech", "t1"), role("proc", "p3"));
    let fw = framework(&two_equal_routes(true));
    let first = plan(&fw, &assessment, Some(&start), &target, &Constraints::default());
    assert_eq!(
        route(&first.paths[0]),
        ["tech/t1", "x/x2", "proc/p3"],
        "Track X comes first in the framework"
    );
    assert_eq!(first.paths[0].months, 12);
    assert_eq!(route(&first.paths[1]), ["tech/t1", "y/y2", "proc/p3"]);
    assert_eq!(first.paths[0].label, label(through(&["x"])));
    assert_eq!(first.paths[1].label, label(through(&["y"])));
    let fw = framework(&two_equal_routes(false));
    let swapped = plan(&fw, &assessment, Some(&start), &target, &Constraints::default());
    assert_eq!(route(&swapped.paths[0]), ["tech/t1", "y/y2", "proc/p3"], "now Track Y comes first");
}

#[test]
fn equal_months_prefer_fewer_steps_then_fewer_moves() {
    let mut value = two_equal_routes(true);
    // A direct move as long as the two-step routes: fewer steps wins.
    value["mobility"].as_array_mut().unwrap().push(rule(
        "t1-to-p3",
        json!({ "track": "tech", "levels": ["t1"] }),
        ("proc", "p3"),
        "secondment",
        12,
        json!([]),
    ));
    let fw = framework(&value);
    let assessment = rated(&[("code", "solid")]);
    let result =
        plan(&fw, &assessment, Some(&role("tech", "t1")), &role("proc", "p3"), &Constraints::default());
    assert_eq!(route(&result.paths[0]), ["tech/t1", "proc/p3"]);
    assert_eq!(result.paths[0].months, 12);

    // Same months and steps: the route with fewer moves (a promotion, then one move) wins.
    let mut value = two_equal_routes(true);
    value["format"] = json!(2);
    value["tracks"][0]["levels"][0]["typical_months"] = json!(3);
    let mobility = value["mobility"].as_array_mut().unwrap();
    mobility.push(rule(
        "t2-to-p3",
        json!({ "track": "tech", "levels": ["t2"] }),
        ("proc", "p3"),
        "transfer",
        9,
        json!([]),
    ));
    let fw = framework(&value);
    // t1 → t2 is 3 months (3 in t1, Coding is rated Solid, Coaching takes 3): t1 → t2 → p3 is 12
    // months, 2 steps, 1 move, against 12 months, 2 steps, 2 moves through X or Y.
    let result =
        plan(&fw, &assessment, Some(&role("tech", "t1")), &role("proc", "p3"), &Constraints::default());
    assert_eq!(route(&result.paths[0]), ["tech/t1", "tech/t2", "proc/p3"], "{:#?}", result.paths);
    assert_eq!(moves(&result.paths[0]), ["t2-to-p3"]);
}

#[test]
fn the_start_is_inferred_when_there_is_no_current_role() {
    let fw = framework(&minimal_value());
    // Fully ready for t2, t3 and m2; t1 has an unachieved milestone so it scores lower. Ties
    // go to framework order: t2.
    let mut assessment = rated(&[("code", "deep"), ("people", "solid")]);
    let result = plan(&fw, &assessment, None, &role("mgmt", "m3"), &Constraints::default());
    assert!(result.start_inferred);
    assert_eq!(result.start, role("tech", "t2"));
    assert_eq!(route(&result.paths[0]), ["tech/t2", "mgmt/m2", "mgmt/m3"]);

    assessment.profile.current_role = Some(role("tech", "t1"));
    let result = plan(&fw, &assessment, None, &role("mgmt", "m3"), &Constraints::default());
    assert!(!result.start_inferred);
    assert_eq!(result.start, role("tech", "t1"));
    // An explicit start wins over the profile.
    assert_eq!(resolve_start(&fw, &assessment, Some(&role("mgmt", "m2"))), Some((role("mgmt", "m2"), false)));
}

/// A track ID and the level IDs reachable in it.
type TrackRoles = (String, Vec<String>);

#[test]
fn reachable_within_groups_roles_by_track_and_horizon() {
    let fw = framework(&minimal_value());
    let horizons = reachable_within(
        &fw,
        &Assessment::default(),
        Some(&role("tech", "t1")),
        &Constraints::default(),
        &[11, 12, 24, 36],
    );
    let view: Vec<(u32, Vec<TrackRoles>)> = horizons
        .iter()
        .map(|h| {
            let tracks = h
                .tracks
                .iter()
                .map(|(t, roles)| (t.clone(), roles.iter().map(|r| r.level.clone()).collect()))
                .collect();
            (h.months, tracks)
        })
        .collect();
    let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
    assert_eq!(
        view,
        vec![
            (11, vec![]),
            (12, vec![("tech".into(), s(&["t2"]))]),
            (24, vec![("tech".into(), s(&["t2", "t3"])), ("mgmt".into(), s(&["m2"]))]),
            (36, vec![("tech".into(), s(&["t2", "t3"])), ("mgmt".into(), s(&["m2", "m3"]))]),
        ]
    );
    let excluded = Constraints { excluded_tracks: vec!["mgmt".into()], ..Constraints::default() };
    let horizons = reachable_within(&fw, &Assessment::default(), Some(&role("tech", "t1")), &excluded, &[36]);
    assert_eq!(horizons[0].tracks.len(), 1);
}

// ---------------------------------------------------------------------------------------
// Realistic durations: time in level, growth on the job, scales, points, branches.

/// A framework read without validation: these tests are about the planner, and build shapes
/// (scales, points, branches) directly.
fn unchecked(value: Value) -> Framework {
    serde_json::from_value(value).expect("the framework's types read it")
}

#[test]
fn time_in_level_comes_from_the_level_then_its_band_then_the_framework() {
    let mut value = minimal_value();
    value["format"] = json!(2);
    value["pacing"] = json!({ "months_in_level": 9 });
    value["bands"][1]["typical_months"] = json!(15);
    value["tracks"][0]["levels"][0]["typical_months"] = json!(4);
    value["tracks"][0]["levels"].as_array_mut().unwrap().push(level("t4", "b3", json!([]), json!([])));
    let fw = framework(&value);
    // Nothing to grow: each promotion takes exactly the time in the level it leaves.
    let assessment = rated(&[("code", "deep"), ("people", "deep")]);
    let result =
        plan_best(&fw, &assessment, Some(&role("tech", "t1")), &role("tech", "t4"), &Constraints::default());
    let months: Vec<u32> = result.paths[0].steps.iter().map(|s| s.months).collect();
    assert_eq!(months, [4, 15, 9], "t1's own 4, t2's band's 15, then the framework's 9");
    for step in &result.paths[0].steps {
        assert_eq!(step.typical_months, step.months);
        assert!(step.growth.is_empty());
    }
    let result =
        plan_best(&fw, &assessment, Some(&role("mgmt", "m2")), &role("mgmt", "m3"), &Constraints::default());
    assert_eq!(result.paths[0].months, 15, "m2 is in band b2 too");
}

#[test]
fn a_chain_of_levels_takes_at_least_the_sum_of_their_times() {
    // "Engineer II to Director in about 4 months" was 1 month per promotion without milestones.
    let fw = framework(&minimal_value());
    let expert = rated(&[("code", "deep"), ("people", "deep")]);
    let result =
        plan_best(&fw, &expert, Some(&role("tech", "t1")), &role("tech", "t3"), &Constraints::default());
    let floor: u32 =
        ["t1", "t2"].iter().map(|l| fw.months_in_level(fw.level(&role("tech", l)).unwrap().1)).sum();
    assert_eq!(floor, 24);
    assert_eq!(result.paths[0].months, floor);
}

/// The minimal framework with a long course for Coding and a quick move from t1 to m3.
fn with_slow_course_and_shortcut() -> Value {
    let mut value = minimal_value();
    value["format"] = json!(2);
    value["pacing"] = json!({ "on_the_job_months_per_step": 4 });
    value["learning"].as_array_mut().unwrap().push(json!({
        "id": "academy", "title": "Systems academy", "kind": "course", "description": "A year-long course.",
        "grows": [{ "competency": "code", "up_to": "deep" }], "duration_weeks": 52 }));
    value["mobility"].as_array_mut().unwrap().push(rule(
        "t1-to-m3",
        json!({ "track": "tech", "levels": ["t1"] }),
        ("mgmt", "m3"),
        "transfer",
        1,
        json!([]),
    ));
    value
}

#[test]
fn growth_without_learning_happens_on_the_job_and_the_quicker_way_is_said() {
    let fw = framework(&with_slow_course_and_shortcut());
    let none = Constraints::default();
    // t2 → t3: Coding Solid → Deep takes 4 months on the job, quicker than the 12-month academy
    // (still listed); Coaching Basic → Solid takes the 3-month circle, quicker than 4 months.
    let result =
        plan_best(&fw, &Assessment::default(), Some(&role("tech", "t2")), &role("tech", "t3"), &none);
    let step = &result.paths[0].steps[0];
    let growth: Vec<_> = step.growth.iter().map(|g| (g.competency.as_str(), g.months, &g.way)).collect();
    assert_eq!(
        growth,
        [("code", 4, &GrowthWay::OnTheJob), ("people", 3, &GrowthWay::Learning("mentoring".into()))]
    );
    assert_eq!(step.learning, ["academy", "mentoring"]);
    // Nobody lists a way to Deep Coaching: three steps from not rated take 3 × 4 months on the
    // job, longer than the move's typical month, and that is the reason given.
    let result =
        plan_best(&fw, &Assessment::default(), Some(&role("tech", "t1")), &role("mgmt", "m3"), &none);
    assert_eq!(route(&result.paths[0]), ["tech/t1", "mgmt/m3"]);
    let step = &result.paths[0].steps[0];
    assert_eq!((step.typical_months, step.months), (1, 12));
    let longer: Vec<_> = step.lengthened_by().map(|g| (g.competency.as_str(), g.steps(), &g.way)).collect();
    assert_eq!(longer, [("people", 3, &GrowthWay::OnTheJob)]);
}

#[test]
fn a_prerequisite_no_learning_reaches_is_grown_on_the_job_not_a_dead_end() {
    let mut value = minimal_value();
    value["mobility"][0]["prerequisites"][0]["proficiency"] = json!("deep");
    let fw = framework(&value);
    let result = plan(
        &fw,
        &Assessment::default(),
        Some(&role("tech", "t1")),
        &role("mgmt", "m3"),
        &Constraints::default(),
    );
    assert_eq!(result.unreachable, None);
    assert_eq!(route(&result.paths[0]), ["tech/t1", "tech/t2", "mgmt/m2", "mgmt/m3"]);
    let step = &result.paths[0].steps[1];
    assert_eq!(step.prerequisites[0].met, Some(false));
    let people = step.growth.iter().find(|g| g.competency == "people").unwrap();
    assert_eq!((people.from, people.to, people.months), (Some(0), 2, 12), "Basic → Deep, 2 × 6 months");
    assert_eq!(people.way, GrowthWay::OnTheJob);
    assert_eq!(step.months, 12);
}

/// The minimal framework where Operations is rated on its own two-step scale and t2 expects it
/// at the top.
fn with_two_step_scale() -> Framework {
    let mut value = minimal_value();
    value["format"] = json!(2);
    value["pacing"] = json!({ "months_in_level": 1 });
    value["scales"] = json!([{ "id": "two", "name": "Two steps", "levels": [
        { "id": "doing", "name": "Doing" }, { "id": "leading", "name": "Leading" }] }]);
    value["competencies"].as_array_mut().unwrap().push(json!({
        "id": "ops", "name": "Operations", "theme": "Craft", "scale": "two",
        "descriptors": { "doing": "Runs it.", "leading": "Leads it." } }));
    value["tracks"][0]["levels"][1]["expectations"]
        .as_array_mut()
        .unwrap()
        .push(json!({ "competency": "ops", "proficiency": "leading" }));
    unchecked(value)
}

#[test]
fn each_competency_is_ranked_on_its_own_scale() {
    let fw = with_two_step_scale();
    let none = Constraints::default();
    let start = role("tech", "t1");
    let assessment = rated(&[("code", "solid"), ("people", "basic"), ("ops", "doing")]);
    let result = plan_best(&fw, &assessment, Some(&start), &role("tech", "t2"), &none);
    let step = &result.paths[0].steps[0];
    let gap = step.gaps.iter().find(|g| g.competency == "ops").expect("Operations is a gap");
    assert_eq!((gap.current, gap.required), (Some(0), 1), "ranks on the two-step scale");
    assert_eq!(step.months, 6, "one step on the job");
    // "deep" is a step of the default scale, not of Operations': it counts as not rated.
    let assessment = rated(&[("code", "solid"), ("people", "basic"), ("ops", "deep")]);
    let result = plan_best(&fw, &assessment, Some(&start), &role("tech", "t2"), &none);
    assert_eq!(result.paths[0].steps[0].months, 12, "two steps from not rated");
}

/// A points ladder: Basic 1, Solid 3, Deep 6 points; Coding and Operations are Craft, Coaching
/// is Leadership. l1 expects Basic Coding; l2 is reached at 8 points; l3 at 14 with at least 6
/// in Leadership; l4 at 100 (more than the 18 anyone can have); l5 at 10.
fn points_ladder() -> Framework {
    let mut value = minimal_value();
    value["format"] = json!(2);
    value["pacing"] = json!({ "months_in_level": 6, "on_the_job_months_per_step": 6 });
    value["learning"] = json!([]);
    value["mobility"] = json!([]);
    for (step, points) in [1, 3, 6].into_iter().enumerate() {
        value["proficiency_scale"][step]["points"] = json!(points);
    }
    value["competencies"].as_array_mut().unwrap().push(json!({
        "id": "ops", "name": "Operations", "theme": "Craft", "description": "Runs things.",
        "descriptors": { "basic": "B", "solid": "S", "deep": "D" } }));
    let points_level = |id: &str, band: &str, points: Value| {
        let mut l = level(id, band, json!([]), json!([]));
        l["points"] = points;
        l
    };
    value["tracks"] = json!([track(
        "ladder",
        "Ladder",
        "technical",
        vec![
            level("l1", "b1", json!([{ "competency": "code", "proficiency": "basic" }]), json!([])),
            points_level("l2", "b2", json!({ "total": 8 })),
            points_level(
                "l3",
                "b3",
                json!({ "total": 14, "minimums": [{ "theme": "Leadership", "points": 6 }] })
            ),
            points_level("l4", "b3", json!({ "total": 100 })),
            points_level("l5", "b3", json!({ "total": 10 })),
        ],
    )]);
    unchecked(value)
}

#[test]
fn a_points_role_is_reached_by_the_fewest_raises_costed_like_gaps() {
    let fw = points_ladder();
    let assessment = rated(&[("code", "solid"), ("people", "basic")]);
    let result = plan_best(
        &fw,
        &assessment,
        Some(&role("ladder", "l1")),
        &role("ladder", "l3"),
        &Constraints::default(),
    );
    assert_eq!(result.unreachable, None);
    let [into_l2, into_l3] = &result.paths[0].steps[..] else { panic!("two steps: {:#?}", result.paths) };
    // 4 points (Solid Coding 3 + Basic Coaching 1) of 8: Coding to Deep (+3), then Coaching to
    // Solid (+2). One step each on the job, within the 6 months in l1.
    let need = into_l2.points.as_ref().expect("l2 asks for points");
    assert_eq!((need.have, need.need, need.shortfall()), (4, 8, 4));
    let raises: Vec<_> =
        need.raises.iter().map(|r| (r.competency.as_str(), r.from, r.to, r.points)).collect();
    assert_eq!(raises, [("code", Some(1), 2, 3), ("people", Some(0), 1, 2)]);
    assert!(into_l2.gaps.is_empty(), "no expectations, only points");
    assert_eq!(into_l2.growth.len(), 2);
    assert_eq!((into_l2.typical_months, into_l2.months), (6, 6));
    // At l2 those raises are assumed made (9 points). l3 wants 14 with 6 in Leadership: Coaching
    // to Deep (+3) for the theme, then Operations from not rated to Solid (+3): two steps, 12
    // months, longer than the 6 typical.
    let need = into_l3.points.as_ref().expect("l3 asks for points");
    assert_eq!((need.have, need.need), (9, 14));
    assert_eq!(need.short_themes.len(), 1);
    assert_eq!((need.short_themes[0].have, need.short_themes[0].need), (3, 6));
    let raises: Vec<_> = need.raises.iter().map(|r| (r.competency.as_str(), r.from, r.to)).collect();
    assert_eq!(raises, [("people", Some(1), 2), ("ops", None, 1)]);
    assert_eq!((into_l3.typical_months, into_l3.months), (6, 12));
    let longer: Vec<_> = into_l3.lengthened_by().map(|g| (g.competency.as_str(), g.steps())).collect();
    assert_eq!(longer, [("ops", 2)]);
    assert_eq!(result.paths[0].months, 18);
}

#[test]
fn points_are_raised_soonest_by_spreading_growth_over_competencies() {
    let mut fw = points_ladder();
    fw.tracks[0].levels[0].expectations.clear();
    fw.tracks[0].levels[1].points.as_mut().unwrap().total = 6;
    // The fewest raises from nothing: one competency to Deep (6 points), three steps.
    let fewest = fw.points_standing(fw.tracks[0].levels[1].points.as_ref().unwrap(), &|_| 0);
    assert_eq!(fewest.steps(), 3);
    // Side by side, two competencies to Solid (3 + 3) take two steps each: 12 months, not 18.
    let result = plan_best(
        &fw,
        &Assessment::default(),
        Some(&role("ladder", "l1")),
        &role("ladder", "l2"),
        &Constraints::default(),
    );
    let step = &result.paths[0].steps[0];
    let raises: Vec<_> =
        step.points.as_ref().unwrap().raises.iter().map(|r| (r.competency.as_str(), r.from, r.to)).collect();
    assert_eq!(raises, [("code", None, 1), ("people", None, 1)]);
    assert_eq!(step.months, 12);
}

#[test]
fn a_points_threshold_nobody_can_reach_is_said_as_data() {
    let fw = points_ladder();
    let none = Constraints::default();
    let start = role("ladder", "l1");
    let result = plan(&fw, &Assessment::default(), Some(&start), &role("ladder", "l4"), &none);
    assert_eq!(
        result.unreachable,
        Some(Unreachable::PointsOutOfReach { need: 100, most: 18, themes: vec![] })
    );
    // Above it, the way up passes it.
    let result = plan(&fw, &Assessment::default(), Some(&start), &role("ladder", "l5"), &none);
    assert_eq!(
        no_route(&result).within_track,
        Some(TrackBlocked::PassesPointsOutOfReach(role("ladder", "l4")))
    );
    // A theme minimum above what the theme's competencies give.
    let mut fw = fw;
    fw.tracks[0].levels[4].points.as_mut().unwrap().minimums =
        vec![mosaic::core::framework::ThemeMinimum { theme: "Leadership".into(), points: 10 }];
    fw.tracks[0].levels.remove(3);
    let result = plan(&fw, &Assessment::default(), Some(&start), &role("ladder", "l5"), &none);
    let Some(Unreachable::PointsOutOfReach { need, most, themes }) = &result.unreachable else {
        panic!("{:?}", result.unreachable)
    };
    assert_eq!((*need, *most), (10, 18));
    assert_eq!((themes[0].theme.as_str(), themes[0].have, themes[0].need), ("Leadership", 6, 10));
}

/// A shared trunk (Engineer I, Engineer II, Senior Engineer) that splits into a Staff track and
/// a management track (Engineering Manager, Director); almost no learning, and management
/// asks for Coaching that nothing but the job grows.
fn trunk_and_branches() -> Framework {
    let mut value = minimal_value();
    value["format"] = json!(2);
    value["learning"] = json!([]);
    value["mobility"] = json!([]);
    value["bands"].as_array_mut().unwrap().extend([
        json!({ "id": "b4", "name": "Band 4", "typical_months": 30 }),
        json!({ "id": "b5", "name": "Band 5" }),
    ]);
    let mut trunk = track(
        "eng",
        "Engineering",
        "technical",
        vec![
            level("e1", "b1", json!([{ "competency": "code", "proficiency": "basic" }]), json!([])),
            level("e2", "b2", json!([{ "competency": "code", "proficiency": "solid" }]), json!([])),
            level("e3", "b3", json!([{ "competency": "code", "proficiency": "deep" }]), json!([])),
        ],
    );
    trunk["levels"][1]["typical_months"] = json!(18);
    trunk["levels"][2]["typical_months"] = json!(24);
    let mut staff =
        track("staff", "Staff engineering", "technical", vec![level("s4", "b4", json!([]), json!([]))]);
    staff["branches_from"] = json!({ "track": "eng", "level": "e3" });
    let mut management = track(
        "em",
        "Engineering management",
        "people_management",
        vec![
            level("m4", "b4", json!([{ "competency": "people", "proficiency": "solid" }]), json!([])),
            level(
                "m5",
                "b5",
                json!([{ "competency": "people", "proficiency": "deep" }]),
                json!([
                { "id": "org", "title": "Led an organization through a reorganization", "evidence": "E",
                  "verification": "V", "horizon_months": 20 }]),
            ),
        ],
    );
    management["branches_from"] = json!({ "track": "eng", "level": "e3" });
    management["manages_people"] = json!(true);
    value["tracks"] = json!([trunk, staff, management]);
    unchecked(value)
}

#[test]
fn a_branch_of_a_shared_trunk_is_a_promotion_taking_the_time_in_level() {
    let fw = trunk_and_branches();
    // The role page's next roles: the first levels of both branches, as promotions.
    let next: Vec<_> = fw.next_roles(&role("eng", "e3")).into_iter().map(|n| (n.role, n.route)).collect();
    assert_eq!(next, [(role("staff", "s4"), Route::Promotion), (role("em", "m4"), Route::Promotion)]);

    // Engineer II to Director via the manager branch, with nothing rated and no learning.
    let result = plan(
        &fw,
        &Assessment::default(),
        Some(&role("eng", "e2")),
        &role("em", "m5"),
        &Constraints::default(),
    );
    assert_eq!(result.unreachable, None);
    let best = &result.paths[0];
    assert_eq!(route(best), ["eng/e2", "eng/e3", "em/m4", "em/m5"]);
    assert!(best.steps.iter().all(|s| s.kind == StepKind::Promotion));
    assert_eq!(best.label, label(RouteShape::Branch { into: "em".into() }));
    let in_levels: u32 = ["eng/e2", "eng/e3", "em/m4"]
        .iter()
        .map(|r| {
            let (track, level) = r.split_once('/').unwrap();
            fw.months_in_level(fw.level(&role(track, level)).unwrap().1)
        })
        .sum();
    assert_eq!(in_levels, 18 + 24 + 30);
    assert!(best.months >= in_levels, "{} months is less than the levels' {in_levels}", best.months);
    let months: Vec<_> = best.steps.iter().map(|s| (s.typical_months, s.months)).collect();
    // e2 → e3: 18 months (Coding Solid → Deep fits); e3 → m4: 24 months, Coaching from not
    // rated to Solid on the job (12) fits; m4 → m5: m4's band says 30, the milestone 20.
    assert_eq!(months, [(18, 18), (24, 24), (30, 30)]);
    assert_eq!(
        best.steps[1].typical_months,
        fw.typical_months(
            fw.level(&role("eng", "e3")).unwrap().1,
            fw.level(&role("em", "m4")).unwrap().1,
            &Route::Promotion
        )
    );
}

#[test]
fn every_people_manager_target_is_reachable_without_listed_learning() {
    let fw = trunk_and_branches();
    assert!(fw.learning.is_empty());
    for (target, track, _) in fw.roles() {
        if !track.manages_people {
            continue;
        }
        let result = plan_best(
            &fw,
            &Assessment::default(),
            Some(&role("eng", "e1")),
            &target,
            &Constraints::default(),
        );
        assert_eq!(result.unreachable, None, "{target:?}");
    }
}

#[test]
fn no_route_says_when_a_branch_starts_where_the_person_cant_go() {
    let fw = trunk_and_branches();
    let result = plan(
        &fw,
        &Assessment::default(),
        Some(&role("staff", "s4")),
        &role("em", "m5"),
        &Constraints::default(),
    );
    assert_eq!(
        no_route(&result).branch,
        Some(BranchBlocked { from: role("eng", "e3"), why: BranchProblem::FromUnreached })
    );
    assert_eq!(no_route(&result).rules, []);
}

/// For each role and each role that usually comes next, the duration the role page shows (the
/// framework's `typical_months`) is the typical months `/plan` gives the same move. Returns how
/// many moves were compared.
fn role_page_and_plan_agree(fw: &Framework, assessment: &Assessment) -> usize {
    let mut compared = 0;
    for (from, _, from_level) in fw.roles() {
        for next in fw.next_roles(&from) {
            let result = plan_best(fw, assessment, Some(&from), &next.role, &Constraints::default());
            let Some(path) = result.paths.first() else { continue };
            let [step] = &path.steps[..] else { continue };
            if route_of(fw, step) != next.route {
                continue;
            }
            let to_level = fw.level(&next.role).unwrap().1;
            assert_eq!(
                step.typical_months,
                fw.typical_months(from_level, to_level, &next.route),
                "{from:?} → {:?}",
                next.role
            );
            compared += 1;
        }
    }
    compared
}

#[test]
fn the_role_page_and_the_plan_give_a_move_the_same_duration() {
    let fw = default_framework();
    let next_roles: usize = fw.roles().map(|(r, _, _)| fw.next_roles(&r).len()).sum();
    let compared = role_page_and_plan_agree(&fw, &Assessment::default());
    assert!(compared * 10 >= next_roles * 9, "{compared} of {next_roles} next roles taken directly");
    assert!(role_page_and_plan_agree(&trunk_and_branches(), &Assessment::default()) >= 4);
    assert!(role_page_and_plan_agree(&points_ladder(), &Assessment::default()) >= 2);
}

// ---------------------------------------------------------------------------------------
// The format-2 fixtures (tests/fixtures/format2), read without validation like the inline
// frameworks above: their loading is pinned by tests/format2_fixtures.rs.

fn ladder_yaml() -> Framework {
    serde_json::from_str(include_str!("fixtures/format2/ladder-yaml.json")).unwrap()
}

fn points_ladder_fixture() -> Framework {
    serde_json::from_str(include_str!("fixtures/format2/points-ladder.json")).unwrap()
}

fn multi_discipline() -> Framework {
    serde_json::from_str(include_str!("fixtures/format2/multi-discipline.json")).unwrap()
}

fn months_in(fw: &Framework, roles: &[(&str, &str)]) -> u32 {
    roles.iter().map(|&(t, l)| fw.months_in_level(fw.level(&role(t, l)).unwrap().1)).sum()
}

#[test]
fn ladder_yaml_engineer_ii_to_director_takes_at_least_the_levels_typical_months() {
    let fw = ladder_yaml();
    let start = role("engineering", "engineer-2");
    let target = role("engineering-management", "director-of-engineering");
    let result = plan(&fw, &Assessment::default(), Some(&start), &target, &Constraints::default());
    assert_eq!(result.unreachable, None);
    let best = &result.paths[0];
    assert_eq!(
        route(best),
        [
            "engineering/engineer-2",
            "engineering-management/engineering-manager",
            "engineering-management/senior-engineering-manager",
            "engineering-management/director-of-engineering"
        ]
    );
    assert!(best.steps.iter().all(|s| s.kind == StepKind::Promotion), "the branch is a promotion");
    assert_eq!(best.label, label(RouteShape::Branch { into: "engineering-management".into() }));
    let floor = months_in(
        &fw,
        &[
            ("engineering", "engineer-2"),
            ("engineering-management", "engineering-manager"),
            ("engineering-management", "senior-engineering-manager"),
        ],
    );
    assert_eq!(floor, 18 + 24 + 30);
    assert!(best.months >= floor, "{} months, less than {floor}", best.months);
    assert!(best.months >= 48, "years, not months");
    // The alternative through the IC track and the transfer into management is offered too.
    assert!(result.paths.iter().any(|p| moves(p) == ["senior-to-manager"]), "{:#?}", result.paths);
}

#[test]
fn every_people_manager_target_is_reachable_on_a_framework_with_almost_no_learning() {
    for fw in [ladder_yaml(), points_ladder_fixture()] {
        assert!(fw.learning.len() <= 2);
        let first = fw.roles().next().unwrap().0;
        let managers: Vec<RoleRef> =
            fw.roles().filter(|(_, track, _)| track.manages_people).map(|(r, _, _)| r).collect();
        assert!(!managers.is_empty());
        for target in managers {
            let result =
                plan_best(&fw, &Assessment::default(), Some(&first), &target, &Constraints::default());
            assert_eq!(result.unreachable, None, "{} → {target:?}", fw.meta.id);
        }
    }
}

#[test]
fn a_points_role_is_reached_in_a_sensible_time() {
    let fw = points_ladder_fixture();
    let result = plan(
        &fw,
        &Assessment::default(),
        Some(&role("engineer", "engineer-1")),
        &role("engineer", "engineer-3"),
        &Constraints::default(),
    );
    assert_eq!(result.unreachable, None);
    let best = &result.paths[0];
    assert_eq!(best.steps.len(), 2);
    for step in &best.steps {
        let need = step.points.as_ref().expect("every step asks for points");
        assert!(need.have < need.need && !need.raises.is_empty());
        let gained: u32 = need.raises.iter().map(|r| r.points).sum();
        assert!(need.have + gained >= need.need, "the raises reach the threshold");
        // Each raise is grown, for no longer than on the job at the framework's pace.
        for raise in &need.raises {
            let growth = step.growth.iter().find(|g| g.competency == raise.competency).unwrap();
            assert_eq!(growth.to, raise.to);
            assert!(growth.months <= fw.pacing.on_the_job_months_per_step * growth.steps() as u32);
        }
        assert!(step.months >= step.typical_months);
        assert!(step.months <= 24, "{} months for one level", step.months);
    }
    let floor = months_in(&fw, &[("engineer", "engineer-1"), ("engineer", "engineer-2")]);
    assert!(best.months >= floor && best.months <= 48, "{} months", best.months);
    // The manager branch follows Engineer 4 as a promotion.
    let result = plan_best(
        &fw,
        &Assessment::default(),
        Some(&role("engineer", "engineer-4")),
        &role("manager", "manager-1"),
        &Constraints::default(),
    );
    assert_eq!(route(&result.paths[0]), ["engineer/engineer-4", "manager/manager-1"]);
    assert_eq!(result.paths[0].steps[0].kind, StepKind::Promotion);
}

#[test]
fn growth_on_the_multi_discipline_fixture_stays_on_each_competencys_scale() {
    let fw = multi_discipline();
    let starts: Vec<RoleRef> = fw.tracks.iter().map(|t| role(&t.id, &t.levels[0].id)).collect();
    let mut paths = 0;
    for start in &starts {
        for (target, _, _) in fw.roles().step_by(3) {
            let result =
                plan_best(&fw, &Assessment::default(), Some(start), &target, &Constraints::default());
            for step in result.paths.iter().flat_map(|p| &p.steps) {
                for growth in &step.growth {
                    let steps = fw.scale_of_id(&growth.competency).len();
                    assert!(growth.to < steps, "{growth:?} beyond its scale of {steps}");
                    assert!(growth.from.is_none_or(|f| f < growth.to));
                }
                assert!(step.months >= step.typical_months);
            }
            paths += result.paths.len();
        }
    }
    assert!(paths >= 40, "{paths} paths");
}

#[test]
fn the_role_page_and_the_plan_agree_on_the_fixtures() {
    for fw in [ladder_yaml(), points_ladder_fixture(), multi_discipline()] {
        let next_roles: usize = fw.roles().map(|(r, _, _)| fw.next_roles(&r).len()).sum();
        let compared = role_page_and_plan_agree(&fw, &Assessment::default());
        assert!(compared * 10 >= next_roles * 9, "{}: {compared} of {next_roles}", fw.meta.id);
    }
}

// ---------------------------------------------------------------------------------------
// Properties on the default framework.

fn default_framework() -> Framework {
    load(DEFAULT).unwrap().framework
}

fn check_path(
    fw: &Framework,
    result: &Plan,
    path: &Path,
    constraints: &Constraints,
) -> Result<(), TestCaseError> {
    prop_assert!(!path.steps.is_empty());
    prop_assert_eq!(&path.steps[0].from, &result.start);
    prop_assert_eq!(&path.steps.last().unwrap().to, &result.target);
    prop_assert_eq!(path.months, path.steps.iter().map(|s| s.months).sum::<u32>());
    for pair in path.steps.windows(2) {
        prop_assert_eq!(&pair[0].to, &pair[1].from);
    }
    for step in &path.steps {
        prop_assert!(!fw.is_sunset(&step.to), "entered sunset {:?}", step.to);
        prop_assert!(!constraints.excluded_tracks.contains(&step.to.track), "entered excluded {:?}", step.to);
        // Never quicker than the move's floor; slower than typical only by growing.
        let (from, to) = (fw.level(&step.from).unwrap().1, fw.level(&step.to).unwrap().1);
        prop_assert!(step.months >= fw.move_floor_months(from, &route_of(fw, step)));
        prop_assert_eq!(step.typical_months, fw.typical_months(from, to, &route_of(fw, step)));
        if step.months > step.typical_months {
            prop_assert!(step.lengthened_by().next().is_some());
        }
        match &step.kind {
            StepKind::Promotion => {
                let next = fw.next_roles(&step.from);
                prop_assert!(
                    next.iter().any(|n| n.role == step.to && n.route == Route::Promotion),
                    "{:?} is no promotion from {:?}",
                    step.to,
                    step.from
                );
            }
            StepKind::Move { rule, kind } => {
                let found = fw.rules_from(&step.from).find(|r| &r.id == rule);
                prop_assert!(found.is_some(), "rule {} does not start from {:?}", rule, step.from);
                let found = found.unwrap();
                prop_assert_eq!(&found.to, &step.to);
                prop_assert_eq!(found.kind, *kind);
            }
        }
    }
    if let Some(limit) = constraints.max_months {
        prop_assert!(path.months <= limit);
    }
    Ok(())
}

/// How the framework names the move a step takes.
fn route_of<'a>(fw: &'a Framework, step: &Step) -> Route<'a> {
    match &step.kind {
        StepKind::Promotion => Route::Promotion,
        StepKind::Move { rule, .. } => Route::Mobility(fw.mobility.iter().find(|r| &r.id == rule).unwrap()),
    }
}

/// Quarter months: the ranking cost, with same-band moves at ¾ when lateral is preferred.
fn cost(fw: &Framework, path: &Path, lateral: bool) -> u64 {
    let band = |r: &RoleRef| fw.band_rank(&fw.level(r).unwrap().1.band);
    path.steps
        .iter()
        .map(|s| {
            let same_band = matches!(s.kind, StepKind::Move { .. }) && band(&s.from) == band(&s.to);
            u64::from(s.months) * if lateral && same_band { 3 } else { 4 }
        })
        .sum()
}

fn arbitrary_assessment(fw: &Framework) -> impl Strategy<Value = Assessment> {
    let competencies: Vec<String> = fw.competencies.iter().map(|c| c.id.clone()).collect();
    let scale: Vec<String> = fw.proficiency_scale.iter().map(|p| p.id.clone()).collect();
    let milestones: Vec<String> = fw
        .roles()
        .flat_map(|(role, _, level)| level.milestones.iter().map(move |m| milestone_key(&role, &m.id)))
        .collect();
    let n = competencies.len();
    let m = milestones.len();
    (prop::collection::vec(prop::option::of(0..scale.len()), n), prop::collection::vec(0..4u8, m)).prop_map(
        move |(ratings, progress)| {
            let mut assessment = Assessment::default();
            for (competency, rank) in competencies.iter().zip(ratings) {
                if let Some(rank) = rank {
                    assessment.ratings.insert(
                        competency.clone(),
                        Rating {
                            proficiency: Some(scale[rank].clone()),
                            evidence: Vec::new(),
                            updated: String::new(),
                        },
                    );
                }
            }
            let mut map = BTreeMap::new();
            for (key, p) in milestones.iter().zip(progress) {
                let status = match p {
                    0 => continue,
                    1 => MilestoneStatus::NotStarted,
                    2 => MilestoneStatus::InProgress,
                    _ => MilestoneStatus::Achieved,
                };
                map.insert(
                    key.clone(),
                    MilestoneProgress { status, evidence: Vec::new(), updated: String::new() },
                );
            }
            assessment.milestones = map;
            assessment
        },
    )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn plans_on_the_default_framework_are_valid(
        assessment in arbitrary_assessment(&default_framework()),
        start in prop::option::of(0usize..27),
        target in 0usize..27,
        excluded in 0u32..32,
        prefer_lateral in any::<bool>(),
        max_months in prop::option::of(6u32..80),
    ) {
        let fw = default_framework();
        let roles: Vec<RoleRef> = fw.roles().map(|(r, _, _)| r).collect();
        let start = start.map(|i| roles[i].clone());
        let target = roles[target].clone();
        let excluded_tracks =
            fw.tracks.iter().enumerate().filter(|(i, _)| excluded & (1 << i) != 0).map(|(_, t)| t.id.clone()).collect();
        let constraints = Constraints { excluded_tracks, max_months, prefer_lateral };

        let result = plan(&fw, &assessment, start.as_ref(), &target, &constraints);
        prop_assert_eq!(result.start_inferred, start.is_none());
        prop_assert_eq!(result.unreachable.is_some(), result.paths.is_empty());
        prop_assert!(result.paths.len() <= 3);
        for path in &result.paths {
            check_path(&fw, &result, path, &constraints)?;
        }
        if let Some(best) = result.paths.first() {
            let best_cost = cost(&fw, best, prefer_lateral);
            for other in &result.paths[1..] {
                prop_assert!(best_cost <= cost(&fw, other, prefer_lateral));
                prop_assert_ne!(route(best), route(other));
            }
            if !prefer_lateral {
                prop_assert!(result.paths.iter().all(|p| best.months <= p.months));
            }
            // The best path alone is the same best path.
            let alone = plan_best(&fw, &assessment, start.as_ref(), &target, &constraints);
            prop_assert_eq!(alone.paths.len(), 1);
            prop_assert_eq!(&alone.paths[0], best);
        }
        match &result.unreachable {
            Some(Unreachable::BeyondHorizon { months, limit }) => {
                prop_assert_eq!(Some(*limit), max_months);
                prop_assert!(months > limit);
            }
            Some(Unreachable::TargetExcluded { track }) => prop_assert!(constraints.excluded_tracks.contains(track)),
            Some(Unreachable::OnlyThroughExcluded { tracks }) => {
                prop_assert!(!tracks.is_empty());
                prop_assert!(tracks.iter().all(|t| constraints.excluded_tracks.contains(t)));
            }
            Some(Unreachable::NoRoute(no_route)) => {
                prop_assert_eq!(&no_route.start, &result.start);
                prop_assert_eq!(&no_route.target, &target);
                for blocked in &no_route.rules {
                    let rule = fw.mobility.iter().find(|r| r.id == blocked.rule);
                    prop_assert!(rule.is_some_and(|r| r.to == blocked.to && r.to.track == target.track));
                }
            }
            Some(Unreachable::AlreadyThere) => prop_assert_eq!(&result.start, &target),
            _ => {}
        }
    }

    #[test]
    fn plans_do_not_depend_on_the_order_of_mobility_rules(
        assessment in arbitrary_assessment(&default_framework()),
        start in 0usize..27,
        target in 0usize..27,
        excluded in 0u32..32,
        prefer_lateral in any::<bool>(),
        order in Just((0..default_framework().mobility.len()).collect::<Vec<_>>()).prop_shuffle(),
    ) {
        let fw = default_framework();
        let mut shuffled = fw.clone();
        shuffled.mobility = order.iter().map(|&i| fw.mobility[i].clone()).collect();
        let roles: Vec<RoleRef> = fw.roles().map(|(r, _, _)| r).collect();
        let excluded_tracks =
            fw.tracks.iter().enumerate().filter(|(i, _)| excluded & (1 << i) != 0).map(|(_, t)| t.id.clone()).collect();
        let constraints = Constraints { excluded_tracks, prefer_lateral, ..Constraints::default() };
        let answer = |fw: &Framework| {
            let mut result = plan(fw, &assessment, Some(&roles[start]), &roles[target], &constraints);
            // Reasons come one per rule in framework order: compare them as a set.
            if let Some(Unreachable::NoRoute(no_route)) = &mut result.unreachable {
                no_route.rules.sort_by(|a, b| a.rule.cmp(&b.rule));
            }
            result
        };
        prop_assert_eq!(answer(&shuffled), answer(&fw));
    }

    #[test]
    fn reachable_within_agrees_with_the_quickest_plan(
        assessment in arbitrary_assessment(&default_framework()),
        start in 0usize..27,
        target in 0usize..27,
        excluded in 0u32..32,
    ) {
        let fw = default_framework();
        let roles: Vec<RoleRef> = fw.roles().map(|(r, _, _)| r).collect();
        let (start, target) = (&roles[start], &roles[target]);
        let excluded_tracks =
            fw.tracks.iter().enumerate().filter(|(i, _)| excluded & (1 << i) != 0).map(|(_, t)| t.id.clone()).collect();
        let constraints = Constraints { excluded_tracks, ..Constraints::default() };
        let result = plan_best(&fw, &assessment, Some(start), target, &constraints);
        let within = |months: u32| {
            reachable_within(&fw, &assessment, Some(start), &constraints, &[months])[0]
                .tracks
                .iter()
                .any(|(_, roles)| roles.contains(target))
        };
        match result.paths.first() {
            Some(best) => {
                prop_assert!(within(best.months));
                prop_assert!(!within(best.months - 1));
            }
            None => prop_assert!(!within(1000)),
        }
    }
}
