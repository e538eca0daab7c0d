//! Turns the text of `framework.json` into a checked [`Framework`], or into every problem
//! that stops it from being one.

use serde::de::DeserializeOwned;
use serde_json::Value;

use super::locate::positions_of;
use super::model::*;
use super::problem::{Position, Problem, Severity};
use super::{parity, validate};
use crate::core::limits::{self, bytes_in_words, Counted, FRAMEWORK_BYTES, FRAMEWORK_COUNTS};

/// A framework that passed validation, with any warnings it carries: about its content
/// (for its authors) and about parity (see [`Loaded::parity_issues`]).
#[derive(Debug, Clone, PartialEq)]
pub struct Loaded {
    pub framework: Framework,
    pub warnings: Vec<Problem>,
}

/// Parses and validates a framework file. On failure returns every problem found (errors
/// first, then warnings), each located by line, column and JSON path where possible.
pub fn load(text: &str) -> Result<Loaded, Vec<Problem>> {
    if let Some(problem) = too_large(text).or_else(|| not_json(text)) {
        return Err(vec![problem]);
    }
    let value: Value = match serde_json::from_str(text) {
        Ok(value) => value,
        Err(err) => return Err(vec![syntax_problem(&err)]),
    };
    // Deserialize from the parsed value only (not from the text again): one copy of the
    // deserialization code in the wasm, and positions come from `locate` for every problem.
    let framework = match serde_path_to_error::deserialize::<_, Framework>(&value) {
        Ok(framework) => framework,
        Err(first) => {
            let mut problems = type_problems(&value);
            if problems.is_empty() {
                problems
                    .push(Problem::error(path_text(first.path()), sentence(&first.into_inner().to_string())));
            }
            return Err(located(problems, text));
        }
    };
    check_deserialized(framework, text)
}

/// The checks after deserialization: validation and parity, every problem located in
/// `text`, the JSON the framework was read from. Split from [`load`] so that a faster
/// reader (the browser's own JSON parser) can hand its framework to the same checks and
/// reach the same verdict with the same warnings.
pub fn check_deserialized(framework: Framework, text: &str) -> Result<Loaded, Vec<Problem>> {
    let validated = |framework: &Framework| Some(validate::validate(framework));
    check_deserialized_with(framework, text, validated).expect("full validation always answers")
}

/// [`check_deserialized`] with the validation given; `None` when that validation can't decide
/// alone (see [`validate::validate_unless_unknown_ids`]).
pub(super) fn check_deserialized_with(
    framework: Framework,
    text: &str,
    validate: fn(&Framework) -> Option<Vec<Problem>>,
) -> Option<Result<Loaded, Vec<Problem>>> {
    let over = too_many(&framework);
    if !over.is_empty() {
        return Some(Err(located(over, text)));
    }
    let (mut problems, mut warnings): (Vec<Problem>, Vec<Problem>) =
        validate(&framework)?.into_iter().partition(|p| p.severity == Severity::Error);
    warnings.extend(parity::parity_warnings(&framework));
    if problems.is_empty() {
        Some(Ok(Loaded { framework, warnings: located(warnings, text) }))
    } else {
        problems.extend(warnings);
        Some(Err(located(problems, text)))
    }
}

/// Gives each problem its line and column in `text` (also for lint findings, found later).
/// Only the problems' own paths are looked for, in one pass over the text that stops at the
/// last of them; a file with nothing to place is not scanned at all.
pub fn located(mut problems: Vec<Problem>, text: &str) -> Vec<Problem> {
    let unplaced = problems.iter().filter(|p| p.position.is_none() && !p.path.is_empty());
    let positions = positions_of(text, unplaced.map(|p| p.path.as_str()));
    if positions.is_empty() {
        return problems;
    }
    for problem in &mut problems {
        // A problem with no path concerns the whole file; it has no one position.
        if problem.position.is_none() && !problem.path.is_empty() {
            problem.position = positions.get(&problem.path).copied();
        }
    }
    problems
}

/// A file over [`FRAMEWORK_BYTES`] is refused before anything is parsed.
fn too_large(text: &str) -> Option<Problem> {
    let over = limits::check_bytes(text.len() as u64, FRAMEWORK_BYTES).err()?;
    Some(Problem::error(
        "",
        format!(
            "The framework file is {} ({} bytes); Mosaic reads framework files of up to {} ({} bytes), so it was not read. Split the framework, or shorten its texts.",
            bytes_in_words(over.size),
            over.size,
            bytes_in_words(over.limit),
            over.limit
        ),
    ))
}

/// Each kind of item over its count in [`FRAMEWORK_COUNTS`], checked before validation.
fn too_many(framework: &Framework) -> Vec<Problem> {
    FRAMEWORK_COUNTS
        .iter()
        .filter_map(|&(counted, limit)| {
            let (count, path, what) = match counted {
                Counted::Tracks => (framework.tracks.len(), "tracks", "tracks"),
                Counted::Roles => (framework.tracks.iter().map(|t| t.levels.len()).sum(), "tracks", "roles (levels of all tracks)"),
                Counted::Competencies => (framework.competencies.len(), "competencies", "competencies"),
                Counted::Bands => (framework.bands.len(), "bands", "bands"),
                Counted::Learning => (framework.learning.len(), "learning", "learning opportunities"),
                Counted::MobilityRules => (framework.mobility.len(), "mobility", "mobility rules"),
            };
            (count as u64 > limit).then(|| {
                Problem::error(
                    path,
                    format!("The framework has {count} {what}; Mosaic reads at most {limit}, so it was not loaded."),
                )
            })
        })
        .collect()
}

/// Catches the host's mistakes before JSON parsing: an empty answer, or an HTML page
/// (a "404 Not Found" page, or index.html served as a fallback).
fn not_json(text: &str) -> Option<Problem> {
    let trimmed = text.trim_start_matches('\u{feff}').trim_start();
    if trimmed.is_empty() {
        return Some(Problem::error(
            "",
            "The file is empty: expected a JSON object describing the framework.",
        ));
    }
    if trimmed.starts_with('<') {
        let first_line: String = trimmed.lines().next().unwrap_or_default().chars().take(60).collect();
        return Some(Problem::error(
            "",
            format!(
                "The server answered with an HTML page instead of JSON (it starts with \"{first_line}\"). \
                 Check that framework.json is uploaded next to index.html under exactly that name."
            ),
        ));
    }
    None
}

fn syntax_problem(err: &serde_json::Error) -> Problem {
    let message = match err.classify() {
        serde_json::error::Category::Eof => {
            format!(
                "The file ends too early ({}). Look for a missing closing brace or bracket.",
                bare_message(err)
            )
        }
        _ => format!("Invalid JSON: {}.", bare_message(err)),
    };
    Problem::error("", message).at(Some(Position { line: err.line(), column: err.column() }))
}

/// serde_json appends " at line L column C" to its messages; the location is shown separately.
fn bare_message(err: &serde_json::Error) -> String {
    let text = err.to_string();
    match text.rfind(" at line ") {
        Some(cut) if err.line() > 0 => text[..cut].to_string(),
        _ => text,
    }
}

fn path_text(path: &serde_path_to_error::Path) -> String {
    let text = path.to_string();
    if text == "." {
        String::new()
    } else {
        text
    }
}

fn sentence(message: &str) -> String {
    let mut chars = message.chars();
    match chars.next() {
        Some(first) => format!("{}{}.", first.to_uppercase(), chars.as_str()),
        None => String::new(),
    }
}

/// Deserializes each section, and each element of each list, on its own so that one wrong
/// type does not hide the others: authors see every type error in one pass.
fn type_problems(value: &Value) -> Vec<Problem> {
    let Some(object) = value.as_object() else {
        return vec![Problem::error(
            "",
            "The file must contain a JSON object ({ ... }) describing the framework.",
        )];
    };
    const SECTIONS: [&str; 13] = [
        "format",
        "meta",
        "governance",
        "bands",
        "proficiency_scale",
        "scales",
        "families",
        "competencies",
        "tracks",
        "learning",
        "mobility",
        "readiness",
        "pacing",
    ];
    // Format 2 lets every competency name its own scale, so the default scale may be absent
    // (the validator then asks for it where a competency needs it).
    const OPTIONAL: [&str; 7] =
        ["proficiency_scale", "scales", "families", "learning", "mobility", "readiness", "pacing"];
    let mut problems = Vec::new();
    for key in object.keys().filter(|key| !SECTIONS.contains(&key.as_str())) {
        problems.push(Problem::error(
            key.clone(),
            format!("Unknown section `{key}`; expected one of: {}.", SECTIONS.join(", ")),
        ));
    }
    for section in SECTIONS {
        let Some(part) = object.get(section) else {
            if !OPTIONAL.contains(&section) {
                problems.push(Problem::error("", format!("Missing section `{section}`.")));
            }
            continue;
        };
        match section {
            "format" => check::<u32>(part, section, &mut problems),
            "meta" => check::<Meta>(part, section, &mut problems),
            "governance" => check::<Governance>(part, section, &mut problems),
            "bands" => check_list::<Band>(part, section, &mut problems),
            "proficiency_scale" => check_list::<Proficiency>(part, section, &mut problems),
            "scales" => check_list::<Scale>(part, section, &mut problems),
            "families" => check_list::<Family>(part, section, &mut problems),
            "readiness" => check::<ReadinessPolicy>(part, section, &mut problems),
            "pacing" => check::<Pacing>(part, section, &mut problems),
            "competencies" => check_list::<Competency>(part, section, &mut problems),
            "tracks" => check_tracks(part, &mut problems),
            "learning" => check_list::<LearningOpportunity>(part, section, &mut problems),
            _ => check_list::<MobilityRule>(part, section, &mut problems),
        }
    }
    problems
}

fn check<T: DeserializeOwned>(value: &Value, path: &str, problems: &mut Vec<Problem>) {
    if let Err(err) = serde_path_to_error::deserialize::<_, T>(value) {
        let inner_path = path_text(err.path());
        let full = match (path.is_empty(), inner_path.is_empty()) {
            (_, true) => path.to_string(),
            (true, false) => inner_path,
            (false, false) if inner_path.starts_with('[') => format!("{path}{inner_path}"),
            (false, false) => format!("{path}.{inner_path}"),
        };
        problems.push(Problem::error(full, sentence(&err.into_inner().to_string())));
    }
}

fn check_list<T: DeserializeOwned>(value: &Value, path: &str, problems: &mut Vec<Problem>) {
    match value.as_array() {
        Some(items) => {
            for (index, item) in items.iter().enumerate() {
                check::<T>(item, &format!("{path}[{index}]"), problems);
            }
        }
        None => check::<Vec<T>>(value, path, problems),
    }
}

/// Tracks are checked level by level, since one track holds most of an author's text.
fn check_tracks(value: &Value, problems: &mut Vec<Problem>) {
    let Some(tracks) = value.as_array() else {
        return check::<Vec<Track>>(value, "tracks", problems);
    };
    for (t, track) in tracks.iter().enumerate() {
        let path = format!("tracks[{t}]");
        let levels = track.get("levels").and_then(Value::as_array);
        match (track.as_object(), levels) {
            (Some(object), Some(levels)) => {
                let mut shell = object.clone();
                shell.insert("levels".into(), Value::Array(Vec::new()));
                check::<Track>(&Value::Object(shell), &path, problems);
                for (l, level) in levels.iter().enumerate() {
                    check::<Level>(level, &format!("{path}.levels[{l}]"), problems);
                }
            }
            _ => check::<Track>(track, &path, problems),
        }
    }
}
