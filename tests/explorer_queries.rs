//! Format-2 look-ups the explorer shows: branching tracks and the shared trunk, families,
//! points thresholds in context, where the typical time in a level comes from, comparison
//! across scales and search over the new texts.

use mosaic::core::compare::{compare_points, compare_roles, WhoExpectsMore};
use mosaic::core::framework::{Framework, RoleRef, TimeInLevelSource, TrackKind};
use mosaic::core::search::{search, Target};
use serde_json::{json, Value};

fn minimal() -> Value {
    serde_json::from_str(include_str!("fixtures/minimal.json")).unwrap()
}

/// The minimal framework grown into format 2: a two-step design scale worth points, families,
/// a management track that branches from the first engineering level, an executive track that
/// branches from management, a points-based design track, and texts of the roles' own.
fn format2() -> Value {
    let mut value = minimal();
    value["format"] = json!(2);
    for (step, points) in [1, 2, 4].into_iter().enumerate() {
        value["proficiency_scale"][step]["points"] = json!(points);
    }
    value["scales"] = json!([{ "id": "two", "name": "Design steps", "levels": [
        { "id": "learning", "name": "Learning", "points": 1 },
        { "id": "leading", "name": "Leading", "points": 3 } ] }]);
    value["families"] = json!([
        { "id": "eng", "name": "Engineering", "description": "Builds the product." },
        { "id": "design", "name": "Design" },
        { "id": "unused", "name": "Nobody here" } ]);
    value["competencies"].as_array_mut().unwrap().push(json!({
        "id": "craft", "name": "Visual craft", "theme": "Design", "scale": "two",
        "descriptors": {
            "learning": { "text": "Follows the style guide.", "examples": ["Redrew the icons to the grid"],
                          "signals": ["Asks for critique early"] },
            "leading": "Sets the style guide." } }));
    value["tracks"][0]["family"] = json!("eng");
    value["tracks"][0]["levels"][1]["expectations"][0]["text"] = json!("Breaks down large, complex plans.");
    value["tracks"][0]["levels"][1]["expectations"][0]["examples"] =
        json!(["Split the billing rewrite into milestones"]);
    value["tracks"][0]["levels"][1]["signals"] = json!(["Others ask them for estimates"]);
    value["tracks"][1]["family"] = json!("eng");
    value["tracks"][1]["branches_from"] = json!({ "track": "tech", "level": "t1" });
    value["tracks"][1]["levels"][0]["expectations"][0]["text"] = json!("Coaches each person on the team.");
    value["tracks"].as_array_mut().unwrap().extend([
        json!({ "id": "exec", "name": "Executive", "description": "Runs the company.", "family": "eng",
                "branches_from": { "track": "mgmt", "level": "m2" },
                "levels": [ { "id": "e3", "title": "Director", "band": "b3", "summary": "Runs a department.",
                              "expectations": [ { "competency": "people", "proficiency": "deep" } ] } ] }),
        json!({ "id": "design", "name": "Product design", "description": "Designs the product.", "family": "design",
                "levels": [
                    { "id": "d1", "title": "Designer", "band": "b1", "summary": "Designs screens.",
                      "typical_months": 18,
                      "points": { "total": 4, "minimums": [ { "theme": "Design", "points": 1 } ] } },
                    { "id": "d2", "title": "Senior Designer", "band": "b2", "summary": "Designs flows.",
                      "expectations": [ { "competency": "craft", "proficiency": "leading" } ] } ] }),
        json!({ "id": "ops", "name": "Operations", "description": "Keeps things running.",
                "levels": [ { "id": "o1", "title": "Operator", "band": "b1", "summary": "Runs things." } ] }),
    ]);
    value["bands"][1]["typical_months"] = json!(24);
    value
}

/// Read without validation: these look-ups must hold on any framework the model can carry,
/// whatever the validator (which has its own tests) accepts.
fn framework(value: &Value) -> Framework {
    serde_json::from_value(value.clone()).expect("the model reads it")
}

fn ids(roles: &[RoleRef]) -> Vec<String> {
    roles.iter().map(|r| format!("{}/{}", r.track, r.level)).collect()
}

#[test]
fn a_branching_track_names_its_branch_point_and_the_trunk_it_shares() {
    let framework = framework(&format2());
    let mgmt = framework.track("mgmt").unwrap();
    let exec = framework.track("exec").unwrap();
    let tech = framework.track("tech").unwrap();

    let branching: Vec<&str> =
        framework.tracks_branching_from(&RoleRef::new("tech", "t1")).iter().map(|t| t.id.as_str()).collect();
    assert_eq!(branching, ["mgmt"]);
    assert!(framework.tracks_branching_from(&RoleRef::new("tech", "t2")).is_empty());

    let (from, from_track, from_level) = framework.branches_into(mgmt, &mgmt.levels[0]).unwrap();
    assert_eq!(
        (from, from_track.name.as_str(), from_level.title.as_str()),
        (&RoleRef::new("tech", "t1"), "Technical", "Engineer")
    );
    assert!(
        framework.branches_into(mgmt, &mgmt.levels[1]).is_none(),
        "only the first level follows the branch point"
    );
    assert!(
        framework.branches_into(tech, &tech.levels[0]).is_none(),
        "a track of its own branches from nothing"
    );

    let trunk = |track| framework.trunk(track).into_iter().map(|(role, _, _)| role).collect::<Vec<_>>();
    assert_eq!(ids(&trunk(mgmt)), ["tech/t1"]);
    assert_eq!(
        ids(&trunk(exec)),
        ["tech/t1", "mgmt/m2"],
        "the trunk goes down through every branch, lowest first"
    );
    assert!(trunk(tech).is_empty());
}

#[test]
fn the_map_shows_a_branching_tracks_trunk_in_its_column_and_where_it_splits() {
    let framework = framework(&format2());
    let mgmt = framework.track("mgmt").unwrap();
    let exec = framework.track("exec").unwrap();

    let cell = framework.map_cell(mgmt, "b1");
    assert_eq!(cell.len(), 1);
    assert_eq!(cell[0].role, RoleRef::new("tech", "t1"));
    assert_eq!(cell[0].shared_from.map(|t| t.id.as_str()), Some("tech"));
    assert!(cell[0].branch_point);

    let own = framework.map_cell(mgmt, "b2");
    assert_eq!(own.len(), 1);
    assert_eq!(
        (own[0].role.clone(), own[0].shared_from, own[0].branch_point),
        (RoleRef::new("mgmt", "m2"), None, false)
    );

    let low = framework.map_cell(exec, "b1");
    assert_eq!(
        (low[0].role.clone(), low[0].branch_point),
        (RoleRef::new("tech", "t1"), false),
        "trunk, not the branch point"
    );
    let middle = framework.map_cell(exec, "b2");
    assert_eq!((middle[0].role.clone(), middle[0].branch_point), (RoleRef::new("mgmt", "m2"), true));
    let top = framework.map_cell(exec, "b3");
    assert_eq!(top.iter().map(|e| e.role.clone()).collect::<Vec<_>>(), [RoleRef::new("exec", "e3")]);

    let tech = framework.track("tech").unwrap();
    assert!(framework.map_cell(tech, "b1").iter().all(|e| e.shared_from.is_none()));
}

#[test]
fn a_loop_of_branches_ends_the_trunk_instead_of_running_forever() {
    // Validation rejects this; the look-up must still end on a framework built in code.
    let mut framework = framework(&format2());
    framework.tracks[0].branches_from = Some(RoleRef::new("mgmt", "m3"));
    let mgmt = framework.track("mgmt").unwrap();
    let trunk = framework.trunk(mgmt);
    assert_eq!(trunk.len(), 1, "tech's trunk leads back to mgmt, which is where the walk started");
}

#[test]
fn tracks_group_by_family_in_the_families_order_with_unattached_tracks_last() {
    let framework = framework(&format2());
    let groups = framework.tracks_by_family().unwrap();
    let shape: Vec<(Option<&str>, Vec<&str>)> = groups
        .iter()
        .map(|g| (g.family.map(|f| f.name.as_str()), g.tracks.iter().map(|t| t.id.as_str()).collect()))
        .collect();
    assert_eq!(
        shape,
        [
            (Some("Engineering"), vec!["tech", "mgmt", "exec"]),
            (Some("Design"), vec!["design"]),
            (None, vec!["ops"]),
        ],
        "a family without tracks is left out"
    );
    assert_eq!(
        framework.family_of(framework.track("design").unwrap()).map(|f| f.id.as_str()),
        Some("design")
    );
    assert!(framework.family_of(framework.track("ops").unwrap()).is_none());

    let format1 = self::framework(&minimal());
    assert!(format1.tracks_by_family().is_none(), "no families: the overview keeps the built-in kinds");
}

#[test]
fn a_points_threshold_is_summed_up_beside_the_most_points_possible() {
    let framework = framework(&format2());
    // Coding and Coaching top out at 4 points on the default scale, Visual craft at 3.
    assert_eq!(framework.points_possible(None), 4 + 4 + 3);
    assert_eq!(framework.points_possible(Some("Design")), 3);
    assert_eq!(framework.points_possible(Some("No such theme")), 0);

    let (_, designer) = framework.level(&RoleRef::new("design", "d1")).unwrap();
    let summary = framework.points_summary(designer.points.as_ref().unwrap());
    assert_eq!((summary.total, summary.total_possible), (4, 11));
    assert_eq!(summary.minimums.len(), 1);
    assert_eq!(
        (summary.minimums[0].theme, summary.minimums[0].points, summary.minimums[0].possible),
        ("Design", 1, 3)
    );

    let craft = framework.competency("craft").unwrap();
    assert!(framework.scale_has_points(craft));
    assert_eq!(framework.most_points(craft), 3);
    assert!(framework.has_several_scales());

    let format1 = self::framework(&minimal());
    assert!(!format1.scale_has_points(format1.competency("code").unwrap()));
    assert_eq!(format1.points_possible(None), 0);
    assert!(!format1.has_several_scales());
}

#[test]
fn the_typical_time_in_a_level_says_who_states_it() {
    let framework = framework(&format2());
    let time = |track: &str, level: &str| {
        let (_, level) = framework.level(&RoleRef::new(track, level)).unwrap();
        let time = framework.time_in_level(level);
        assert_eq!(time.months, framework.months_in_level(level), "the same figure as the planner's");
        time
    };
    let own = time("design", "d1");
    assert_eq!((own.months, own.source), (18, TimeInLevelSource::Level));
    let band = time("design", "d2");
    assert_eq!(band.months, 24);
    assert!(matches!(band.source, TimeInLevelSource::Band(b) if b.id == "b2"));
    let default = time("tech", "t3");
    assert_eq!((default.months, default.source), (12, TimeInLevelSource::Default));
}

#[test]
fn comparison_carries_each_roles_own_words_and_ranks_on_each_competencys_scale() {
    let framework = framework(&format2());
    let rows = compare_roles(&framework, &RoleRef::new("tech", "t2"), &RoleRef::new("design", "d2")).unwrap();
    let code = rows.iter().find(|r| r.competency == "code").unwrap();
    assert_eq!((code.a, code.b), (Some(1), None));
    assert_eq!(code.text_a.as_deref(), Some("Breaks down large, complex plans."));
    assert_eq!(code.text_b, None);
    let craft = rows.iter().find(|r| r.competency == "craft").unwrap();
    assert_eq!((craft.a, craft.b), (None, Some(1)), "Leading is the second step of the two-step scale");

    let same_level =
        compare_roles(&framework, &RoleRef::new("mgmt", "m2"), &RoleRef::new("tech", "t3")).unwrap();
    let people = same_level.iter().find(|r| r.competency == "people").unwrap();
    assert_eq!((people.a, people.b), (Some(1), Some(1)));
    assert_eq!(people.text_a.as_deref(), Some("Coaches each person on the team."));
    assert!(!people.differs(), "the same proficiency in other words is not a different level");
    assert_eq!(people.who_expects_more(), WhoExpectsMore::Same);
    assert_eq!(code.who_expects_more(), WhoExpectsMore::OnlyFirst);
    assert_eq!(craft.who_expects_more(), WhoExpectsMore::OnlySecond);
}

#[test]
fn comparison_direction_ranks_steps_on_the_competencys_own_scale() {
    // "Leading" is the second and top step of the two-step design scale: above "Learning".
    let mut value = format2();
    value["tracks"][3]["levels"][0]["expectations"] =
        json!([{ "competency": "craft", "proficiency": "learning" }]);
    let framework = framework(&value);
    let designer = RoleRef::new("design", "d1");
    let senior = RoleRef::new("design", "d2");
    let direction = |a: &RoleRef, b: &RoleRef| {
        let rows = compare_roles(&framework, a, b).unwrap();
        rows.iter().find(|r| r.competency == "craft").unwrap().who_expects_more()
    };
    assert_eq!(direction(&senior, &designer), WhoExpectsMore::First);
    assert_eq!(direction(&designer, &senior), WhoExpectsMore::Second);
}

#[test]
fn points_thresholds_compare_when_either_role_has_one() {
    let mut value = format2();
    value["tracks"][0]["levels"][2]["points"] =
        json!({ "minimums": [ { "theme": "Design", "points": 1 } ], "total": 4 });
    let framework = framework(&value);
    let designer = RoleRef::new("design", "d1");
    let diff = compare_points(&framework, &designer, &RoleRef::new("tech", "t1")).unwrap();
    assert_eq!((diff.a.map(|p| p.total), diff.b), (Some(4), None));
    assert!(diff.differs());
    let same = compare_points(&framework, &designer, &RoleRef::new("tech", "t3")).unwrap();
    assert!(!same.differs());
    assert!(compare_points(&framework, &RoleRef::new("tech", "t1"), &RoleRef::new("tech", "t2")).is_none());
    assert!(compare_points(&framework, &RoleRef::new("tech", "t9"), &designer).is_none());
}

#[test]
fn search_finds_expectation_text_examples_and_signals() {
    let framework = framework(&format2());
    let targets = |query: &str| search(&framework, query).into_iter().map(|h| h.target).collect::<Vec<_>>();
    let t2 = || Target::Role(RoleRef::new("tech", "t2"));
    assert_eq!(targets("large complex plans"), [t2()], "a role's own expectation text");
    assert_eq!(targets("billing rewrite"), [t2()], "an expectation's example");
    assert_eq!(targets("ask them for estimates"), [t2()], "a role's signal");
    assert_eq!(targets("redrew icons"), [Target::Competency("craft".into())], "a descriptor's example");
    assert_eq!(targets("critique early"), [Target::Competency("craft".into())], "a descriptor's signal");
    let design = search(&framework, "product design");
    assert_eq!(design[0].context, "Design", "a track is described by its family");
}

/// A fixture read by the model alone (the multi-discipline one needs validation of named
/// scales, which another change brings).
fn fixture(text: &str) -> Framework {
    serde_json::from_str(text).expect("the model reads it")
}

#[test]
fn on_the_ladder_fixture_both_paths_share_the_first_two_levels() {
    let framework = fixture(include_str!("fixtures/format2/ladder-yaml.json"));
    let shared = RoleRef::new("engineering", "engineer-2");
    let branching: Vec<&str> =
        framework.tracks_branching_from(&shared).iter().map(|t| t.id.as_str()).collect();
    assert_eq!(branching, ["individual-contributor", "engineering-management"]);
    for track in ["individual-contributor", "engineering-management"] {
        let track = framework.track(track).unwrap();
        let trunk: Vec<RoleRef> = framework.trunk(track).into_iter().map(|(role, _, _)| role).collect();
        assert_eq!(ids(&trunk), ["engineering/engineer-1", "engineering/engineer-2"]);
        let cell = framework.map_cell(track, "L2");
        assert_eq!(cell.len(), 1);
        assert!(cell[0].branch_point && cell[0].role == shared);
    }
    assert!(framework.tracks_by_family().is_none(), "no families: the built-in kinds stay");
}

#[test]
fn on_the_points_fixture_thresholds_sit_beside_the_most_possible() {
    let framework = fixture(include_str!("fixtures/format2/points-ladder.json"));
    // 15 competencies on one scale whose top step is worth 20.
    assert_eq!(framework.points_possible(None), 15 * 20);
    let (_, level) = framework.level(&RoleRef::new("engineer", "engineer-6")).unwrap();
    let summary = framework.points_summary(level.points.as_ref().unwrap());
    assert_eq!((summary.total, summary.total_possible), (190, 300));
    let minimums: Vec<(&str, u32, u32)> =
        summary.minimums.iter().map(|m| (m.theme, m.points, m.possible)).collect();
    assert_eq!(minimums, [("Technical craft", 45, 80), ("Organisation", 20, 60)]);
    let default =
        framework.time_in_level(framework.level(&RoleRef::new("engineer", "engineer-1")).unwrap().1);
    assert_eq!(
        (default.months, default.source),
        (9, TimeInLevelSource::Default),
        "the framework's own pacing"
    );
}

#[test]
fn on_the_multi_discipline_fixture_every_track_has_its_family() {
    let framework = fixture(include_str!("fixtures/format2/multi-discipline.json"));
    let groups = framework.tracks_by_family().unwrap();
    let families: Vec<&str> = groups.iter().map(|g| g.family.map_or("none", |f| f.id.as_str())).collect();
    assert_eq!(families, ["product", "design", "marketing", "customer-operations", "people", "engineering"]);
    assert_eq!(groups.iter().map(|g| g.tracks.len()).sum::<usize>(), framework.tracks.len());
    assert!(framework.has_several_scales());
}

#[test]
fn a_tracks_kind_is_named_only_where_it_adds_to_the_name() {
    let kinds = |text: &str| {
        let framework = fixture(text);
        framework
            .tracks
            .iter()
            .map(|t| (t.id.clone(), framework.kind_worth_naming(t).map(TrackKind::label)))
            .collect::<Vec<_>>()
    };
    let owned = |pairs: &[(&str, Option<&'static str>)]| {
        pairs.iter().map(|(id, kind)| (id.to_string(), *kind)).collect::<Vec<_>>()
    };
    // The default framework's track names are its kinds' labels: nothing to add.
    assert!(kinds(include_str!("../public/framework.json")).iter().all(|(_, kind)| kind.is_none()));
    // "Individual contributor" doesn't say it is technical; "Engineering" is the trunk both
    // paths share, so one kind would mislead; whether a track manages people is its own fact.
    assert_eq!(
        kinds(include_str!("fixtures/format2/ladder-yaml.json")),
        owned(&[
            ("engineering", None),
            ("individual-contributor", Some("Technical mastery")),
            ("engineering-management", None),
        ])
    );
    // No kind given is "Other", which says nothing.
    assert!(kinds(include_str!("fixtures/format2/multi-discipline.json"))
        .iter()
        .all(|(_, kind)| kind.is_none()));
}
