//! Checks that go beyond types: references resolve, IDs are unique, orders make sense. Each
//! part of the file has its own module; this one holds the entry point and the checks every
//! part shares (IDs, dates, references).

mod branching;
mod content;
mod families;
mod format_version;
mod header;
mod known_ids;
mod lint_allow;
mod mobility;
mod points;
mod readiness;
mod scales;
mod tracks;

use std::collections::HashMap;

pub use content::is_web_link;
use known_ids::{Hint, KnownIds};

use super::model::*;
use super::problem::Problem;

/// Every error and warning in the framework, section by section (errors block loading;
/// warnings are shown to the author but don't). A message about an unknown ID suggests the
/// closest known ones.
pub fn validate(framework: &Framework) -> Vec<Problem> {
    validate_with(framework, Some(closest_ids)).0
}

/// The same checks for a caller that only shows a framework without unknown IDs: `None` when
/// the file names an unknown ID, whose message would need the "did you mean" hint. The
/// overview bundle checks this way and hands such a file to the public site, which words it,
/// so the overview's download carries none of the hint code (`closest_ids` is only reached
/// through [`validate`]).
pub fn validate_unless_unknown_ids(framework: &Framework) -> Option<Vec<Problem>> {
    let (problems, hint_left_out) = validate_with(framework, None);
    (!hint_left_out).then_some(problems)
}

/// How a message about an unknown ID ends (with a leading space), or nothing.
type HintFor = fn(what: &str, unknown: &str, known: &KnownIds) -> String;

fn closest_ids(what: &str, unknown: &str, known: &KnownIds) -> String {
    hint_sentence(what, known.hint(unknown))
}

/// The problems, and whether a hint was left out for want of `hint_for`.
fn validate_with(framework: &Framework, hint_for: Option<HintFor>) -> (Vec<Problem>, bool) {
    let ids = SharedIds {
        bands: KnownIds::new(framework.bands.iter().map(|b| b.id.as_str())),
        competencies: KnownIds::new(framework.competencies.iter().map(|c| c.id.as_str())),
        tracks: KnownIds::new(framework.tracks.iter().map(|t| t.id.as_str())),
    };
    let mut v = Validator { framework, ids: &ids, problems: Vec::new(), hint_for, hint_left_out: false };
    v.format();
    v.meta();
    v.bands();
    v.scales();
    v.families();
    v.competencies();
    v.tracks();
    v.branching();
    v.points();
    v.content();
    v.learning();
    v.mobility();
    v.readiness();
    v.lint_allow();
    (v.problems, v.hint_left_out)
}

struct Validator<'a> {
    framework: &'a Framework,
    /// The IDs most references name, indexed once for the whole file.
    ids: &'a SharedIds<'a>,
    problems: Vec<Problem>,
    /// `None`: no hints wanted (see [`validate_unless_unknown_ids`]).
    hint_for: Option<HintFor>,
    hint_left_out: bool,
}

struct SharedIds<'a> {
    bands: KnownIds<'a>,
    competencies: KnownIds<'a>,
    tracks: KnownIds<'a>,
}

/// IDs appear in URLs and storage keys, so they are limited to URL-safe characters.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty() && id.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
}

/// True for a real calendar date written as YYYY-MM-DD.
pub fn is_iso_date(text: &str) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    let [year, month, day] = parts.as_slice() else { return false };
    // Digits only: `parse` alone would also take a sign ("2026-+1-01").
    let digits = |part: &str, len: usize| part.len() == len && part.bytes().all(|b| b.is_ascii_digit());
    if !(digits(year, 4) && digits(month, 2) && digits(day, 2)) {
        return false;
    }
    let (Ok(year), Ok(month), Ok(day)) = (year.parse::<u32>(), month.parse::<u32>(), day.parse::<u32>())
    else {
        return false;
    };
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&day)
}

impl<'a> Validator<'a> {
    fn error(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.problems.push(Problem::error(path, message));
    }

    fn warning(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.problems.push(Problem::warning(path, message));
    }

    fn not_blank(&mut self, path: String, what: &str, text: &str) {
        if text.trim().is_empty() {
            self.error(path, format!("{what} is empty."));
        }
    }

    fn date(&mut self, path: String, text: &str) {
        if !is_iso_date(text) {
            self.error(path, format!("\"{text}\" is not a date; write it as YYYY-MM-DD, e.g. 2026-01-31."));
        }
    }

    /// Months that plan durations are built from: 0 would make a step take no time at all.
    fn months(&mut self, path: String, what: &str, months: u32) {
        if months == 0 {
            self.error(path, format!("{what} must be at least 1 month."));
        }
    }

    /// Reports IDs that are empty or repeated within one list.
    fn unique_ids<'i>(&mut self, list_path: &str, what: &str, ids: impl Iterator<Item = &'i str>) {
        let mut seen: HashMap<&str, usize> = HashMap::new();
        for (index, id) in ids.enumerate() {
            let path = format!("{list_path}[{index}].id");
            if id.trim().is_empty() {
                self.error(path, format!("The {what} ID is empty."));
            } else if !is_valid_id(id) {
                self.error(
                    path,
                    format!(
                        "The {what} ID \"{id}\" may only contain letters, digits, '-', '_' and '.': it appears in web addresses."
                    ),
                );
            } else if let Some(first) = seen.insert(id, index) {
                seen.insert(id, first);
                self.error(
                    path,
                    format!("Duplicate {what} ID \"{id}\": already used by {list_path}[{first}]."),
                );
            }
        }
    }

    fn known(&mut self, path: String, what: &str, id: &str, known: &KnownIds) -> bool {
        self.known_in(path, what, id, "", known)
    }

    /// Like `known`, for IDs that only mean something within a scope such as a track.
    fn known_in(&mut self, path: String, what: &str, id: &str, scope: &str, known: &KnownIds) -> bool {
        if known.contains(id) {
            return true;
        }
        let hint = self.hint(what, id, known);
        self.error(path, format!("Unknown {what} \"{id}\"{scope}.{hint}"));
        false
    }

    /// What follows a message about the unknown ID `id`, when hints are wanted.
    fn hint(&mut self, what: &str, id: &str, known: &KnownIds) -> String {
        match self.hint_for {
            Some(hint_for) => hint_for(what, id, known),
            None => {
                self.hint_left_out = true;
                String::new()
            }
        }
    }

    /// Checks a track + level reference; true when it resolves.
    fn role(&mut self, path: String, role: &RoleRef) -> bool {
        let ids = self.ids;
        if !self.known(format!("{path}.track"), "track", &role.track, &ids.tracks) {
            return false;
        }
        let track = self.framework.track(&role.track).expect("checked above");
        let levels = KnownIds::new(track.levels.iter().map(|l| l.id.as_str()));
        self.known_in(
            format!("{path}.level"),
            "level",
            &role.level,
            &format!(" in track \"{}\"", role.track),
            &levels,
        )
    }

    /// Checks that `proficiency` is a step of the scale `competency` is rated on. Says nothing
    /// when the competency or its scale is itself unknown: that is reported where it is named.
    fn proficiency_of(&mut self, path: String, competency: &str, proficiency: &str) {
        let framework: &'a Framework = self.framework;
        let Some(rated) = framework.competency(competency) else { return };
        if rated.scale.as_deref().is_some_and(|id| framework.scale(id).is_none()) {
            return;
        }
        if framework.proficiency_rank(competency, proficiency).is_none() {
            let steps = KnownIds::new(framework.scale_of(rated).iter().map(|p| p.id.as_str()));
            let scope = match &rated.scale {
                Some(scale) => format!(" for competency \"{competency}\" (scale \"{scale}\")"),
                None => format!(" for competency \"{competency}\""),
            };
            self.known_in(path, "proficiency", proficiency, &scope, &steps);
        }
    }
}

/// What follows "Unknown band \"b9\"." (with a leading space), or nothing.
fn hint_sentence(what: &str, hint: Hint) -> String {
    match hint {
        Hint::NoneKnown => String::new(),
        Hint::All(ids) => format!(" Known: {}.", ids.join(", ")),
        Hint::Closest(ids) => format!(" Did you mean {}?", either(&ids)),
        Hint::NoneClose(count) => format!(" No known {what} is close to it ({count} in the file)."),
    }
}

/// "a", "a or b", "a, b or c".
fn either(ids: &[&str]) -> String {
    match ids {
        [rest @ .., last] if !rest.is_empty() => format!("{} or {last}", rest.join(", ")),
        _ => ids.join(""),
    }
}

#[cfg(test)]
mod tests {
    use super::{is_iso_date, is_valid_id};

    #[test]
    fn accepts_only_real_calendar_dates() {
        assert!(is_iso_date("2024-02-29"));
        assert!(!is_iso_date("2023-02-29"));
        assert!(!is_iso_date("2026-13-01"));
        assert!(!is_iso_date("2026-1-01"));
        assert!(!is_iso_date("next year"));
        assert!(!is_iso_date("2026-+1-01"));
    }

    #[test]
    fn ids_are_ascii_letters_digits_dashes_underscores_and_dots() {
        assert!(is_valid_id("Senior_Engineer-2.1"));
        assert!(!is_valid_id(""));
        assert!(!is_valid_id("tech/ops"));
        assert!(!is_valid_id("één"));
        assert!(!is_valid_id("two words"));
    }
}
