//! The format version: one this build reads, and a format-1 file uses no field that only
//! format 2 has (so a file says honestly which app versions can read it).

use super::Validator;
use crate::core::framework::model::*;

/// What format 2 adds, as written in the message to authors.
const FORMAT_2_FIELDS: &str = "`scales`, `families`, `readiness` and `pacing`; `scale`, `points`, `text`, `examples`, \
     `signals`, `links`, `branches_from`, `family`, `typical_months` and `promotion` on items; `lint_allow` in \
     `governance`; and descriptors written as objects";

/// How many of the format-2 fields found are named in the message; the rest are counted.
const NAMED: usize = 5;

impl Validator<'_> {
    pub(super) fn format(&mut self) {
        let format = self.framework.format;
        if !(OLDEST_FORMAT_VERSION..=FORMAT_VERSION).contains(&format) {
            self.error(
                "format",
                format!(
                    "This app reads formats {OLDEST_FORMAT_VERSION} to {FORMAT_VERSION}, but the file says format {format}."
                ),
            );
        }
        if format != 1 {
            return;
        }
        let used = format_2_fields_used(self.framework);
        if let Some(first) = used.first() {
            let mut named = used.iter().take(NAMED).cloned().collect::<Vec<_>>().join(", ");
            if used.len() > NAMED {
                named.push_str(&format!(" and {} more", used.len() - NAMED));
            }
            self.error(
                "format",
                format!(
                    "The file says \"format\": 1 but uses fields of format 2 ({named}); set \"format\": 2 to use them. Format 2 adds {FORMAT_2_FIELDS}."
                ),
            );
            // Also located at the first use, so an author who meant format 1 finds it.
            self.error(first.clone(), "This field needs \"format\": 2.");
        }
    }
}

/// JSON paths of every format-2 field that carries something (an empty list or a default
/// policy means nothing and is not counted).
fn format_2_fields_used(framework: &Framework) -> Vec<String> {
    let mut used = Vec::new();
    let mut note = |present: bool, path: String| {
        if present {
            used.push(path);
        }
    };
    note(framework.governance.promotion.is_some(), "governance.promotion".into());
    note(!framework.governance.lint_allow.is_empty(), "governance.lint_allow".into());
    for (b, band) in framework.bands.iter().enumerate() {
        note(band.typical_months.is_some(), format!("bands[{b}].typical_months"));
    }
    for (p, step) in framework.proficiency_scale.iter().enumerate() {
        note(step.points.is_some(), format!("proficiency_scale[{p}].points"));
    }
    note(!framework.scales.is_empty(), "scales".into());
    note(!framework.families.is_empty(), "families".into());
    for (i, competency) in framework.competencies.iter().enumerate() {
        note(competency.scale.is_some(), format!("competencies[{i}].scale"));
        for (key, descriptor) in &competency.descriptors {
            note(
                matches!(descriptor, Descriptor::Detailed(_)),
                format!("competencies[{i}].descriptors.{key}"),
            );
        }
    }
    for (t, track) in framework.tracks.iter().enumerate() {
        note(track.family.is_some(), format!("tracks[{t}].family"));
        note(track.branches_from.is_some(), format!("tracks[{t}].branches_from"));
        for (l, level) in track.levels.iter().enumerate() {
            let path = format!("tracks[{t}].levels[{l}]");
            illustrated(&mut note, &path, &level.examples, &level.signals, &level.links);
            note(level.points.is_some(), format!("{path}.points"));
            note(level.typical_months.is_some(), format!("{path}.typical_months"));
            note(level.promotion.is_some(), format!("{path}.promotion"));
            for (e, expectation) in level.expectations.iter().enumerate() {
                let path = format!("{path}.expectations[{e}]");
                note(expectation.text.is_some(), format!("{path}.text"));
                illustrated(
                    &mut note,
                    &path,
                    &expectation.examples,
                    &expectation.signals,
                    &expectation.links,
                );
            }
            for (m, milestone) in level.milestones.iter().enumerate() {
                let path = format!("{path}.milestones[{m}]");
                illustrated(&mut note, &path, &milestone.examples, &milestone.signals, &milestone.links);
            }
        }
    }
    note(framework.readiness != ReadinessPolicy::default(), "readiness".into());
    note(framework.pacing != Pacing::default(), "pacing".into());
    used
}

fn illustrated(
    note: &mut impl FnMut(bool, String),
    path: &str,
    examples: &[String],
    signals: &[String],
    links: &[Link],
) {
    note(!examples.is_empty(), format!("{path}.examples"));
    note(!signals.is_empty(), format!("{path}.signals"));
    note(!links.is_empty(), format!("{path}.links"));
}
