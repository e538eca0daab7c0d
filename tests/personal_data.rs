//! Every operation on personal data, and the session rules that keep screen and storage
//! from losing anything. Each defect of issue 7 has a case here.

mod support;

use std::rc::Rc;

use mosaic::core::assessment::session::{Notice, SaveState, Session};
use mosaic::core::assessment::storage::{decode, encode, read_import, Change};
use mosaic::core::assessment::store::{storage_key, Store};
use mosaic::core::assessment::*;
use mosaic::core::framework::{load, Framework, RoleRef};
use serde_json::json;
use support::{Fault, MemoryStore};

fn minimal() -> &'static Framework {
    Box::leak(Box::new(load(include_str!("fixtures/minimal.json")).unwrap().framework))
}

fn evidence(note: &str) -> Evidence {
    Evidence::new(note, "", "2026-01-02").unwrap()
}

const NOW: &str = "2026-11-30T10:00:00.000Z";

#[test]
fn evidence_before_rating_is_not_a_level_and_survives_a_reload_without_a_notice() {
    let f = minimal();
    let mut store = MemoryStore::default();
    let mut tab = Session::open(&mut store, f, NOW);
    tab.apply(
        &mut store,
        f,
        NOW,
        Rc::new(|a| a.add_rating_evidence("code", evidence("Wrote the parser"), NOW)),
    );
    assert_eq!(tab.assessment().proficiency("code"), None);
    let stored = store.raw(&storage_key("tiny")).unwrap();
    assert!(!stored.contains("\"proficiency\""), "not rated is no proficiency at all: {stored}");
    // A second edit and a reload: the evidence stays where it was, and nothing claims the
    // framework changed.
    tab.apply(
        &mut store,
        f,
        NOW,
        Rc::new(|a| a.add_rating_evidence("people", evidence("Mentored Ana"), NOW)),
    );
    let reloaded = Session::open(&mut store, f, NOW);
    assert!(reloaded.notices().is_empty(), "{:?}", reloaded.notices());
    assert_eq!(reloaded.assessment().rating_evidence("code"), [evidence("Wrote the parser")]);
    assert!(reloaded.assessment().retired.is_empty());
}

#[test]
fn unrating_clears_the_level_and_keeps_the_evidence() {
    let f = minimal();
    let mut a = Assessment::default();
    a.rate(f, "code", "solid", NOW).unwrap();
    a.add_rating_evidence("code", evidence("Shipped search"), NOW);
    a.unrate("code", NOW);
    assert_eq!(a.proficiency("code"), None, "the control says it clears the level");
    assert_eq!(a.rating_evidence("code").len(), 1);
    assert_eq!(a.rated_count(), 0);
    // Without evidence, nothing is left behind.
    a.rate(f, "people", "basic", NOW).unwrap();
    a.unrate("people", NOW);
    assert!(!a.ratings.contains_key("people"));
}

#[test]
fn rating_checks_the_framework() {
    let f = minimal();
    let mut a = Assessment::default();
    assert_eq!(a.rate(f, "code", "wizard", NOW), Err(RateError::UnknownProficiency("wizard".into())));
    assert_eq!(a.rate(f, "cooking", "basic", NOW), Err(RateError::UnknownCompetency("cooking".into())));
    assert!(a.ratings.is_empty());
}

#[test]
fn evidence_needs_a_note_and_a_safe_link() {
    assert_eq!(Evidence::new("  ", "", ""), Err(EvidenceError::EmptyNote));
    assert_eq!(Evidence::new("Did it", "javascript:alert(1)", ""), Err(EvidenceError::LinkNotWeb));
    assert_eq!(Evidence::new("Did it", "", "2026-02-30"), Err(EvidenceError::BadDate));
    let ok = Evidence::new(" Did it ", "https://example.com/x", "2024-02-29").unwrap();
    assert_eq!((ok.note.as_str(), ok.web_link()), ("Did it", Some("https://example.com/x")));
    let e: &dyn std::error::Error = &EvidenceError::EmptyNote;
    assert!(!e.to_string().is_empty());
}

#[test]
fn removing_evidence_finds_it_by_content_not_position() {
    let mut a = Assessment::default();
    a.add_rating_evidence("code", evidence("first"), NOW);
    a.add_rating_evidence("code", evidence("second"), NOW);
    // Another tab removed "first" meanwhile; removing "second" must still remove "second".
    let mut other = a.clone();
    other.remove_rating_evidence("code", &evidence("first"), NOW);
    other.remove_rating_evidence("code", &evidence("second"), NOW);
    assert!(!other.ratings.contains_key("code"), "nothing left: the empty rating goes");
    a.remove_rating_evidence("code", &evidence("second"), NOW);
    assert_eq!(a.rating_evidence("code"), [evidence("first")]);
}

#[test]
fn milestone_status_and_evidence_are_kept_per_milestone() {
    let f = minimal();
    let role = RoleRef::new("tech", "t1");
    let mut a = Assessment::default();
    a.add_milestone_evidence(f, &role, "m1", evidence("Merged #12"), NOW);
    assert_eq!(
        a.milestone_status("tech/t1/m1"),
        MilestoneStatus::NotStarted,
        "evidence alone sets no status"
    );
    a.set_milestone_status(f, &role, "m1", MilestoneStatus::InProgress, NOW);
    a.set_milestone_status(f, &role, "nope", MilestoneStatus::Achieved, NOW);
    assert_eq!(a.milestones.len(), 1, "unknown milestones are ignored");
    assert_eq!(a.milestone_status("tech/t1/m1"), MilestoneStatus::InProgress);
    assert_eq!(MilestoneStatus::from_id(MilestoneStatus::Achieved.id()), Some(MilestoneStatus::Achieved));
    a.remove_milestone_evidence("tech/t1/m1", &evidence("Merged #12"), NOW);
    assert!(a.milestone_evidence("tech/t1/m1").is_empty());
}

#[test]
fn drawn_to_and_avoid_exclude_each_other() {
    let f = minimal();
    let mut a = Assessment::default();
    a.set_track_preference(f, "mgmt", TrackPreference::DrawnTo);
    a.set_track_preference(f, "mgmt", TrackPreference::Avoid);
    assert_eq!(a.profile.drawn_to, Vec::<String>::new());
    assert_eq!(a.track_preference("mgmt"), TrackPreference::Avoid);
    a.set_track_preference(f, "mgmt", TrackPreference::Neutral);
    a.set_track_preference(f, "nowhere", TrackPreference::DrawnTo);
    assert_eq!(a.profile, Profile::default());
    a.set_current_role(f, Some(RoleRef::new("tech", "t9")));
    assert_eq!(a.profile.current_role, None, "unknown roles are ignored");
    a.set_current_role(f, Some(RoleRef::new("tech", "t2")));
    assert_eq!(a.profile.current_role, Some(RoleRef::new("tech", "t2")));
}

#[test]
fn a_version_2_document_with_evidence_only_ratings_migrates_to_no_proficiency() {
    let v2 = json!({
        "kind": "mosaic-assessment", "schema_version": 2, "saved_at": NOW,
        "assessment": {
            "framework": { "id": "tiny", "version": "1.0" },
            "ratings": {
                "code": { "proficiency": "", "evidence": [ { "note": "Wrote it" } ], "updated": NOW },
                "people": { "proficiency": "basic", "updated": NOW }
            },
            "retired": { "ratings": { "old": { "proficiency": "", "evidence": [ { "note": "x" } ] } } },
            "plan": {}
        }
    });
    let a = decode(&v2.to_string()).unwrap();
    assert_eq!(a.ratings["code"].proficiency, None);
    assert_eq!(a.ratings["people"].proficiency.as_deref(), Some("basic"));
    assert_eq!(a.retired.ratings["old"].proficiency, None);
    let (_, changes) = mosaic::core::assessment::storage::reconcile(a, minimal());
    assert!(
        !changes.iter().any(|c| matches!(c, Change::ProficiencyRemoved { .. })),
        "an empty level is not a level removed from the scale: {changes:?}"
    );
}

#[test]
fn an_import_names_the_ratings_on_levels_the_framework_does_not_have() {
    let f = minimal();
    let file = json!({
        "kind": "mosaic-assessment", "schema_version": 3, "saved_at": NOW,
        "assessment": {
            "framework": { "id": "tiny", "version": "1.0" },
            "ratings": {
                "code": { "proficiency": "expert", "updated": NOW },
                "people": { "proficiency": "basic", "updated": NOW }
            }
        }
    });
    let import = read_import(&file.to_string(), f).unwrap();
    assert_eq!(import.assessment.rated_count(), 1);
    assert_eq!(
        import.changes,
        [Change::ProficiencyRemoved { competency: "Coding".into(), proficiency: "expert".into() }]
    );
    assert_eq!(import.assessment.retired.ratings["code"].proficiency.as_deref(), Some("expert"), "kept");
}

#[test]
fn a_newer_version_written_by_another_tab_is_moved_aside_not_overwritten() {
    let f = minimal();
    let mut store = MemoryStore::default();
    let key = storage_key("tiny");
    let mut tab = Session::open(&mut store, f, NOW);
    tab.apply(&mut store, f, NOW, Rc::new(|a| a.add_rating_evidence("code", evidence("mine"), NOW)));
    // A newer deploy in another tab writes data version 99.
    let newer =
        json!({ "kind": "mosaic-assessment", "schema_version": 99, "saved_at": NOW, "assessment": {} })
            .to_string();
    store.put(&key, &newer);
    tab.apply(
        &mut store,
        f,
        "2026-11-30T10:05:00.000Z",
        Rc::new(|a| a.add_rating_evidence("code", evidence("later"), NOW)),
    );
    let kept: Vec<String> =
        store.all_keys().into_iter().filter(|k| k.starts_with(&format!("{key}:unreadable:"))).collect();
    assert_eq!(kept.len(), 1, "{:?}", store.all_keys());
    assert_eq!(store.raw(&kept[0]).unwrap(), newer, "kept byte for byte");
    assert!(tab.notices().iter().any(
        |n| matches!(n, Notice::Unreadable { kept_at: Some(k), while_open: true, .. } if *k == kept[0])
    ));
    let stored = decode(&store.raw(&key).unwrap()).unwrap();
    assert_eq!(stored.rating_evidence("code"), [evidence("mine"), evidence("later")]);
}

#[test]
fn unreadable_data_that_cannot_be_moved_aside_is_left_untouched() {
    let f = minimal();
    let mut store = MemoryStore::default();
    let key = storage_key("tiny");
    let mut tab = Session::open(&mut store, f, NOW);
    store.put(&key, "{ damaged");
    store.set_fault(Fault::Full);
    tab.apply(&mut store, f, NOW, Rc::new(|a| a.add_rating_evidence("code", evidence("mine"), NOW)));
    assert_eq!(store.raw(&key).as_deref(), Some("{ damaged"));
    assert!(matches!(tab.save_state(), SaveState::NotSaved { .. }));
    assert_eq!(tab.assessment().rating_evidence("code"), [evidence("mine")], "still on screen");
    assert!(tab.notices().iter().any(|n| matches!(n, Notice::Unreadable { kept_at: None, .. })));
}

#[test]
fn a_change_that_could_not_be_saved_is_saved_with_the_next_one() {
    let f = minimal();
    let mut store = MemoryStore::default();
    let key = storage_key("tiny");
    let mut tab = Session::open(&mut store, f, NOW);
    store.set_fault(Fault::Full);
    tab.apply(&mut store, f, NOW, Rc::new(|a| a.add_rating_evidence("code", evidence("while full"), NOW)));
    assert!(matches!(tab.save_state(), SaveState::NotSaved { pending: 1, .. }));
    assert_eq!(store.raw(&key), None, "the last saved version is intact");
    store.set_fault(Fault::None);
    tab.apply(&mut store, f, NOW, Rc::new(|a| a.add_rating_evidence("code", evidence("after"), NOW)));
    assert!(matches!(tab.save_state(), SaveState::Saved { .. }));
    let stored = decode(&store.raw(&key).unwrap()).unwrap();
    assert_eq!(stored.rating_evidence("code"), [evidence("while full"), evidence("after")]);
}

#[test]
fn two_tabs_never_lose_each_others_edits() {
    let f = minimal();
    let mut store = MemoryStore::default();
    let mut one = Session::open(&mut store, f, NOW);
    let mut two = Session::open(&mut store, f, NOW);
    one.apply(&mut store, f, NOW, Rc::new(|a| a.add_rating_evidence("code", evidence("from one"), NOW)));
    // Tab two hasn't heard yet; its edit starts from what is stored.
    two.apply(&mut store, f, NOW, Rc::new(|a| a.add_rating_evidence("people", evidence("from two"), NOW)));
    one.other_tab_changed(&mut store, f, NOW);
    for tab in [&one, &two] {
        assert_eq!(tab.assessment().rating_evidence("code"), [evidence("from one")]);
        assert_eq!(tab.assessment().rating_evidence("people"), [evidence("from two")]);
    }
}

#[test]
fn deleting_everything_deletes_this_frameworks_data_only() {
    let f = minimal();
    let mut store = MemoryStore::default();
    let key = storage_key("tiny");
    let others =
        [storage_key("tiny-uk"), format!("{}:unreadable:x", storage_key("tiny-uk")), "theme".to_string()];
    for other in &others {
        store.put(other, "keep me");
    }
    store.put(&format!("{key}:unreadable:2026"), "old");
    let mut tab = Session::open(&mut store, f, NOW);
    tab.apply(&mut store, f, NOW, Rc::new(|a| a.add_rating_evidence("code", evidence("x"), NOW)));
    let deleted = tab.delete_everything(&mut store);
    assert_eq!(deleted.error, None);
    assert_eq!(deleted.removed.len(), 2);
    assert_eq!(store.all_keys(), {
        let mut keys = others.to_vec();
        keys.sort();
        keys
    });
    assert!(tab.assessment().is_blank());
}

#[test]
fn storage_refused_at_start_works_in_memory_and_never_overwrites_later() {
    let f = minimal();
    let mut store = MemoryStore::default();
    let key = storage_key("tiny");
    let mut earlier = Assessment { framework: stamp_of(f), ..Default::default() };
    earlier.rate(f, "code", "deep", NOW).unwrap();
    store.put(&key, &encode(&earlier, NOW));
    store.set_fault(Fault::Gone);
    let mut tab = Session::open(&mut store, f, NOW);
    assert!(matches!(tab.save_state(), SaveState::MemoryOnly(_)));
    tab.apply(&mut store, f, NOW, Rc::new(|a| a.add_rating_evidence("people", evidence("in memory"), NOW)));
    assert_eq!(tab.assessment().rating_evidence("people").len(), 1);
    // Storage comes back: the stored rating is the base, the in-memory edit lands on top.
    store.set_fault(Fault::None);
    tab.apply(&mut store, f, NOW, Rc::new(|_| {}));
    let stored = decode(&store.raw(&key).unwrap()).unwrap();
    assert_eq!(stored.proficiency("code"), Some("deep"));
    assert_eq!(stored.rating_evidence("people"), [evidence("in memory")]);
}

#[test]
fn three_sixty_counts_disagreements_where_both_rated() {
    let f = minimal();
    let mut mine = Assessment::default();
    let mut theirs = Assessment::default();
    mine.rate(f, "code", "basic", NOW).unwrap();
    theirs.rate(f, "code", "deep", NOW).unwrap();
    theirs.rate(f, "people", "basic", NOW).unwrap();
    let rows = agreement(f, &mine, &theirs);
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0].disagreement(), Some(2));
    assert_eq!(rows[1].disagreement(), None, "only one side rated");
    assert_eq!(disagreements(&rows), 1);
}

#[test]
fn three_sixty_says_who_rated_higher_on_each_competencys_own_scale() {
    let f = &load(include_str!("fixtures/format2/multi-discipline.json")).unwrap().framework;
    let mut mine = Assessment::default();
    let mut theirs = Assessment::default();
    // "craft" has four steps, "core" two: ranks are on each competency's own scale.
    mine.rate(f, "leading-people", "expert", NOW).unwrap();
    theirs.rate(f, "leading-people", "foundation", NOW).unwrap();
    mine.rate(f, "ownership", "developing", NOW).unwrap();
    theirs.rate(f, "ownership", "established", NOW).unwrap();
    mine.rate(f, "discovery", "practitioner", NOW).unwrap();
    theirs.rate(f, "discovery", "practitioner", NOW).unwrap();
    theirs.rate(f, "roadmapping", "expert", NOW).unwrap();
    let rows = agreement(f, &mine, &theirs);
    let verdict = |id: &str| rows.iter().find(|r| r.competency.id == id).unwrap().verdict();
    assert_eq!(verdict("leading-people"), Verdict::Higher { who: Rater::Me, higher: 2, lower: 0, steps: 2 });
    assert_eq!(verdict("ownership"), Verdict::Higher { who: Rater::Them, higher: 1, lower: 0, steps: 1 });
    assert_eq!(verdict("discovery"), Verdict::Agree);
    assert_eq!(verdict("roadmapping"), Verdict::OnlyRatedBy(Rater::Them));
    assert_eq!(verdict("user-research"), Verdict::NeitherRated);
    assert_eq!((rated_higher_by(&rows, Rater::Me), rated_higher_by(&rows, Rater::Them)), (1, 1));
    // Every row's verdict agrees with its disagreement.
    for row in &rows {
        match row.verdict() {
            Verdict::Higher { steps, .. } => assert_eq!(row.disagreement(), Some(steps)),
            _ => assert_eq!(row.disagreement(), None),
        }
    }
}

fn stamp_of(f: &Framework) -> FrameworkStamp {
    mosaic::core::assessment::storage::stamp(f)
}

#[test]
fn store_errors_are_errors() {
    let e: Box<dyn std::error::Error> = Box::new(mosaic::core::assessment::store::StoreError::Full);
    assert!(e.to_string().contains("full"));
    let mut store = MemoryStore::default();
    assert!(store.set("k", "v").is_ok());
}

#[test]
fn a_version_2_plan_with_stored_exclusions_counts_them_as_chosen() {
    let document = |plan: serde_json::Value| {
        json!({ "kind": "mosaic-assessment", "schema_version": 2, "saved_at": NOW,
                "assessment": { "framework": { "id": "tiny", "version": "1.0" }, "plan": plan } })
        .to_string()
    };
    let kept = decode(&document(json!({ "constraints": { "excluded_tracks": ["tech"] } }))).unwrap();
    assert!(kept.plan.tracks_chosen, "exclusions the person saw and kept");
    assert_eq!(kept.plan.constraints.excluded_tracks, ["tech"]);
    let untouched = decode(&document(json!({}))).unwrap();
    assert!(!untouched.plan.tracks_chosen, "a default plan keeps the default exclusions");
}

#[test]
fn unreadable_data_found_on_opening_is_kept_aside_and_the_person_starts_afresh() {
    let f = minimal();
    let mut store = MemoryStore::default();
    let key = storage_key("tiny");
    store.put(&key, "{ damaged");
    let tab = Session::open(&mut store, f, NOW);
    assert!(tab.assessment().ratings.is_empty());
    let kept_at = tab.notices().iter().find_map(|n| match n {
        Notice::Unreadable { kept_at: Some(k), while_open: false, .. } => Some(k.clone()),
        _ => None,
    });
    let kept_at = kept_at.expect("told, as found on opening");
    assert_eq!(store.raw(&kept_at).as_deref(), Some("{ damaged"));
    // A fresh start marked as a recovery takes its place, so another tab merges its screen in.
    let fresh = store.raw(&key).expect("a fresh start is stored");
    let fresh: serde_json::Value = serde_json::from_str(&fresh).unwrap();
    assert_eq!(fresh["recovered_from"], json!(kept_at));
    assert_eq!(decode(&store.raw(&key).unwrap()).unwrap().rated_count(), 0);
    assert_eq!(tab.save_state(), &SaveState::Unchanged, "nothing the person did is claimed as saved");
}

#[test]
fn editing_evidence_replaces_that_piece_only() {
    let mut a = Assessment::default();
    a.add_rating_evidence("code", evidence("first"), NOW);
    a.add_rating_evidence("code", evidence("second"), NOW);
    a.edit_rating_evidence("code", &evidence("second"), evidence("second, revised"), NOW);
    a.edit_rating_evidence("code", &evidence("gone"), evidence("never added"), NOW);
    assert_eq!(a.rating_evidence("code"), [evidence("first"), evidence("second, revised")]);
}
