//! Checks that go beyond types: references resolve, IDs are unique, orders make sense.

use std::collections::{HashMap, HashSet};

use super::model::*;
use super::problem::Problem;

/// Every error in the framework, in document order.
pub fn validate(framework: &Framework) -> Vec<Problem> {
    let mut v = Validator { framework, problems: Vec::new() };
    v.format();
    v.meta();
    v.bands();
    v.scale();
    v.competencies();
    v.tracks();
    v.learning();
    v.mobility();
    v.problems
}

struct Validator<'a> {
    framework: &'a Framework,
    problems: Vec<Problem>,
}

/// IDs appear in URLs and storage keys, so they are limited to URL-safe characters.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty() && id.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
}

/// True for a real calendar date written as YYYY-MM-DD.
pub fn is_iso_date(text: &str) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    let [year, month, day] = parts.as_slice() else { return false };
    if year.len() != 4 || month.len() != 2 || day.len() != 2 {
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

    fn known(&mut self, path: String, what: &str, id: &str, known: &[&str]) -> bool {
        self.known_in(path, what, id, "", known)
    }

    /// Like `known`, for IDs that only mean something within a scope such as a track.
    fn known_in(&mut self, path: String, what: &str, id: &str, scope: &str, known: &[&str]) -> bool {
        if known.contains(&id) {
            return true;
        }
        let hint = if known.is_empty() { String::new() } else { format!(" Known: {}.", known.join(", ")) };
        self.error(path, format!("Unknown {what} \"{id}\"{scope}.{hint}"));
        false
    }

    fn band_ids(&self) -> Vec<&'a str> {
        let framework: &'a Framework = self.framework;
        framework.bands.iter().map(|b| b.id.as_str()).collect()
    }

    fn proficiency_ids(&self) -> Vec<&'a str> {
        let framework: &'a Framework = self.framework;
        framework.proficiency_scale.iter().map(|p| p.id.as_str()).collect()
    }

    fn competency_ids(&self) -> Vec<&'a str> {
        let framework: &'a Framework = self.framework;
        framework.competencies.iter().map(|c| c.id.as_str()).collect()
    }

    fn track_ids(&self) -> Vec<&'a str> {
        let framework: &'a Framework = self.framework;
        framework.tracks.iter().map(|t| t.id.as_str()).collect()
    }

    fn format(&mut self) {
        if !(OLDEST_FORMAT_VERSION..=FORMAT_VERSION).contains(&self.framework.format) {
            self.error(
                "format",
                format!(
                    "This app reads formats {OLDEST_FORMAT_VERSION} to {FORMAT_VERSION}, but the file says format {}.",
                    self.framework.format
                ),
            );
        }
    }

    fn meta(&mut self) {
        let meta = &self.framework.meta;
        self.not_blank("meta.id".into(), "The framework ID", &meta.id);
        self.not_blank("meta.name".into(), "The framework name", &meta.name);
        self.date("meta.effective_date".into(), &meta.effective_date);
        let governance = &self.framework.governance;
        self.date("governance.last_review".into(), &governance.last_review);
        if governance.review_cadence_months == 0 {
            self.error("governance.review_cadence_months", "The review cadence must be at least 1 month.");
        }
        for (i, entry) in governance.changelog.iter().enumerate() {
            self.date(format!("governance.changelog[{i}].date"), &entry.date);
        }
    }

    fn compensation(&mut self, path: String, pay: &Compensation) {
        if pay.min > pay.max {
            self.error(path, format!("Compensation min ({}) is greater than max ({}).", pay.min, pay.max));
        } else if pay.mid < pay.min || pay.mid > pay.max {
            self.error(
                path,
                format!("Compensation mid ({}) is outside min–max ({}–{}).", pay.mid, pay.min, pay.max),
            );
        }
    }

    fn bands(&mut self) {
        let bands = &self.framework.bands;
        if bands.is_empty() {
            self.error("bands", "There are no bands; add at least one.");
        }
        self.unique_ids("bands", "band", bands.iter().map(|b| b.id.as_str()));
        for (i, band) in bands.iter().enumerate() {
            self.not_blank(format!("bands[{i}].name"), "The band name", &band.name);
            if let Some(pay) = &band.compensation {
                self.compensation(format!("bands[{i}].compensation"), pay);
            }
        }
    }

    fn scale(&mut self) {
        let scale = &self.framework.proficiency_scale;
        if scale.len() < 2 {
            self.error("proficiency_scale", "The proficiency scale needs at least two levels, lowest first.");
        }
        self.unique_ids("proficiency_scale", "proficiency", scale.iter().map(|p| p.id.as_str()));
    }

    fn competencies(&mut self) {
        let competencies = &self.framework.competencies;
        self.unique_ids("competencies", "competency", competencies.iter().map(|c| c.id.as_str()));
        let scale = self.proficiency_ids();
        for (i, competency) in competencies.iter().enumerate() {
            self.not_blank(format!("competencies[{i}].name"), "The competency name", &competency.name);
            for key in competency.descriptors.keys() {
                self.known(format!("competencies[{i}].descriptors.{key}"), "proficiency", key, &scale);
            }
            let missing: Vec<&str> =
                scale.iter().copied().filter(|p| !competency.descriptors.contains_key(*p)).collect();
            if !missing.is_empty() {
                self.error(
                    format!("competencies[{i}].descriptors"),
                    format!("Missing descriptor for proficiency: {}.", missing.join(", ")),
                );
            }
        }
    }

    fn sunset(&mut self, path: String, sunset: &Sunset) {
        self.date(format!("{path}.date"), &sunset.date);
        if let Some(successor) = &sunset.successor {
            if self.role(format!("{path}.successor"), successor) && self.framework.is_sunset(successor) {
                self.error(
                    format!("{path}.successor"),
                    format!(
                        "The successor {}/{} is itself being phased out; name a role that stays.",
                        successor.track, successor.level
                    ),
                );
            }
        }
    }

    /// Checks a track + level reference; true when it resolves.
    fn role(&mut self, path: String, role: &RoleRef) -> bool {
        let tracks = self.track_ids();
        if !self.known(format!("{path}.track"), "track", &role.track, &tracks) {
            return false;
        }
        let track = self.framework.tracks.iter().find(|t| t.id == role.track).expect("checked above");
        let levels: Vec<&str> = track.levels.iter().map(|l| l.id.as_str()).collect();
        self.known_in(
            format!("{path}.level"),
            "level",
            &role.level,
            &format!(" in track \"{}\"", role.track),
            &levels,
        )
    }

    fn tracks(&mut self) {
        let tracks = &self.framework.tracks;
        if tracks.is_empty() {
            self.error("tracks", "There are no tracks; add at least one.");
        }
        self.unique_ids("tracks", "track", tracks.iter().map(|t| t.id.as_str()));
        let bands = self.band_ids();
        let scale = self.proficiency_ids();
        let competencies = self.competency_ids();
        let band_rank: HashMap<&str, usize> = bands.iter().enumerate().map(|(i, b)| (*b, i)).collect();
        for (t, track) in tracks.iter().enumerate() {
            let path = format!("tracks[{t}]");
            self.not_blank(format!("{path}.name"), "The track name", &track.name);
            if let Some(sunset) = &track.sunset {
                self.sunset(format!("{path}.sunset"), sunset);
            }
            if track.levels.is_empty() {
                self.error(format!("{path}.levels"), format!("Track \"{}\" has no levels.", track.id));
            }
            self.unique_ids(&format!("{path}.levels"), "level", track.levels.iter().map(|l| l.id.as_str()));
            let mut previous: Option<(usize, &Level)> = None;
            for (l, level) in track.levels.iter().enumerate() {
                let path = format!("{path}.levels[{l}]");
                self.not_blank(format!("{path}.title"), "The level title", &level.title);
                if self.known(format!("{path}.band"), "band", &level.band, &bands) {
                    let rank = band_rank[level.band.as_str()];
                    if let Some((prev_rank, prev)) = previous {
                        if rank < prev_rank {
                            self.error(
                                format!("{path}.band"),
                                format!(
                                    "Band goes down along the track: \"{}\" is in band {} but the level before it, \"{}\", is in band {}.",
                                    level.id, level.band, prev.id, prev.band
                                ),
                            );
                        }
                    }
                    previous = Some((rank, level));
                }
                let mut expected = HashSet::new();
                for (e, expectation) in level.expectations.iter().enumerate() {
                    let path = format!("{path}.expectations[{e}]");
                    self.known(
                        format!("{path}.competency"),
                        "competency",
                        &expectation.competency,
                        &competencies,
                    );
                    self.known(
                        format!("{path}.proficiency"),
                        "proficiency",
                        &expectation.proficiency,
                        &scale,
                    );
                    if !expected.insert(expectation.competency.as_str()) {
                        self.error(
                            format!("{path}.competency"),
                            format!(
                                "Competency \"{}\" is listed twice for this level.",
                                expectation.competency
                            ),
                        );
                    }
                    if !(expectation.weight.is_finite() && expectation.weight > 0.0) {
                        self.error(format!("{path}.weight"), "The weight must be a number greater than 0.");
                    }
                }
                self.unique_ids(
                    &format!("{path}.milestones"),
                    "milestone",
                    level.milestones.iter().map(|m| m.id.as_str()),
                );
                if let Some(pay) = &level.compensation {
                    self.compensation(format!("{path}.compensation"), pay);
                }
                if let Some(sunset) = &level.sunset {
                    self.sunset(format!("{path}.sunset"), sunset);
                }
            }
        }
    }

    fn learning(&mut self) {
        let learning = &self.framework.learning;
        self.unique_ids("learning", "learning opportunity", learning.iter().map(|o| o.id.as_str()));
        let scale = self.proficiency_ids();
        let competencies = self.competency_ids();
        for (i, opportunity) in learning.iter().enumerate() {
            if opportunity.grows.is_empty() {
                self.error(
                    format!("learning[{i}].grows"),
                    "Name at least one competency this opportunity grows.",
                );
            }
            for (g, growth) in opportunity.grows.iter().enumerate() {
                let path = format!("learning[{i}].grows[{g}]");
                self.known(format!("{path}.competency"), "competency", &growth.competency, &competencies);
                self.known(format!("{path}.up_to"), "proficiency", &growth.up_to, &scale);
            }
        }
    }

    fn mobility(&mut self) {
        let rules = &self.framework.mobility;
        self.unique_ids("mobility", "mobility rule", rules.iter().map(|r| r.id.as_str()));
        let tracks = self.track_ids();
        let bands = self.band_ids();
        let scale = self.proficiency_ids();
        let competencies = self.competency_ids();
        for (i, rule) in rules.iter().enumerate() {
            let path = format!("mobility[{i}]");
            if self.known(format!("{path}.from.track"), "track", &rule.from.track, &tracks) {
                let track = self.framework.tracks.iter().find(|t| t.id == rule.from.track).expect("checked");
                let levels: Vec<&str> = track.levels.iter().map(|l| l.id.as_str()).collect();
                for (l, level) in rule.from.levels.iter().enumerate() {
                    let scope = format!(" in track \"{}\"", track.id);
                    self.known_in(format!("{path}.from.levels[{l}]"), "level", level, &scope, &levels);
                }
            }
            for (b, band) in rule.from.bands.iter().enumerate() {
                self.known(format!("{path}.from.bands[{b}]"), "band", band, &bands);
            }
            if self.role(format!("{path}.to"), &rule.to) && self.framework.is_sunset(&rule.to) {
                self.error(
                    format!("{path}.to"),
                    format!(
                        "Mobility rule \"{}\" leads into the sunset role {}/{}; point it at the successor role instead.",
                        rule.id, rule.to.track, rule.to.level
                    ),
                );
            }
            for (p, prerequisite) in rule.prerequisites.iter().enumerate() {
                let path = format!("{path}.prerequisites[{p}]");
                match (&prerequisite.competency, &prerequisite.proficiency) {
                    (Some(competency), Some(proficiency)) => {
                        self.known(format!("{path}.competency"), "competency", competency, &competencies);
                        self.known(format!("{path}.proficiency"), "proficiency", proficiency, &scale);
                    }
                    (None, None) => {}
                    _ => self.error(path, "Give both `competency` and `proficiency`, or neither."),
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::is_iso_date;

    #[test]
    fn accepts_only_real_calendar_dates() {
        assert!(is_iso_date("2024-02-29"));
        assert!(!is_iso_date("2023-02-29"));
        assert!(!is_iso_date("2026-13-01"));
        assert!(!is_iso_date("2026-1-01"));
        assert!(!is_iso_date("next year"));
    }
}
