//! The standards exports (docs/standards.md): a CASE 1.1 package and Open Badges 3.0
//! achievements, checked as JSON against the fields the specifications require, for stable
//! identifiers across versions, and through `mosaic export`.

use std::collections::{BTreeMap, BTreeSet};
use std::process::{Command, Output};

use mosaic::core::framework::{load, Framework, LearningKind, Level};
use mosaic::core::standards::{achievements, case_package};
use serde_json::Value;

fn framework(name: &str, text: &str) -> Framework {
    match load(text) {
        Ok(loaded) => loaded.framework,
        Err(problems) => panic!("{name} does not load: {problems:#?}"),
    }
}

/// Every fixture shaped like a real framework, by name.
fn fixtures() -> Vec<(&'static str, Framework)> {
    vec![
        ("public/framework.json", framework("sample", include_str!("../public/framework.json"))),
        ("minimal.json", framework("minimal", include_str!("fixtures/minimal.json"))),
        ("ladder-yaml.json", framework("ladder", include_str!("fixtures/format2/ladder-yaml.json"))),
        ("points-ladder.json", framework("points", include_str!("fixtures/format2/points-ladder.json"))),
        ("multi-discipline.json", framework("multi", include_str!("fixtures/format2/multi-discipline.json"))),
    ]
}

fn case_value(framework: &Framework, base: &str) -> Value {
    serde_json::to_value(case_package(framework, base)).unwrap()
}

// Attributes of multiplicity [1] in the CASE 1.1 information model's package classes.
const DOCUMENT_REQUIRED: &[&str] = &["identifier", "uri", "creator", "title", "lastChangeDateTime"];
const ITEM_REQUIRED: &[&str] = &["identifier", "fullStatement", "uri", "lastChangeDateTime"];
const ASSOCIATION_REQUIRED: &[&str] =
    &["identifier", "associationType", "uri", "originNodeURI", "destinationNodeURI", "lastChangeDateTime"];
const LINK_REQUIRED: &[&str] = &["title", "identifier", "uri"];
const RUBRIC_REQUIRED: &[&str] = &["identifier", "uri", "lastChangeDateTime"];
const CRITERION_REQUIRED: &[&str] = &["identifier", "uri", "lastChangeDateTime"];
const CRITERION_LEVEL_REQUIRED: &[&str] = &["identifier", "uri", "lastChangeDateTime"];
/// `CFAssociationTypeEnum` (extensions start with "ext:").
const ASSOCIATION_TYPES: &[&str] = &[
    "exactMatchOf",
    "exemplar",
    "hasSkillLevel",
    "isChildOf",
    "isPartOf",
    "isPeerOf",
    "isRelatedTo",
    "isTranslationOf",
    "precedes",
    "replacedBy",
];

// Open Badges 3.0 (the shared credentials data model): properties of multiplicity 1.
const ACHIEVEMENT_REQUIRED: &[&str] = &["id", "type", "criteria", "description", "name"];
const ALIGNMENT_REQUIRED: &[&str] = &["type", "targetName", "targetUrl"];
const PROFILE_REQUIRED: &[&str] = &["id", "type"];

fn assert_present(object: &Value, fields: &[&str], what: &str) {
    for field in fields {
        let value = object.get(*field).unwrap_or_else(|| panic!("{what} has no {field}: {object:#}"));
        assert!(!value.is_null(), "{what}.{field} is null");
        if let Some(text) = value.as_str() {
            assert!(!text.trim().is_empty(), "{what}.{field} is blank: {object:#}");
        }
    }
}

/// The CASE `UUID` pattern: lower-case 8-4-4-4-12 hex, version 1 to 5, variant 8 to b.
fn is_case_uuid(text: &str) -> bool {
    let bytes = text.as_bytes();
    text.len() == 36
        && text.char_indices().all(|(i, c)| match i {
            8 | 13 | 18 | 23 => c == '-',
            _ => c.is_ascii_digit() || ('a'..='f').contains(&c),
        })
        && (b'1'..=b'5').contains(&bytes[14])
        && b"89ab".contains(&bytes[19])
}

fn is_date_time(text: &str) -> bool {
    text.len() == 20 && text.as_bytes()[10] == b'T' && text.ends_with('Z')
}

fn array<'a>(value: &'a Value, field: &str) -> &'a Vec<Value> {
    value[field].as_array().unwrap_or_else(|| panic!("{field} is not an array"))
}

#[test]
fn every_required_case_field_is_present_in_every_fixture() {
    for (name, framework) in fixtures() {
        let package = case_value(&framework, "https://example.org/case/");
        let document = &package["CFDocument"];
        assert_present(document, DOCUMENT_REQUIRED, &format!("{name} CFDocument"));
        assert_eq!(document["caseVersion"], "1.1");
        assert_eq!(document["title"], framework.meta.name.as_str());
        for item in array(&package, "CFItems") {
            assert_present(item, ITEM_REQUIRED, &format!("{name} CFItem"));
            assert_present(item, &["CFItemType", "language"], &format!("{name} CFItem"));
        }
        for association in array(&package, "CFAssociations") {
            assert_present(association, ASSOCIATION_REQUIRED, &format!("{name} CFAssociation"));
            assert_present(&association["originNodeURI"], LINK_REQUIRED, "originNodeURI");
            assert_present(&association["destinationNodeURI"], LINK_REQUIRED, "destinationNodeURI");
            let kind = association["associationType"].as_str().unwrap();
            assert!(ASSOCIATION_TYPES.contains(&kind), "{name}: unknown association type {kind}");
        }
        let rubrics = array(&package, "CFRubrics");
        assert_eq!(rubrics.len(), 1, "{name}: one rubric");
        for rubric in rubrics {
            assert_present(rubric, RUBRIC_REQUIRED, &format!("{name} CFRubric"));
            for criterion in array(rubric, "CFRubricCriteria") {
                assert_present(criterion, CRITERION_REQUIRED, &format!("{name} CFRubricCriterion"));
                assert_present(&criterion["CFItemURI"], LINK_REQUIRED, "CFItemURI");
                for level in array(criterion, "CFRubricCriterionLevels") {
                    assert_present(
                        level,
                        CRITERION_LEVEL_REQUIRED,
                        &format!("{name} CFRubricCriterionLevel"),
                    );
                }
            }
        }
    }
}

/// Every object of the package with an identifier, as (identifier, uri, lastChangeDateTime).
fn identified(package: &Value) -> Vec<(String, String, String)> {
    let mut objects = vec![&package["CFDocument"]];
    objects.extend(array(package, "CFItems"));
    objects.extend(array(package, "CFAssociations"));
    for rubric in array(package, "CFRubrics") {
        objects.push(rubric);
        for criterion in array(rubric, "CFRubricCriteria") {
            objects.push(criterion);
            objects.extend(array(criterion, "CFRubricCriterionLevels"));
        }
    }
    objects
        .into_iter()
        .map(|o| {
            let text = |field: &str| o[field].as_str().unwrap_or_default().to_string();
            (text("identifier"), text("uri"), text("lastChangeDateTime"))
        })
        .collect()
}

#[test]
fn identifiers_are_unique_case_uuids_and_uris_are_the_base_and_the_uuid() {
    for (name, framework) in fixtures() {
        for base in ["urn:uuid:", "https://example.org/case/"] {
            let package = case_value(&framework, base);
            let objects = identified(&package);
            let mut seen = BTreeSet::new();
            for (identifier, uri, changed) in &objects {
                assert!(is_case_uuid(identifier), "{name}: {identifier} is not a CASE UUID");
                assert!(seen.insert(identifier.clone()), "{name}: {identifier} is used twice");
                assert_eq!(uri, &format!("{base}{identifier}"), "{name}");
                assert!(is_date_time(changed), "{name}: {changed}");
                assert!(changed.starts_with(&framework.meta.effective_date));
            }
        }
    }
}

#[test]
fn every_association_joins_objects_of_the_package() {
    for (name, framework) in fixtures() {
        let package = case_value(&framework, "");
        let mut nodes: BTreeMap<String, String> = array(&package, "CFItems")
            .iter()
            .map(|i| (i["identifier"].as_str().unwrap().to_string(), i["uri"].as_str().unwrap().to_string()))
            .collect();
        let document = &package["CFDocument"];
        nodes.insert(
            document["identifier"].as_str().unwrap().into(),
            document["uri"].as_str().unwrap().into(),
        );
        for association in array(&package, "CFAssociations") {
            for end in ["originNodeURI", "destinationNodeURI"] {
                let link = &association[end];
                let identifier = link["identifier"].as_str().unwrap();
                let uri = nodes
                    .get(identifier)
                    .unwrap_or_else(|| panic!("{name}: {end} {link} is not in the package"));
                assert_eq!(link["uri"].as_str().unwrap(), uri, "{name}");
            }
        }
        for criterion in array(&array(&package, "CFRubrics")[0], "CFRubricCriteria") {
            let item = &criterion["CFItemURI"];
            assert!(nodes.contains_key(item["identifier"].as_str().unwrap()), "{name}: {item}");
        }
    }
}

/// The item of `kind` (its CFItemType) whose humanCodingScheme is `code`: codes are the
/// framework's IDs, unique within a kind (a track and a competency may share one).
fn item<'a>(package: &'a Value, kind: &str, code: &str) -> &'a Value {
    array(package, "CFItems")
        .iter()
        .find(|i| i["CFItemType"] == kind && i["humanCodingScheme"] == code)
        .unwrap_or_else(|| panic!("no {kind} {code}"))
}

/// Associations of `kind` as (origin identifier, destination identifier, sequenceNumber).
fn associations(package: &Value, kind: &str) -> Vec<(String, String, Option<u64>)> {
    array(package, "CFAssociations")
        .iter()
        .filter(|a| a["associationType"] == kind)
        .map(|a| {
            let end = |field: &str| a[field]["identifier"].as_str().unwrap().to_string();
            (end("originNodeURI"), end("destinationNodeURI"), a["sequenceNumber"].as_u64())
        })
        .collect()
}

fn identifier(value: &Value) -> String {
    value["identifier"].as_str().unwrap().to_string()
}

#[test]
fn tracks_roles_milestones_and_competencies_have_items_in_their_place() {
    for (name, framework) in fixtures() {
        let package = case_value(&framework, "");
        let children = associations(&package, "isChildOf");
        let precedes = associations(&package, "precedes");
        let document = identifier(&package["CFDocument"]);
        for (t, track) in framework.tracks.iter().enumerate() {
            let track_item = item(&package, "Track", &track.id);
            assert_eq!(track_item["CFItemType"], "Track");
            let track_id = identifier(track_item);
            assert!(children.contains(&(track_id.clone(), document.clone(), Some(t as u64 + 1))), "{name}");
            let roles: Vec<String> = track
                .levels
                .iter()
                .map(|level| identifier(item(&package, "Role", &format!("{}/{}", track.id, level.id))))
                .collect();
            for (l, (role, level)) in roles.iter().zip(&track.levels).enumerate() {
                assert!(children.contains(&(role.clone(), track_id.clone(), Some(l as u64 + 1))), "{name}");
                for (m, milestone) in level.milestones.iter().enumerate() {
                    let code = format!("{}/{}/{}", track.id, level.id, milestone.id);
                    let milestone_item = item(&package, "Milestone", &code);
                    assert_eq!(milestone_item["CFItemType"], "Milestone");
                    let link = (identifier(milestone_item), role.clone(), Some(m as u64 + 1));
                    assert!(children.contains(&link), "{name}: {code}");
                }
            }
            for pair in roles.windows(2) {
                assert!(precedes.contains(&(pair[0].clone(), pair[1].clone(), None)), "{name}: level order");
            }
            if let Some(from) = &track.branches_from {
                let trunk = identifier(item(&package, "Role", &format!("{}/{}", from.track, from.level)));
                assert!(
                    precedes.contains(&(trunk, roles[0].clone(), None)),
                    "{name}: branch of {}",
                    track.id
                );
            }
        }
        for competency in &framework.competencies {
            let competency_item = item(&package, "Competency", &competency.id);
            assert_eq!(competency_item["CFItemType"], "Competency");
            assert_eq!(competency_item["abbreviatedStatement"], competency.name.as_str());
            let parent =
                children.iter().find(|(origin, _, _)| *origin == identifier(competency_item)).unwrap();
            let theme = array(&package, "CFItems").iter().find(|i| identifier(i) == parent.1).unwrap();
            assert_eq!(theme["CFItemType"], "Theme");
            assert_eq!(theme["fullStatement"], competency.theme.as_str());
        }
    }
}

#[test]
fn expectations_and_mobility_are_related_roles_and_competencies() {
    for (name, framework) in fixtures() {
        let package = case_value(&framework, "");
        let related = associations(&package, "isRelatedTo");
        let mut expected = 0;
        for (track, level) in framework.tracks.iter().flat_map(|t| t.levels.iter().map(move |l| (t, l))) {
            let role = identifier(item(&package, "Role", &format!("{}/{}", track.id, level.id)));
            for expectation in &level.expectations {
                let competency = identifier(item(&package, "Competency", &expectation.competency));
                assert!(related.contains(&(role.clone(), competency, None)), "{name}");
                expected += 1;
            }
        }
        let moves: usize = framework
            .mobility
            .iter()
            .map(|rule| {
                let track = framework.track(&rule.from.track).unwrap();
                let starts = |level: &&Level| {
                    (rule.from.levels.is_empty() || rule.from.levels.contains(&level.id))
                        && (rule.from.bands.is_empty() || rule.from.bands.contains(&level.band))
                };
                let to = identifier(item(&package, "Role", &format!("{}/{}", rule.to.track, rule.to.level)));
                for level in track.levels.iter().filter(starts) {
                    let from = identifier(item(&package, "Role", &format!("{}/{}", track.id, level.id)));
                    assert!(related.contains(&(from, to.clone(), None)), "{name}: mobility {}", rule.id);
                }
                track.levels.iter().filter(starts).count()
            })
            .sum();
        assert_eq!(related.len(), expected + moves, "{name}: nothing else is isRelatedTo");
        let notes: Vec<&str> = array(&package, "CFAssociations")
            .iter()
            .filter(|a| a["associationType"] == "isRelatedTo")
            .map(|a| a["notes"].as_str().expect("every expectation and move is explained"))
            .collect();
        assert_eq!(notes.len(), related.len());
    }
}

#[test]
fn rubric_levels_are_each_competencys_own_scale_with_its_descriptors() {
    let mut scales_seen = BTreeSet::new();
    let mut scored = false;
    for (name, framework) in fixtures() {
        let package = case_value(&framework, "");
        let rubric = &array(&package, "CFRubrics")[0];
        let criteria = array(rubric, "CFRubricCriteria");
        assert_eq!(criteria.len(), framework.competencies.len(), "{name}");
        for (position, (criterion, competency)) in criteria.iter().zip(&framework.competencies).enumerate() {
            assert_eq!(criterion["position"], position as u64 + 1);
            assert_eq!(criterion["category"], competency.theme.as_str());
            assert_eq!(criterion["rubricId"], rubric["identifier"]);
            assert_eq!(
                criterion["CFItemURI"]["identifier"],
                identifier(item(&package, "Competency", &competency.id)).as_str()
            );
            let steps = framework.scale_of(competency);
            scales_seen.insert(steps.iter().map(|s| s.id.clone()).collect::<Vec<_>>());
            let levels = array(criterion, "CFRubricCriterionLevels");
            assert_eq!(levels.len(), steps.len(), "{name}: {}", competency.id);
            for (index, (level, step)) in levels.iter().zip(steps).enumerate() {
                assert_eq!(level["position"], index as u64 + 1);
                assert_eq!(level["quality"], step.name.as_str());
                assert_eq!(level["rubricCriterionId"], criterion["identifier"]);
                let descriptor = competency.descriptors.get(&step.id).map(|d| d.text());
                assert_eq!(
                    level["description"].as_str(),
                    descriptor,
                    "{name}: {} {}",
                    competency.id,
                    step.id
                );
                match step.points {
                    Some(points) => {
                        assert_eq!(level["score"].as_f64(), Some(f64::from(points)));
                        scored = true;
                    }
                    None => assert!(level.get("score").is_none()),
                }
            }
        }
    }
    assert!(scales_seen.len() >= 3, "the fixtures cover several scales of different lengths");
    assert!(scored, "a fixture with points gives scores");
}

/// minimal.json, next version: reworded, one role added at the top of the technical track.
fn next_version(text: &str) -> String {
    let mut value: Value = serde_json::from_str(text).unwrap();
    value["meta"]["version"] = "1.1".into();
    value["meta"]["effective_date"] = "2026-07-01".into();
    value["competencies"][0]["description"] = "Writes and reviews software.".into();
    value["competencies"][0]["descriptors"]["solid"] = "Delivers features end to end.".into();
    value["tracks"][0]["levels"][1]["summary"] = "Delivers whole projects.".into();
    let mut principal = value["tracks"][0]["levels"][2].clone();
    principal["id"] = "t4".into();
    principal["title"] = "Principal Engineer".into();
    value["tracks"][0]["levels"].as_array_mut().unwrap().push(principal);
    value.to_string()
}

/// Every identified object of the package by what it is (type, code or ends), for comparing.
fn by_meaning(package: &Value) -> BTreeMap<String, String> {
    let mut map = BTreeMap::new();
    for item in array(package, "CFItems") {
        let code = item["humanCodingScheme"].as_str().unwrap_or(item["fullStatement"].as_str().unwrap());
        let key = format!("item {} {code}", item["CFItemType"].as_str().unwrap());
        map.insert(key, identifier(item));
    }
    let codes: BTreeMap<String, String> = array(package, "CFItems")
        .iter()
        .map(|i| {
            let code = i["humanCodingScheme"].as_str().unwrap_or(i["fullStatement"].as_str().unwrap());
            (identifier(i), format!("{}:{code}", i["CFItemType"].as_str().unwrap()))
        })
        .collect();
    for a in array(package, "CFAssociations") {
        let end = |field: &str| {
            let id = a[field]["identifier"].as_str().unwrap();
            codes.get(id).cloned().unwrap_or_else(|| "document".to_string())
        };
        let kind = a["associationType"].as_str().unwrap();
        map.insert(format!("{kind} {} {}", end("originNodeURI"), end("destinationNodeURI")), identifier(a));
    }
    for criterion in array(&array(package, "CFRubrics")[0], "CFRubricCriteria") {
        map.insert(format!("criterion {}", criterion["description"]), identifier(criterion));
        for level in array(criterion, "CFRubricCriterionLevels") {
            map.insert(format!("level {} {}", criterion["description"], level["quality"]), identifier(level));
        }
    }
    map.insert("document".into(), identifier(&package["CFDocument"]));
    map
}

#[test]
fn identifiers_survive_a_new_version_and_new_items_get_new_ones() {
    let text = include_str!("fixtures/minimal.json");
    let before = case_value(&framework("v1", text), "");
    let after = case_value(&framework("v2", &next_version(text)), "");
    let (old, new) = (by_meaning(&before), by_meaning(&after));
    for (what, id) in &old {
        assert_eq!(new.get(what), Some(id), "{what} kept its identifier");
    }
    let added: Vec<&String> = new.keys().filter(|k| !old.contains_key(*k)).collect();
    assert!(added.iter().any(|k| k.as_str() == "item Role tech/t4"), "{added:?}");
    assert!(added.iter().any(|k| k.as_str() == "precedes Role:tech/t3 Role:tech/t4"), "{added:?}");
    let old_ids: BTreeSet<&String> = old.values().collect();
    for key in added {
        assert!(!old_ids.contains(&new[key]), "{key} has an identifier of its own");
    }
    // The reworded competency is the same item with its new words.
    let coding = item(&after, "Competency", "code");
    assert_eq!(coding["fullStatement"], "Writes and reviews software.");
    assert_eq!(identifier(coding), identifier(item(&before, "Competency", "code")));
    assert_eq!(after["CFDocument"]["version"], "1.1");
}

#[test]
fn a_micro_credential_or_course_is_an_achievement_aligned_to_what_it_grows() {
    for (name, framework) in fixtures() {
        let base = "https://example.org/case/";
        let badges = serde_json::to_value(achievements(&framework, base)).unwrap();
        let badges = badges.as_array().unwrap();
        let credentials: Vec<_> = framework
            .learning
            .iter()
            .filter(|l| matches!(l.kind, LearningKind::MicroCredential | LearningKind::Course))
            .collect();
        assert_eq!(badges.len(), credentials.len(), "{name}");
        let package = case_value(&framework, base);
        let level_uris: BTreeMap<(String, String), String> =
            array(&array(&package, "CFRubrics")[0], "CFRubricCriteria")
                .iter()
                .zip(&framework.competencies)
                .flat_map(|(criterion, competency)| {
                    array(criterion, "CFRubricCriterionLevels")
                        .iter()
                        .zip(framework.scale_of(competency))
                        .map(|(level, step)| {
                            (
                                (competency.id.clone(), step.id.clone()),
                                level["uri"].as_str().unwrap().to_string(),
                            )
                        })
                })
                .collect();
        let mut ids = BTreeSet::new();
        for (badge, learning) in badges.iter().zip(credentials) {
            assert_present(badge, ACHIEVEMENT_REQUIRED, &format!("{name} Achievement"));
            assert!(ids.insert(badge["id"].as_str().unwrap().to_string()), "{name}: ids are unique");
            assert_eq!(badge["@context"][0], "https://www.w3.org/ns/credentials/v2");
            assert_eq!(badge["@context"][1], "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");
            assert!(badge["type"].as_array().unwrap().contains(&"Achievement".into()));
            let expected_type =
                if learning.kind == LearningKind::Course { "Course" } else { "MicroCredential" };
            assert_eq!(badge["achievementType"], expected_type);
            assert_eq!(badge["name"], learning.title.as_str());
            assert_eq!(badge["humanCode"], learning.id.as_str());
            assert!(!badge["criteria"]["narrative"].as_str().unwrap().is_empty());
            assert_present(&badge["creator"], PROFILE_REQUIRED, "creator");
            let alignments = array(badge, "alignment");
            assert_eq!(alignments.len(), 2 * learning.grows.len(), "{name}: the competency and the step");
            for (pair, growth) in alignments.chunks(2).zip(&learning.grows) {
                for alignment in pair {
                    assert_present(alignment, ALIGNMENT_REQUIRED, &format!("{name} Alignment"));
                    assert!(alignment["type"].as_array().unwrap().contains(&"Alignment".into()));
                    assert_eq!(alignment["targetFramework"], framework.meta.name.as_str());
                }
                let competency = item(&package, "Competency", &growth.competency);
                assert_eq!(pair[0]["targetType"], "CFItem");
                assert_eq!(pair[0]["targetUrl"], competency["uri"]);
                assert_eq!(pair[0]["targetCode"], growth.competency.as_str());
                assert_eq!(pair[1]["targetType"], "CFRubricCriterionLevel");
                let level_uri = &level_uris[&(growth.competency.clone(), growth.up_to.clone())];
                assert_eq!(pair[1]["targetUrl"], level_uri.as_str());
                assert_eq!(pair[1]["targetCode"], format!("{}/{}", growth.competency, growth.up_to).as_str());
            }
        }
    }
}

#[test]
fn achievement_ids_are_stable_across_versions() {
    let text = include_str!("fixtures/format2/points-ladder.json");
    let mut value: Value = serde_json::from_str(text).unwrap();
    value["meta"]["version"] = "9.9".into();
    value["learning"][0]["description"] = "Reworded.".into();
    let ids = |framework: &Framework| -> Vec<String> {
        achievements(framework, "").into_iter().map(|a| a.id).collect()
    };
    let before = ids(&framework("v1", text));
    assert!(!before.is_empty());
    assert_eq!(before, ids(&framework("v2", &value.to_string())));
    assert!(before.iter().all(|id| id.starts_with("urn:uuid:") && is_case_uuid(&id["urn:uuid:".len()..])));
}

// The command.

fn mosaic(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_mosaic")).args(args).output().expect("the mosaic binary runs")
}

fn temp_file(name: &str, text: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("mosaic-standards-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

#[test]
fn mosaic_export_case_prints_the_package() {
    let file = temp_file("framework.json", include_str!("../public/framework.json"));
    let output =
        mosaic(&["export", file.to_str().unwrap(), "--case", "--base-uri", "https://example.org/case"]);
    assert_eq!(output.status.code(), Some(0), "{}", String::from_utf8_lossy(&output.stderr));
    let package: Value = serde_json::from_slice(&output.stdout).expect("JSON on stdout");
    let expected = case_value(
        &framework("sample", include_str!("../public/framework.json")),
        "https://example.org/case/",
    );
    assert_eq!(package, expected);
}

#[test]
fn mosaic_export_open_badges_writes_the_output_file() {
    let file = temp_file("ob.json", include_str!("../public/framework.json"));
    let out = file.with_file_name("achievements.json");
    let output = mosaic(&["export", file.to_str().unwrap(), "--open-badges", "-o", out.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(0), "{}", String::from_utf8_lossy(&output.stderr));
    assert!(output.stdout.is_empty());
    let written: Value = serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    assert!(!written.as_array().unwrap().is_empty());
    assert!(written[0]["id"].as_str().unwrap().starts_with("urn:uuid:"));
}

#[test]
fn mosaic_export_refuses_a_file_with_errors_with_located_lines() {
    let mut value: Value = serde_json::from_str(include_str!("fixtures/minimal.json")).unwrap();
    value["tracks"][0]["levels"][0]["band"] = "b9".into();
    let file = temp_file("broken.json", &serde_json::to_string_pretty(&value).unwrap());
    let output = mosaic(&["export", file.to_str().unwrap(), "--case"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(output.stdout.is_empty());
    let stderr = String::from_utf8(output.stderr).unwrap();
    let line = stderr.lines().next().unwrap();
    assert!(line.starts_with(&format!("{}:", file.display())) && line.contains("b9"), "{stderr}");
}

#[test]
fn mosaic_export_needs_exactly_one_standard() {
    let file = temp_file("either.json", include_str!("fixtures/minimal.json"));
    assert_eq!(mosaic(&["export", file.to_str().unwrap()]).status.code(), Some(2));
    assert_eq!(mosaic(&["export", file.to_str().unwrap(), "--case", "--open-badges"]).status.code(), Some(2));
    assert_eq!(mosaic(&["export", "/nonexistent/framework.json", "--case"]).status.code(), Some(2));
}
