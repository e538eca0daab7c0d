//! The fast path for `framework.json` (`load_fast`) against the diagnostics path (`load`):
//! the same verdict and the same framework and warnings for every file, so a file is valid
//! or broken the same way on every page. `load_fast` either returns exactly what `load`
//! returns, or hands over (`None`) and `load` decides. Runs natively (`cargo test`) and in
//! headless Chromium (`scripts/test`, wasm-bindgen-test), where the app reads the file.

#[cfg(target_arch = "wasm32")]
use wasm_bindgen_test::wasm_bindgen_test as test;
#[cfg(target_arch = "wasm32")]
wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

#[path = "support/dice.rs"]
mod dice;

use dice::Dice;
use mosaic::core::framework::{load, load_fast, Descriptor, Framework, LearningKind, Loaded, Problem};

const MINIMAL: &str = include_str!("fixtures/minimal.json");

macro_rules! fixtures {
    ($dir:literal: $($name:literal),* $(,)?) => {
        &[$(($name, include_str!(concat!("fixtures/", $dir, "/", $name)))),*]
    };
}

/// Every file of `tests/fixtures/corpus/` (checked against the folder natively, below).
const CORPUS: &[(&str, &str)] = fixtures!["corpus":
    "bad-date-sign.json", "bad-date.json", "bad-descriptor-key.json", "bad-id-characters.json",
    "bad-id-reference.json", "band-goes-down.json", "blank-example.json",
    "blank-expectation-text.json", "blank-link-title.json", "blank-name.json",
    "dangling-reference.json", "decimal-months.json", "duplicate-ids.json", "format-0.json",
    "format-3.json", "format1-uses-format2-field.json", "good-format2-every-field.json",
    "good-format2-left-out.json", "good-minimal.json", "good-null-for-optional.json",
    "impossible-date.json", "javascript-link.json", "learning-grows-nothing.json",
    "link-without-host.json", "missing-descriptor.json", "missing-field.json",
    "missing-section.json", "negative-theme-minimum.json", "negative-weight.json", "no-bands.json",
    "null-for-defaulted-field.json", "null-list.json", "one-step-scale.json",
    "pay-upside-down.json", "percentage-above-100.json", "points-going-down.json",
    "review-cadence-zero.json", "stretch-above-close.json", "track-without-levels.json",
    "unknown-descriptor-field.json", "unknown-field.json", "unknown-scale.json",
    "unknown-section.json", "wrong-type.json", "zero-pacing.json", "zero-points-total.json",
    "zero-theme-minimum.json", "zero-typical-months.json", "zero-weight.json",
];

const FORMAT2: &[(&str, &str)] =
    fixtures!["format2": "ladder-yaml.json", "multi-discipline.json", "points-ladder.json"];

/// What happened to a file on the fast path.
#[derive(Debug, PartialEq)]
enum Fast {
    /// Read and checked: the answer is `load`'s, asserted equal.
    Accepted,
    /// Read, but validation failed: the same located problems as `load`'s, asserted equal.
    Rejected,
    /// Not read the fast way; `load` decides.
    HandedOver,
}

/// Holds the fast path to its promise on one text and says what it did.
fn compare(name: &str, text: &str) -> (Fast, Result<Loaded, Vec<Problem>>) {
    let full = load(text);
    let fast = match load_fast(text) {
        Some(answer) => {
            assert_eq!(answer, full, "{name}: the fast path must answer exactly as `load` does");
            if answer.is_ok() {
                Fast::Accepted
            } else {
                Fast::Rejected
            }
        }
        None => {
            // Handing over a file `load` accepts costs the diagnostics bundle's download, so
            // it is only allowed for the one thing `load` reads more leniently.
            if full.is_ok() {
                let refusal = serde_json::from_str::<Framework>(text).expect_err("the fast path refused it");
                assert!(
                    refusal.to_string().contains("duplicate field"),
                    "{name}: `load` accepts it, so the fast path must too, but it refused: {refusal}"
                );
            }
            Fast::HandedOver
        }
    };
    (fast, full)
}

/// A valid file must take the fast path all the way, with `load`'s framework and warnings.
fn accepted(name: &str, text: &str) -> Loaded {
    match compare(name, text) {
        (Fast::Accepted, Ok(loaded)) => loaded,
        (fast, full) => panic!("{name}: expected both paths to accept it; fast: {fast:?}, load: {full:?}"),
    }
}

/// A broken file is broken on both paths; returns how the fast path got there.
fn rejected(name: &str, text: &str) -> Fast {
    let (fast, full) = compare(name, text);
    assert!(full.is_err(), "{name}: expected `load` to reject it");
    fast
}

/// MINIMAL with one piece of its text replaced (which must occur exactly once).
fn minimal_with(from: &str, to: &str) -> String {
    edited(MINIMAL, from, to)
}

fn edited(text: &str, from: &str, to: &str) -> String {
    assert_eq!(text.matches(from).count(), 1, "{from:?} occurs once");
    text.replacen(from, to, 1)
}

#[test]
fn the_shipped_and_the_format2_frameworks_take_the_fast_path() {
    accepted("public/framework.json", include_str!("../public/framework.json"));
    accepted("minimal.json", MINIMAL);
    for (name, text) in FORMAT2 {
        accepted(name, text);
    }
}

#[test]
fn the_ten_times_framework_takes_the_fast_path() {
    let loaded = accepted("large.json", include_str!("fixtures/large.json"));
    assert!(loaded.framework.tracks.len() > 20, "the large fixture is large");
}

#[test]
fn every_corpus_file_gets_the_same_verdict_on_both_paths() {
    let mut seen = (0, 0, 0);
    for (name, text) in CORPUS {
        match compare(name, text).0 {
            Fast::Accepted => seen.0 += 1,
            Fast::Rejected => seen.1 += 1,
            Fast::HandedOver => seen.2 += 1,
        }
    }
    // The corpus has good files, files only validation rejects (the fast path then gives the
    // same located problems) and files with a wrong type or field (handed over to `load`).
    assert!(seen.0 >= 4 && seen.1 >= 20 && seen.2 >= 5, "accepted, rejected, handed over: {seen:?}");
}

#[cfg(not(target_arch = "wasm32"))]
#[test]
fn the_corpus_list_here_is_the_whole_corpus() {
    let folder = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/corpus");
    let mut present: Vec<String> = std::fs::read_dir(folder)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().into_string().unwrap())
        .filter(|name| name.ends_with(".json") && name != "manifest.json")
        .collect();
    present.sort();
    let listed: Vec<&str> = CORPUS.iter().map(|(name, _)| *name).collect();
    assert_eq!(present, listed, "add a new corpus file to CORPUS in tests/fast_json.rs");
}

#[test]
fn a_whole_number_written_as_a_decimal_is_refused_on_both_paths() {
    for (from, to) in [
        ("\"format\": 1,", "\"format\": 1.0,"),
        ("\"format\": 1,", "\"format\": 1e0,"),
        ("\"duration_weeks\": 12", "\"duration_weeks\": 12.0"),
        ("\"duration_weeks\": 12", "\"duration_weeks\": 1.2e1"),
        // serde_json reads `-0` as the decimal -0.0, not as the whole number 0.
        ("\"duration_weeks\": 12", "\"duration_weeks\": -0"),
    ] {
        assert_eq!(rejected(to, &minimal_with(from, to)), Fast::HandedOver);
    }
}

#[test]
fn numbers_out_of_range_are_refused_and_big_pay_is_kept_exactly() {
    for to in ["-12", "4294967296", "18446744073709551616", "1e400"] {
        let text = minimal_with("\"duration_weeks\": 12", &format!("\"duration_weeks\": {to}"));
        assert_eq!(rejected(to, &text), Fast::HandedOver);
    }
    let text = minimal_with("\"duration_weeks\": 12", "\"duration_weeks\": 4294967295");
    accepted("u32::MAX", &text);
    // Beyond 2^53, where JavaScript's numbers would round: both paths keep every digit.
    let text = minimal_with(
        "\"min\": 40000, \"mid\": 45000, \"max\": 50000",
        "\"min\": 9007199254740993, \"mid\": 9007199254740995, \"max\": 18446744073709551615",
    );
    let pay = accepted("pay beyond 2^53", &text).framework.bands[0].compensation.clone().unwrap();
    assert_eq!((pay.min, pay.mid, pay.max), (9_007_199_254_740_993, 9_007_199_254_740_995, u64::MAX));
}

#[test]
fn decimal_weights_are_read_to_the_same_bit() {
    for weight in [
        "2.5",
        "0.1",
        "2.5e-1",
        "1.7976931348623157e308",
        "0.1000000000000000055511151231257827021181583404541015625",
        "3.00000000000000000000000001",
    ] {
        let text = minimal_with("\"weight\": 2", &format!("\"weight\": {weight}"));
        accepted(weight, &text);
        // `accepted` compared with `==`; the bits say the two readings are one number.
        let weight_of =
            |loaded: Loaded| loaded.framework.tracks[0].levels[1].expectations[0].weight.to_bits();
        assert_eq!(
            weight_of(load_fast(&text).unwrap().unwrap()),
            weight_of(load(&text).unwrap()),
            "{weight}"
        );
    }
    // Too large for a number (serde_json says so; JavaScript would read Infinity).
    assert_eq!(rejected("1e400", &minimal_with("\"weight\": 2", "\"weight\": 1e400")), Fast::HandedOver);
    // Negative or zero: read, then refused by validation with the same located problem.
    assert_eq!(rejected("-1", &minimal_with("\"weight\": 2", "\"weight\": -1")), Fast::Rejected);
}

#[test]
fn a_repeated_field_is_handed_over_and_load_keeps_the_last_value() {
    let text =
        minimal_with("\"name\": \"Tiny framework\",", "\"name\": \"Draft\", \"name\": \"Tiny framework\",");
    let (fast, full) = compare("repeated meta.name", &text);
    assert_eq!(fast, Fast::HandedOver);
    assert_eq!(full.unwrap().framework.meta.name, "Tiny framework");

    // A repeated key of a map (a competency's descriptors) is read alike on both paths.
    let text = minimal_with(
        "\"basic\": \"Fixes small bugs.\",",
        "\"basic\": \"Draft.\", \"basic\": \"Fixes small bugs.\",",
    );
    let loaded = accepted("repeated descriptor", &text);
    assert_eq!(loaded.framework.competencies[0].descriptors["basic"].text(), "Fixes small bugs.");
}

#[test]
fn null_means_none_only_where_a_field_is_optional() {
    let text = minimal_with("\"theme\": \"Craft\",", "\"theme\": \"Craft\", \"scale\": null,");
    assert_eq!(accepted("null scale", &text).framework.competencies[0].scale, None);
    let text = minimal_with("\"purpose\": \"A small framework used by the tests.\"", "\"purpose\": null");
    assert_eq!(rejected("null purpose", &text), Fast::HandedOver);
    let text = minimal_with("\"outcomes\": [\"Leads a team for six months\"]", "\"outcomes\": null");
    assert_eq!(rejected("null outcomes", &text), Fast::HandedOver);
}

#[test]
fn a_descriptor_is_a_sentence_or_an_object_on_both_paths() {
    // Descriptors written as objects are format 2.
    let format2 = minimal_with("\"format\": 1,", "\"format\": 2,");
    let detailed =
        "\"deep\": { \"text\": \"Designs systems.\", \"examples\": [\"Splits a service in two\"] }";
    let loaded =
        accepted("detailed descriptor", &edited(&format2, "\"deep\": \"Designs systems.\"", detailed));
    let deep = &loaded.framework.competencies[0].descriptors["deep"];
    assert!(matches!(deep, Descriptor::Detailed(_)));
    assert_eq!(deep.examples(), ["Splits a service in two"]);
    for wrong in [
        "\"deep\": 3",
        "\"deep\": [\"Designs systems.\"]",
        "\"deep\": null",
        "\"deep\": { \"text\": \"Designs systems.\", \"sample\": [] }",
        "\"deep\": { \"examples\": [] }",
    ] {
        let text = edited(&format2, "\"deep\": \"Designs systems.\"", wrong);
        assert_eq!(rejected(wrong, &text), Fast::HandedOver);
    }
}

#[test]
fn an_unknown_field_is_refused_at_every_depth() {
    for (from, to) in [
        ("\"format\": 1,", "\"format\": 1, \"colour\": \"blue\","),
        ("\"id\": \"tiny\",", "\"id\": \"tiny\", \"colour\": \"blue\","),
        ("\"council\": \"Council\",", "\"council\": \"Council\", \"chair\": \"Ann\","),
        (
            "\"currency\": \"EUR\" } },\n    { \"id\": \"b2\"",
            "\"currency\": \"EUR\", \"bonus\": 1 } },\n    { \"id\": \"b2\"",
        ),
        ("\"verification\": \"Peer review\",", "\"verification\": \"Peer review\", \"owner\": \"Ann\","),
        ("\"up_to\": \"solid\"", "\"up_to\": \"solid\", \"hours\": 3"),
    ] {
        assert_eq!(rejected(to, &minimal_with(from, to)), Fast::HandedOver);
    }
}

#[test]
fn text_that_is_not_one_json_object_is_handed_over() {
    for (name, text) in [
        ("byte order mark", format!("\u{feff}{MINIMAL}")),
        ("trailing text", format!("{MINIMAL} x")),
        ("two objects", format!("{MINIMAL}{MINIMAL}")),
        ("empty", String::new()),
        ("an HTML page", "<!doctype html><title>404</title>".to_string()),
        ("a list", format!("[{MINIMAL}]")),
        ("cut short", MINIMAL[..MINIMAL.len() / 2].to_string()),
        ("a lone surrogate", minimal_with("\"Tiny Co\"", "\"Tiny \\ud800Co\"")),
        ("an unescaped tab", minimal_with("\"Tiny Co\"", "\"Tiny\tCo\"")),
        (
            "nested 300 deep",
            minimal_with(
                "[\"Leads a team for six months\"]",
                &format!("{}{}", "[".repeat(300), "]".repeat(300)),
            ),
        ),
    ] {
        assert_eq!(rejected(name, &text), Fast::HandedOver);
    }
    accepted("trailing whitespace", &format!("{MINIMAL}\n\r\n\t "));
}

#[test]
fn escapes_read_alike() {
    let text = minimal_with("\"Tiny Co\"", r#""Tiny \u0043o \ud83d\ude00 \"quoted\"\n\u00e9 é""#);
    let loaded = accepted("escapes", &text);
    assert_eq!(loaded.framework.meta.organization, "Tiny Co 😀 \"quoted\"\né é");
}

#[test]
fn serde_shapes_load_also_reads_are_read_alike() {
    // A struct written as the list of its fields, and a unit variant written as a map: odd,
    // but `load` reads them, so the fast path reads them the same.
    let text =
        minimal_with("\"to\": { \"track\": \"mgmt\", \"level\": \"m2\" }", "\"to\": [\"mgmt\", \"m2\"]");
    assert_eq!(accepted("struct as list", &text).framework.mobility[0].to.level, "m2");
    let text = minimal_with("\"kind\": \"mentoring\"", "\"kind\": { \"mentoring\": null }");
    assert_eq!(accepted("variant as map", &text).framework.learning[0].kind, LearningKind::Mentoring);
    let text = minimal_with("\"kind\": \"mentoring\"", "\"kind\": { \"mentoring\": {} }");
    assert_eq!(rejected("variant with content", &text), Fast::HandedOver);
}

#[test]
fn random_damage_never_makes_the_paths_disagree() {
    // Cuts, doubled and swapped characters, and JSON's own punctuation dropped in at random:
    // each damaged text must get the same verdict (asserted inside `compare`).
    const PIECES: [&str; 16] =
        ["{", "}", "[", "]", ",", ":", "\"", "0", ".0", "e1", "-", "null", "\\u00", "1", " ", "\"x\": 1,"];
    let mut dice = Dice(0x5eed_f00d);
    let mut outcomes = [0; 3];
    for _ in 0..1500 {
        let mut text = MINIMAL.to_string();
        for _ in 0..dice.between(1, 3) {
            let at = (0..=dice.below(text.len() as u64) as usize)
                .rev()
                .find(|&i| text.is_char_boundary(i))
                .unwrap();
            match dice.below(3) {
                0 => {
                    let end = (at + dice.between(1, 8) as usize).min(text.len());
                    let end = (end..=text.len()).find(|&i| text.is_char_boundary(i)).unwrap();
                    text.replace_range(at..end, "");
                }
                1 => text.insert_str(at, PIECES[dice.below(PIECES.len() as u64) as usize]),
                _ => {
                    let piece = text[at..].chars().take(dice.between(1, 12) as usize).collect::<String>();
                    text.insert_str(at, &piece);
                }
            }
        }
        outcomes[compare("damaged minimal.json", &text).0 as usize] += 1;
    }
    // The damage reaches every outcome, so each branch of the promise was exercised. Few are
    // rejected on the fast path: damage mostly breaks the JSON or an ID, and a file naming an
    // unknown ID is handed over (its message needs `load`'s hints).
    assert!(outcomes.iter().all(|&n| n >= 3), "accepted, rejected, handed over: {outcomes:?}");
}

/// An unknown ID's message suggests the closest IDs, a wording only `load` carries (the
/// overview bundle, which reads the fast way, stays free of its code): such a file is handed
/// over, and `load` names the closest.
#[test]
fn a_file_naming_an_unknown_id_is_handed_over_for_its_did_you_mean() {
    let text = minimal_with(
        "\"title\": \"Engineer\", \"band\": \"b1\"",
        "\"title\": \"Engineer\", \"band\": \"b7\"",
    );
    assert_eq!(rejected("unknown band", &text), Fast::HandedOver);
    let problems = load(&text).expect_err("unknown band");
    assert!(
        problems
            .iter()
            .any(|p| p.message.starts_with("Unknown band \"b7\"") && p.message.contains("Known: b1")),
        "{problems:?}"
    );
}
