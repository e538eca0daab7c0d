//! Snapshots of the ratings: taken, ordered by date, deleted and restored.

use mosaic::core::assessment::Assessment;
use serde_json::json;

/// An assessment with two ratings, built from the stored format.
fn rated() -> Assessment {
    serde_json::from_value(json!({
        "framework": { "id": "tiny", "version": "1.0" },
        "ratings": {
            "code": { "proficiency": "solid", "updated": "2026-01-01T00:00:00Z" },
            "people": { "proficiency": "basic", "updated": "2026-01-01T00:00:00Z" }
        }
    }))
    .expect("a valid stored assessment")
}

fn labels_by_date(a: &Assessment) -> Vec<&str> {
    a.snapshots_by_date().into_iter().map(|s| s.label.as_str()).collect()
}

#[test]
fn a_snapshot_records_every_current_rating() {
    let mut a = rated();
    let snapshot = a.take_snapshot("  Q3 review ", "2026-09-30").clone();
    assert_eq!(snapshot.label, "Q3 review");
    assert_eq!(snapshot.date, "2026-09-30");
    assert_eq!(snapshot.ratings.get("code").map(String::as_str), Some("solid"));
    assert_eq!(snapshot.ratings.get("people").map(String::as_str), Some("basic"));
    assert_eq!(a.snapshots, vec![snapshot]);
}

#[test]
fn a_back_dated_snapshot_comes_before_later_ones() {
    let mut a = rated();
    a.take_snapshot("Q3 review", "2026-09-30");
    a.take_snapshot("Q4 review", "2026-12-15");
    a.take_snapshot("Q1 review, entered late", "2026-03-31");
    assert_eq!(labels_by_date(&a), ["Q1 review, entered late", "Q3 review", "Q4 review"]);
    assert_eq!(a.snapshots.last().unwrap().label, "Q1 review, entered late", "stored in the order taken");
}

#[test]
fn snapshots_of_the_same_date_keep_the_order_they_were_taken_in() {
    let mut a = rated();
    for label in ["morning", "noon", "evening"] {
        a.take_snapshot(label, "2026-06-01");
    }
    a.take_snapshot("earlier", "2026-05-01");
    assert_eq!(labels_by_date(&a), ["earlier", "morning", "noon", "evening"]);
}

#[test]
fn ordering_survives_ten_or_more_snapshots() {
    let mut a = rated();
    for month in (1..=12).rev() {
        a.take_snapshot(&format!("month {month}"), &format!("2026-{month:02}-01"));
    }
    let expected: Vec<String> = (1..=12).map(|m| format!("month {m}")).collect();
    assert_eq!(labels_by_date(&a), expected);
}

#[test]
fn deleting_then_restoring_puts_the_snapshot_back_in_its_place() {
    let mut a = rated();
    a.take_snapshot("Q1", "2026-03-31");
    a.take_snapshot("Q2", "2026-06-30");
    a.take_snapshot("Q3", "2026-09-30");
    let before = a.clone();
    let (index, deleted) = a.delete_snapshot("s2").expect("s2 exists");
    assert_eq!((index, deleted.label.as_str()), (1, "Q2"));
    assert_eq!(labels_by_date(&a), ["Q1", "Q3"]);
    assert_eq!(a.restore_snapshot(index, deleted), "s2");
    assert_eq!(a, before);
}

#[test]
fn deleting_an_unknown_snapshot_changes_nothing() {
    let mut a = rated();
    a.take_snapshot("Q1", "2026-03-31");
    let before = a.clone();
    assert_eq!(a.delete_snapshot("s9"), None);
    assert_eq!(a, before);
}

#[test]
fn a_restored_snapshot_whose_id_was_reused_gets_a_fresh_one() {
    let mut a = rated();
    a.take_snapshot("Q1", "2026-03-31");
    a.take_snapshot("Q2", "2026-06-30");
    let (index, deleted) = a.delete_snapshot("s2").unwrap();
    // Taken before the undo: with one snapshot left, the next free ID is s2 again.
    assert_eq!(a.take_snapshot("Q3", "2026-09-30").id, "s2");
    let id = a.restore_snapshot(index, deleted);
    assert_ne!(id, "s2");
    let mut ids: Vec<&str> = a.snapshots.iter().map(|s| s.id.as_str()).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), 3, "IDs stay unique");
    assert_eq!(labels_by_date(&a), ["Q1", "Q2", "Q3"]);
}

#[test]
fn restoring_after_the_list_shrank_appends() {
    let mut a = rated();
    a.take_snapshot("Q1", "2026-03-31");
    a.take_snapshot("Q2", "2026-06-30");
    let (index, q2) = a.delete_snapshot("s2").unwrap();
    let (_, _q1) = a.delete_snapshot("s1").unwrap();
    assert_eq!(index, 1);
    a.restore_snapshot(index, q2);
    assert_eq!(labels_by_date(&a), ["Q2"]);
}
