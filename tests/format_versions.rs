//! Format 2 only adds to format 1: any valid format-1 framework means the same when it says
//! `"format": 2` (same framework, same warnings, same readiness, same next roles), and a
//! format-1 framework written back out by the app loads as itself.
#![cfg(not(target_arch = "wasm32"))]

use mosaic::core::assessment::storage::stamp;
use mosaic::core::assessment::*;
use mosaic::core::framework::{load, Framework, Loaded};
use proptest::prelude::*;
use serde_json::{json, Value};

const DEFAULT: &str = include_str!("../public/framework.json");
const MINIMAL: &str = include_str!("fixtures/minimal.json");

/// A shipped format-1 framework to sample from.
#[derive(Debug, Clone, Copy)]
enum Base {
    Default,
    Minimal,
}

impl Base {
    fn text(self) -> &'static str {
        match self {
            Base::Default => DEFAULT,
            Base::Minimal => MINIMAL,
        }
    }
}

/// The choices that turn one of the shipped format-1 frameworks into another valid one.
#[derive(Debug, Clone)]
struct Sample {
    base: Base,
    keep_tracks: Vec<bool>,
    /// Per level of the base, track by track.
    keep_levels: Vec<bool>,
    /// Per expectation of the base, level by level: kept, and its weight (None: left out,
    /// so it takes the default).
    expectations: Vec<(bool, Option<u8>)>,
    /// Optional parts left out: see `leave_out`.
    leave_out: Vec<bool>,
    /// Per competency of the base: the rank rated (None: not rated).
    ratings: Vec<Option<u8>>,
    /// Per milestone of the base: the status index.
    milestones: Vec<u8>,
}

fn counts(base: &str) -> (usize, usize, usize, usize, usize) {
    let value: Value = serde_json::from_str(base).unwrap();
    let levels: Vec<&Value> =
        value["tracks"].as_array().unwrap().iter().flat_map(|t| t["levels"].as_array().unwrap()).collect();
    let expectations = levels.iter().map(|l| l["expectations"].as_array().map_or(0, Vec::len)).sum();
    let milestones = levels.iter().map(|l| l["milestones"].as_array().map_or(0, Vec::len)).sum();
    let tracks = value["tracks"].as_array().unwrap().len();
    (tracks, levels.len(), expectations, value["competencies"].as_array().unwrap().len(), milestones)
}

const OPTIONAL_PARTS: usize = 8;

fn sample() -> impl Strategy<Value = Sample> {
    prop::sample::select(vec![Base::Default, Base::Minimal]).prop_flat_map(|base| {
        let (tracks, levels, expectations, competencies, milestones) = counts(base.text());
        (
            Just(base),
            prop::collection::vec(any::<bool>(), tracks),
            prop::collection::vec(prop::bool::weighted(0.7), levels),
            prop::collection::vec((prop::bool::weighted(0.8), prop::option::of(1u8..=6)), expectations),
            prop::collection::vec(any::<bool>(), OPTIONAL_PARTS),
            prop::collection::vec(prop::option::of(any::<u8>()), competencies),
            prop::collection::vec(any::<u8>(), milestones),
        )
            .prop_map(
                |(base, keep_tracks, keep_levels, expectations, leave_out, ratings, milestones)| Sample {
                    base,
                    keep_tracks,
                    keep_levels,
                    expectations,
                    leave_out,
                    ratings,
                    milestones,
                },
            )
    })
}

fn remove(value: &mut Value, key: &str) {
    value.as_object_mut().unwrap().remove(key);
}

/// The format-1 file the sample describes: a subset of tracks, levels and expectations with
/// random weights and optional parts left out, its references kept valid.
fn format_1_file(sample: &Sample) -> Value {
    let mut value: Value = serde_json::from_str(sample.base.text()).unwrap();
    let mut level_index = 0;
    let mut expectation_index = 0;
    let mut sampled = Vec::new();
    for mut track in value["tracks"].as_array().unwrap().clone() {
        let mut levels = Vec::new();
        for mut level in track["levels"].as_array().unwrap().clone() {
            let mut expectations = Vec::new();
            for mut expectation in level["expectations"].as_array().cloned().unwrap_or_default() {
                let (keep, weight) = sample.expectations[expectation_index];
                expectation_index += 1;
                match weight {
                    Some(halves) => expectation["weight"] = json!(f64::from(halves) / 2.0),
                    None => remove(&mut expectation, "weight"),
                }
                if keep {
                    expectations.push(expectation);
                }
            }
            level["expectations"] = Value::Array(expectations);
            levels.push(level);
        }
        let keep = &sample.keep_levels[level_index..level_index + levels.len()];
        level_index += levels.len();
        let mut kept: Vec<Value> =
            levels.iter().zip(keep).filter(|(_, keep)| **keep).map(|(l, _)| l.clone()).collect();
        if kept.is_empty() {
            kept.push(levels[0].clone());
        }
        track["levels"] = Value::Array(kept);
        sampled.push(track);
    }
    let mut tracks: Vec<Value> =
        sampled.iter().zip(&sample.keep_tracks).filter(|(_, keep)| **keep).map(|(t, _)| t.clone()).collect();
    if tracks.is_empty() {
        tracks.push(sampled[0].clone());
    }
    value["tracks"] = Value::Array(tracks);
    keep_references_valid(&mut value);
    leave_out(&mut value, &sample.leave_out);
    value
}

fn role_exists(value: &Value, role: &Value) -> bool {
    value["tracks"].as_array().unwrap().iter().any(|t| {
        t["id"] == role["track"] && t["levels"].as_array().unwrap().iter().any(|l| l["id"] == role["level"])
    })
}

/// Mobility rules and sunset successors that name a role left out go (a rule whose listed
/// levels are all gone goes too, rather than widening to every level).
fn keep_references_valid(value: &mut Value) {
    let snapshot = value.clone();
    let mut rules = Vec::new();
    for mut rule in value["mobility"].as_array().cloned().unwrap_or_default() {
        let Some(track) =
            snapshot["tracks"].as_array().unwrap().iter().find(|t| t["id"] == rule["from"]["track"])
        else {
            continue;
        };
        if let Some(levels) = rule["from"]["levels"].as_array().cloned() {
            let kept: Vec<Value> = levels
                .into_iter()
                .filter(|l| track["levels"].as_array().unwrap().iter().any(|level| &level["id"] == l))
                .collect();
            if kept.is_empty() {
                continue;
            }
            rule["from"]["levels"] = Value::Array(kept);
        }
        if role_exists(&snapshot, &rule["to"]) {
            rules.push(rule);
        }
    }
    value["mobility"] = Value::Array(rules);
    let dangling = |sunset: Option<&mut Value>| {
        if let Some(sunset) = sunset.filter(|s| s.get("successor").is_some()) {
            if !role_exists(&snapshot, &sunset["successor"]) {
                remove(sunset, "successor");
            }
        }
    };
    for track in value["tracks"].as_array_mut().unwrap() {
        dangling(track.get_mut("sunset"));
        for level in track["levels"].as_array_mut().unwrap() {
            dangling(level.get_mut("sunset"));
        }
    }
}

fn leave_out(value: &mut Value, leave: &[bool]) {
    if leave[0] {
        remove(&mut value["meta"], "purpose");
    }
    if leave[1] {
        remove(&mut value["meta"], "locale");
    }
    if leave[2] {
        remove(&mut value["governance"], "review_cadence_months");
        remove(&mut value["governance"], "changelog");
    }
    if leave[3] {
        for band in value["bands"].as_array_mut().unwrap() {
            remove(band, "compensation");
        }
    }
    if leave[4] {
        remove(value, "learning");
    }
    if leave[5] {
        remove(value, "mobility");
    }
    for track in value["tracks"].as_array_mut().unwrap() {
        if leave[6] {
            remove(track, "manages_people");
        }
        for level in track["levels"].as_array_mut().unwrap() {
            if leave[7] {
                remove(level, "milestones");
            }
        }
    }
}

fn loaded(value: &Value) -> Loaded {
    load(&value.to_string()).unwrap_or_else(|problems| {
        panic!("{}", problems.iter().map(|p| p.to_string()).collect::<Vec<_>>().join("\n"))
    })
}

/// The sample's ratings and milestone progress on this framework.
fn assessment(framework: &Framework, sample: &Sample) -> Assessment {
    let mut a = Assessment { framework: stamp(framework), ..Default::default() };
    for (competency, rank) in framework.competencies.iter().zip(&sample.ratings) {
        let Some(rank) = rank else { continue };
        let scale = framework.scale_of(competency);
        let proficiency = scale[usize::from(*rank) % scale.len()].id.clone();
        a.ratings.insert(
            competency.id.clone(),
            Rating { proficiency: Some(proficiency), evidence: vec![], updated: String::new() },
        );
    }
    let keys = framework
        .roles()
        .flat_map(|(role, _, level)| level.milestones.iter().map(move |m| milestone_key(&role, &m.id)));
    for (key, status) in keys.zip(&sample.milestones) {
        let status = MilestoneStatus::ALL[usize::from(*status) % MilestoneStatus::ALL.len()];
        a.milestones.insert(key, MilestoneProgress { status, evidence: vec![], updated: String::new() });
    }
    a
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn a_format_1_framework_means_the_same_as_format_2(sample in sample()) {
        let file = format_1_file(&sample);
        let one = loaded(&file);
        let mut file_2 = file.clone();
        file_2["format"] = json!(2);
        let two = loaded(&file_2);

        prop_assert_eq!(one.framework.format, 1);
        prop_assert_eq!(two.framework.format, 2);
        let mut as_one = two.framework.clone();
        as_one.format = 1;
        prop_assert_eq!(&as_one, &one.framework, "identical apart from `format`");
        prop_assert_eq!(&one.warnings, &two.warnings);

        let person = assessment(&one.framework, &sample);
        for (role, _, _) in one.framework.roles() {
            prop_assert_eq!(
                readiness(&one.framework, &person, &role),
                readiness(&two.framework, &person, &role),
                "readiness for {:?}", role
            );
            prop_assert_eq!(one.framework.next_roles(&role), two.framework.next_roles(&role));
        }
    }

    #[test]
    fn a_format_1_framework_written_out_loads_as_itself(sample in sample()) {
        let one = loaded(&format_1_file(&sample));
        let written = serde_json::to_string_pretty(&one.framework).unwrap();
        let again = load(&written).map_err(|problems| {
            TestCaseError::fail(problems.iter().map(|p| p.to_string()).collect::<Vec<_>>().join("\n"))
        })?;
        prop_assert_eq!(&again.framework, &one.framework);
        // The same warnings, located in the text as the app wrote it.
        let said = |loaded: &Loaded| -> Vec<(String, String)> {
            loaded.warnings.iter().map(|w| (w.path.clone(), w.message.clone())).collect()
        };
        prop_assert_eq!(said(&again), said(&one));
    }
}

#[test]
fn a_sample_that_keeps_nothing_optional_still_loads() {
    // The generator really varies the framework: with nothing optional kept, each track keeps
    // its first level, stripped of criteria, and the app warns about it.
    let base: Value = serde_json::from_str(MINIMAL).unwrap();
    let (tracks, levels, expectations, competencies, milestones) = counts(MINIMAL);
    let sample = Sample {
        base: Base::Minimal,
        keep_tracks: vec![true; tracks],
        keep_levels: vec![false; levels],
        expectations: vec![(false, None); expectations],
        leave_out: vec![true; OPTIONAL_PARTS],
        ratings: vec![None; competencies],
        milestones: vec![0; milestones],
    };
    let file = format_1_file(&sample);
    assert_ne!(file, base);
    assert_eq!(file["tracks"][0]["levels"].as_array().unwrap().len(), 1, "a track keeps its first level");
    assert!(file.get("mobility").is_none() && file.get("learning").is_none());
    let warnings = loaded(&file).warnings;
    assert!(warnings.iter().any(|w| w.message.contains("has no criteria")), "{warnings:?}");
}
