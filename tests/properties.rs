//! Property tests of the pure core.
#![cfg(not(target_arch = "wasm32"))]

use mosaic::core::display::thousands;
use mosaic::core::framework::load;
use proptest::prelude::*;

const DEFAULT: &str = include_str!("../public/framework.json");

/// Arbitrary JSON values, a few levels deep.
fn json_value() -> impl Strategy<Value = serde_json::Value> {
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::from),
        any::<i32>().prop_map(serde_json::Value::from),
        "[a-zé\"\\\\ {}\\[\\],:]{0,8}".prop_map(serde_json::Value::from),
    ];
    leaf.prop_recursive(4, 40, 5, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..5).prop_map(serde_json::Value::from),
            prop::collection::btree_map("[a-z\"é]{1,5}", inner, 0..5)
                .prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
        ]
    })
}

proptest! {
    #[test]
    fn loading_any_text_never_panics_and_always_explains(text in ".{0,400}") {
        if let Err(problems) = load(&text) {
            prop_assert!(!problems.is_empty());
            prop_assert!(problems.iter().all(|p| !p.message.trim().is_empty()));
        }
    }

    #[test]
    fn a_truncated_framework_reports_a_position_inside_the_text(cut in 1usize..DEFAULT.len() - 2) {
        let cut = (0..=cut).rev().find(|&i| DEFAULT.is_char_boundary(i)).unwrap();
        let text = &DEFAULT[..cut];
        let problems = load(text).expect_err("a cut file is never valid JSON");
        let position = problems[0].position.expect("syntax errors are located");
        prop_assert!(position.line >= 1 && position.line <= text.lines().count().max(1) + 1);
    }

    #[test]
    fn every_json_path_points_at_its_value(value in json_value()) {
        let text = serde_json::to_string_pretty(&value).unwrap();
        let positions = mosaic::core::framework::value_positions(&text);
        let mut stack = vec![(String::new(), &value)];
        while let Some((path, v)) = stack.pop() {
            let position = positions.get(&path).copied();
            prop_assert!(position.is_some(), "no position for {path:?}");
            let position = position.unwrap();
            let line = text.lines().nth(position.line - 1).unwrap();
            let at: String = line.chars().skip(position.column - 1).collect();
            let rendered = serde_json::to_string(v).unwrap();
            let first = rendered.chars().next().unwrap();
            prop_assert!(at.starts_with(first), "{path}: {at:?} does not start {rendered:?}");
            match v {
                serde_json::Value::Array(items) => {
                    for (i, item) in items.iter().enumerate() {
                        stack.push((format!("{path}[{i}]"), item));
                    }
                }
                serde_json::Value::Object(map) => {
                    for (key, item) in map {
                        let child = if path.is_empty() { key.clone() } else { format!("{path}.{key}") };
                        stack.push((child, item));
                    }
                }
                _ => {}
            }
        }
    }

    #[test]
    fn grouped_thousands_read_back_as_the_same_number(amount in any::<u64>()) {
        let text = thousands(amount);
        prop_assert_eq!(text.replace(',', "").parse::<u64>().unwrap(), amount);
        prop_assert!(text.split(',').skip(1).all(|group| group.len() == 3));
    }
}

mod assessment {
    use mosaic::core::assessment::storage::{decode, encode, stamp};
    use mosaic::core::assessment::*;
    use mosaic::core::framework::load;
    use proptest::prelude::*;

    fn framework() -> mosaic::core::framework::Framework {
        load(super::DEFAULT).unwrap().framework
    }

    /// Arbitrary assessments of the default framework: any subset of competencies rated
    /// anywhere on the scale, with evidence, milestones and snapshots.
    fn assessment() -> impl Strategy<Value = Assessment> {
        let f = framework();
        let competencies: Vec<String> = f.competencies.iter().map(|c| c.id.clone()).collect();
        let scale: Vec<String> = f.proficiency_scale.iter().map(|p| p.id.clone()).collect();
        let milestones: Vec<String> = f
            .roles()
            .flat_map(|(role, _, level)| level.milestones.iter().map(move |m| milestone_key(&role, &m.id)))
            .collect();
        let stamp = stamp(&f);
        (
            prop::collection::btree_map(
                prop::sample::select(competencies),
                (prop::option::of(prop::sample::select(scale)), ".{0,12}", ".{0,6}"),
                0..10,
            ),
            prop::collection::btree_map(prop::sample::select(milestones), 0usize..3, 0..5),
            prop::collection::vec((".{0,10}", "20[0-9]{2}-0[1-9]-1[0-9]"), 0..3),
        )
            .prop_map(move |(ratings, milestones, snapshots)| {
                let mut a = Assessment { framework: stamp.clone(), ..Default::default() };
                for (id, (proficiency, note, updated)) in ratings {
                    let evidence =
                        if note.is_empty() { vec![] } else { vec![Evidence { note, ..Default::default() }] };
                    a.ratings.insert(id, Rating { proficiency, evidence, updated });
                }
                for (key, status) in milestones {
                    let status = MilestoneStatus::ALL[status];
                    a.milestones
                        .insert(key, MilestoneProgress { status, evidence: vec![], updated: String::new() });
                }
                for (label, date) in snapshots {
                    a.take_snapshot(&label, &date);
                }
                a
            })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        #[test]
        fn export_then_import_is_identity(a in assessment(), saved_at in ".{0,20}") {
            prop_assert_eq!(decode(&encode(&a, &saved_at)).unwrap(), a);
        }

        #[test]
        fn readiness_never_falls_when_a_proficiency_rises(a in assessment(), pick in any::<prop::sample::Index>()) {
            let f = framework();
            let competency = pick.get(&f.competencies).id.clone();
            let current = a.proficiency(&competency).and_then(|p| f.proficiency_rank(&competency, p));
            let higher = current.map_or(0, |c| (c + 1).min(f.proficiency_scale.len() - 1));
            let mut raised = a.clone();
            raised.ratings.insert(competency, Rating {
                proficiency: Some(f.proficiency_scale[higher].id.clone()), evidence: vec![], updated: String::new(),
            });
            for (role, _, _) in f.roles() {
                let before = readiness(&f, &a, &role).unwrap();
                let after = readiness(&f, &raised, &role).unwrap();
                prop_assert!(after.score >= before.score - 1e-12, "{role:?}: {} -> {}", before.score, after.score);
                prop_assert!(after.tier <= before.tier, "tier never worsens");
            }
        }
    }
}
