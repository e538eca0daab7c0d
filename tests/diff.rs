//! Two versions of a framework compared by ID (`core::diff`): every kind of change and its
//! classification, on edited copies of the default framework and the format-2 fixtures, the
//! version bump for each style of version, and the words for authors (`report`).

use mosaic::core::diff::{diff, Change, ChangeKind, FrameworkDiff, Impact, Subject, Value as Was};
use mosaic::core::framework::{load, value_positions, ChangelogEntry, Framework};
use mosaic::core::version::{bump, compare_versions};
use mosaic::report::{change_sentence, changelog_draft, diff_markdown};
use serde_json::{json, Value};

const DEFAULT: &str = "public/framework.json";
const MULTI: &str = "tests/fixtures/format2/multi-discipline.json";
const LADDER: &str = "tests/fixtures/format2/ladder-yaml.json";
const POINTS: &str = "tests/fixtures/format2/points-ladder.json";

fn fixture(path: &str) -> Value {
    let text = std::fs::read_to_string(format!("{}/{path}", env!("CARGO_MANIFEST_DIR"))).unwrap();
    serde_json::from_str(&text).unwrap()
}

fn framework(value: &Value) -> Framework {
    match load(&value.to_string()) {
        Ok(loaded) => loaded.framework,
        Err(problems) => panic!("the edited fixture must load: {problems:#?}"),
    }
}

/// The fixture before and after `edit`, compared; also checks that every path given points
/// at a value of the new file.
fn compare(path: &str, edit: impl FnOnce(&mut Value)) -> FrameworkDiff {
    let old = fixture(path);
    let mut new = old.clone();
    edit(&mut new);
    let result = diff(&framework(&old), &framework(&new));
    let text = serde_json::to_string_pretty(&new).unwrap();
    let positions = value_positions(&text);
    for change in &result.changes {
        if let Some(path) = &change.path {
            assert!(positions.contains_key(path), "{path} is not in the new file: {change:?}");
        }
    }
    result
}

/// The one change of this kind.
fn only(result: &FrameworkDiff, kind: ChangeKind) -> &Change {
    let found: Vec<&Change> = result.of_kind(kind).collect();
    assert_eq!(found.len(), 1, "one {kind:?} expected in {:#?}", result.changes);
    found[0]
}

fn kinds(result: &FrameworkDiff) -> Vec<ChangeKind> {
    result.changes.iter().map(|c| c.kind).collect()
}

fn track<'a>(framework: &'a mut Value, id: &str) -> &'a mut Value {
    framework["tracks"].as_array_mut().unwrap().iter_mut().find(|t| t["id"] == id).unwrap()
}

fn level<'a>(framework: &'a mut Value, track_id: &str, id: &str) -> &'a mut Value {
    track(framework, track_id)["levels"].as_array_mut().unwrap().iter_mut().find(|l| l["id"] == id).unwrap()
}

fn find<'a>(framework: &'a mut Value, section: &str, id: &str) -> &'a mut Value {
    framework[section].as_array_mut().unwrap().iter_mut().find(|x| x["id"] == id).unwrap()
}

#[test]
fn the_same_framework_has_no_changes_and_needs_no_new_version() {
    for path in [DEFAULT, MULTI, LADDER, POINTS] {
        let result = compare(path, |_| {});
        assert!(result.is_empty(), "{path}: {:#?}", result.changes);
        assert_eq!((result.impact, result.suggested_version.as_deref()), (None, None));
        assert!(diff_markdown(&result).contains("No changes: no new version is needed."));
    }
}

#[test]
fn wording_only_is_a_patch() {
    let result = compare(DEFAULT, |f| {
        f["meta"]["purpose"] = json!("A new purpose, in other words.");
        level(f, "technical", "t2")["summary"] = json!("Ships well-scoped features with light guidance.");
        track(f, "technical")["description"] = json!("Grow by going deeper in the craft.");
        f["competencies"][0]["descriptors"]["working"] =
            json!("Works on familiar parts of the system unaided.");
        level(f, "technical", "t3")["milestones"][0]["evidence"] =
            json!("A design document, reviewed and shipped.");
        find(f, "learning", "course-facilitation")["description"] = json!("Two days of practice.");
    });
    assert_eq!(kinds(&result), vec![ChangeKind::Reworded; 6], "{:#?}", result.changes);
    assert!(result.changes.iter().all(|c| c.impact == Impact::Patch));
    assert_eq!(result.impact, Some(Impact::Patch));
    assert_eq!(result.suggested_version.as_deref(), Some("2026.1.1"));
    let aspects: Vec<&str> = result.changes.iter().filter_map(|c| c.aspect.as_deref()).collect();
    assert_eq!(
        aspects,
        ["purpose", "description", "summary", "evidence", "descriptors.working", "description"]
    );
    let summary = result.changes.iter().find(|c| c.aspect.as_deref() == Some("summary")).unwrap();
    assert_eq!(summary.path.as_deref(), Some("tracks[0].levels[1].summary"));
    assert_eq!(summary.after, Some(Was::Text("Ships well-scoped features with light guidance.".into())));
    assert!(diff_markdown(&result).contains("**Patch (wording only): bump 2026.1 to 2026.1.1.**"));
}

#[test]
fn expectation_text_reworded_is_a_patch() {
    let result = compare(LADDER, |f| {
        let expectations =
            level(f, "individual-contributor", "senior-engineer")["expectations"].as_array_mut().unwrap();
        let worded = expectations
            .iter_mut()
            .find(|e| e.get("text").is_some())
            .expect("ladder-yaml has expectation text");
        worded["text"] = json!("Owns a service end to end, in new words.");
    });
    let change = only(&result, ChangeKind::Reworded);
    assert_eq!(change.aspect.as_deref(), Some("text"));
    assert!(matches!(change.subject, Subject::Expectation { .. }));
    assert_eq!(result.impact, Some(Impact::Patch));
}

#[test]
fn a_pay_cut_is_major_and_a_rise_minor() {
    let cut = compare(DEFAULT, |f| f["bands"][2]["compensation"]["mid"] = json!(63500));
    let change = only(&cut, ChangeKind::PayLowered);
    assert_eq!((change.impact, change.path.as_deref()), (Impact::Major, Some("bands[2].compensation")));
    assert!(matches!(&change.after, Some(Was::Pay { mid: 63500, .. })));
    assert_eq!((cut.impact, cut.suggested_version.as_deref()), (Some(Impact::Major), Some("2027.0")));
    let markdown = diff_markdown(&cut);
    assert!(markdown.contains("**Major change: bump 2026.1 to 2027.0.**"), "{markdown}");
    assert!(markdown.contains("## Pay lowered"));

    let rise = compare(DEFAULT, |f| {
        f["bands"][2]["compensation"]["min"] = json!(61000);
        f["bands"][2]["compensation"]["max"] = json!(80000);
    });
    assert_eq!(only(&rise, ChangeKind::PayRaised).impact, Impact::Minor);
    assert_eq!((rise.impact, rise.suggested_version.as_deref()), (Some(Impact::Minor), Some("2026.2")));

    // Any figure lower is a cut, even when another went up.
    let mixed = compare(DEFAULT, |f| {
        f["bands"][2]["compensation"]["min"] = json!(50000);
        f["bands"][2]["compensation"]["max"] = json!(90000);
    });
    assert_eq!(only(&mixed, ChangeKind::PayLowered).impact, Impact::Major);
}

#[test]
fn currency_and_published_pay() {
    let currency = compare(MULTI, |f| f["bands"][0]["compensation"]["currency"] = json!("EUR"));
    assert_eq!(only(&currency, ChangeKind::CurrencyChanged).impact, Impact::Major);
    let withdrawn = compare(MULTI, |f| {
        f["bands"][0].as_object_mut().unwrap().remove("compensation");
    });
    assert_eq!(only(&withdrawn, ChangeKind::PayWithdrawn).impact, Impact::Major);
    assert_eq!(only(&withdrawn, ChangeKind::PayWithdrawn).after, None);
    let published = diff(&framework(&withdrawn_value()), &framework(&fixture(MULTI)));
    assert_eq!(only(&published, ChangeKind::PayPublished).impact, Impact::Minor);
}

fn withdrawn_value() -> Value {
    let mut value = fixture(MULTI);
    value["bands"][0].as_object_mut().unwrap().remove("compensation");
    value
}

#[test]
fn a_role_pay_override_and_the_parity_warning_it_brings() {
    let with_override = |f: &mut Value| {
        level(f, "technical", "t4")["compensation"] =
            json!({"min": 60000, "mid": 70000, "max": 80000, "currency": "EUR"});
    };
    let result = compare(DEFAULT, with_override);
    let pay = only(&result, ChangeKind::PayLowered);
    assert!(
        matches!(&pay.subject, Subject::Role { track, level, .. } if track == "technical" && level == "t4")
    );
    assert_eq!(pay.path.as_deref(), Some("tracks[0].levels[3].compensation"));
    let parity = only(&result, ChangeKind::ParityWarningNew);
    assert_eq!(parity.impact, Impact::Patch, "the pay change carries the impact");
    assert!(matches!(&parity.after, Some(Was::Text(message)) if !message.is_empty()));

    let mut before = fixture(DEFAULT);
    with_override(&mut before);
    let back = diff(&framework(&before), &framework(&fixture(DEFAULT)));
    assert_eq!(only(&back, ChangeKind::ParityWarningResolved).impact, Impact::Patch);
    assert_eq!(only(&back, ChangeKind::PayRaised).path.as_deref(), Some("tracks[0].levels[3].band"));
}

/// `senior-backend-engineer` expects software design at `owning`, step 4 of the 7-step
/// engineering scale; the default scale has 5 steps, so ranks must come from its own scale.
#[test]
fn expectations_raised_and_lowered_on_a_competency_with_its_own_scale() {
    let set = |step: &'static str| {
        move |f: &mut Value| {
            let role = level(f, "backend-engineer", "senior-backend-engineer");
            let expectation = role["expectations"]
                .as_array_mut()
                .unwrap()
                .iter_mut()
                .find(|e| e["competency"] == "software-design")
                .unwrap();
            expectation["proficiency"] = json!(step);
        }
    };
    let raised = compare(MULTI, set("guiding"));
    let change = only(&raised, ChangeKind::ExpectationRaised);
    assert_eq!(change.impact, Impact::Major);
    assert!(matches!(&change.before, Some(Was::Step { id, rank: 3, .. }) if id == "owning"));
    assert!(matches!(&change.after, Some(Was::Step { id, rank: 4, .. }) if id == "guiding"));
    assert!(
        matches!(&change.subject, Subject::Expectation { competency, .. } if competency == "software-design")
    );
    let path = change.path.as_deref().unwrap();
    assert!(path.starts_with("tracks[") && path.contains("].expectations["), "{path}");
    assert!(change_sentence(change).contains("up from"), "{}", change_sentence(change));

    let lowered = compare(MULTI, set("contributing"));
    let change = only(&lowered, ChangeKind::ExpectationLowered);
    assert_eq!(change.impact, Impact::Minor);
    assert!(matches!(&change.after, Some(Was::Step { rank: 2, .. })));
    assert_eq!(lowered.impact, Some(Impact::Minor));
}

#[test]
fn a_new_expectation_on_an_existing_role_is_raised_and_a_dropped_one_lowered() {
    let added = compare(DEFAULT, |f| {
        let role = level(f, "technical", "t1");
        let expected: Vec<Value> =
            role["expectations"].as_array().unwrap().iter().map(|e| e["competency"].clone()).collect();
        let unexpected =
            ["communication", "mentoring", "stakeholder-alignment", "risk-management", "system-design"]
                .into_iter()
                .find(|c| !expected.contains(&json!(c)))
                .expect("t1 leaves out one of these");
        role["expectations"]
            .as_array_mut()
            .unwrap()
            .push(json!({"competency": unexpected, "proficiency": "working"}));
    });
    let change = only(&added, ChangeKind::ExpectationRaised);
    assert_eq!((change.impact, &change.before), (Impact::Major, &None));
    assert!(change_sentence(change).contains("a new expectation"));

    let dropped = compare(DEFAULT, |f| {
        level(f, "technical", "t1")["expectations"].as_array_mut().unwrap().pop();
    });
    let change = only(&dropped, ChangeKind::ExpectationLowered);
    assert_eq!((change.impact, &change.after), (Impact::Minor, &None));
}

#[test]
fn roles_tracks_and_competencies_added_removed_and_renamed() {
    let result = compare(DEFAULT, |f| {
        let mut copy = track(f, "customer-strategy").clone();
        copy["id"] = json!("customer-insight");
        copy["name"] = json!("Customer insight");
        f["tracks"].as_array_mut().unwrap().push(copy);
        level(f, "technical", "t2")["title"] = json!("Software engineer II");
        track(f, "process-optimization")["name"] = json!("Operations excellence");
        f["competencies"][1]["name"] = json!("Architecture");
        f["bands"][0]["name"] = json!("Starting out");
        f["competencies"].as_array_mut().unwrap().push(json!({
            "id": "accessibility", "name": "Accessibility", "theme": "Craft",
            "descriptors": {"awareness": "a", "working": "b", "practitioner": "c", "advanced": "d", "expert": "e"}
        }));
    });
    let added: Vec<&Change> = result.of_kind(ChangeKind::Added).collect();
    assert_eq!(added.len(), 2, "{added:#?}");
    assert!(added.iter().all(|c| c.impact == Impact::Minor));
    assert!(matches!(&added[0].subject, Subject::Track { id, .. } if id == "customer-insight"));
    assert!(matches!(&added[1].subject, Subject::Competency { id, .. } if id == "accessibility"));
    let renamed: Vec<&Change> = result.of_kind(ChangeKind::Renamed).collect();
    assert_eq!(renamed.len(), 4, "{renamed:#?}");
    assert!(renamed.iter().all(|c| c.impact == Impact::Patch));
    let role = renamed.iter().find(|c| matches!(c.subject, Subject::Role { .. })).unwrap();
    assert_eq!(role.before, Some(Was::Text("Engineer II".into())));
    assert_eq!(role.path.as_deref(), Some("tracks[0].levels[1].title"));
    assert_eq!(result.impact, Some(Impact::Minor));

    let removed = compare(DEFAULT, |f| {
        track(f, "technical")["levels"].as_array_mut().unwrap().pop();
    });
    let change = only(&removed, ChangeKind::Removed);
    assert_eq!((change.impact, &change.path), (Impact::Major, &None));
    assert!(matches!(&change.subject, Subject::Role { level, .. } if level == "t7"));
}

#[test]
fn an_id_reused_for_something_different_is_flagged_not_renamed() {
    let competency = compare(DEFAULT, |f| {
        f["competencies"][0]["name"] = json!("Budget ownership");
        f["competencies"][0]["theme"] = json!("Finance");
    });
    let change = only(&competency, ChangeKind::IdReused);
    assert_eq!(change.impact, Impact::Major);
    assert_eq!(change.before, Some(Was::Labelled { name: "Technical depth".into(), detail: "Craft".into() }));
    assert_eq!(competency.of_kind(ChangeKind::Renamed).count(), 0);
    assert_eq!(competency.of_kind(ChangeKind::Reworded).count(), 0, "no wording noise for a reused ID");

    // Only the name changed: a rename, not a reuse.
    let renamed = compare(DEFAULT, |f| f["competencies"][0]["name"] = json!("Depth of craft"));
    assert_eq!(only(&renamed, ChangeKind::Renamed).impact, Impact::Patch);

    let role = compare(DEFAULT, |f| {
        let t7 = level(f, "people-management", "pm7");
        t7["title"] = json!("Chief of staff");
        t7["band"] = json!("b6");
    });
    let change = only(&role, ChangeKind::IdReused);
    assert!(matches!(&change.subject, Subject::Role { level, .. } if level == "pm7"));
    assert_eq!(role.of_kind(ChangeKind::BandMoved).count(), 0);
    assert!(change_sentence(change).contains("now names something different"));
}

#[test]
fn band_moves_down_are_major_and_up_minor() {
    let down = compare(DEFAULT, |f| level(f, "technical", "t4")["band"] = json!("b3"));
    let change = only(&down, ChangeKind::BandMoved);
    assert_eq!(change.impact, Impact::Major);
    assert!(matches!(&change.before, Some(Was::Band { id, rank: 3, .. }) if id == "b4"));
    assert!(matches!(&change.after, Some(Was::Band { id, rank: 2, .. }) if id == "b3"));
    assert_eq!(change.path.as_deref(), Some("tracks[0].levels[3].band"));

    let up = compare(DEFAULT, |f| level(f, "technical", "t4")["band"] = json!("b5"));
    assert_eq!(only(&up, ChangeKind::BandMoved).impact, Impact::Minor);
}

#[test]
fn milestones_added_removed_renamed_and_reused() {
    let result = compare(DEFAULT, |f| {
        let milestones = level(f, "technical", "t3")["milestones"].as_array_mut().unwrap();
        let mut extra = milestones[0].clone();
        extra["id"] = json!("mentors-two");
        extra["title"] = json!("Mentored two engineers");
        milestones.push(extra);
        milestones[1]["title"] = json!("A renamed milestone");
        milestones.remove(2);
    });
    let added = only(&result, ChangeKind::Added);
    assert_eq!(added.impact, Impact::Major, "a new milestone is a new criterion for an existing role");
    assert!(matches!(&added.subject, Subject::Milestone { id, .. } if id == "mentors-two"));
    assert_eq!(only(&result, ChangeKind::Removed).impact, Impact::Major);
    assert_eq!(only(&result, ChangeKind::Renamed).impact, Impact::Patch);

    let reused = compare(DEFAULT, |f| {
        let milestone = &mut level(f, "technical", "t3")["milestones"][0];
        milestone["title"] = json!("Something else entirely");
        milestone["evidence"] = json!("Other evidence");
    });
    assert!(matches!(only(&reused, ChangeKind::IdReused).subject, Subject::Milestone { .. }));
}

#[test]
fn sunsets_added_lifted_and_moved() {
    let sunset = |date: &'static str| {
        move |f: &mut Value| {
            level(f, "customer-strategy", "cs7")["sunset"] =
                json!({"date": date, "successor": {"track": "project-leadership", "level": "pl7"}});
        }
    };
    let added = compare(DEFAULT, sunset("2027-01-01"));
    let change = only(&added, ChangeKind::SunsetAdded);
    assert_eq!((change.impact, change.path.as_deref()), (Impact::Major, Some("tracks[3].levels[5].sunset")));

    let mut with_sunset = fixture(DEFAULT);
    sunset("2027-01-01")(&mut with_sunset);
    let old = framework(&with_sunset);
    let lifted = diff(&old, &framework(&fixture(DEFAULT)));
    assert_eq!(only(&lifted, ChangeKind::SunsetRemoved).impact, Impact::Minor);

    let mut earlier = fixture(DEFAULT);
    sunset("2026-07-01")(&mut earlier);
    let brought_forward = diff(&old, &framework(&earlier));
    assert_eq!(only(&brought_forward, ChangeKind::SunsetMoved).impact, Impact::Major);
    let mut later = fixture(DEFAULT);
    sunset("2028-01-01")(&mut later);
    let put_back = diff(&old, &framework(&later));
    assert_eq!(only(&put_back, ChangeKind::SunsetMoved).impact, Impact::Minor);
}

#[test]
fn learning_and_mobility_added_removed_renamed_reused_and_rerouted() {
    let result = compare(DEFAULT, |f| {
        let learning = f["learning"].as_array_mut().unwrap();
        let mut extra = learning[0].clone();
        extra["id"] = json!("course-writing");
        extra["title"] = json!("Writing for engineers");
        learning.push(extra);
        learning[1]["title"] = json!("Delivering projects");
        learning[2]["title"] = json!("Facilitation rotation");
        learning[2]["kind"] = json!("rotation");
        let mobility = f["mobility"].as_array_mut().unwrap();
        mobility.retain(|rule| rule["id"] != "process-to-customer");
        let rule = mobility.iter_mut().find(|r| r["id"] == "technical-to-customer").unwrap();
        rule["to"] = json!({"track": "customer-strategy", "level": "cs3"});
    });
    let added = only(&result, ChangeKind::Added);
    assert!(matches!(&added.subject, Subject::Learning { id, .. } if id == "course-writing"));
    assert!(matches!(&only(&result, ChangeKind::Renamed).subject, Subject::Learning { .. }));
    assert!(matches!(&only(&result, ChangeKind::IdReused).subject, Subject::Learning { .. }));
    let removed = only(&result, ChangeKind::Removed);
    assert!(matches!(&removed.subject, Subject::Mobility { id } if id == "process-to-customer"));
    let rerouted = only(&result, ChangeKind::RouteChanged);
    assert_eq!(rerouted.impact, Impact::Major);
    assert!(matches!(&rerouted.after, Some(Was::Route { to, .. }) if to.level == "cs3"));
}

#[test]
fn points_thresholds_raised_and_lowered() {
    let raised = compare(POINTS, |f| level(f, "engineer", "engineer-2")["points"]["total"] = json!(35));
    let change = only(&raised, ChangeKind::ThresholdRaised);
    assert_eq!(
        (change.impact, &change.before, &change.after),
        (Impact::Major, &Some(Was::Points(30)), &Some(Was::Points(35)))
    );
    let lowered = compare(POINTS, |f| level(f, "engineer", "engineer-2")["points"]["total"] = json!(25));
    assert_eq!(only(&lowered, ChangeKind::ThresholdLowered).impact, Impact::Minor);
    assert_eq!(lowered.suggested_version.as_deref(), Some("3.2"));
}

#[test]
fn version_bumps_for_each_style_of_version() {
    for (version, major, minor, patch) in [
        ("1.4.2", "2.0.0", "1.5.0", "1.4.3"),
        ("2026.1", "2027.0", "2026.2", "2026.1.1"),
        ("3", "4", "3.1", "3.0.1"),
        ("v1.2", "v2.0", "v1.3", "v1.2.1"),
    ] {
        assert_eq!(bump(version, Impact::Major).as_deref(), Some(major), "{version}");
        assert_eq!(bump(version, Impact::Minor).as_deref(), Some(minor), "{version}");
        assert_eq!(bump(version, Impact::Patch).as_deref(), Some(patch), "{version}");
    }
    for unreadable in ["2026-spring", "1.0.0-beta", "", "1.2.3.4", "one"] {
        assert_eq!(bump(unreadable, Impact::Major), None, "{unreadable}");
    }
    assert_eq!(compare_versions("2026.1", "2025.9"), Some(std::cmp::Ordering::Greater));

    // A version that can't be bumped still gets its impact, and the words say which part.
    let mut old = fixture(DEFAULT);
    old["meta"]["version"] = json!("spring-2026");
    let mut new = old.clone();
    new["bands"][2]["compensation"]["mid"] = json!(63500);
    let result = diff(&framework(&old), &framework(&new));
    assert_eq!((result.impact, result.suggested_version.as_deref()), (Some(Impact::Major), None));
    assert_eq!(result.suggested_version("2026.1").as_deref(), Some("2027.0"));
    assert!(diff_markdown(&result).contains("bump the major part of the version"));
}

#[test]
fn the_comparison_serializes_for_tools_and_drafts_a_changelog_entry() {
    let result = compare(DEFAULT, |f| {
        f["meta"]["version"] = json!("2027.0");
        f["bands"][2]["compensation"]["mid"] = json!(63500);
        level(f, "technical", "t2")["summary"] = json!("New words.");
    });
    let value = serde_json::to_value(&result).unwrap();
    assert_eq!(value["impact"], "major");
    assert_eq!(value["suggested_version"], "2027.0");
    assert_eq!(value["new_version"], "2027.0");
    assert_eq!(value["changes"][0]["kind"], "pay_lowered");
    assert_eq!(value["changes"][0]["subject"]["type"], "band");
    assert_eq!(value["changes"][0]["after"]["mid"], 63500);

    let draft = changelog_draft(&result, "2027.0", "2026-05-01");
    let entry: ChangelogEntry = serde_json::from_str(&draft).expect("the draft is a changelog entry in JSON");
    assert_eq!((entry.version.as_str(), entry.date.as_str()), ("2027.0", "2026-05-01"));
    assert!(entry.summary.starts_with("Pay lowered: Established."), "{}", entry.summary);
    assert!(entry.summary.contains("Wording: Engineer II (Technical mastery)."), "{}", entry.summary);
    assert!(!diff_markdown(&result).contains("the changes call for"), "the new file already says 2027.0");
}

/// Comparing different frameworks entirely never panics and names every change.
#[test]
fn unrelated_frameworks_compare_without_panicking() {
    let fixtures = [DEFAULT, MULTI, LADDER, POINTS].map(|p| framework(&fixture(p)));
    for old in &fixtures {
        for new in &fixtures {
            let result = diff(old, new);
            for change in &result.changes {
                assert!(!change_sentence(change).is_empty());
            }
            diff_markdown(&result);
        }
    }
}
