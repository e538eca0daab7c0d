//! Proficiency scales (the default one and the named ones) and the competencies rated on
//! them: each competency's scale exists, and its descriptors cover exactly that scale's steps.

use super::{KnownIds, Validator};
use crate::core::framework::model::*;

impl<'a> Validator<'a> {
    pub(super) fn scales(&mut self) {
        let framework: &'a Framework = self.framework;
        let default = &framework.proficiency_scale;
        // The default scale may be left out (format 2) when named scales take its place, but
        // a scale with a single step can't tell anyone apart.
        if default.len() == 1 || (default.is_empty() && framework.scales.is_empty()) {
            self.error("proficiency_scale", "The proficiency scale needs at least two levels, lowest first.");
        }
        self.unique_ids("proficiency_scale", "proficiency", default.iter().map(|p| p.id.as_str()));

        self.unique_ids("scales", "scale", framework.scales.iter().map(|s| s.id.as_str()));
        for (i, scale) in framework.scales.iter().enumerate() {
            self.not_blank(format!("scales[{i}].name"), "The scale name", &scale.name);
            if scale.levels.is_empty() {
                self.error(
                    format!("scales[{i}].levels"),
                    format!("Scale \"{}\" has no levels; list its steps, lowest first.", scale.id),
                );
            }
            self.unique_ids(
                &format!("scales[{i}].levels"),
                "proficiency",
                scale.levels.iter().map(|p| p.id.as_str()),
            );
        }
    }

    pub(super) fn competencies(&mut self) {
        let framework: &'a Framework = self.framework;
        let competencies = &framework.competencies;
        self.unique_ids("competencies", "competency", competencies.iter().map(|c| c.id.as_str()));
        let scale_ids = KnownIds::new(framework.scales.iter().map(|s| s.id.as_str()));
        for (i, competency) in competencies.iter().enumerate() {
            let path = format!("competencies[{i}]");
            self.not_blank(format!("{path}.name"), "The competency name", &competency.name);
            let scope = match &competency.scale {
                Some(scale) => {
                    if !self.known(format!("{path}.scale"), "scale", scale, &scale_ids) {
                        continue;
                    }
                    format!(" (scale \"{scale}\")")
                }
                None if framework.proficiency_scale.is_empty() => {
                    self.error(
                        path,
                        format!(
                            "Competency \"{}\" has no scale: name one of `scales` or add `proficiency_scale`.",
                            competency.id
                        ),
                    );
                    continue;
                }
                None => String::new(),
            };
            let steps = KnownIds::new(framework.scale_of(competency).iter().map(|p| p.id.as_str()));
            for key in competency.descriptors.keys() {
                self.known_in(format!("{path}.descriptors.{key}"), "proficiency", key, &scope, &steps);
            }
            let missing: Vec<&str> = steps
                .in_order()
                .iter()
                .copied()
                .filter(|p| !competency.descriptors.contains_key(*p))
                .collect();
            if !missing.is_empty() {
                self.error(
                    format!("{path}.descriptors"),
                    format!("Missing descriptor for proficiency: {}{scope}.", missing.join(", ")),
                );
            }
        }
    }
}
