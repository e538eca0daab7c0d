//! A manager's review of someone else: kept under keys of its own that nothing done to the
//! manager's own self-assessment touches (and the other way round), kept by the same
//! session rules (a failed write stays pending, unreadable data is moved aside), and the
//! review's own operations.

mod support;

use std::rc::Rc;

use mosaic::core::assessment::review::{person_slug, stored_reviews, NameError, Review};
use mosaic::core::assessment::session::{Notice, SaveState, Session};
use mosaic::core::assessment::session_data::SessionData;
use mosaic::core::assessment::storage::{decode, encode, read_import};
use mosaic::core::assessment::store::{belongs_to, review_key, storage_key, KEY_PREFIX};
use mosaic::core::assessment::stored::stored_copies;
use mosaic::core::assessment::{agreement, Assessment, Evidence};
use mosaic::core::framework::{load, Framework};
use support::{Fault, MemoryStore};

const NOW: &str = "2026-11-30T10:00:00.000Z";

fn minimal() -> &'static Framework {
    Box::leak(Box::new(load(include_str!("fixtures/minimal.json")).unwrap().framework))
}

fn multi_discipline() -> &'static Framework {
    Box::leak(Box::new(load(include_str!("fixtures/format2/multi-discipline.json")).unwrap().framework))
}

fn evidence(note: &str) -> Evidence {
    Evidence::new(note, "", "2026-01-02").unwrap()
}

/// The manager's own self-assessment, stored by its session with one rating.
fn own_assessment(store: &mut MemoryStore, f: &'static Framework) -> String {
    let mut own = Session::open(store, f, NOW);
    own.apply(store, f, NOW, Rc::new(|a| a.rate(f, "code", "deep", NOW).unwrap()));
    store.raw(&storage_key(&f.meta.id)).expect("stored")
}

fn open_review(store: &mut MemoryStore, f: &Framework, person: &str) -> Session<Review> {
    let key = review_key(&f.meta.id, &person_slug(person).unwrap());
    Session::open_at(store, key, Review::new(person, f), f, NOW)
}

#[test]
fn review_keys_and_assessment_keys_never_claim_each_other() {
    for framework in ["tiny", "acme", "acme-uk", "review", "assessment"] {
        let own = storage_key(framework);
        for slug in ["ana", "tiny", "unreadable", "acme-uk"] {
            let review = review_key(framework, slug);
            assert!(!review.starts_with(KEY_PREFIX), "{review}");
            assert!(!belongs_to(&review, &own), "{review} belongs to {own}");
            assert!(!belongs_to(&own, &review), "{own} belongs to {review}");
            let aside = format!("{review}:unreadable:{NOW}");
            assert!(!belongs_to(&aside, &own) && belongs_to(&aside, &review));
        }
    }
}

#[test]
fn a_review_never_changes_the_managers_own_assessment_and_deleting_either_keeps_the_other() {
    let f = minimal();
    let mut store = MemoryStore::default();
    let own_before = own_assessment(&mut store, f);
    let mut review = open_review(&mut store, f, "Ana Lima");
    review.apply(&mut store, f, NOW, Rc::new(|r: &mut Review| r.rate(f, "code", "basic", NOW).unwrap()));
    review.apply(
        &mut store,
        f,
        NOW,
        Rc::new(|r: &mut Review| r.add_evidence("code", evidence("Pairs well"), NOW)),
    );
    assert_eq!(store.raw(&storage_key("tiny")).as_deref(), Some(own_before.as_str()), "byte for byte");

    // The device's stored assessments (the way out when the framework is broken) are not reviews.
    let copies = stored_copies(&store).unwrap();
    assert_eq!(copies.iter().map(|c| c.key.as_str()).collect::<Vec<_>>(), [storage_key("tiny")]);

    // Deleting the manager's own data leaves the review, and the other way round.
    let mut own = Session::open(&mut store, f, NOW);
    assert_eq!(
        own.assessment().proficiency("code"),
        Some("deep"),
        "the review's rating is not the manager's"
    );
    let deleted = own.delete_everything(&mut store);
    assert_eq!(deleted.removed, [storage_key("tiny")]);
    let reopened = open_review(&mut store, f, "Ana Lima");
    assert_eq!(reopened.data().manager.proficiency("code"), Some("basic"));

    let own_again = own_assessment(&mut store, f);
    let mut review = open_review(&mut store, f, "Ana Lima");
    let deleted = review.delete_everything(&mut store);
    assert_eq!(deleted.removed, [review_key("tiny", "ana-lima")]);
    assert_eq!(store.all_keys(), [storage_key("tiny")]);
    assert_eq!(store.raw(&storage_key("tiny")), Some(own_again));
}

#[test]
fn reviews_are_listed_per_framework_by_name_without_their_kept_aside_copies() {
    let f = minimal();
    let mut store = MemoryStore::default();
    own_assessment(&mut store, f);
    for person in ["Zoe", "ana Lima"] {
        let mut review = open_review(&mut store, f, person);
        review.retry(&mut store, f, NOW);
    }
    store.put(&format!("{}:unreadable:{NOW}", review_key("tiny", "zoe")), "old");
    store.put(&review_key("tiny-uk", "bo"), "another framework's");
    store.put(&review_key("tiny", "broken"), "{ not json");
    let listed = stored_reviews(&store, "tiny").unwrap();
    let names: Vec<_> = listed.iter().map(|r| (r.slug.as_str(), r.person.clone().ok())).collect();
    assert_eq!(
        names,
        [("broken", None), ("ana-lima", Some("ana Lima".to_string())), ("zoe", Some("Zoe".to_string()))]
    );
}

#[test]
fn a_review_session_keeps_a_failed_write_pending_and_moves_unreadable_data_aside() {
    let f = minimal();
    let mut store = MemoryStore::default();
    let own_before = own_assessment(&mut store, f);
    let key = review_key("tiny", "ana");
    let mut review = open_review(&mut store, f, "Ana");
    review.retry(&mut store, f, NOW);

    store.set_fault(Fault::Full);
    review.apply(&mut store, f, NOW, Rc::new(|r: &mut Review| r.rate(f, "people", "solid", NOW).unwrap()));
    assert!(
        matches!(review.save_state(), SaveState::NotSaved { pending: 1, .. }),
        "{:?}",
        review.save_state()
    );
    assert_eq!(review.data().manager.proficiency("people"), Some("solid"), "kept on screen");
    store.set_fault(Fault::None);
    review.retry(&mut store, f, NOW);
    assert!(matches!(review.save_state(), SaveState::Saved { .. }));
    assert_eq!(open_review(&mut store, f, "Ana").data().manager.proficiency("people"), Some("solid"));

    // Another program damages the stored review: the next edit keeps it aside, untouched.
    store.put(&key, "{ damaged");
    review.apply(&mut store, f, NOW, Rc::new(|r: &mut Review| r.rate(f, "code", "deep", NOW).unwrap()));
    let aside = format!("{key}:unreadable:{NOW}");
    assert_eq!(store.raw(&aside).as_deref(), Some("{ damaged"));
    assert!(review
        .notices()
        .iter()
        .any(|n| matches!(n, Notice::Unreadable { kept_at: Some(k), .. } if *k == aside)));
    let stored = open_review(&mut store, f, "Ana");
    assert_eq!(stored.data().manager.proficiency("people"), Some("solid"));
    assert_eq!(stored.data().manager.proficiency("code"), Some("deep"));
    assert_eq!(store.raw(&storage_key("tiny")), Some(own_before), "the manager's own data never moved");

    // Damaged before opening: moved aside, and the review starts afresh under the same name.
    store.put(&key, "[]");
    let fresh = open_review(&mut store, f, "Ana");
    assert_eq!(fresh.data().person, "Ana");
    assert_eq!(fresh.data().manager.rated_count(), 0);
    assert!(store.all_keys().iter().filter(|k| k.starts_with(&format!("{key}:unreadable:"))).count() == 2);
}

#[test]
fn a_review_rates_on_each_competencys_own_scale_and_keeps_only_their_ratings() {
    let f = multi_discipline();
    // The person's own export, notes and plan included.
    let mut theirs = Assessment::default();
    theirs.rate(f, "ownership", "established", NOW).unwrap();
    theirs.add_rating_evidence("ownership", evidence("Ran the incident review"), NOW);
    theirs.rate(f, "leading-people", "expert", NOW).unwrap();
    theirs.plan.add_checkin("2026-11-01", "Private: thinking of leaving").unwrap();
    theirs.framework = mosaic::core::assessment::storage::stamp(f);
    let file = encode(&theirs, NOW);

    let mut review = Review::new("  Ana Lima ", f);
    assert_eq!(review.person, "Ana Lima");
    review.load_their_file(read_import(&file, f).unwrap().assessment);
    assert_eq!(review.their_proficiency("ownership"), Some("established"));
    assert_eq!(review.their_evidence("ownership"), [evidence("Ran the incident review")]);
    let kept = review.theirs.as_ref().unwrap();
    assert!(kept.plan.checkins.is_empty(), "their notes are not kept in the manager's browser");

    // Each competency's own scale: a craft step is not a core behaviour's.
    review.rate(f, "leading-people", "practitioner", NOW).unwrap();
    assert!(review.rate(f, "ownership", "practitioner", NOW).is_err());
    review.rate(f, "ownership", "developing", NOW).unwrap();
    review.add_evidence("ownership", evidence("Missed two follow-ups"), NOW);
    review.unrate("ownership", NOW);
    assert_eq!(review.manager.proficiency("ownership"), None);
    assert_eq!(review.manager.rating_evidence("ownership"), [evidence("Missed two follow-ups")]);
    assert_eq!(review.their_proficiency("leading-people"), Some("expert"), "theirs never changes");

    // The export is an ordinary assessment, which the person's 360 view reads.
    let exported = review.export(NOW);
    let read = read_import(&exported, f).unwrap().assessment;
    assert_eq!(read, decode(&exported).unwrap());
    let rows = agreement(f, &theirs, &read);
    let leading = rows.iter().find(|r| r.competency.id == "leading-people").unwrap();
    assert_eq!(leading.disagreement(), Some(1));
}

#[test]
fn a_stored_review_reads_back_as_written_and_names_what_is_wrong() {
    let f = minimal();
    let mut review = Review::new("Ana", f);
    review.rate(f, "code", "solid", NOW).unwrap();
    let mut theirs = Review::new("x", f).manager;
    theirs.rate(f, "people", "deep", NOW).unwrap();
    review.load_their_file(theirs);
    let text = review.encode_stored(NOW, None);
    assert_eq!(Review::decode_stored(&text).unwrap(), (review.clone(), None));
    // An assessment document is not a review, nor the other way round.
    assert!(Review::decode_stored(&encode(&review.manager, NOW)).is_err());
    assert!(decode(&text).is_err());
    let damaged = text.replace("\"solid\"", "7");
    let err = Review::decode_stored(&damaged).unwrap_err().to_string();
    assert!(err.contains("manager.assessment.ratings.code.proficiency"), "{err}");
}

#[test]
fn a_name_needs_a_letter_or_digit_and_spellings_of_one_name_are_one_review() {
    assert_eq!(person_slug("Ana Lima"), Ok("ana-lima".to_string()));
    assert_eq!(person_slug("  ana   LIMA! "), Ok("ana-lima".to_string()));
    assert_eq!(person_slug("José Núñez"), Ok("josé-núñez".to_string()));
    assert_eq!(person_slug(" -- "), Err(NameError::Empty));
    assert_eq!(person_slug("a:b"), Ok("a-b".to_string()), "no ':' ever reaches a key");
}
