//! The framework studio's core: the draft kept on the device by the same session rules as
//! personal data (a failed write keeps it on screen, unreadable data is moved aside, never
//! overwritten), the findings grouped by kind and section, and what publishing a draft would
//! change in the person's stored assessment, read without writing anything.

mod support;

use std::rc::Rc;

use mosaic::core::assessment::session::{Notice, SaveState, Session};
use mosaic::core::assessment::session_data::SessionData;
use mosaic::core::assessment::storage::{Change, ReadError};
use mosaic::core::assessment::store::{belongs_to, kept_aside_prefix, storage_key, StoreError};
use mosaic::core::framework::{load, Concern, Framework, Position, Problem, Severity};
use mosaic::core::studio::{
    changes_for_me, check_draft, group_findings, ChangesForMe, Draft, FindingKind, NothingToOpen, Section,
    DRAFT_KEY,
};
use serde_json::Value;
use support::{Fault, MemoryStore};

const NOW: &str = "2026-11-30T10:00:00.000Z";
const LATER: &str = "2026-11-30T11:00:00.000Z";
const MINIMAL: &str = include_str!("fixtures/minimal.json");

fn draft(text: &str) -> Draft {
    Draft::open(Some("framework.json".into()), text.to_string(), NOW).unwrap()
}

fn open(store: &mut MemoryStore) -> Session<Option<Draft>> {
    Session::open_at(store, DRAFT_KEY.to_string(), None, &(), NOW)
}

fn keep(session: &mut Session<Option<Draft>>, store: &mut MemoryStore, draft: Draft) {
    session.apply(store, &(), LATER, Rc::new(move |kept| *kept = Some(draft.clone())));
}

#[test]
fn a_draft_needs_some_text_and_keeps_it_byte_for_byte() {
    assert_eq!(Draft::open(None, " \n\t".into(), NOW), Err(NothingToOpen));
    let text = "\u{feff}{ \"format\": 2 }\r\n";
    let pasted = Draft::open(None, text.into(), NOW).unwrap();
    assert_eq!((pasted.file_name, pasted.text.as_str(), pasted.opened_at.as_str()), (None, text, NOW));
    assert_eq!(Draft::open(Some("  ".into()), "x".into(), NOW).unwrap().file_name, None);
    assert_eq!(draft("a\nb\n").line_count(), 2);
}

#[test]
fn the_draft_is_kept_under_its_key_and_read_back() {
    let mut store = MemoryStore::default();
    let mut session = open(&mut store);
    assert_eq!(session.data(), &None);
    keep(&mut session, &mut store, draft(MINIMAL));
    assert!(matches!(session.save_state(), SaveState::Saved { .. }));
    assert_eq!(store.all_keys(), [DRAFT_KEY]);
    let stored: Value = serde_json::from_str(&store.raw(DRAFT_KEY).unwrap()).unwrap();
    assert_eq!(stored["kind"], "mosaic-studio-draft");
    assert_eq!(stored["schema_version"], 1);
    assert_eq!(stored["draft"]["text"], MINIMAL);
    let reopened = open(&mut store);
    assert_eq!(reopened.data(), &Some(draft(MINIMAL)));
    assert!(reopened.notices().is_empty());
}

#[test]
fn the_draft_key_is_apart_from_personal_data() {
    for personal in [storage_key("tiny"), "mosaic:review:tiny:sam".to_string()] {
        assert!(!belongs_to(DRAFT_KEY, &personal) && !belongs_to(&personal, DRAFT_KEY));
    }
}

#[test]
fn a_failed_write_keeps_the_draft_on_screen_and_the_stored_one_intact() {
    let mut store = MemoryStore::default();
    let mut session = open(&mut store);
    keep(&mut session, &mut store, draft("first"));
    let before = store.raw(DRAFT_KEY);
    store.set_fault(Fault::Full);
    keep(&mut session, &mut store, draft(MINIMAL));
    assert_eq!(session.data(), &Some(draft(MINIMAL)), "on screen");
    assert!(matches!(session.save_state(), SaveState::NotSaved { error: StoreError::Full, pending: 1 }));
    assert_eq!(store.raw(DRAFT_KEY), before, "the stored draft is untouched");
    store.set_fault(Fault::None);
    session.retry(&mut store, &(), LATER);
    assert_eq!(open(&mut store).data(), &Some(draft(MINIMAL)), "saved once there is room");
}

#[test]
fn unreadable_stored_drafts_are_moved_aside_never_overwritten() {
    let newer = r#"{"kind":"mosaic-studio-draft","schema_version":9,"saved_at":"x","draft":null}"#;
    for (raw, expected) in [
        ("{ not json", "not valid JSON"),
        (r#"{"kind":"something-else"}"#, "not a studio draft"),
        (newer, "newer version of Mosaic (draft version 9"),
        (r#"{"kind":"mosaic-studio-draft","schema_version":1,"saved_at":"x","draft":{"text":1}}"#, "draft"),
    ] {
        let mut store = MemoryStore::default();
        store.put(DRAFT_KEY, raw);
        let mut session = open(&mut store);
        let aside = format!("{}{NOW}", kept_aside_prefix(DRAFT_KEY));
        assert_eq!(store.raw(&aside).as_deref(), Some(raw), "kept byte for byte");
        let fresh = store.raw(DRAFT_KEY).expect("a fresh start marked as a recovery takes its place");
        assert!(fresh.contains(&format!("\"recovered_from\":\"{aside}\"")), "{fresh}");
        assert!(fresh.contains("\"draft\":null"), "{fresh}");
        match session.notices() {
            [Notice::Unreadable { reason, kept_at: Some(kept), raw: shown, while_open: false }] => {
                assert_eq!((kept, shown.as_str()), (&aside, raw));
                assert!(reason.to_string().contains(expected), "{reason}");
            }
            other => panic!("{other:?}"),
        }
        keep(&mut session, &mut store, draft(MINIMAL));
        assert_eq!(store.raw(&aside).as_deref(), Some(raw), "a new draft doesn't touch the copy");
        assert!(store.raw(DRAFT_KEY).is_some());
    }
}

#[test]
fn unreadable_data_that_cant_be_moved_aside_stays_where_it_is() {
    let mut store = MemoryStore::default();
    store.put(DRAFT_KEY, "{ damaged");
    store.set_fault(Fault::Full);
    let mut session = open(&mut store);
    keep(&mut session, &mut store, draft(MINIMAL));
    assert_eq!(store.raw(DRAFT_KEY).as_deref(), Some("{ damaged"));
    assert_eq!(session.data(), &Some(draft(MINIMAL)), "the new draft stays on screen");
    assert!(matches!(session.save_state(), SaveState::NotSaved { .. }));
}

#[test]
fn discarding_removes_the_draft_and_nothing_else() {
    let mut store = MemoryStore::default();
    store.put(&storage_key("tiny"), "personal");
    store.put("mosaic:studio:draft-other", "not ours");
    let mut session = open(&mut store);
    keep(&mut session, &mut store, draft(MINIMAL));
    let deleted = session.delete_everything(&mut store);
    assert_eq!((deleted.removed, deleted.error), (vec![DRAFT_KEY.to_string()], None));
    assert_eq!(session.data(), &None);
    assert_eq!(store.all_keys(), ["mosaic:assessment:tiny", "mosaic:studio:draft-other"]);
}

#[test]
fn a_draft_is_never_changed_by_reading_it() {
    let kept = Some(draft(MINIMAL));
    let (read, changes) = kept.clone().reconcile(&());
    assert_eq!((read, changes), (kept.clone(), vec![]));
    let (decoded, recovered) = Option::<Draft>::decode_stored(&kept.encode_stored(NOW, Some("k"))).unwrap();
    assert_eq!((decoded, recovered.as_deref()), (kept, Some("k")));
    assert!(matches!(Option::<Draft>::decode_stored("[]"), Err(ReadError::Corrupted { .. })));
}

fn edited(change: impl FnOnce(&mut Value)) -> String {
    let mut value: Value = serde_json::from_str(MINIMAL).unwrap();
    change(&mut value);
    serde_json::to_string_pretty(&value).unwrap()
}

#[test]
fn a_draft_that_loads_has_its_warnings_and_no_errors() {
    let check = check_draft(MINIMAL);
    assert!(check.loaded.is_some());
    assert!(check.problems.iter().all(|p| p.severity == Severity::Warning));
    for fixture in [
        include_str!("fixtures/format2/ladder-yaml.json"),
        include_str!("fixtures/format2/multi-discipline.json"),
        include_str!("fixtures/large.json"),
    ] {
        assert!(check_draft(fixture).loaded.is_some());
    }
}

#[test]
fn a_broken_draft_has_located_errors_grouped_by_section_with_track_names() {
    let text = edited(|f| {
        f["tracks"][1]["levels"][0]["band"] = "b9".into();
        f["meta"]["effective_date"] = "someday".into();
    });
    let check = check_draft(&text);
    assert!(check.loaded.is_none());
    let groups = group_findings(&check.problems, &text);
    let kinds: Vec<FindingKind> = groups.iter().map(|g| g.kind).collect();
    assert_eq!(kinds, [FindingKind::Error, FindingKind::Warning, FindingKind::Advice]);
    let errors = &groups[0];
    let sections: Vec<&Section> = errors.sections.iter().map(|s| &s.section).collect();
    assert_eq!(sections, [&Section::Meta, &Section::Track { index: 1, name: Some("Management".into()) }]);
    let error_count = check.problems.iter().filter(|p| p.severity == Severity::Error).count();
    assert_eq!(errors.count(), error_count, "every error is listed once");
    let band = &errors.sections[1].problems[0];
    assert_eq!(band.path, "tracks[1].levels[0].band");
    let line = text.lines().position(|l| l.contains("\"b9\"")).unwrap() + 1;
    assert_eq!(band.position.map(|p| p.line), Some(line), "located on the line of the value");
}

#[test]
fn syntax_errors_concern_the_whole_file_or_their_line() {
    let check = check_draft("{\n  \"format\": 2,\n  oops\n}");
    let groups = group_findings(&check.problems, "");
    assert_eq!(groups[0].count(), 1);
    assert!(check.problems[0].position.is_some_and(|p| p.line == 3), "{:?}", check.problems);
    let empty = group_findings(&check_draft("").problems, "");
    assert_eq!(empty[0].sections[0].section, Section::WholeFile);
}

#[test]
fn lint_advice_is_its_own_kind_with_its_rule() {
    let lint = Problem::lint("vague-milestone", "tracks[0].levels[0].milestones[0].title", "Vague.")
        .at(Some(Position { line: 40, column: 3 }));
    let parity = Problem::parity_warning("bands[2].compensation", "Pay differs.");
    let content = Problem::warning("competencies[1].description", "Short.");
    let unknown = Problem::warning("colour", "Unknown field.");
    let groups = group_findings(&[lint.clone(), parity, content, unknown], MINIMAL);
    let advice = &groups[2];
    assert_eq!(advice.kind, FindingKind::Advice);
    assert_eq!(advice.sections[0].section, Section::Track { index: 0, name: Some("Technical".into()) });
    assert_eq!(advice.sections[0].problems, [lint]);
    assert_eq!(advice.sections[0].problems[0].rule, Some("vague-milestone"));
    assert_eq!(advice.sections[0].problems[0].concern, Concern::Lint);
    let warnings: Vec<&Section> = groups[1].sections.iter().map(|s| &s.section).collect();
    assert_eq!(warnings, [&Section::Bands, &Section::Competencies, &Section::Other("colour".into())]);
}

fn framework(text: &str) -> Framework {
    load(text).unwrap().framework
}

#[test]
fn changes_for_me_are_the_notes_of_publishing_and_nothing_is_written() {
    let published = framework(MINIMAL);
    let mut store = MemoryStore::default();
    assert_eq!(changes_for_me(&store, &published), ChangesForMe::NothingStored);
    let mut session = Session::open(&mut store, &published, NOW);
    session.apply(
        &mut store,
        &published,
        NOW,
        Rc::new(|a| {
            let f = framework(MINIMAL);
            a.rate(&f, "code", "solid", NOW).unwrap();
            a.rate(&f, "people", "deep", NOW).unwrap();
        }),
    );
    let stored = store.raw(&storage_key("tiny")).unwrap();
    assert_eq!(
        changes_for_me(&store, &published),
        ChangesForMe::Reconciled { saved_with_version: "1.0".into(), changes: vec![] }
    );
    let draft = framework(&edited(|f| {
        f["meta"]["version"] = "2.0".into();
        f["competencies"][0]["name"] = "Programming".into();
        f["competencies"][1]["descriptors"] = serde_json::json!({ "basic": "a", "solid": "b" });
        f["proficiency_scale"].as_array_mut().unwrap().truncate(2);
        f["competencies"][0]["descriptors"] = serde_json::json!({ "basic": "a", "solid": "b" });
        for track in f["tracks"].as_array_mut().unwrap() {
            for level in track["levels"].as_array_mut().unwrap() {
                for e in level["expectations"].as_array_mut().unwrap() {
                    if e["proficiency"] == "deep" {
                        e["proficiency"] = "solid".into();
                    }
                }
            }
        }
        f["tracks"][0]["levels"][0]["milestones"] = serde_json::json!([]);
    }));
    let ChangesForMe::Reconciled { changes, .. } = changes_for_me(&store, &draft) else { panic!() };
    assert_eq!(
        changes,
        [
            Change::CompetencyRenamed { from: "Coding".into(), to: "Programming".into() },
            Change::ProficiencyRemoved { competency: "Coaching".into(), proficiency: "deep".into() },
        ]
    );
    assert_eq!(store.raw(&storage_key("tiny")), Some(stored), "read only: byte for byte unchanged");
    assert_eq!(store.all_keys(), [storage_key("tiny")]);
    store.put(&storage_key("tiny"), "{ damaged");
    assert!(matches!(changes_for_me(&store, &draft), ChangesForMe::Unreadable(_)));
    assert_eq!(store.raw(&storage_key("tiny")).as_deref(), Some("{ damaged"), "not moved, not rewritten");
    store.set_fault(Fault::Gone);
    assert!(matches!(changes_for_me(&store, &draft), ChangesForMe::StorageUnavailable(_)));
}
