//! Look-ups the explorer relies on: next roles, comparison and search.

use mosaic::core::compare::{compare_bands, compare_roles, tally, ComparisonTally, WhoExpectsMore};
use mosaic::core::framework::{load, Framework, RoleRef, Route};
use mosaic::core::search::{search, Target};
use serde_json::json;
use std::cmp::Ordering;

fn minimal() -> Framework {
    load(include_str!("fixtures/minimal.json")).unwrap().framework
}

#[test]
fn next_roles_are_the_next_level_then_mobility_moves() {
    let framework = minimal();
    let next = framework.next_roles(&RoleRef::new("tech", "t2"));
    assert_eq!(next.len(), 2);
    assert_eq!(next[0].role, RoleRef::new("tech", "t3"));
    assert_eq!(next[0].route, Route::Promotion);
    assert_eq!(next[1].role, RoleRef::new("mgmt", "m2"));
    assert!(matches!(next[1].route, Route::Mobility(rule) if rule.id == "tech-to-lead"));
    assert!(framework.next_roles(&RoleRef::new("tech", "t1")).iter().all(|n| n.route == Route::Promotion));
    assert!(framework.next_roles(&RoleRef::new("mgmt", "m3")).is_empty(), "top of a track with no move out");
}

#[test]
fn sunset_roles_are_never_offered_as_next() {
    let mut value: serde_json::Value = serde_json::from_str(include_str!("fixtures/minimal.json")).unwrap();
    value["tracks"][0]["levels"][2]["sunset"] = json!({ "date": "2026-12-31" });
    let framework = load(&value.to_string()).unwrap().framework;
    let next = framework.next_roles(&RoleRef::new("tech", "t2"));
    assert!(next.iter().all(|n| n.role != RoleRef::new("tech", "t3")), "{next:?}");
}

#[test]
fn mobility_rules_can_start_from_bands() {
    let mut value: serde_json::Value = serde_json::from_str(include_str!("fixtures/minimal.json")).unwrap();
    value["mobility"][0]["from"] = json!({ "track": "tech", "bands": ["b3"] });
    let framework = load(&value.to_string()).unwrap().framework;
    assert_eq!(framework.rules_from(&RoleRef::new("tech", "t3")).count(), 1);
    assert_eq!(framework.rules_from(&RoleRef::new("tech", "t2")).count(), 0);
}

#[test]
fn a_level_override_replaces_its_bands_pay() {
    let mut value: serde_json::Value = serde_json::from_str(include_str!("fixtures/minimal.json")).unwrap();
    value["tracks"][1]["levels"][1]["compensation"] =
        json!({ "min": 1, "mid": 2, "max": 3, "currency": "EUR" });
    let framework = load(&value.to_string()).unwrap().framework;
    assert_eq!(framework.compensation(&RoleRef::new("mgmt", "m3")).unwrap().max, 3);
    assert_eq!(framework.compensation(&RoleRef::new("tech", "t3")).unwrap().max, 80000);
}

#[test]
fn comparison_says_which_role_is_in_the_higher_band() {
    let framework = minimal();
    let role = |track, level| RoleRef::new(track, level);
    assert_eq!(compare_bands(&framework, &role("tech", "t1"), &role("mgmt", "m2")), Some(Ordering::Less));
    assert_eq!(compare_bands(&framework, &role("mgmt", "m3"), &role("tech", "t2")), Some(Ordering::Greater));
    assert_eq!(compare_bands(&framework, &role("tech", "t2"), &role("mgmt", "m2")), Some(Ordering::Equal));
    assert_eq!(compare_bands(&framework, &role("tech", "t9"), &role("mgmt", "m2")), None);
}

#[test]
fn comparison_covers_both_roles_competencies_and_marks_differences() {
    let framework = minimal();
    let rows = compare_roles(&framework, &RoleRef::new("tech", "t1"), &RoleRef::new("mgmt", "m2")).unwrap();
    assert_eq!(rows.len(), 2);
    assert_eq!((rows[0].competency.as_str(), rows[0].a, rows[0].b), ("code", Some(0), None));
    assert_eq!((rows[1].competency.as_str(), rows[1].a, rows[1].b), ("people", None, Some(1)));
    assert!(rows.iter().all(|r| r.differs()));
    let same = compare_roles(&framework, &RoleRef::new("tech", "t3"), &RoleRef::new("tech", "t3")).unwrap();
    assert!(same.iter().all(|r| !r.differs()));
    assert!(compare_roles(&framework, &RoleRef::new("tech", "t9"), &RoleRef::new("tech", "t1")).is_none());
}

#[test]
fn comparison_says_which_role_expects_more_of_each_competency() {
    let framework = minimal();
    let who = |a: (&str, &str), b: (&str, &str)| {
        compare_roles(&framework, &RoleRef::new(a.0, a.1), &RoleRef::new(b.0, b.1))
            .unwrap()
            .iter()
            .map(|row| (row.competency.clone(), row.who_expects_more()))
            .collect::<Vec<_>>()
    };
    let pairs =
        |pairs: &[(&str, WhoExpectsMore)]| pairs.iter().map(|(c, w)| (c.to_string(), *w)).collect::<Vec<_>>();
    // Staff Engineer (code deep, people solid) against Senior Engineer (code solid, people basic).
    assert_eq!(
        who(("tech", "t3"), ("tech", "t2")),
        pairs(&[("code", WhoExpectsMore::First), ("people", WhoExpectsMore::First)])
    );
    assert_eq!(
        who(("tech", "t2"), ("tech", "t3")),
        pairs(&[("code", WhoExpectsMore::Second), ("people", WhoExpectsMore::Second)])
    );
    // Staff Engineer against Team Lead (people solid only): the same step, and code only one expects.
    assert_eq!(
        who(("tech", "t3"), ("mgmt", "m2")),
        pairs(&[("code", WhoExpectsMore::OnlyFirst), ("people", WhoExpectsMore::Same)])
    );
    assert_eq!(
        who(("mgmt", "m2"), ("tech", "t3")),
        pairs(&[("people", WhoExpectsMore::Same), ("code", WhoExpectsMore::OnlySecond)])
    );
    let rows = compare_roles(&framework, &RoleRef::new("tech", "t3"), &RoleRef::new("mgmt", "m3")).unwrap();
    assert_eq!(tally(&rows), ComparisonTally { same: 0, first_more: 1, second_more: 1 });
    let same = compare_roles(&framework, &RoleRef::new("tech", "t2"), &RoleRef::new("tech", "t2")).unwrap();
    assert_eq!(tally(&same), ComparisonTally { same: 2, first_more: 0, second_more: 0 });
}

#[test]
fn search_needs_every_word_and_ranks_title_matches_first() {
    let framework = minimal();
    assert!(search(&framework, "   ").is_empty());
    let hits = search(&framework, "engineer");
    assert_eq!(hits.first().map(|h| h.title.as_str()), Some("Engineer"));
    assert!(hits.iter().any(|h| h.target == Target::Role(RoleRef::new("tech", "t3"))));
    let coaching = search(&framework, "COACHING culture");
    assert_eq!(coaching.len(), 1, "matches descriptors, case-insensitively");
    assert_eq!(coaching[0].target, Target::Competency("people".into()));
    assert!(search(&framework, "engineer zebra").is_empty());
    let leads = search(&framework, "leads");
    let titles: Vec<&str> = leads.iter().map(|h| h.title.as_str()).collect();
    assert!(titles.contains(&"Management"), "finds tracks by description: {titles:?}");
}

#[test]
fn learning_reaching_lists_only_opportunities_that_grow_far_enough() {
    let framework = minimal();
    // "mentoring" grows people up to solid (rank 1).
    let ids = |c: &str, r: usize| framework.learning_reaching(c, r).map(|o| o.id.clone()).collect::<Vec<_>>();
    assert_eq!(ids("people", 0), ["mentoring"]);
    assert_eq!(ids("people", 1), ["mentoring"]);
    assert!(ids("people", 2).is_empty(), "does not reach deep");
    assert!(ids("code", 0).is_empty(), "grows another competency");
}
