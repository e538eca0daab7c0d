//! Validation of the format-2 fields: named scales, families, links, branching tracks, points,
//! the readiness policy, roles without criteria, and format-1 files that use format-2 fields.

use mosaic::core::framework::{load, Concern, Problem, Severity};
use serde_json::{json, Value};

const MINIMAL: &str = include_str!("fixtures/minimal.json");

/// The minimal framework as format 2, using a field of each kind: a second scale, families,
/// a detailed descriptor, expectation text, links, a branching track, promotion and pacing.
fn format2() -> Value {
    let mut value: Value = serde_json::from_str(MINIMAL).unwrap();
    value["format"] = json!(2);
    value["scales"] = json!([{ "id": "two", "name": "Two steps", "levels": [
        { "id": "learning", "name": "Learning" },
        { "id": "fluent", "name": "Fluent" }
    ] }]);
    value["families"] = json!([
        { "id": "eng", "name": "Engineering" },
        { "id": "lead", "name": "Leadership", "description": "People leadership." }
    ]);
    value["tracks"][0]["family"] = json!("eng");
    value["tracks"][1]["family"] = json!("lead");
    value["competencies"].as_array_mut().unwrap().push(json!({
        "id": "writing", "name": "Writing", "theme": "Craft", "scale": "two",
        "descriptors": {
            "learning": "Writes clear tickets.",
            "fluent": { "text": "Writes documents others build on.",
                        "examples": ["A design note adopted by two teams"],
                        "signals": ["Asked to review others' writing"],
                        "links": [{ "title": "Writing guide", "url": "https://example.com/writing" }] }
        }
    }));
    value["tracks"][0]["levels"][1]["expectations"].as_array_mut().unwrap().push(json!({
        "competency": "writing", "proficiency": "fluent",
        "text": "Writes the design note for each project they lead.",
        "examples": ["Design note for the billing rewrite"],
        "links": [{ "title": "Template", "url": "http://example.com/template" }]
    }));
    value["tracks"][1]["branches_from"] = json!({ "track": "tech", "level": "t1" });
    value["tracks"][1]["levels"][0]["typical_months"] = json!(18);
    value["tracks"][1]["levels"][0]["promotion"] = json!({
        "decided_by": "Two managers and a peer", "evidence": "A written case", "calibration": "Quarterly"
    });
    value["governance"]["promotion"] = json!({ "decided_by": "The council", "evidence": "Milestones met" });
    value["readiness"] = json!({ "close_from_percent": 80, "stretch_from_percent": 50 });
    value["pacing"] = json!({ "months_in_level": 15 });
    value
}

fn text(value: &Value) -> String {
    serde_json::to_string_pretty(value).unwrap()
}

fn errors_of(value: &Value) -> Vec<Problem> {
    load(&text(value)).expect_err("expected the framework to be rejected")
}

fn warnings_of(value: &Value) -> Vec<Problem> {
    let loaded = load(&text(value)).unwrap_or_else(|problems| panic!("{}", listed(&problems)));
    loaded.content_warnings().cloned().collect()
}

fn listed(problems: &[Problem]) -> String {
    problems.iter().map(|p| p.to_string()).collect::<Vec<_>>().join("\n")
}

/// Asserts that some problem of this severity sits at `path` and its message contains `needle`.
fn assert_problem(problems: &[Problem], severity: Severity, path: &str, needle: &str) {
    assert!(
        problems.iter().any(|p| p.severity == severity && p.path == path && p.message.contains(needle)),
        "no {severity:?} at `{path}` mentioning {needle:?}; got:\n{}",
        listed(problems)
    );
}

fn assert_error(problems: &[Problem], path: &str, needle: &str) {
    assert_problem(problems, Severity::Error, path, needle);
}

#[test]
fn a_framework_using_format_2_fields_loads_without_warnings() {
    let loaded = load(&text(&format2())).unwrap_or_else(|problems| panic!("{}", listed(&problems)));
    assert!(loaded.warnings.is_empty(), "{}", listed(&loaded.warnings));
    assert_eq!(loaded.framework.scales.len(), 1);
}

mod scales {
    use super::*;

    #[test]
    fn scale_ids_are_unique_and_url_safe_and_scales_have_steps() {
        let mut value = format2();
        let scales = value["scales"].as_array_mut().unwrap();
        scales.push(json!({ "id": "two", "name": "Again", "levels": [{ "id": "x", "name": "X" }] }));
        scales.push(json!({ "id": "no steps", "name": "Empty", "levels": [] }));
        scales.push(json!({ "id": "twice", "name": "Twice", "levels": [
            { "id": "a", "name": "A" }, { "id": "a", "name": "A again" }
        ] }));
        let problems = errors_of(&value);
        assert_error(&problems, "scales[1].id", "Duplicate scale ID \"two\": already used by scales[0]");
        assert_error(&problems, "scales[2].id", "may only contain letters, digits");
        assert_error(&problems, "scales[2].levels", "Scale \"no steps\" has no levels");
        assert_error(&problems, "scales[3].levels[1].id", "Duplicate proficiency ID \"a\"");
    }

    #[test]
    fn a_competency_names_an_existing_scale() {
        let mut value = format2();
        value["competencies"][2]["scale"] = json!("three");
        assert_error(&errors_of(&value), "competencies[2].scale", "Unknown scale \"three\". Known: two.");
    }

    #[test]
    fn without_a_default_scale_every_competency_names_one() {
        let mut value = format2();
        value.as_object_mut().unwrap().remove("proficiency_scale");
        let problems = errors_of(&value);
        assert_error(
            &problems,
            "competencies[0]",
            "Competency \"code\" has no scale: name one of `scales` or add `proficiency_scale`.",
        );
        assert!(!problems.iter().any(|p| p.path == "competencies[2]"), "{}", listed(&problems));
    }

    #[test]
    fn descriptors_cover_exactly_the_steps_of_the_competencys_own_scale() {
        let mut value = format2();
        let descriptors = value["competencies"][2]["descriptors"].as_object_mut().unwrap();
        descriptors.remove("learning");
        descriptors.insert("solid".into(), json!("From the default scale."));
        let problems = errors_of(&value);
        assert_error(
            &problems,
            "competencies[2].descriptors",
            "Missing descriptor for proficiency: learning (scale \"two\")",
        );
        assert_error(
            &problems,
            "competencies[2].descriptors.solid",
            "Unknown proficiency \"solid\" (scale \"two\"). Known: learning, fluent.",
        );
    }

    #[test]
    fn a_default_scale_with_one_step_is_an_error() {
        let mut value = format2();
        value["proficiency_scale"].as_array_mut().unwrap().truncate(1);
        assert_error(&errors_of(&value), "proficiency_scale", "needs at least two levels");
    }

    #[test]
    fn expectations_learning_and_prerequisites_use_steps_of_the_competencys_own_scale() {
        let mut value = format2();
        value["tracks"][0]["levels"][1]["expectations"][2]["proficiency"] = json!("deep");
        value["learning"][0]["grows"]
            .as_array_mut()
            .unwrap()
            .push(json!({ "competency": "writing", "up_to": "solid" }));
        value["mobility"][0]["prerequisites"][0]["proficiency"] = json!("fluent");
        let problems = errors_of(&value);
        assert_error(
            &problems,
            "tracks[0].levels[1].expectations[2].proficiency",
            "Unknown proficiency \"deep\" for competency \"writing\" (scale \"two\"). Known: learning, fluent.",
        );
        assert_error(
            &problems,
            "learning[0].grows[1].up_to",
            "Unknown proficiency \"solid\" for competency \"writing\"",
        );
        assert_error(
            &problems,
            "mobility[0].prerequisites[0].proficiency",
            "Unknown proficiency \"fluent\" for competency \"people\". Known: basic, solid, deep.",
        );
    }
}

mod families {
    use super::*;

    #[test]
    fn family_ids_are_unique_and_tracks_name_existing_ones() {
        let mut value = format2();
        value["families"].as_array_mut().unwrap().push(json!({ "id": "eng", "name": "Again" }));
        value["families"].as_array_mut().unwrap().push(json!({ "id": "ops", "name": " " }));
        value["tracks"][1]["family"] = json!("sales");
        let problems = errors_of(&value);
        assert_error(&problems, "families[2].id", "Duplicate family ID \"eng\"");
        assert_error(&problems, "families[3].name", "The family name is empty.");
        assert_error(&problems, "tracks[1].family", "Unknown family \"sales\". Known: eng, lead, ops.");
    }

    #[test]
    fn a_track_without_a_family_is_a_warning_once_families_exist() {
        let mut value = format2();
        value["tracks"][1].as_object_mut().unwrap().remove("family");
        let warnings = warnings_of(&value);
        assert_problem(
            &warnings,
            Severity::Warning,
            "tracks[1]",
            "Track \"Management\" belongs to no family",
        );
        assert!(warnings.iter().all(|w| w.concern == Concern::Content));

        value.as_object_mut().unwrap().remove("families");
        value["tracks"][0].as_object_mut().unwrap().remove("family");
        assert!(warnings_of(&value).is_empty(), "no families, nothing to belong to");
    }
}

mod links_and_text {
    use super::*;

    #[test]
    fn links_lead_only_to_web_pages_and_have_titles() {
        let mut value = format2();
        let expectation = &mut value["tracks"][0]["levels"][1]["expectations"][2];
        expectation["links"] = json!([
            { "title": "Run me", "url": "javascript:alert(1)" },
            { "title": " ", "url": "https://example.com" },
            { "title": "Half", "url": "https://" },
            { "title": "Spaced", "url": "https://example.com/a b" }
        ]);
        value["tracks"][0]["levels"][0]["links"] = json!([{ "title": "Local", "url": "file:///etc/passwd" }]);
        value["tracks"][0]["levels"][0]["milestones"][0]["links"] =
            json!([{ "title": "Data", "url": "data:text/html,hi" }]);
        value["governance"]["promotion"]["links"] =
            json!([{ "title": "Mail", "url": "mailto:council@example.com" }]);
        value["competencies"][2]["descriptors"]["fluent"]["links"][0]["url"] = json!("example.com/writing");
        let problems = errors_of(&value);
        let at = "tracks[0].levels[1].expectations[2].links";
        assert_error(&problems, &format!("{at}[0].url"), "only http(s) links are allowed");
        assert_error(&problems, &format!("{at}[1].title"), "The link title is empty.");
        assert_error(&problems, &format!("{at}[2].url"), "only http(s) links are allowed");
        assert_error(&problems, &format!("{at}[3].url"), "only http(s) links are allowed");
        assert_error(
            &problems,
            "tracks[0].levels[0].links[0].url",
            "\"file:///etc/passwd\" is not a web address",
        );
        assert_error(&problems, "tracks[0].levels[0].milestones[0].links[0].url", "only http(s) links");
        assert_error(&problems, "governance.promotion.links[0].url", "only http(s) links");
        assert_error(&problems, "competencies[2].descriptors.fluent.links[0].url", "only http(s) links");
    }

    #[test]
    fn expectation_text_examples_and_signals_are_not_blank() {
        let mut value = format2();
        let expectation = &mut value["tracks"][0]["levels"][1]["expectations"][2];
        expectation["text"] = json!("  ");
        expectation["examples"] = json!(["A real one", ""]);
        expectation["signals"] = json!([" "]);
        value["competencies"][2]["descriptors"]["fluent"]["text"] = json!("");
        value["tracks"][1]["levels"][0]["promotion"]["decided_by"] = json!("");
        let problems = errors_of(&value);
        let at = "tracks[0].levels[1].expectations[2]";
        assert_error(&problems, &format!("{at}.text"), "The expectation text is empty");
        assert_error(&problems, &format!("{at}.examples[1]"), "This example is empty.");
        assert_error(&problems, &format!("{at}.signals[0]"), "This signal is empty.");
        assert_error(&problems, "competencies[2].descriptors.fluent.text", "The descriptor text is empty.");
        assert_error(&problems, "tracks[1].levels[0].promotion.decided_by", "(`decided_by`) is empty");
        assert!(!problems.iter().any(|p| p.path == format!("{at}.examples[0]")));
    }
}

mod branching {
    use super::*;

    #[test]
    fn a_branch_point_is_an_existing_role_of_another_track() {
        let mut value = format2();
        value["tracks"][1]["branches_from"] = json!({ "track": "tech", "level": "t9" });
        assert_error(
            &errors_of(&value),
            "tracks[1].branches_from.level",
            "Unknown level \"t9\" in track \"tech\"",
        );
        value["tracks"][1]["branches_from"] = json!({ "track": "mgmt", "level": "m2" });
        assert_error(
            &errors_of(&value),
            "tracks[1].branches_from.track",
            "Track \"mgmt\" branches from its own level \"m2\"",
        );
    }

    #[test]
    fn a_branch_point_is_not_being_phased_out() {
        let mut value = format2();
        value["tracks"][0]["levels"][0]["sunset"] = json!({ "date": "2026-06-30" });
        assert_error(
            &errors_of(&value),
            "tracks[1].branches_from",
            "Track \"mgmt\" branches from \"Engineer\" (tech/t1), which is being phased out",
        );
    }

    #[test]
    fn a_branch_starts_no_lower_than_its_branch_point() {
        let mut value = format2();
        value["tracks"][1]["branches_from"] = json!({ "track": "tech", "level": "t3" });
        assert_error(
            &errors_of(&value),
            "tracks[1].levels[0].band",
            "Track \"mgmt\" starts in band b2, below the role it branches from, \"Staff Engineer\" of track \"tech\" (band b3)",
        );
        // Branching at the same band is allowed: the branch point's band is b2.
        value["tracks"][1]["branches_from"] = json!({ "track": "tech", "level": "t2" });
        assert!(load(&text(&value)).is_ok());
    }

    #[test]
    fn tracks_do_not_branch_from_each_other_in_a_circle() {
        let mut value = format2();
        value["tracks"][0]["branches_from"] = json!({ "track": "mgmt", "level": "m2" });
        value["tracks"][0]["levels"].as_array_mut().unwrap().remove(0);
        value["tracks"][1]["branches_from"] = json!({ "track": "tech", "level": "t2" });
        value["mobility"] = json!([]);
        let problems = errors_of(&value);
        assert_error(&problems, "tracks[0].branches_from", "in a circle: tech → mgmt → tech");
        assert_error(&problems, "tracks[1].branches_from", "in a circle: mgmt → tech → mgmt");
    }
}

mod points {
    use super::*;

    /// Points on every step of both scales in use, and a points-only role on the tech track.
    fn points_ladder() -> Value {
        let mut value = format2();
        for (step, points) in [1, 3, 6].iter().enumerate() {
            value["proficiency_scale"][step]["points"] = json!(points);
        }
        value["scales"][0]["levels"][0]["points"] = json!(1);
        value["scales"][0]["levels"][1]["points"] = json!(4);
        value["tracks"][0]["levels"][2]["points"] = json!({ "total": 9, "minimums": [
            { "theme": "Craft", "points": 5 }, { "theme": "Leadership", "points": 3 }
        ] });
        value
    }

    #[test]
    fn a_points_ladder_loads_without_warnings() {
        assert!(warnings_of(&points_ladder()).is_empty());
    }

    #[test]
    fn every_step_of_a_scale_in_use_has_points_once_a_role_is_reached_by_points() {
        let mut value = points_ladder();
        value["scales"][0]["levels"][1].as_object_mut().unwrap().remove("points");
        value["proficiency_scale"][0].as_object_mut().unwrap().remove("points");
        let problems = errors_of(&value);
        assert_error(
            &problems,
            "scales[0].levels[1]",
            "Step \"fluent\" of scale \"two\" has no `points`: roles such as \"Staff Engineer\" are reached by points",
        );
        assert_error(
            &problems,
            "proficiency_scale[0]",
            "Step \"basic\" of the proficiency scale has no `points`",
        );
    }

    #[test]
    fn an_unused_scale_needs_no_points() {
        let mut value = points_ladder();
        value["scales"].as_array_mut().unwrap().push(json!({ "id": "spare", "name": "Spare", "levels": [
            { "id": "x", "name": "X" }
        ] }));
        assert!(load(&text(&value)).is_ok());
    }

    #[test]
    fn points_never_go_down_along_a_scale() {
        let mut value = points_ladder();
        value["proficiency_scale"][2]["points"] = json!(2);
        assert_error(
            &errors_of(&value),
            "proficiency_scale[2].points",
            "Points go down along the proficiency scale: \"deep\" is worth 2 but \"solid\", below it, is worth 3.",
        );
    }

    #[test]
    fn minimums_name_themes_competencies_have_and_thresholds_are_at_least_one() {
        let mut value = points_ladder();
        value["tracks"][0]["levels"][2]["points"] = json!({ "total": 0, "minimums": [
            { "theme": "Cooking", "points": 2 }, { "theme": "Craft", "points": 0 }, { "theme": "Craft", "points": 1 }
        ] });
        let problems = errors_of(&value);
        let at = "tracks[0].levels[2].points";
        assert_error(&problems, &format!("{at}.total"), "The points total must be at least 1.");
        assert_error(
            &problems,
            &format!("{at}.minimums[0].theme"),
            "Unknown theme \"Cooking\". Known: Craft, Leadership.",
        );
        assert_error(
            &problems,
            &format!("{at}.minimums[1].points"),
            "A theme minimum must be at least 1 point.",
        );
        assert_error(
            &problems,
            &format!("{at}.minimums[2].theme"),
            "Theme \"Craft\" has two minimums for this role",
        );
    }

    #[test]
    fn a_total_below_its_minimums_or_beyond_reach_is_a_warning() {
        let mut value = points_ladder();
        value["tracks"][0]["levels"][2]["points"]["total"] = json!(7);
        let warnings = warnings_of(&value);
        assert_problem(
            &warnings,
            Severity::Warning,
            "tracks[0].levels[2].points.total",
            "needs 7 points in total but its theme minimums add up to 8",
        );
        // Best ratings: code 6 + people 6 + writing 4 = 16; Leadership (people) gives 6.
        value["tracks"][0]["levels"][2]["points"] = json!({ "total": 17, "minimums": [
            { "theme": "Leadership", "points": 7 }
        ] });
        let warnings = warnings_of(&value);
        assert_problem(
            &warnings,
            Severity::Warning,
            "tracks[0].levels[2].points.total",
            "gives only 16: nobody can reach it",
        );
        assert_problem(
            &warnings,
            Severity::Warning,
            "tracks[0].levels[2].points.minimums[0].points",
            "needs 7 points from theme \"Leadership\", but its competencies give at most 6",
        );
    }

    #[test]
    fn thresholds_falling_along_a_track_is_a_warning() {
        let mut value = points_ladder();
        value["tracks"][0]["levels"][1]["points"] = json!({ "total": 12 });
        assert_problem(
            &warnings_of(&value),
            Severity::Warning,
            "tracks[0].levels[2].points.total",
            "\"Staff Engineer\" needs 9 points, fewer than the 12 of \"Senior Engineer\" before it",
        );
    }
}

mod readiness {
    use super::*;

    #[test]
    fn stretch_starts_no_higher_than_close_and_percentages_stay_within_100() {
        let mut value = format2();
        value["readiness"] = json!({ "close_from_percent": 50, "stretch_from_percent": 70,
                                     "milestone_share_percent": 101, "expectations_met_percent": 0 });
        let problems = errors_of(&value);
        assert_error(
            &problems,
            "readiness.stretch_from_percent",
            "\"Stretch\" starts at 70%, above \"Close\" at 50%",
        );
        assert_error(&problems, "readiness.milestone_share_percent", "it is a percentage from 0 to 100");
        assert_error(&problems, "readiness.expectations_met_percent", "it is a percentage from 1 to 100");
    }

    #[test]
    fn pacing_and_typical_months_are_at_least_a_month() {
        let mut value = format2();
        value["pacing"] = json!({ "months_in_level": 0, "on_the_job_months_per_step": 0 });
        value["bands"][0]["typical_months"] = json!(0);
        value["tracks"][1]["levels"][0]["typical_months"] = json!(0);
        let problems = errors_of(&value);
        assert_error(&problems, "pacing.months_in_level", "must be at least 1 month");
        assert_error(&problems, "pacing.on_the_job_months_per_step", "must be at least 1 month");
        assert_error(&problems, "bands[0].typical_months", "must be at least 1 month");
        assert_error(&problems, "tracks[1].levels[0].typical_months", "must be at least 1 month");
    }

    #[test]
    fn a_role_without_criteria_is_a_warning_unless_it_is_being_phased_out() {
        let mut value = format2();
        value["tracks"][1]["levels"][1]["expectations"] = json!([]);
        let warnings = warnings_of(&value);
        assert_problem(
            &warnings,
            Severity::Warning,
            "tracks[1].levels[1]",
            "\"Manager\" (mgmt/m3) has no criteria: no expectations, milestones or points threshold, so nobody can be shown as ready for it.",
        );
        let loaded = load(&text(&value)).unwrap();
        assert_eq!(loaded.parity_issues().count(), 0, "a content warning is no parity issue");

        value["tracks"][1]["levels"][1]["milestones"] = json!([{ "id": "x", "title": "Led a re-org",
            "evidence": "Plan", "verification": "Director", "horizon_months": 6 }]);
        assert!(warnings_of(&value).is_empty(), "a milestone is a criterion");
        value["tracks"][1]["levels"][1]["milestones"] = json!([]);
        value["tracks"][1]["levels"][1]["sunset"] = json!({ "date": "2026-12-31" });
        value["mobility"] = json!([]);
        assert!(warnings_of(&value).is_empty(), "nobody is offered a sunset role");
    }
}

mod format_1 {
    use super::*;

    #[test]
    fn a_format_1_file_using_format_2_fields_is_told_to_say_format_2() {
        let mut value = format2();
        value["format"] = json!(1);
        let problems = errors_of(&value);
        assert_error(
            &problems,
            "format",
            "The file says \"format\": 1 but uses fields of format 2 (governance.promotion, scales, families, competencies[2].scale, competencies[2].descriptors.fluent and",
        );
        assert_error(
            &problems,
            "format",
            "set \"format\": 2 to use them. Format 2 adds `scales`, `families`, `readiness` and `pacing`",
        );
        assert_error(&problems, "governance.promotion", "This field needs \"format\": 2.");
    }

    #[test]
    fn a_format_1_file_may_write_empty_format_2_lists() {
        let mut value: Value = serde_json::from_str(MINIMAL).unwrap();
        value["scales"] = json!([]);
        value["readiness"] = json!({});
        assert!(load(&text(&value)).is_ok());
    }
}

#[test]
fn the_format_2_fixtures_load_and_warn_only_about_the_role_left_without_criteria() {
    for (fixture, expected) in [
        ("ladder-yaml", vec![]),
        ("points-ladder", vec![]),
        ("multi-discipline", vec!["tracks[12].levels[0]"]),
    ] {
        let path = format!("{}/tests/fixtures/format2/{fixture}.json", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(path).unwrap();
        let loaded = load(&text).unwrap_or_else(|problems| panic!("{fixture}: {}", listed(&problems)));
        let warned: Vec<&str> = loaded.content_warnings().map(|w| w.path.as_str()).collect();
        assert_eq!(warned, expected, "{fixture}: {}", listed(&loaded.warnings));
    }
}
