//! Families (disciplines) and the tracks that belong to them.

use super::Validator;
use crate::core::framework::model::*;

impl<'a> Validator<'a> {
    pub(super) fn families(&mut self) {
        let framework: &'a Framework = self.framework;
        let families = &framework.families;
        self.unique_ids("families", "family", families.iter().map(|f| f.id.as_str()));
        for (i, family) in families.iter().enumerate() {
            self.not_blank(format!("families[{i}].name"), "The family name", &family.name);
        }
        let known: Vec<&str> = families.iter().map(|f| f.id.as_str()).collect();
        for (t, track) in framework.tracks.iter().enumerate() {
            match &track.family {
                Some(family) => {
                    self.known(format!("tracks[{t}].family"), "family", family, &known);
                }
                // Without families nothing is grouped; with them, a track outside every family
                // is rarely what the author meant.
                None if !families.is_empty() => self.warning(
                    format!("tracks[{t}]"),
                    format!(
                        "Track \"{}\" belongs to no family, so the overview can't group it by discipline; set `family` to one of: {}.",
                        track.name,
                        known.join(", ")
                    ),
                ),
                None => {}
            }
        }
    }
}
