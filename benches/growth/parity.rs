//! Parity on a framework whose tracks skip many bands: the warnings grow with tracks × bands
//! (one per skipped band), and computing them must grow no faster than that.

use mosaic::core::framework::{parity_warnings, Framework};
use serde_json::{json, Value};

use crate::table::Part;

/// The default framework with `bands` more bands on top and `tracks` more tracks, each going
/// from the lowest band straight to the highest (so each skips every band between), and a
/// chain of tracks branching from one another (the reach of a branch goes all the way up).
pub fn framework(bands: usize, tracks: usize) -> Framework {
    let text = include_str!("../../public/framework.json");
    let mut framework: Value = serde_json::from_str(text).expect("the default framework is JSON");
    let level = framework["tracks"][0]["levels"][0].clone();
    let band_list = framework["bands"].as_array_mut().expect("bands");
    let template = band_list[0].clone();
    for b in 0..bands {
        let mut band = template.clone();
        band["id"] = json!(format!("g{b}"));
        band["name"] = json!(format!("Grade {b}"));
        band_list.push(band);
    }
    let top = format!("g{}", bands - 1);
    let track_list = framework["tracks"].as_array_mut().expect("tracks");
    let track_template = track_list[0].clone();
    for t in 0..tracks {
        let mut track = track_template.clone();
        track["id"] = json!(format!("x{t}"));
        track["name"] = json!(format!("Extra track {t}"));
        let mut low = level.clone();
        low["id"] = json!(format!("x{t}a"));
        low["band"] = json!("b1");
        let mut high = level.clone();
        high["id"] = json!(format!("x{t}b"));
        high["band"] = json!(top);
        track["levels"] = json!([low, high]);
        if t > 0 {
            track["branches_from"] =
                json!({ "track": format!("x{}", t - 1), "level": format!("x{}a", t - 1) });
        }
        track_list.push(track);
    }
    serde_json::from_value(framework).expect("a framework")
}

pub fn part() -> Part {
    let inputs = [(50, 20), (160, 60), (500, 200)]
        .into_iter()
        .map(|(bands, tracks)| (bands * tracks, framework(bands, tracks)))
        .collect();
    Part::measure("parity warnings and facts, tracks skipping many bands", "tracks×bands", inputs, 3, |f| {
        std::hint::black_box(parity_warnings(f));
        std::hint::black_box(f.parity_facts());
    })
}
