//! Stored assessments listed without a framework, for when the framework file can't load:
//! every key is found by its exact name, read or named unreadable, exported under a file
//! name that says which framework it belongs to, and deleted alone.

use std::collections::BTreeMap;

use mosaic::core::assessment::storage::{encode, stamp, ReadError};
use mosaic::core::assessment::store::{Store, StoreError};
use mosaic::core::assessment::stored::{stored_copies, Holdings, StoredCopy};
use mosaic::core::assessment::Assessment;
use mosaic::core::framework::load;

/// A store in memory; `broken` makes every call fail as a browser that refuses storage.
#[derive(Default)]
struct Memory {
    items: BTreeMap<String, String>,
    broken: bool,
}

impl Memory {
    fn with(items: &[(&str, &str)]) -> Memory {
        let items = items.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        Memory { items, broken: false }
    }

    fn check(&self) -> Result<(), StoreError> {
        if self.broken {
            Err(StoreError::Unavailable("storage is disabled".into()))
        } else {
            Ok(())
        }
    }
}

impl Store for Memory {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.check()?;
        Ok(self.items.get(key).cloned())
    }
    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        self.check()?;
        self.items.insert(key.into(), value.into());
        Ok(())
    }
    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        self.check()?;
        self.items.remove(key);
        Ok(())
    }
    fn keys(&self) -> Result<Vec<String>, StoreError> {
        self.check()?;
        Ok(self.items.keys().cloned().collect())
    }
}

fn stored_text() -> String {
    let framework = load(include_str!("fixtures/minimal.json")).unwrap().framework;
    let mut assessment = Assessment { framework: stamp(&framework), ..Default::default() };
    assessment.take_snapshot("Before the review", "2026-01-01");
    encode(&assessment, "2026-01-02T10:00:00Z")
}

const ASIDE: &str = "mosaic:assessment:acme:unreadable:2026-03-01T09:30:00.000Z";

fn device() -> Memory {
    let text = stored_text();
    Memory::with(&[
        ("mosaic:assessment:acme-uk", &text),
        ("mosaic:assessment:acme", &text),
        ("mosaic:settings", "{}"),
        ("other-app:assessment:acme", &text),
        (ASIDE, "{not json"),
    ])
}

#[test]
fn lists_every_assessment_key_and_nothing_else() {
    let copies = stored_copies(&device()).unwrap();
    let keys: Vec<&str> = copies.iter().map(|c| c.key.as_str()).collect();
    assert_eq!(keys, ["mosaic:assessment:acme", "mosaic:assessment:acme-uk", ASIDE]);
    let ids: Vec<&str> = copies.iter().map(|c| c.framework_id.as_str()).collect();
    assert_eq!(ids, ["acme", "acme-uk", "acme"]);
}

#[test]
fn a_store_that_refuses_is_reported_not_shown_as_empty() {
    let store = Memory { broken: true, ..device() };
    assert!(matches!(stored_copies(&store), Err(StoreError::Unavailable(_))));
}

#[test]
fn deleting_a_copy_removes_its_key_and_no_other() {
    let mut store = device();
    let copies = stored_copies(&store).unwrap();
    copies[0].delete(&mut store).unwrap();
    let left: Vec<&str> = store.items.keys().map(String::as_str).collect();
    assert_eq!(
        left,
        [
            "mosaic:assessment:acme-uk",
            "mosaic:assessment:acme:unreadable:2026-03-01T09:30:00.000Z",
            "mosaic:settings",
            "other-app:assessment:acme"
        ]
    );
}

#[test]
fn a_readable_copy_says_how_much_it_holds() {
    let text = stored_text();
    let copy = StoredCopy::read("mosaic:assessment:acme", &text).unwrap();
    assert_eq!(copy.kept_aside_at, None);
    assert_eq!(copy.contents, Ok(Holdings { ratings: 0, milestones: 0, snapshots: 1, plan_actions: 0 }));
    assert_eq!(copy.raw, text, "exported exactly as stored");
}

#[test]
fn an_unreadable_copy_says_why_and_keeps_its_text() {
    let copy = StoredCopy::read(ASIDE, "{not json").unwrap();
    assert_eq!(copy.framework_id, "acme");
    assert_eq!(copy.kept_aside_at.as_deref(), Some("2026-03-01T09:30:00.000Z"));
    assert!(matches!(copy.contents, Err(ReadError::Corrupted { .. })), "{:?}", copy.contents);
    assert_eq!(copy.raw, "{not json");
    let other = StoredCopy::read("mosaic:assessment:acme", "{\"kind\": \"something else\"}").unwrap();
    assert_eq!(other.contents, Err(ReadError::NotAnAssessment));
    assert_eq!(StoredCopy::read("other-app:assessment:acme", "{}"), None);
}

#[test]
fn export_file_names_name_the_framework_and_are_safe() {
    let copy = StoredCopy::read("mosaic:assessment:acme", "").unwrap();
    assert_eq!(copy.export_file_name(), "mosaic-assessment-acme.json");
    let aside = StoredCopy::read(ASIDE, "").unwrap();
    assert_eq!(aside.export_file_name(), "mosaic-assessment-acme-unreadable-2026-03-01T09-30-00.000Z.json");
    let odd = StoredCopy::read("mosaic:assessment:../a b/c", "").unwrap();
    assert_eq!(odd.export_file_name(), "mosaic-assessment-..-a-b-c.json");
}
