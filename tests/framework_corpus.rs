//! The corpus of framework files in `tests/fixtures/corpus/`: each has one defect (or none),
//! and its manifest says whether the app accepts it and whether JSON Schema can tell. This
//! test holds the app to the manifest; `tests/schema/agreement.test.mjs` holds the schema to
//! the app wherever the manifest says the schema can tell.

use std::collections::BTreeSet;
use std::path::Path;

use mosaic::core::framework::{load, Severity};
use serde_json::Value;

fn corpus() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/corpus"))
}

fn manifest() -> serde_json::Map<String, Value> {
    let text = std::fs::read_to_string(corpus().join("manifest.json")).expect("the corpus has a manifest");
    serde_json::from_str::<Value>(&text).unwrap().as_object().unwrap().clone()
}

#[test]
fn the_app_accepts_or_rejects_each_file_as_the_manifest_says() {
    let mut wrong = Vec::new();
    for (file, entry) in manifest() {
        let text =
            std::fs::read_to_string(corpus().join(&file)).unwrap_or_else(|_| panic!("{file} is missing"));
        let expected = entry["app"].as_str().expect("\"app\" is \"accept\" or \"reject\"");
        let verdict = match load(&text) {
            Ok(loaded) if loaded.warnings.is_empty() => "accept",
            Ok(loaded) => {
                wrong.push(format!("{file}: accepted with warnings {:?}", loaded.warnings));
                continue;
            }
            Err(_) => "reject",
        };
        if verdict != expected {
            wrong.push(format!("{file}: the app says {verdict}, the manifest {expected}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn each_rejected_file_is_rejected_for_its_defect() {
    // So the corpus tests what its manifest says: the app finds an error where the defect is
    // ("where" is its JSON path; empty for the whole file).
    for (file, entry) in manifest().into_iter().filter(|(_, e)| e["app"] == "reject") {
        let text = std::fs::read_to_string(corpus().join(&file)).unwrap();
        let problems = load(&text).unwrap_err();
        let at = entry["where"].as_str().unwrap_or_else(|| panic!("{file} says \"where\" the defect is"));
        assert!(
            problems.iter().any(|p| p.severity == Severity::Error && p.path == at),
            "{file}: no error at `{at}`: {problems:#?}"
        );
    }
}

#[test]
fn every_file_in_the_corpus_is_in_the_manifest() {
    let listed: BTreeSet<String> = manifest().keys().cloned().collect();
    let present: BTreeSet<String> = std::fs::read_dir(corpus())
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".json") && name != "manifest.json")
        .collect();
    assert_eq!(listed, present);
}
