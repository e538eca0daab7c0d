//! Self-assessment core: readiness and tiers, storage format, migrations, import and merge.

use mosaic::core::assessment::storage::{
    decode, decode_for, encode, merge, reconcile, stamp, Change, ReadError, SCHEMA_VERSION,
};
use mosaic::core::assessment::*;
use mosaic::core::framework::{load, Framework, RoleRef};
use serde_json::json;

fn minimal() -> Framework {
    load(include_str!("fixtures/minimal.json")).unwrap().framework
}

fn rated(framework: &Framework, ratings: &[(&str, &str)]) -> Assessment {
    let mut a = Assessment { framework: stamp(framework), ..Default::default() };
    for (competency, proficiency) in ratings {
        a.ratings.insert(
            competency.to_string(),
            Rating {
                proficiency: Some(proficiency.to_string()),
                evidence: vec![],
                updated: "2026-01-01T00:00:00Z".into(),
            },
        );
    }
    a
}

#[test]
fn meeting_every_expectation_of_a_role_without_milestones_is_ready_now() {
    let f = minimal();
    let a = rated(&f, &[("code", "solid"), ("people", "basic")]);
    let r = readiness(&f, &a, &RoleRef::new("tech", "t2")).unwrap();
    assert_eq!(r.tier, Tier::ReadyNow);
    assert!(r.gaps.is_empty());
    assert_eq!(r.percent(), 100);
}

#[test]
fn gaps_explain_the_score_with_weights() {
    let f = minimal();
    // t2 expects code: solid (weight 2), people: basic (weight 1).
    let a = rated(&f, &[("code", "basic")]);
    let r = readiness(&f, &a, &RoleRef::new("tech", "t2")).unwrap();
    assert_eq!(r.gaps.len(), 2);
    assert_eq!(r.gaps[0].competency, "code", "heaviest shortfall first");
    assert_eq!((r.gaps[0].current, r.gaps[0].required, r.gaps[0].weight), (Some(0), 1, 2.0));
    assert_eq!((r.gaps[1].current, r.gaps[1].required), (None, 0));
    // code: 1 of 2 steps × 2 + people: 0 of 1 × 1, over weight 3.
    assert!((r.score - (2.0 * 0.5) / 3.0).abs() < 1e-9, "{}", r.score);
    assert_eq!(r.tier, Tier::Aspirational);
}

#[test]
fn milestones_count_for_a_fifth_when_a_role_has_them() {
    let f = minimal();
    let mut a = rated(&f, &[("code", "basic")]);
    let role = RoleRef::new("tech", "t1");
    assert!((readiness(&f, &a, &role).unwrap().score - 0.8).abs() < 1e-9);
    a.milestones.insert(
        milestone_key(&role, "m1"),
        MilestoneProgress { status: MilestoneStatus::Achieved, evidence: vec![], updated: String::new() },
    );
    let r = readiness(&f, &a, &role).unwrap();
    assert!((r.score - 1.0).abs() < 1e-9);
    assert_eq!((r.milestones_achieved, r.milestones_total), (1, 1));
}

#[test]
fn tiers_follow_the_score() {
    let f = minimal();
    // t3 expects code: deep, people: solid (equal weights).
    let stretch = rated(&f, &[("code", "deep"), ("people", "basic")]);
    let r = readiness(&f, &stretch, &RoleRef::new("tech", "t3")).unwrap();
    assert!((r.score - 0.75).abs() < 1e-9);
    assert_eq!(r.tier, Tier::Stretch);
    let r = readiness(&f, &rated(&f, &[("code", "deep"), ("people", "solid")]), &RoleRef::new("tech", "t3"))
        .unwrap();
    assert_eq!(r.tier, Tier::ReadyNow);
}

#[test]
fn ranking_leaves_out_avoided_tracks_and_sunset_roles() {
    let f = minimal();
    let mut a = rated(&f, &[("code", "solid")]);
    a.profile.avoid = vec!["mgmt".into()];
    let ranked = rank_roles(&f, &a);
    assert_eq!(ranked.len(), 3);
    assert!(ranked.iter().all(|r| r.role.track == "tech"));
    assert!(
        ranked.windows(2).all(|w| (w[0].tier, -w[0].score) <= (w[1].tier, -w[1].score)),
        "by tier, then readiness"
    );
    let next = next_role_per_track(&f, &a);
    assert_eq!(next.len(), 1);
    assert_eq!(next[0].role, RoleRef::new("tech", "t1"), "t1's milestone isn't achieved: the closest role");
    a.milestones.insert(
        milestone_key(&RoleRef::new("tech", "t1"), "m1"),
        MilestoneProgress { status: MilestoneStatus::Achieved, evidence: vec![], updated: String::new() },
    );
    let next = next_role_per_track(&f, &a);
    assert_eq!(
        (next[0].role.clone(), next[0].tier),
        (RoleRef::new("tech", "t1"), Tier::ReadyNow),
        "ready now counts"
    );
    a.profile.current_role = Some(RoleRef::new("tech", "t1"));
    assert_eq!(next_role_per_track(&f, &a)[0].role, RoleRef::new("tech", "t2"), "never the current role");
}

#[test]
fn export_then_import_restores_exactly() {
    let f = minimal();
    let mut a = rated(&f, &[("code", "solid"), ("people", "deep")]);
    a.ratings.get_mut("code").unwrap().evidence.push(Evidence {
        note: "Led the <migration> & rollout".into(),
        link: "https://example.com/pr/1".into(),
        date: "2026-03-01".into(),
    });
    a.profile.current_role = Some(RoleRef::new("tech", "t2"));
    a.take_snapshot("Q3 review", "2026-09-30");
    let text = encode(&a, "2026-10-01T10:00:00Z");
    assert!(text.contains(&format!("\"schema_version\": {SCHEMA_VERSION}")));
    assert_eq!(decode(&text).unwrap(), a);
}

#[test]
fn reading_bad_data_says_what_is_wrong() {
    assert!(matches!(decode("{not json"), Err(ReadError::Corrupted { .. })));
    assert_eq!(decode("{\"hello\": 1}"), Err(ReadError::NotAnAssessment));
    let newer =
        json!({ "kind": "mosaic-assessment", "schema_version": 99, "saved_at": "", "assessment": {} });
    assert_eq!(decode(&newer.to_string()), Err(ReadError::NewerVersion { found: 99 }));
    let wrong_type = json!({ "kind": "mosaic-assessment", "schema_version": 1, "saved_at": "",
        "assessment": { "framework": { "id": "tiny", "version": "1" }, "ratings": { "code": { "proficiency": 3 } } } });
    match decode(&wrong_type.to_string()) {
        Err(ReadError::Corrupted { path, detail }) => {
            assert_eq!(path, "assessment.ratings.code.proficiency");
            assert!(detail.contains("expected a string"), "{detail}");
        }
        other => panic!("{other:?}"),
    }
    let err = ReadError::NewerVersion { found: 99 }.to_string();
    assert!(err.contains("newer version of Mosaic"), "{err}");
}

#[test]
fn importing_another_frameworks_file_is_refused() {
    let f = minimal();
    let mut a = rated(&f, &[]);
    a.framework.id = "someone-else".into();
    let err = decode_for(&encode(&a, ""), &f).unwrap_err();
    assert_eq!(err, ReadError::WrongFramework { found: "someone-else".into(), expected: "tiny".into() });
}

#[test]
fn framework_changes_are_migrated_and_reported_never_dropped() {
    let f = minimal();
    let mut a = rated(&f, &[("code", "solid"), ("people", "deep")]);
    a.milestones.insert(
        "tech/t1/m1".into(),
        MilestoneProgress { status: MilestoneStatus::Achieved, evidence: vec![], updated: String::new() },
    );
    a.profile.current_role = Some(RoleRef::new("mgmt", "m2"));
    a.profile.avoid = vec!["mgmt".into()];

    let mut value: serde_json::Value = serde_json::from_str(include_str!("fixtures/minimal.json")).unwrap();
    value["meta"]["version"] = json!("2.0");
    value["competencies"][0]["name"] = json!("Software craft");
    value["competencies"].as_array_mut().unwrap().remove(1);
    for level in value["tracks"][0]["levels"].as_array_mut().unwrap() {
        level["expectations"].as_array_mut().unwrap().retain(|e| e["competency"] == "code");
        level["milestones"] = json!([]);
    }
    value["tracks"][1]["levels"][0]["expectations"] = json!([]);
    value["tracks"][1]["levels"][1]["expectations"] = json!([]);
    value["tracks"][1]["levels"][0]["sunset"] =
        json!({ "date": "2026-12-31", "successor": { "track": "mgmt", "level": "m3" } });
    value["learning"] = json!([]);
    value["mobility"] = json!([]);
    let changed = load(&value.to_string()).unwrap().framework;

    let (migrated, changes) = reconcile(a.clone(), &changed);
    assert!(
        changes.contains(&Change::CompetencyRenamed { from: "Coding".into(), to: "Software craft".into() })
    );
    assert!(changes.contains(&Change::CompetencyRemoved { name: "Coaching".into() }));
    assert!(changes.contains(&Change::MilestoneRemoved { key: "tech/t1/m1".into() }));
    assert!(changes.contains(&Change::CurrentRoleSunset { title: "Team Lead".into() }));
    assert_eq!(migrated.ratings.len(), 1);
    assert_eq!(migrated.retired.ratings["people"].proficiency.as_deref(), Some("deep"), "kept aside");
    assert!(migrated.retired.milestones.contains_key("tech/t1/m1"));
    assert_eq!(migrated.framework.version, "2.0");

    // Going back to the first framework restores the retired rating.
    let (restored, changes) = reconcile(migrated, &f);
    assert_eq!(restored.proficiency("people"), Some("deep"));
    assert!(changes.contains(&Change::CompetencyRestored { name: "Coaching".into() }));
}

#[test]
fn reconciling_with_an_unchanged_framework_changes_nothing() {
    let f = minimal();
    let a = rated(&f, &[("code", "solid")]);
    let (same, changes) = reconcile(a.clone(), &f);
    assert!(changes.is_empty(), "{changes:?}");
    assert_eq!(same, a);
}

#[test]
fn merging_keeps_the_newer_rating_and_all_evidence() {
    let f = minimal();
    let mut mine = rated(&f, &[("code", "basic")]);
    mine.ratings
        .get_mut("code")
        .unwrap()
        .evidence
        .push(Evidence { note: "mine".into(), ..Default::default() });
    let mut theirs = rated(&f, &[("code", "deep"), ("people", "solid")]);
    let code = theirs.ratings.get_mut("code").unwrap();
    code.updated = "2026-05-01T00:00:00Z".into();
    code.evidence.push(Evidence { note: "theirs".into(), ..Default::default() });
    theirs.take_snapshot("Q1", "2026-03-31");
    let merged = merge(mine, theirs);
    assert_eq!(merged.proficiency("code"), Some("deep"));
    let notes: Vec<&str> = merged.ratings["code"].evidence.iter().map(|e| e.note.as_str()).collect();
    assert_eq!(notes, ["mine", "theirs"]);
    assert_eq!(merged.proficiency("people"), Some("solid"));
    assert_eq!(merged.snapshots.len(), 1);
}

#[test]
fn snapshots_get_unique_ids_and_a_default_label() {
    let f = minimal();
    let mut a = rated(&f, &[("code", "solid")]);
    a.take_snapshot("", "2026-01-01");
    a.take_snapshot("Q2", "2026-06-30");
    assert_eq!(a.snapshots[0].label, "Snapshot of 2026-01-01");
    assert_ne!(a.snapshots[0].id, a.snapshots[1].id);
    assert_eq!(a.snapshots[1].ratings["code"], "solid");
}

#[test]
fn a_version_1_document_migrates_to_the_current_version_with_an_empty_plan() {
    // Exactly what version 1 of Mosaic wrote: no development plan.
    let v1 = json!({
        "kind": "mosaic-assessment",
        "schema_version": 1,
        "saved_at": "2026-09-01T08:00:00.000Z",
        "assessment": {
            "framework": { "id": "tiny", "version": "1.0", "competency_names": { "code": "Coding" } },
            "profile": { "current_role": { "track": "tech", "level": "t1" } },
            "ratings": { "code": { "proficiency": "solid", "updated": "2026-08-01T00:00:00Z" } },
            "milestones": {},
            "snapshots": [ { "id": "s1", "label": "Q2", "date": "2026-06-30", "ratings": { "code": "basic" } } ]
        }
    });
    let migrated = decode(&v1.to_string()).unwrap();
    assert_eq!(migrated.plan, DevelopmentPlan::default());
    assert_eq!(migrated.proficiency("code"), Some("solid"));
    assert_eq!(migrated.snapshots[0].label, "Q2");
    let rewritten: serde_json::Value = serde_json::from_str(&encode(&migrated, "now")).unwrap();
    assert_eq!(rewritten["schema_version"], SCHEMA_VERSION);
}

#[test]
fn the_plan_travels_in_export_and_merges_by_action() {
    let f = minimal();
    let mut mine = rated(&f, &[]);
    mine.plan.target = Some(RoleRef::new("tech", "t3"));
    mine.plan.actions.push(Action {
        id: "a1".into(),
        title: "Mentoring circle".into(),
        learning: Some("mentoring".into()),
        competencies: vec!["people".into()],
        milestones: vec![],
        target_date: "2026-12-31".into(),
        status: ActionStatus::InProgress,
        updated: "2026-10-01T00:00:00Z".into(),
    });
    mine.plan.checkins.push(CheckIn {
        id: "c1".into(),
        date: "2026-10-02".into(),
        note: "Talked with Sam".into(),
    });
    assert_eq!(decode(&encode(&mine, "")).unwrap(), mine);
    let mut theirs = mine.clone();
    theirs.plan.actions[0].status = ActionStatus::Done;
    theirs.plan.actions[0].updated = "2026-11-01T00:00:00Z".into();
    theirs.plan.checkins.push(CheckIn {
        id: "c1".into(),
        date: "2026-11-02".into(),
        note: "Follow-up".into(),
    });
    let merged = merge(mine, theirs);
    assert_eq!(merged.plan.actions.len(), 1);
    assert_eq!(merged.plan.actions[0].status, ActionStatus::Done, "newer wins");
    assert_eq!(merged.plan.checkins.len(), 2);
    assert_ne!(merged.plan.checkins[0].id, merged.plan.checkins[1].id);
    assert_eq!(merged.plan.progress(), (1, 1));
}
