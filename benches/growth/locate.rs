//! Issue 14, "Locating values" and "Unknown-reference hints": placing a problem in a minified
//! and in a pretty-printed framework, and validating a framework whose every reference is
//! unknown, each at three sizes ten times apart.

use mosaic::core::framework::{load, located, Problem};
use serde_json::Value;

use super::table::Part;

/// The 10× fixture, with its tracks repeated to reach `tracks` tracks (copies renamed).
fn framework_with_tracks(tracks: usize) -> Value {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/large.json"))
        .expect("the 10× fixture");
    let mut value: Value = serde_json::from_str(&text).expect("the fixture is JSON");
    let originals = value["tracks"].as_array().expect("tracks").clone();
    let mut all = Vec::new();
    for copy in 0.. {
        for track in &originals {
            if all.len() == tracks {
                value["tracks"] = Value::Array(all);
                return value;
            }
            let mut track = track.clone();
            if copy > 0 {
                let id = format!("{}-copy{copy}", track["id"].as_str().unwrap());
                track["id"] = Value::String(id);
            }
            all.push(track);
        }
    }
    unreachable!()
}

/// Locating one problem near the end of the file (the last track's last level's band), in
/// the file written on one line or pretty-printed.
fn locate_part(name: &'static str, pretty: bool) -> Part {
    let inputs = [15, 50, 150]
        .into_iter()
        .map(|tracks| {
            let value = framework_with_tracks(tracks);
            let text =
                if pretty { serde_json::to_string_pretty(&value) } else { serde_json::to_string(&value) }
                    .unwrap();
            let last = tracks - 1;
            let levels = value["tracks"][last]["levels"].as_array().unwrap().len();
            let path = format!("tracks[{last}].levels[{}].band", levels - 1);
            (text.len(), (text, path))
        })
        .collect();
    Part::measure(name, "bytes", inputs, 5, |(text, path)| {
        let placed = located(vec![Problem::error(path.clone(), "x")], text);
        assert!(placed[0].position.is_some());
    })
}

/// The default framework with `n / 10` more competencies (so the largest stays within
/// `core::limits`) and its first level expecting `n` competencies none of which exists (each
/// one slip away from a real ID), as one line.
fn bad_references(n: usize) -> String {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/public/framework.json"))
        .expect("the default framework");
    let mut value: Value = serde_json::from_str(&text).expect("the default framework is JSON");
    let template = value["competencies"][0].clone();
    let proficiency = value["tracks"][0]["levels"][0]["expectations"][0]["proficiency"].clone();
    let competencies = value["competencies"].as_array_mut().unwrap();
    for i in 0..n / 10 {
        let mut competency = template.clone();
        competency["id"] = Value::String(format!("skill-{i:06}"));
        competency["name"] = Value::String(format!("Skill {i}"));
        competencies.push(competency);
    }
    let expectations = value["tracks"][0]["levels"][0]["expectations"].as_array_mut().unwrap();
    for i in 0..n {
        expectations.push(
            serde_json::json!({"competency": format!("skill-{:06}x", i / 10), "proficiency": proficiency}),
        );
    }
    serde_json::to_string(&value).unwrap()
}

pub fn minified() -> Part {
    locate_part("locate a problem in a minified framework (issue 14)", false)
}

pub fn pretty() -> Part {
    locate_part("locate a problem in a pretty-printed framework (issue 14)", true)
}

/// Loading (validation, messages, positions) with N unknown references.
pub fn unknown_references() -> Part {
    let inputs = [100, 1_000, 10_000]
        .into_iter()
        .map(|n| {
            let text = bad_references(n);
            let problems = load(&text).expect_err("every added reference is unknown");
            assert!(problems.len() >= n, "{} problems for {n} bad references", problems.len());
            (n, text)
        })
        .collect();
    Part::measure(
        "load a framework with N unknown competency references (issue 14)",
        "references",
        inputs,
        3,
        |text| {
            assert!(load(text).is_err());
        },
    )
}
