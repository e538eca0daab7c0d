//! The council's housekeeping (`core::governance`): every warning firing and not firing on
//! a fixed day, the next review date the footer states, and each warning's sentence.

use mosaic::core::framework::{load, Framework};
use mosaic::core::governance::{add_months, governance_warnings, GovernanceKind, GovernanceWarning};
use mosaic::report::governance_sentence;
use serde_json::{json, Value};

fn fixture(path: &str) -> Value {
    let text = std::fs::read_to_string(format!("{}/{path}", env!("CARGO_MANIFEST_DIR"))).unwrap();
    serde_json::from_str(&text).unwrap()
}

fn framework(value: &Value) -> Framework {
    load(&value.to_string()).unwrap_or_else(|p| panic!("{p:#?}")).framework
}

/// The default framework: version 2026.1 with its changelog entry, last reviewed 2025-12-01
/// every 12 months, no sunsets.
fn published() -> Value {
    fixture("public/framework.json")
}

fn level(framework: &mut Value, track: usize, level: usize) -> &mut Value {
    &mut framework["tracks"][track]["levels"][level]
}

fn kinds(warnings: &[GovernanceWarning]) -> Vec<&GovernanceKind> {
    warnings.iter().map(|w| &w.kind).collect()
}

const BEFORE_DUE: &str = "2026-06-01";

#[test]
fn a_framework_in_order_has_no_warnings() {
    let draft = framework(&published());
    assert_eq!(governance_warnings(&draft, Some(&draft), BEFORE_DUE), []);
    assert_eq!(governance_warnings(&draft, None, BEFORE_DUE), []);
}

#[test]
fn the_next_review_is_the_last_plus_the_cadence() {
    let mut value = published();
    let draft = framework(&value);
    assert_eq!(draft.next_review().as_deref(), Some("2026-12-01"));
    assert!(!draft.review_overdue("2026-12-01"), "due today is not overdue");
    assert!(draft.review_overdue("2026-12-02"));
    value["governance"]["last_review"] = json!("2025-08-31");
    value["governance"]["review_cadence_months"] = json!(6);
    assert_eq!(framework(&value).next_review().as_deref(), Some("2026-02-28"), "clamped to the month's end");
    assert_eq!(add_months("2024-02-29", 12).as_deref(), Some("2025-02-28"));
}

#[test]
fn review_overdue_fires_only_after_the_due_date() {
    let draft = framework(&published());
    assert_eq!(governance_warnings(&draft, None, "2026-12-01"), []);
    let warnings = governance_warnings(&draft, None, "2027-01-15");
    assert_eq!(
        kinds(&warnings),
        [&GovernanceKind::ReviewOverdue {
            last_review: "2025-12-01".into(),
            cadence_months: 12,
            due: "2026-12-01".into()
        }]
    );
    assert_eq!(warnings[0].path, "governance.last_review");
    assert_eq!(
        governance_sentence(&warnings[0]),
        "The review is overdue: it was due on 2026-12-01, 1 year after the last review on 2025-12-01."
    );
}

#[test]
fn version_not_bumped_when_the_content_differs_under_the_same_number() {
    let public = framework(&published());
    let mut value = published();
    level(&mut value, 0, 1)["summary"] = json!("Different words, same version.");
    let draft = framework(&value);
    let warnings = governance_warnings(&draft, Some(&public), BEFORE_DUE);
    assert_eq!(kinds(&warnings), [&GovernanceKind::VersionNotBumped { version: "2026.1".into() }]);
    assert_eq!(warnings[0].path, "meta.version");
    assert!(governance_sentence(&warnings[0]).contains("give it a new version"));
    // Without a published version there is nothing to compare with.
    assert_eq!(governance_warnings(&draft, None, BEFORE_DUE), []);
}

#[test]
fn a_lower_version_than_the_published_one() {
    let public = framework(&published());
    let mut value = published();
    value["meta"]["version"] = json!("2025.9");
    value["governance"]["changelog"]
        .as_array_mut()
        .unwrap()
        .push(json!({"version": "2025.9", "date": "2026-05-01", "summary": "x"}));
    let warnings = governance_warnings(&framework(&value), Some(&public), BEFORE_DUE);
    assert_eq!(
        kinds(&warnings),
        [&GovernanceKind::VersionLowered { published: "2026.1".into(), draft: "2025.9".into() }]
    );
    // A higher version, with its entry, is in order.
    value["meta"]["version"] = json!("2026.2");
    value["governance"]["changelog"][3]["version"] = json!("2026.2");
    assert_eq!(governance_warnings(&framework(&value), Some(&public), BEFORE_DUE), []);
}

#[test]
fn no_changelog_entry_for_this_version() {
    let mut value = published();
    value["meta"]["version"] = json!("2026.2");
    let warnings = governance_warnings(&framework(&value), None, BEFORE_DUE);
    assert_eq!(kinds(&warnings), [&GovernanceKind::NoChangelogEntry { version: "2026.2".into() }]);
    assert_eq!(warnings[0].path, "governance.changelog");
    value["governance"]["changelog"] = json!([]);
    assert_eq!(governance_warnings(&framework(&value), None, BEFORE_DUE)[0].path, "governance");
}

#[test]
fn sunsets_without_a_successor_and_past_their_date() {
    let mut value = published();
    // customer-strategy's top role, with a successor, later than today: in order.
    level(&mut value, 3, 5)["sunset"] =
        json!({"date": "2027-01-01", "successor": {"track": "project-leadership", "level": "pl7"}});
    assert_eq!(governance_warnings(&framework(&value), None, BEFORE_DUE), []);

    // No successor.
    level(&mut value, 3, 5)["sunset"] = json!({"date": "2027-01-01"});
    let warnings = governance_warnings(&framework(&value), None, BEFORE_DUE);
    assert_eq!(warnings.len(), 1);
    assert!(
        matches!(&warnings[0].kind, GovernanceKind::SunsetWithoutSuccessor { date, .. } if date == "2027-01-01")
    );
    assert_eq!(warnings[0].path, "tracks[3].levels[5].sunset");
    let sentence = governance_sentence(&warnings[0]);
    assert!(
        sentence.contains("(customer-strategy/cs7) is phased out on 2027-01-01 with no successor"),
        "{sentence}"
    );

    // Past its date, still in the framework.
    level(&mut value, 3, 5)["sunset"] =
        json!({"date": "2026-03-01", "successor": {"track": "project-leadership", "level": "pl7"}});
    let warnings = governance_warnings(&framework(&value), None, BEFORE_DUE);
    assert_eq!(warnings.len(), 1);
    assert!(matches!(&warnings[0].kind, GovernanceKind::SunsetPassed { date, .. } if date == "2026-03-01"));
    assert!(governance_sentence(&warnings[0]).contains("is still in the framework"));
    assert_eq!(
        governance_warnings(&framework(&value), None, "2026-03-01"),
        [],
        "on the day itself it has not passed"
    );
}

#[test]
fn a_whole_track_sunset_is_checked_too() {
    let mut value = fixture("tests/fixtures/format2/ladder-yaml.json");
    let today = "2026-01-01";
    let draft = framework(&value);
    let quiet = governance_warnings(&draft, None, today);
    value["tracks"][2]["sunset"] = json!({"date": "2025-06-30"});
    // No move may lead into a sunset track (a validation error), so none is left.
    value["mobility"] = json!([]);
    let warnings = governance_warnings(&framework(&value), None, today);
    let new: Vec<&GovernanceKind> =
        kinds(&warnings).into_iter().filter(|k| !kinds(&quiet).contains(k)).collect();
    assert_eq!(new.len(), 2, "{new:#?}");
    assert!(warnings.iter().any(|w| w.path == "tracks[2].sunset"
        && matches!(
            &w.kind,
            GovernanceKind::SunsetPassed { subject: mosaic::core::diff::Subject::Track { .. }, .. }
        )));
}

#[test]
fn warnings_serialize_for_the_studio() {
    let mut value = published();
    value["meta"]["version"] = json!("2026.2");
    let warnings = governance_warnings(&framework(&value), None, BEFORE_DUE);
    let json = serde_json::to_value(&warnings).unwrap();
    assert_eq!(json[0]["kind"]["type"], "no_changelog_entry");
    assert_eq!(json[0]["path"], "governance.changelog");
}
