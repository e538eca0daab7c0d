//! Tracks and their levels: bands in order, expectations on known competencies at steps of
//! their own scales, milestones, pay overrides, time in level and sunsets.

use std::collections::{HashMap, HashSet};

use super::Validator;
use crate::core::framework::model::*;

impl<'a> Validator<'a> {
    pub(super) fn sunset(&mut self, path: String, sunset: &Sunset) {
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

    pub(super) fn tracks(&mut self) {
        let framework: &'a Framework = self.framework;
        let tracks = &framework.tracks;
        if tracks.is_empty() {
            self.error("tracks", "There are no tracks; add at least one.");
        }
        self.unique_ids("tracks", "track", tracks.iter().map(|t| t.id.as_str()));
        let ids = self.ids;
        let band_rank: HashMap<&str, usize> =
            framework.bands.iter().enumerate().map(|(i, b)| (b.id.as_str(), i)).collect();
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
                if self.known(format!("{path}.band"), "band", &level.band, &ids.bands) {
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
                self.expectations(&path, level);
                self.unique_ids(
                    &format!("{path}.milestones"),
                    "milestone",
                    level.milestones.iter().map(|m| m.id.as_str()),
                );
                if let Some(pay) = &level.compensation {
                    self.compensation(format!("{path}.compensation"), pay);
                }
                if let Some(months) = level.typical_months {
                    self.months(format!("{path}.typical_months"), "The typical time in a level", months);
                }
                if let Some(sunset) = &level.sunset {
                    self.sunset(format!("{path}.sunset"), sunset);
                }
            }
        }
    }

    fn expectations(&mut self, level_path: &str, level: &Level) {
        let competencies = &self.ids.competencies;
        let mut expected = HashSet::new();
        for (e, expectation) in level.expectations.iter().enumerate() {
            let path = format!("{level_path}.expectations[{e}]");
            if self.known(format!("{path}.competency"), "competency", &expectation.competency, competencies) {
                self.proficiency_of(
                    format!("{path}.proficiency"),
                    &expectation.competency,
                    &expectation.proficiency,
                );
            }
            if !expected.insert(expectation.competency.as_str()) {
                self.error(
                    format!("{path}.competency"),
                    format!("Competency \"{}\" is listed twice for this level.", expectation.competency),
                );
            }
            if !(expectation.weight.is_finite() && expectation.weight > 0.0) {
                self.error(format!("{path}.weight"), "The weight must be a number greater than 0.");
            }
        }
    }
}
