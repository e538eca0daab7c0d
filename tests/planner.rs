//! The path planner: promotions, moves, exclusions, explanations, ties, and properties on the
//! default framework.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;

use mosaic::core::assessment::{milestone_key, Assessment, MilestoneProgress, MilestoneStatus, Rating};
use mosaic::core::framework::{load, Framework, MobilityKind, RoleRef};
use mosaic::core::planner::{
    plan, plan_best, reachable_within, resolve_start, Constraints, NoRoute, Path, PathLabel, Plan,
    RouteShape, RuleBlocked, RuleProblem, StepKind, TrackBlocked, Unreachable,
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
    // Coding has no learning opportunity (6 months); Coaching has the 12-week circle (3 months).
    let first = &best.steps[0];
    assert_eq!(first.gaps.iter().map(|g| g.competency.as_str()).collect::<Vec<_>>(), ["code", "people"]);
    assert_eq!(first.gaps[0].current, Some(0), "projected from t1's own expectation");
    assert_eq!(first.gaps[0].required, 1);
    assert_eq!(first.learning, ["mentoring"]);
    assert!(first.milestones.is_empty());
    assert!(first.prerequisites.is_empty());
    assert_eq!(first.months, 6);
    assert_eq!(best.steps[1].months, 6);
    assert_eq!(best.months, 12);
}

#[test]
fn months_follow_milestones_and_learning_not_just_gaps() {
    let mut value = minimal_value();
    value["tracks"][0]["levels"][1]["milestones"] = json!([
        { "id": "lead", "title": "Led a project", "evidence": "E", "verification": "V", "horizon_months": 9 },
        { "id": "talk", "title": "Gave a talk", "evidence": "E", "verification": "V", "horizon_months": 11 }
    ]);
    let fw = framework(&value);
    let mut assessment = rated(&[("code", "deep"), ("people", "solid")]);
    let constraints = Constraints::default();
    let result = plan_best(&fw, &assessment, Some(&role("tech", "t1")), &role("tech", "t2"), &constraints);
    assert_eq!(result.paths[0].steps[0].milestones, ["lead", "talk"]);
    assert_eq!(result.paths[0].months, 11, "the longest unachieved milestone");
    let key = milestone_key(&role("tech", "t2"), "talk");
    assessment.milestones.insert(
        key,
        MilestoneProgress { status: MilestoneStatus::Achieved, evidence: Vec::new(), updated: String::new() },
    );
    let result = plan_best(&fw, &assessment, Some(&role("tech", "t1")), &role("tech", "t2"), &constraints);
    assert_eq!(result.paths[0].steps[0].milestones, ["lead"]);
    assert_eq!(result.paths[0].months, 9);
    // Nothing left to do still takes a month.
    let result = plan_best(&fw, &assessment, Some(&role("tech", "t2")), &role("tech", "t3"), &constraints);
    assert_eq!(result.paths[0].months, 1);
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
    assert_eq!(best.steps[1].months, 6, "Coding to Solid has no learning opportunity");
    assert_eq!(best.months, 10);
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
    assert_eq!(open.paths[0].months, 15);
    assert_eq!(open.paths[0].label, label(through(&["mgmt"])));
    assert_eq!(route(&open.paths[1]), ["tech/t1", "tech/t2", "tech/t3", "proc/p3"]);
    assert_eq!(open.paths[1].label, label(one_move(MobilityKind::Secondment, "proc")));

    let constraints = Constraints { excluded_tracks: vec!["mgmt".into()], ..Constraints::default() };
    let result = plan(&fw, &Assessment::default(), Some(&start), &target, &constraints);
    assert_eq!(result.unreachable, None);
    assert_eq!(result.paths.len(), 1);
    assert_eq!(route(&result.paths[0]), ["tech/t1", "tech/t2", "tech/t3", "proc/p3"]);
    assert_eq!(result.paths[0].months, 21);
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
        &NoRoute { start: role("mgmt", "m2"), target: role("tech", "t3"), within_track: None, rules: vec![] }
    );
    // The rule into management starts below where the person is.
    let result = plan(&fw, &Assessment::default(), Some(&role("tech", "t3")), &role("mgmt", "m2"), &none);
    assert_eq!(no_route(&result).rules, [blocked(RuleProblem::SourceUnreachable)]);
    // A prerequisite no learning opportunity reaches: the competency and level, by ID.
    let mut value = minimal_value();
    value["mobility"][0]["prerequisites"][0]["proficiency"] = json!("deep");
    let fw = framework(&value);
    let result = plan(&fw, &Assessment::default(), Some(&role("tech", "t1")), &role("mgmt", "m3"), &none);
    assert_eq!(
        no_route(&result).rules,
        [blocked(RuleProblem::PrerequisiteUnreachable {
            competency: "people".into(),
            proficiency: "deep".into()
        })]
    );
    // Someone already deep in coaching meets it.
    let result =
        plan(&fw, &rated(&[("people", "deep")]), Some(&role("tech", "t1")), &role("mgmt", "m3"), &none);
    assert_eq!(route(&result.paths[0]), ["tech/t1", "tech/t2", "mgmt/m2", "mgmt/m3"]);
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
    let short = Constraints { max_months: Some(10), ..Constraints::default() };
    let result = plan(&fw, &Assessment::default(), Some(&start), &target, &short);
    assert_eq!(result.unreachable, Some(Unreachable::BeyondHorizon { months: 12, limit: 10 }));
    assert!(result.paths.is_empty());
    let enough = Constraints { max_months: Some(12), ..Constraints::default() };
    let result = plan(&fw, &Assessment::default(), Some(&start), &target, &enough);
    assert_eq!(result.paths[0].months, 12);
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
    // t1 → t2 is 3 months (Coding is rated Solid, Coaching takes 3): t1 → t2 → p3 is 12
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
        &[5, 6, 12, 24],
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
            (5, vec![]),
            (6, vec![("tech".into(), s(&["t2"]))]),
            (12, vec![("tech".into(), s(&["t2", "t3"])), ("mgmt".into(), s(&["m2"]))]),
            (24, vec![("tech".into(), s(&["t2", "t3"])), ("mgmt".into(), s(&["m2", "m3"]))]),
        ]
    );
    let excluded = Constraints { excluded_tracks: vec!["mgmt".into()], ..Constraints::default() };
    let horizons = reachable_within(&fw, &Assessment::default(), Some(&role("tech", "t1")), &excluded, &[24]);
    assert_eq!(horizons[0].tracks.len(), 1);
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
        prop_assert!(step.months >= 1);
        prop_assert!(!fw.is_sunset(&step.to), "entered sunset {:?}", step.to);
        prop_assert!(!constraints.excluded_tracks.contains(&step.to.track), "entered excluded {:?}", step.to);
        match &step.kind {
            StepKind::Promotion => {
                let (track, _) = fw.level(&step.from).unwrap();
                let position = track.levels.iter().position(|l| l.id == step.from.level).unwrap();
                prop_assert_eq!(step.to.track.as_str(), track.id.as_str());
                prop_assert_eq!(Some(&step.to.level), track.levels.get(position + 1).map(|l| &l.id));
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
