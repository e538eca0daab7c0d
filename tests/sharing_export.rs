//! The export for sharing with a manager: the same versioned document as the full export
//! (the importer and the 360 side-by-side read it), holding ratings, evidence, milestone
//! progress and the current role, and none of the private parts: check-in notes, the
//! development plan, snapshots and their labels, drawn-to and avoided tracks, retired data.
#![cfg(not(target_arch = "wasm32"))]

use mosaic::core::assessment::storage::{encode, read_import, stamp};
use mosaic::core::assessment::*;
use mosaic::core::framework::{load, Framework, RoleRef};
use proptest::prelude::*;

const DEFAULT: &str = include_str!("../public/framework.json");
const NOW: &str = "2026-11-30T10:00:00Z";

fn framework() -> Framework {
    load(DEFAULT).unwrap().framework
}

/// A person who wrote something in every part of their data: `shared` words where a
/// manager may read them (evidence), `private` words everywhere else.
fn filled_in(fw: &Framework, shared: &[String], private: &[String]) -> Assessment {
    let mut a = Assessment { framework: stamp(fw), ..Default::default() };
    let role = RoleRef::new("technical", "t2");
    a.profile.current_role = Some(role.clone());
    a.profile.drawn_to = vec!["people-management".into()];
    a.profile.avoid = vec!["process-optimization".into()];
    for (i, competency) in fw.competencies.iter().enumerate() {
        let scale = fw.scale_of(competency);
        a.rate(fw, &competency.id, &scale[i % scale.len()].id, NOW).unwrap();
        let note = &shared[i % shared.len()];
        a.add_rating_evidence(
            &competency.id,
            Evidence::new(note, "https://example.org/pr/1", "2026-10-01").unwrap(),
            NOW,
        );
    }
    let (_, level) = fw.level(&role).unwrap();
    if let Some(milestone) = level.milestones.first() {
        a.set_milestone_status(fw, &role, &milestone.id, MilestoneStatus::InProgress, NOW);
        let note = &shared[0];
        a.add_milestone_evidence(fw, &role, &milestone.id, Evidence::new(note, "", "").unwrap(), NOW);
    }
    a.take_snapshot(&private[0], "2026-06-30");
    a.plan.target = Some(RoleRef::new("people-management", "pm3"));
    a.exclude_track(fw, "customer-strategy", true);
    for (i, words) in private.iter().enumerate() {
        a.plan.add_checkin(&format!("2026-11-{:02}", 1 + i % 28), words).unwrap();
        a.plan.add_own(words, None, "2027-01-31", NOW).unwrap();
    }
    a.retired.ratings.insert(
        "a-retired-competency".into(),
        Rating {
            proficiency: Some("old".into()),
            evidence: vec![Evidence::new(&private[0], "", "").unwrap()],
            updated: NOW.into(),
        },
    );
    a
}

fn check(fw: &Framework, shared: &[String], private: &[String]) -> Result<(), TestCaseError> {
    let a = filled_in(fw, shared, private);
    let text = encode(&a.for_sharing(), NOW);
    for words in private {
        prop_assert!(!text.contains(words.as_str()), "the sharing export holds “{}”", words);
    }
    for words in shared {
        prop_assert!(text.contains(words.as_str()), "the sharing export lacks the evidence “{}”", words);
    }
    // The same document the importer reads, with the same ratings and evidence.
    let import = read_import(&text, fw).map_err(|e| TestCaseError::fail(e.to_string()))?;
    prop_assert!(import.changes.is_empty());
    let shared_copy = import.assessment;
    prop_assert_eq!(&shared_copy.ratings, &a.ratings);
    prop_assert_eq!(&shared_copy.milestones, &a.milestones);
    prop_assert_eq!(&shared_copy.profile.current_role, &a.profile.current_role);
    prop_assert!(shared_copy.profile.drawn_to.is_empty() && shared_copy.profile.avoid.is_empty());
    prop_assert!(shared_copy.snapshots.is_empty() && shared_copy.retired.is_empty());
    prop_assert_eq!(&shared_copy.plan, &DevelopmentPlan::default());
    // The 360 side-by-side reads it as it reads the full export.
    let full = read_import(&encode(&a, NOW), fw).unwrap().assessment;
    prop_assert_eq!(
        agreement(fw, &Assessment::default(), &shared_copy),
        agreement(fw, &Assessment::default(), &full)
    );
    Ok(())
}

#[test]
fn the_sharing_export_keeps_evidence_and_drops_every_private_note() {
    let fw = framework();
    let shared = vec!["Led the billing migration; see the review".to_string()];
    let private = vec![
        "Thinking of leaving before spring".to_string(),
        "Ask about the salary band quietly".to_string(),
    ];
    check(&fw, &shared, &private).unwrap();
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn no_private_words_reach_the_sharing_export(
        shared in prop::collection::vec("SHARED [a-z]{6,12}", 1..4),
        private in prop::collection::vec("PRIVATE [a-z]{6,12}", 1..4),
    ) {
        check(&framework(), &shared, &private)?;
    }
}
