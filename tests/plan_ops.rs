//! Operations on the development plan: default exclusions and the person's choice, adding
//! actions (known by ID, never by title), own actions and check-ins that need words.
#![cfg(not(target_arch = "wasm32"))]

use mosaic::core::assessment::storage::{decode, encode};
use mosaic::core::assessment::{milestone_key, ActionStatus, Assessment, EmptyNote, NotAdded};
use mosaic::core::framework::{load, Framework, RoleRef};
use mosaic::core::planner::{plan, Constraints};

const DEFAULT: &str = include_str!("../public/framework.json");
const NOW: &str = "2026-11-30T10:00:00Z";

fn framework() -> Framework {
    load(DEFAULT).unwrap().framework
}

/// Stored and read back, as a reload does.
fn reloaded(assessment: &Assessment) -> Assessment {
    decode(&encode(assessment, NOW)).unwrap()
}

#[test]
fn a_new_plan_keeps_out_of_people_management_and_avoided_tracks() {
    let fw = framework();
    let mut a = Assessment::default();
    assert_eq!(a.excluded_tracks(&fw), ["people-management"]);
    a.profile.avoid = vec!["process-optimization".into()];
    assert_eq!(a.excluded_tracks(&fw), ["process-optimization", "people-management"]);
    a.profile.drawn_to = vec!["people-management".into()];
    assert_eq!(a.excluded_tracks(&fw), ["process-optimization"]);
    // The defaults are computed, not written: the plan is still untouched.
    assert_eq!(a.plan, Default::default());
    let constraints = a.plan_constraints(&fw);
    assert_eq!(
        constraints,
        Constraints { excluded_tracks: vec!["process-optimization".into()], ..Default::default() }
    );
}

#[test]
fn allowing_people_management_is_remembered_even_when_the_plan_is_otherwise_default() {
    let fw = framework();
    let mut a = Assessment::default();
    a.exclude_track(&fw, "people-management", false);
    assert!(a.excluded_tracks(&fw).is_empty());
    let a = reloaded(&a);
    assert!(a.excluded_tracks(&fw).is_empty(), "the untick survives a reload");
    // Everything else of the plan is at its default: target, actions, limits.
    assert_eq!(a.plan.target, None);
    assert!(a.plan.actions.is_empty());
    assert!(reloaded(&a).excluded_tracks(&fw).is_empty(), "and is not taken back by the defaults");
    let target = RoleRef::new("people-management", "pm5");
    let result = plan(&fw, &a, Some(&RoleRef::new("technical", "t3")), &target, &a.plan_constraints(&fw));
    assert_eq!(result.unreachable, None);
}

#[test]
fn ticking_a_track_keeps_the_defaults_and_adds_it_in_framework_order() {
    let fw = framework();
    let mut a = Assessment::default();
    a.exclude_track(&fw, "customer-strategy", true);
    assert_eq!(a.excluded_tracks(&fw), ["customer-strategy", "people-management"]);
    // A later change of profile no longer moves the chosen exclusions.
    a.profile.drawn_to = vec!["people-management".into()];
    assert_eq!(a.excluded_tracks(&fw), ["customer-strategy", "people-management"]);
}

#[test]
fn learning_is_in_the_plan_by_its_id_not_its_title() {
    let fw = framework();
    let course = &fw.learning[0];
    let mut a = Assessment::default();
    // An own action that happens to carry the course's title is not the course.
    a.plan.add_own(&course.title, None, "", NOW).unwrap();
    assert!(a.plan.action_for_learning(&course.id).is_none());
    let id = a.plan.add_learning(course, NOW).unwrap();
    let action = a.plan.action_for_learning(&course.id).unwrap();
    assert_eq!(action.id, id);
    assert_eq!(action.competencies, course.grows.iter().map(|g| g.competency.clone()).collect::<Vec<_>>());
    assert_eq!((action.status, action.updated.as_str()), (ActionStatus::Planned, NOW));
    assert_eq!(a.plan.add_learning(course, NOW), Err(NotAdded::AlreadyPlanned { action: id }));
    assert_eq!(a.plan.actions.len(), 2);
}

#[test]
fn milestones_are_in_the_plan_by_their_key() {
    let fw = framework();
    let (t1, t2) = (RoleRef::new("technical", "t1"), RoleRef::new("technical", "t2"));
    let first = &fw.level(&t1).unwrap().1.milestones[0];
    let mut a = Assessment::default();
    let id = a.plan.add_milestone(&t1, first, NOW).unwrap();
    assert_eq!(a.plan.actions[0].milestones, [milestone_key(&t1, &first.id)]);
    assert_eq!(a.plan.add_milestone(&t1, first, NOW), Err(NotAdded::AlreadyPlanned { action: id }));
    // The same milestone ID in another role is another milestone, whatever its title.
    let mut elsewhere = fw.level(&t2).unwrap().1.milestones[0].clone();
    elsewhere.id = first.id.clone();
    elsewhere.title = first.title.clone();
    assert!(a.plan.add_milestone(&t2, &elsewhere, NOW).is_ok());
}

#[test]
fn a_gap_is_in_the_plan_once_an_action_develops_its_competency() {
    let mut a = Assessment::default();
    assert_eq!(a.plan.add_for_gap("system-design", "  ", NOW), Err(NotAdded::EmptyTitle));
    let id = a.plan.add_for_gap("system-design", "Grow System design to Advanced", NOW).unwrap();
    assert_eq!(a.plan.actions[0].competencies, ["system-design"]);
    assert_eq!(
        a.plan.add_for_gap("system-design", "Something else", NOW),
        Err(NotAdded::AlreadyPlanned { action: id })
    );
    // An own action developing another competency leaves that gap open.
    a.plan.add_own("Pair on reviews", Some("engineering-quality"), "", NOW).unwrap();
    assert!(a.plan.action_for_gap("engineering-quality").is_some());
    assert!(a.plan.action_for_gap("technical-depth").is_none());
}

#[test]
fn an_own_action_needs_a_title() {
    let mut a = Assessment::default();
    assert_eq!(a.plan.add_own("", None, "", NOW), Err(NotAdded::EmptyTitle));
    assert_eq!(a.plan.add_own(" \n ", Some("system-design"), "2027-01-01", NOW), Err(NotAdded::EmptyTitle));
    assert!(a.plan.actions.is_empty(), "a refused action changes nothing");
    let id =
        a.plan.add_own("  Write the caching design doc ", Some("system-design"), "2027-01-01", NOW).unwrap();
    let action = &a.plan.actions[0];
    assert_eq!((action.id.as_str(), action.title.as_str()), (id.as_str(), "Write the caching design doc"));
    assert_eq!(
        (action.competencies.as_slice(), action.target_date.as_str()),
        (&["system-design".to_string()][..], "2027-01-01")
    );
    // The refusal is an error with words of its own.
    let error: Box<dyn std::error::Error> = Box::new(NotAdded::EmptyTitle);
    assert!(!error.to_string().is_empty());
}

#[test]
fn actions_change_status_and_date_and_are_removed_by_id() {
    let mut a = Assessment::default();
    let id = a.plan.add_own("Give a talk", None, "", "earlier").unwrap();
    assert!(a.plan.set_action_status(&id, ActionStatus::Done, NOW));
    assert!(a.plan.set_action_date(&id, "2027-03-01", NOW));
    let action = &a.plan.actions[0];
    assert_eq!(
        (action.status, action.target_date.as_str(), action.updated.as_str()),
        (ActionStatus::Done, "2027-03-01", NOW)
    );
    assert_eq!(a.plan.progress(), (1, 1));
    assert!(!a.plan.set_action_status("a99", ActionStatus::Dropped, NOW));
    assert!(!a.plan.remove_action("a99"));
    assert!(a.plan.remove_action(&id));
    assert!(a.plan.actions.is_empty());
}

#[test]
fn a_check_in_needs_a_note_and_check_ins_stay_in_date_order() {
    let mut a = Assessment::default();
    assert_eq!(a.plan.add_checkin("2026-11-30", "   "), Err(EmptyNote));
    assert!(a.plan.checkins.is_empty());
    let first = a.plan.add_checkin("2026-11-30", " Career session ").unwrap();
    let earlier = a.plan.add_checkin("2026-10-01", "Kick-off").unwrap();
    let same_day = a.plan.add_checkin("2026-11-30", "Follow-up").unwrap();
    let order: Vec<&str> = a.plan.checkins.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(order, [earlier.as_str(), first.as_str(), same_day.as_str()]);
    assert_eq!(a.plan.checkins[1].note, "Career session");
    assert!(!EmptyNote.to_string().is_empty());
}

#[test]
fn planning_reads_only_what_for_planning_keeps() {
    let fw = framework();
    let mut a = Assessment::default();
    a.profile.current_role = Some(RoleRef::new("technical", "t3"));
    a.plan.target = Some(RoleRef::new("technical", "t5"));
    a.plan.add_own("Give a talk", None, "", NOW).unwrap();
    a.plan.add_checkin("2026-11-30", "Session").unwrap();
    a.take_snapshot("Q3", "2026-09-30");
    let planning = a.for_planning();
    assert!(
        planning.plan.actions.is_empty()
            && planning.plan.checkins.is_empty()
            && planning.snapshots.is_empty()
    );
    let target = a.plan.target.clone().unwrap();
    assert_eq!(
        plan(&fw, &planning, None, &target, &planning.plan_constraints(&fw)),
        plan(&fw, &a, None, &target, &a.plan_constraints(&fw))
    );
    // Adding an action leaves what planning reads unchanged.
    let before = a.for_planning();
    a.plan.add_own("Another", None, "", NOW).unwrap();
    assert_eq!(a.for_planning(), before);
}
