//! Learning opportunities and mobility rules: what they grow or lead to exists, at steps of
//! the competencies' own scales.

use super::{KnownIds, Validator};

impl Validator<'_> {
    pub(super) fn learning(&mut self) {
        let learning = &self.framework.learning;
        self.unique_ids("learning", "learning opportunity", learning.iter().map(|o| o.id.as_str()));
        let competencies = &self.ids.competencies;
        for (i, opportunity) in learning.iter().enumerate() {
            if opportunity.grows.is_empty() {
                self.error(
                    format!("learning[{i}].grows"),
                    "Name at least one competency this opportunity grows.",
                );
            }
            for (g, growth) in opportunity.grows.iter().enumerate() {
                let path = format!("learning[{i}].grows[{g}]");
                if self.known(format!("{path}.competency"), "competency", &growth.competency, competencies) {
                    self.proficiency_of(format!("{path}.up_to"), &growth.competency, &growth.up_to);
                }
            }
        }
    }

    pub(super) fn mobility(&mut self) {
        let rules = &self.framework.mobility;
        self.unique_ids("mobility", "mobility rule", rules.iter().map(|r| r.id.as_str()));
        let ids = self.ids;
        for (i, rule) in rules.iter().enumerate() {
            let path = format!("mobility[{i}]");
            if self.known(format!("{path}.from.track"), "track", &rule.from.track, &ids.tracks) {
                let track = self.framework.track(&rule.from.track).expect("checked");
                let levels = KnownIds::new(track.levels.iter().map(|l| l.id.as_str()));
                for (l, level) in rule.from.levels.iter().enumerate() {
                    let scope = format!(" in track \"{}\"", track.id);
                    self.known_in(format!("{path}.from.levels[{l}]"), "level", level, &scope, &levels);
                }
            }
            for (b, band) in rule.from.bands.iter().enumerate() {
                self.known(format!("{path}.from.bands[{b}]"), "band", band, &ids.bands);
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
                        if self.known(
                            format!("{path}.competency"),
                            "competency",
                            competency,
                            &ids.competencies,
                        ) {
                            self.proficiency_of(format!("{path}.proficiency"), competency, proficiency);
                        }
                    }
                    (None, None) => {}
                    _ => self.error(path, "Give both `competency` and `proficiency`, or neither."),
                }
            }
        }
    }
}
