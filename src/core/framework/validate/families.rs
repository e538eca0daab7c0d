//! Families (disciplines) and the tracks that belong to them.

use super::known_ids::LISTED_IN_FULL;
use super::{KnownIds, Validator};
use crate::core::framework::model::*;

impl<'a> Validator<'a> {
    pub(super) fn families(&mut self) {
        let framework: &'a Framework = self.framework;
        let families = &framework.families;
        self.unique_ids("families", "family", families.iter().map(|f| f.id.as_str()));
        for (i, family) in families.iter().enumerate() {
            self.not_blank(format!("families[{i}].name"), "The family name", &family.name);
        }
        let known = KnownIds::new(families.iter().map(|f| f.id.as_str()));
        for (t, track) in framework.tracks.iter().enumerate() {
            match &track.family {
                Some(family) => {
                    self.known(format!("tracks[{t}].family"), "family", family, &known);
                }
                // Without families nothing is grouped; with them, a track outside every family
                // is rarely what the author meant.
                None if !families.is_empty() => {
                    // Named in full only when few, so many tracks don't each repeat a long list.
                    let choices = match known.in_order() {
                        few if few.len() <= LISTED_IN_FULL => format!("one of: {}", few.join(", ")),
                        many => format!("one of the {} families", many.len()),
                    };
                    self.warning(
                        format!("tracks[{t}]"),
                        format!(
                            "Track \"{}\" belongs to no family, so the overview can't group it by discipline; set `family` to {choices}.",
                            track.name,
                        ),
                    )
                }
                None => {}
            }
        }
    }
}
