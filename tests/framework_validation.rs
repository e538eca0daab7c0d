//! Loading and validating framework files: every kind of mistake an author makes is reported
//! with its location, and all of them at once.

use mosaic::core::framework::{load, Loaded, PayParity, Problem, Severity};
use serde_json::{json, Value};

const MINIMAL: &str = include_str!("fixtures/minimal.json");

fn minimal() -> Value {
    serde_json::from_str(MINIMAL).unwrap()
}

fn errors_of(value: &Value) -> Vec<Problem> {
    let text = serde_json::to_string_pretty(value).unwrap();
    load(&text).expect_err("expected the framework to be rejected")
}

/// Asserts that some problem sits at `path` and its message contains `needle`.
fn assert_problem(problems: &[Problem], path: &str, needle: &str) {
    assert!(
        problems.iter().any(|p| p.path == path && p.message.contains(needle)),
        "no problem at `{path}` mentioning {needle:?}; got:\n{}",
        problems.iter().map(|p| p.to_string()).collect::<Vec<_>>().join("\n")
    );
}

#[test]
fn minimal_framework_loads_without_warnings() {
    let loaded = load(MINIMAL).unwrap();
    assert_eq!(loaded.framework.tracks.len(), 2);
    assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
}

#[test]
fn default_framework_loads_without_warnings() {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/public/framework.json"))
        .expect("public/framework.json exists");
    let loaded = load(&text).unwrap_or_else(|problems| {
        panic!("{}", problems.iter().map(|p| p.to_string()).collect::<Vec<_>>().join("\n"))
    });
    let framework = loaded.framework;
    assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
    assert_eq!(framework.tracks.len(), 5);
    assert!((6..=7).contains(&framework.bands.len()));
    assert!((15..=25).contains(&framework.competencies.len()));
    assert!(framework.learning.len() >= 20);
    assert!(framework.roles().all(|(_, _, level)| !level.milestones.is_empty()));
    assert!(framework.bands.iter().all(|b| b.compensation.is_some()));
}

#[test]
fn syntax_error_reports_line_and_column() {
    let text = "{\n  \"format\": 1\n  \"meta\": {}\n}";
    let problems = load(text).unwrap_err();
    assert_eq!(problems.len(), 1);
    let position = problems[0].position.expect("a syntax error has a position");
    assert_eq!((position.line, position.column), (3, 3));
    assert!(problems[0].message.starts_with("Invalid JSON: expected `,` or `}`"), "{}", problems[0].message);
}

#[test]
fn truncated_file_says_it_ends_too_early() {
    let problems = load(&MINIMAL[..200]).unwrap_err();
    assert!(problems[0].message.contains("ends too early"), "{}", problems[0].message);
}

#[test]
fn html_page_is_named_as_such() {
    let problems = load("<!DOCTYPE html>\n<html><body>404 Not Found</body></html>").unwrap_err();
    assert!(problems[0].message.contains("HTML page instead of JSON"), "{}", problems[0].message);
    assert!(load("   ").unwrap_err()[0].message.contains("empty"));
}

#[test]
fn type_errors_carry_their_json_path_and_all_are_collected() {
    let mut value = minimal();
    value["tracks"][1]["levels"][0]["band"] = json!(2);
    value["bands"][0]["compensation"]["min"] = json!("lots");
    value["competencies"][1].as_object_mut().unwrap().remove("theme");
    let problems = errors_of(&value);
    assert_problem(&problems, "tracks[1].levels[0].band", "expected a string");
    assert_problem(&problems, "bands[0].compensation.min", "Invalid type: string \"lots\", expected u64");
    assert_problem(&problems, "competencies[1]", "Missing field `theme`");
    assert!(problems.iter().all(|p| p.position.is_some()), "every type error is located: {problems:?}");
}

#[test]
fn misspelt_field_is_reported_as_unknown() {
    let mut value = minimal();
    let level = value["tracks"][0]["levels"][0].as_object_mut().unwrap();
    let band = level.remove("band").unwrap();
    level.insert("bnad".into(), band);
    let problems = errors_of(&value);
    assert_problem(
        &problems,
        "tracks[0].levels[0].bnad",
        "Unknown field `bnad`, expected one of `id`, `title`, `band`",
    );
}

#[test]
fn dangling_references_are_named() {
    let mut value = minimal();
    value["tracks"][0]["levels"][1]["band"] = json!("b9");
    value["tracks"][0]["levels"][0]["expectations"][0]["competency"] = json!("cooking");
    value["learning"][0]["grows"][0]["up_to"] = json!("guru");
    value["mobility"][0]["to"]["level"] = json!("m7");
    value["mobility"][0]["from"]["track"] = json!("sales");
    let problems = errors_of(&value);
    assert_problem(&problems, "tracks[0].levels[1].band", "Unknown band \"b9\"");
    assert_problem(
        &problems,
        "tracks[0].levels[0].expectations[0].competency",
        "Unknown competency \"cooking\"",
    );
    assert_problem(&problems, "learning[0].grows[0].up_to", "Unknown proficiency \"guru\"");
    assert_problem(
        &problems,
        "mobility[0].to.level",
        "Unknown level \"m7\" in track \"mgmt\". Known: m2, m3.",
    );
    assert_problem(&problems, "mobility[0].from.track", "Unknown track \"sales\"");
    let located = problems.iter().find(|p| p.path == "tracks[0].levels[1].band").unwrap();
    assert!(located.position.is_some(), "semantic errors are located by line too");
}

#[test]
fn duplicate_ids_point_at_the_first_use() {
    let mut value = minimal();
    value["competencies"][1]["id"] = json!("code");
    value["tracks"][1]["levels"][1]["id"] = json!("m2");
    let problems = errors_of(&value);
    assert_problem(
        &problems,
        "competencies[1].id",
        "Duplicate competency ID \"code\": already used by competencies[0]",
    );
    assert_problem(&problems, "tracks[1].levels[1].id", "Duplicate level ID \"m2\"");
}

#[test]
fn band_going_down_along_a_track_is_an_error() {
    let mut value = minimal();
    value["tracks"][0]["levels"][2]["band"] = json!("b1");
    let problems = errors_of(&value);
    assert_problem(&problems, "tracks[0].levels[2].band", "Band goes down along the track");
}

#[test]
fn proficiency_outside_the_scale_is_an_error() {
    let mut value = minimal();
    value["tracks"][0]["levels"][0]["expectations"][0]["proficiency"] = json!("wizard");
    value["competencies"][0]["descriptors"]["wizard"] = json!("Casts spells.");
    let problems = errors_of(&value);
    assert_problem(
        &problems,
        "tracks[0].levels[0].expectations[0].proficiency",
        "Unknown proficiency \"wizard\"",
    );
    assert_problem(&problems, "competencies[0].descriptors.wizard", "Unknown proficiency \"wizard\"");
}

#[test]
fn missing_descriptor_is_an_error() {
    let mut value = minimal();
    value["competencies"][0]["descriptors"].as_object_mut().unwrap().remove("deep");
    assert_problem(
        &errors_of(&value),
        "competencies[0].descriptors",
        "Missing descriptor for proficiency: deep",
    );
}

#[test]
fn empty_track_is_an_error() {
    let mut value = minimal();
    value["tracks"][1]["levels"] = json!([]);
    value["mobility"] = json!([]);
    assert_problem(&errors_of(&value), "tracks[1].levels", "has no levels");
}

#[test]
fn mobility_rule_into_a_sunset_role_is_an_error() {
    let mut value = minimal();
    value["tracks"][1]["levels"][0]["sunset"] =
        json!({ "date": "2026-06-30", "successor": { "track": "mgmt", "level": "m3" } });
    assert_problem(&errors_of(&value), "mobility[0].to", "leads into the sunset role mgmt/m2");
}

#[test]
fn compensation_min_above_max_is_an_error() {
    let mut value = minimal();
    value["bands"][1]["compensation"] =
        json!({ "min": 90000, "mid": 80000, "max": 70000, "currency": "EUR" });
    assert_problem(&errors_of(&value), "bands[1].compensation", "min (90000) is greater than max (70000)");
}

#[test]
fn bad_dates_and_format_are_errors() {
    let mut value = minimal();
    value["meta"]["effective_date"] = json!("01/02/2026");
    value["format"] = json!(3);
    let problems = errors_of(&value);
    assert_problem(&problems, "meta.effective_date", "write it as YYYY-MM-DD");
    assert_problem(&problems, "format", "reads formats 1 to 2, but the file says format 3");
}

#[test]
fn errors_come_before_warnings_and_all_are_collected() {
    let mut value = minimal();
    value["tracks"][0]["levels"][2]["band"] = json!("b9");
    value["tracks"][0]["levels"][1]["expectations"][1]["competency"] = json!("nope");
    let problems = errors_of(&value);
    assert!(problems.iter().filter(|p| p.severity == Severity::Error).count() >= 2);
    let first_warning = problems.iter().position(|p| p.severity == Severity::Warning);
    let last_error = problems.iter().rposition(|p| p.severity == Severity::Error).unwrap();
    assert!(first_warning.is_none_or(|w| w > last_error));
}

mod parity {
    use super::*;

    fn warnings_of(value: &Value) -> Vec<Problem> {
        load(&value.to_string()).expect("warnings do not block loading").warnings
    }

    #[test]
    fn track_below_managements_top_band_is_flagged() {
        let mut value = minimal();
        value["tracks"][0]["levels"].as_array_mut().unwrap().pop();
        value["tracks"][0]["levels"][1]["milestones"] = json!([]);
        let warnings = warnings_of(&value);
        assert_problem(&warnings, "tracks[0]", "tops out at band b2, but people management reaches band b3");
    }

    #[test]
    fn band_paid_differently_by_track_is_flagged() {
        let mut value = minimal();
        value["tracks"][1]["levels"][1]["compensation"] =
            json!({ "min": 70000, "mid": 80000, "max": 90000, "currency": "EUR" });
        let warnings = warnings_of(&value);
        assert_problem(&warnings, "bands[2]", "Band b3 pays differently by track");
        assert_problem(&warnings, "bands[2]", "70000–90000 EUR on Management");
    }

    #[test]
    fn skipped_band_is_flagged() {
        let mut value = minimal();
        value["tracks"][0]["levels"].as_array_mut().unwrap().remove(1);
        value["mobility"] = json!([]);
        let warnings = warnings_of(&value);
        assert_problem(&warnings, "tracks[0].levels[1].band", "skips band b2");
    }

    #[test]
    fn sunset_levels_do_not_count_towards_parity() {
        let mut value = minimal();
        value["tracks"][0]["levels"][2]["sunset"] = json!({ "date": "2026-12-31" });
        let warnings = warnings_of(&value);
        assert_problem(&warnings, "tracks[0]", "tops out at band b2");
    }

    fn top_band_name(loaded: &Loaded) -> (bool, Option<String>) {
        let facts = loaded.framework.parity_facts();
        assert!(facts.all_kept(), "expected equal tracks, got {facts:?}");
        (facts.people_management, facts.top_band.map(|b| b.name.clone()))
    }

    #[test]
    fn facts_promise_the_top_band_people_management_reaches() {
        let loaded = load(MINIMAL).unwrap();
        assert_eq!(top_band_name(&loaded), (true, Some("Band 3".into())));
        assert_eq!(loaded.framework.parity_facts().pay, PayParity::SameByBand { every_band: true });
    }

    #[test]
    fn facts_ignore_sunset_management_levels() {
        let mut value = minimal();
        value["tracks"][1]["levels"][1]["sunset"] = json!({ "date": "2026-12-31" });
        value["mobility"] = json!([]);
        let loaded = load(&value.to_string()).unwrap();
        assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
        assert_eq!(top_band_name(&loaded), (true, Some("Band 2".into())));
    }

    #[test]
    fn facts_without_people_management_name_the_highest_band_used() {
        let mut value = minimal();
        value["tracks"][1]["manages_people"] = json!(false);
        value["tracks"][1]["levels"][1]["sunset"] = json!({ "date": "2026-12-31" });
        let loaded = load(&value.to_string()).unwrap();
        assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
        assert_eq!(top_band_name(&loaded), (false, Some("Band 3".into())));
    }

    #[test]
    fn facts_say_what_breaks_parity_as_the_warnings_do() {
        let mut value = minimal();
        value["tracks"][1]["levels"][1]["compensation"] =
            json!({ "min": 1, "mid": 2, "max": 3, "currency": "EUR" });
        let loaded = load(&value.to_string()).unwrap();
        assert_eq!(loaded.parity_issues().count(), 1);
        let facts = loaded.framework.parity_facts();
        assert!(!facts.all_kept());
        let bands = match facts.pay {
            PayParity::DiffersByTrack { bands } => bands.iter().map(|b| b.id.clone()).collect::<Vec<_>>(),
            other => panic!("expected pay to differ, got {other:?}"),
        };
        assert_eq!(bands, ["b3"]);

        let mut value = minimal();
        value["tracks"][0]["levels"].as_array_mut().unwrap().pop();
        value["tracks"][0]["levels"][1]["milestones"] = json!([]);
        let loaded = load(&value.to_string()).unwrap();
        let facts = loaded.framework.parity_facts();
        let below: Vec<&str> = facts.below_top.iter().map(|t| t.id.as_str()).collect();
        assert_eq!(below, ["tech"]);

        let mut value = minimal();
        value["tracks"][0]["levels"].as_array_mut().unwrap().remove(1);
        value["mobility"] = json!([]);
        let loaded = load(&value.to_string()).unwrap();
        let facts = loaded.framework.parity_facts();
        let skipping: Vec<&str> = facts.skipping.iter().map(|t| t.id.as_str()).collect();
        assert_eq!(skipping, ["tech"]);
    }

    #[test]
    fn facts_never_call_unpublished_pay_equal() {
        let mut value = minimal();
        for band in value["bands"].as_array_mut().unwrap() {
            band.as_object_mut().unwrap().remove("compensation");
        }
        let loaded = load(&value.to_string()).unwrap();
        assert_eq!(loaded.parity_issues().count(), 0, "no pay is no pay difference");
        assert_eq!(loaded.framework.parity_facts().pay, PayParity::NotPublished);

        let mut value = minimal();
        value["bands"][0].as_object_mut().unwrap().remove("compensation");
        let loaded = load(&value.to_string()).unwrap();
        let facts = loaded.framework.parity_facts();
        assert_eq!(facts.pay, PayParity::SameByBand { every_band: false });
    }

    #[test]
    fn the_format2_fixtures_keep_every_promise_and_publish_pay() {
        for name in ["ladder-yaml", "points-ladder", "multi-discipline"] {
            let text = std::fs::read_to_string(format!("tests/fixtures/format2/{name}.json")).unwrap();
            let loaded = load(&text).unwrap();
            let facts = loaded.framework.parity_facts();
            assert!(facts.all_kept(), "{name}: {facts:?}");
            assert!(facts.people_management, "{name}");
            assert_eq!(facts.pay, PayParity::SameByBand { every_band: true }, "{name}");
        }
    }
}

#[test]
fn problem_messages_are_located_for_authors() {
    let problems: Vec<Problem> = load("{\n  \"format\": 1,\n}").unwrap_err();
    assert!(problems[0].location().starts_with("line 3, column 1"), "{}", problems[0].location());
}

#[test]
fn a_problem_is_a_standard_error() {
    fn source_chain(error: &dyn std::error::Error) -> String {
        error.to_string()
    }
    let problem = load("{").unwrap_err().remove(0);
    assert!(source_chain(&problem).starts_with("error at line 1"), "{problem}");
}

#[test]
fn shipped_json_schema_matches_the_rust_types() {
    let generated = mosaic::core::framework::json_schema();
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/public/framework.schema.json");
    if std::env::var_os("UPDATE_SCHEMA").is_some() {
        std::fs::write(path, &generated).unwrap();
    }
    let shipped = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        shipped == generated,
        "public/framework.schema.json is stale: run `UPDATE_SCHEMA=1 cargo test --test framework_validation`"
    );
}

#[test]
fn ids_must_be_url_safe() {
    let mut value = minimal();
    value["tracks"][0]["id"] = json!("tech/ops");
    value["mobility"] = json!([]);
    assert_problem(&errors_of(&value), "tracks[0].id", "may only contain letters, digits");
}

#[test]
fn sunset_successor_must_not_be_sunset_itself() {
    let mut value = minimal();
    value["mobility"] = json!([]);
    value["tracks"][1]["levels"][0]["sunset"] =
        json!({ "date": "2026-06-30", "successor": { "track": "mgmt", "level": "m3" } });
    value["tracks"][1]["levels"][1]["sunset"] = json!({ "date": "2026-06-30" });
    assert_problem(&errors_of(&value), "tracks[1].levels[0].sunset.successor", "is itself being phased out");
}

#[test]
fn missing_section_concerns_the_whole_file() {
    let mut value = minimal();
    value.as_object_mut().unwrap().remove("bands");
    let problems = errors_of(&value);
    let missing = problems.iter().find(|p| p.message.contains("Missing section `bands`")).expect("reported");
    assert_eq!(missing.location(), "whole file");
}

#[test]
fn null_means_none_where_a_field_defaults_to_none_and_is_a_type_error_elsewhere() {
    // As docs/framework-format.md says: `null` is accepted only where leaving a field out
    // means "none" (an `Option` without another default).
    let mut value = minimal();
    value["bands"][0]["compensation"] = Value::Null;
    value["tracks"][0]["sunset"] = Value::Null;
    value["tracks"][0]["levels"][0]["compensation"] = Value::Null;
    value["mobility"][0]["prerequisites"][0]["competency"] = Value::Null;
    value["mobility"][0]["prerequisites"][0]["proficiency"] = Value::Null;
    let loaded = load(&value.to_string()).expect("null where none is the default");
    assert_eq!(loaded.framework.bands[0].compensation, None);
    assert_eq!(loaded.framework.tracks[0].sunset, None);

    let mut value = minimal();
    value["meta"]["locale"] = Value::Null;
    value["learning"] = Value::Null;
    value["tracks"][0]["levels"][0]["milestones"] = Value::Null;
    let problems = errors_of(&value);
    assert_problem(&problems, "meta.locale", "Invalid type: null, expected a string");
    assert_problem(&problems, "learning", "Invalid type: null, expected a sequence");
    assert_problem(&problems, "tracks[0].levels[0].milestones", "Invalid type: null, expected a sequence");
}

/// The default framework with `extra` competencies added (IDs `skill-000000`, …).
fn default_with_competencies(extra: usize) -> Value {
    let mut value: Value = serde_json::from_str(include_str!("../public/framework.json")).unwrap();
    let template = value["competencies"][0].clone();
    let list = value["competencies"].as_array_mut().unwrap();
    for i in 0..extra {
        let mut competency = template.clone();
        competency["id"] = json!(format!("skill-{i:06}"));
        list.push(competency);
    }
    value
}

#[test]
fn an_unknown_reference_suggests_the_closest_ids_not_every_one() {
    let mut value = default_with_competencies(1_500);
    let known = value["competencies"][0]["id"].as_str().unwrap().to_string();
    let slip = format!("{known}s");
    let expectations = value["tracks"][0]["levels"][0]["expectations"].as_array_mut().unwrap();
    expectations[0]["competency"] = json!(slip);
    expectations.push(json!({"competency": "skill-000042x", "proficiency": expectations[0]["proficiency"]}));
    expectations
        .push(json!({"competency": "nothing-like-it", "proficiency": expectations[0]["proficiency"]}));
    let problems = errors_of(&value);
    let path = "tracks[0].levels[0].expectations";
    assert_problem(&problems, &format!("{path}[0].competency"), &format!("Did you mean {known}?"));
    let last = expectations_len(&value) - 1;
    assert_problem(&problems, &format!("{path}[{}].competency", last - 1), "Did you mean skill-000042?");
    assert_problem(&problems, &format!("{path}[{last}].competency"), "No known competency is close to it");
    assert!(problems.iter().all(|p| p.message.len() < 300), "every message is short");
}

fn expectations_len(value: &Value) -> usize {
    value["tracks"][0]["levels"][0]["expectations"].as_array().unwrap().len()
}

#[test]
fn a_framework_over_a_count_limit_is_refused_before_validation() {
    let limit = mosaic::core::limits::FRAMEWORK_COUNTS
        .iter()
        .find(|(counted, _)| *counted == mosaic::core::limits::Counted::Competencies)
        .unwrap()
        .1 as usize;
    let value = default_with_competencies(limit);
    let problems = errors_of(&value);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_problem(&problems, "competencies", &format!("Mosaic reads at most {limit}"));
    assert!(problems[0].position.is_some(), "located at the list");
}

#[test]
fn a_file_over_the_size_limit_is_refused_before_it_is_parsed() {
    let limit = mosaic::core::limits::FRAMEWORK_BYTES as usize;
    // Not even JSON: the size alone decides.
    let text = "x".repeat(limit + 1);
    let problems = load(&text).expect_err("too large");
    assert_eq!(problems.len(), 1);
    assert!(
        problems[0].message.starts_with("The framework file is 10.0 MB (10000001 bytes)"),
        "{}",
        problems[0].message
    );
    assert!(mosaic::core::framework::load_fast(&text).is_none(), "handed over to `load`, which words it");
}

/// Parity at sizes a hand-written file never reaches: the warnings are one per skipped band,
/// the facts count the same warnings, and a long chain of branching tracks is followed to
/// its end (once recursive and tracks³; it must neither overflow the stack nor hang).
mod parity_at_scale {
    use super::*;
    use mosaic::core::framework::{parity_warnings, Framework};

    /// `minimal.json` with `bands` more bands above b3, a chain of `chain` non-managing tracks
    /// each branching from the one before (only the last reaches the top band), and `skipping`
    /// tracks that go from b1 straight to the top band.
    fn scaled(bands: usize, chain: usize, skipping: usize) -> Framework {
        let mut value = minimal();
        let template = value["bands"][0].clone();
        for b in 0..bands {
            let mut band = template.clone();
            band["id"] = json!(format!("g{b}"));
            value["bands"].as_array_mut().unwrap().push(band);
        }
        let top = format!("g{}", bands - 1);
        // Management reaches the top band.
        value["tracks"][1]["levels"][1]["band"] = json!(top);
        let level = value["tracks"][0]["levels"][0].clone();
        let track = value["tracks"][0].clone();
        let role = |id: String, band: &str| {
            let mut l = level.clone();
            l["id"] = json!(id);
            l["band"] = json!(band);
            l
        };
        let tracks = value["tracks"].as_array_mut().unwrap();
        for c in 0..chain {
            let mut t = track.clone();
            t["id"] = json!(format!("c{c}"));
            let band = if c + 1 == chain { top.as_str() } else { "b1" };
            t["levels"] = json!([role(format!("c{c}r"), band)]);
            if c > 0 {
                t["branches_from"] =
                    json!({ "track": format!("c{}", c - 1), "level": format!("c{}r", c - 1) });
            }
            tracks.push(t);
        }
        for s in 0..skipping {
            let mut t = track.clone();
            t["id"] = json!(format!("s{s}"));
            t["levels"] = json!([role(format!("s{s}a"), "b1"), role(format!("s{s}b"), &top)]);
            tracks.push(t);
        }
        serde_json::from_value(value).unwrap()
    }

    #[test]
    fn facts_count_every_warning_and_a_long_branching_chain_reaches_the_top() {
        let (bands, chain, skipping) = (300, 3_000, 40);
        let framework = scaled(bands, chain, skipping);
        let warnings = parity_warnings(&framework);
        let facts = framework.parity_facts();
        assert_eq!(facts.warning_count(), warnings.len(), "the facts count the warnings");
        // b2, b3 and every added band but the top lie between b1 and the top band; management
        // goes from b2 to the top band.
        let between = 2 + bands - 1;
        assert_eq!(facts.gaps, skipping * between + (between - 1), "the skipping tracks, and management");
        assert_eq!(facts.skipping.len(), skipping + 1);
        assert_eq!(warnings.iter().filter(|w| w.message.contains(" skips band ")).count(), facts.gaps);
        // Every track of the chain reaches the top band along its branches; the original
        // tech track (b1–b3) stops below it.
        let below: Vec<&str> = facts.below_top.iter().map(|t| t.id.as_str()).collect();
        assert_eq!(below, ["tech"]);
    }

    #[test]
    fn a_cycle_of_branches_ends() {
        let mut framework = scaled(3, 4, 0);
        let first = framework.tracks.iter().position(|t| t.id == "c0").unwrap();
        framework.tracks[first].branches_from = framework
            .tracks
            .iter()
            .find(|t| t.id == "c3")
            .and_then(|t| t.levels.first())
            .map(|l| mosaic::core::framework::RoleRef { track: "c3".into(), level: l.id.clone() });
        let facts = framework.parity_facts();
        // On the cycle every track reaches what the highest of them reaches: the top band.
        assert!(facts.below_top.iter().all(|t| !t.id.starts_with('c')));
        assert_eq!(facts.warning_count(), parity_warnings(&framework).len());
    }
}
