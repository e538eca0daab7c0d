//! Tracks that branch from a role of another track (a shared trunk that splits): the branch
//! point exists and stays, the branch starts no lower than it, and no branches go in a circle.

use super::Validator;
use crate::core::framework::model::*;

impl<'a> Validator<'a> {
    pub(super) fn branching(&mut self) {
        let framework: &'a Framework = self.framework;
        for (t, track) in framework.tracks.iter().enumerate() {
            let Some(from) = &track.branches_from else { continue };
            let path = format!("tracks[{t}].branches_from");
            if from.track == track.id {
                self.error(
                    format!("{path}.track"),
                    format!(
                        "Track \"{}\" branches from its own level \"{}\"; name a role of another track (its levels already follow one another).",
                        track.id, from.level
                    ),
                );
                continue;
            }
            if !self.role(path.clone(), from) {
                continue;
            }
            let (trunk, branch_point) = framework.level(from).expect("checked above");
            if framework.is_sunset(from) {
                self.error(
                    path.clone(),
                    format!(
                        "Track \"{}\" branches from \"{}\" ({}/{}), which is being phased out; branch from a role that stays.",
                        track.id, branch_point.title, from.track, from.level
                    ),
                );
            }
            if let Some(cycle) = self.branch_cycle(track) {
                self.error(
                    path.clone(),
                    format!(
                        "Tracks branch from each other in a circle: {}. One of them must start on its own.",
                        cycle.join(" → ")
                    ),
                );
            }
            let Some(first) = track.levels.first() else { continue };
            let (Some(start), Some(point)) =
                (framework.band_rank(&first.band), framework.band_rank(&branch_point.band))
            else {
                continue;
            };
            if start < point {
                self.error(
                    format!("tracks[{t}].levels[0].band"),
                    format!(
                        "Track \"{}\" starts in band {}, below the role it branches from, \"{}\" of track \"{}\" (band {}): branching is a promotion, so start in band {} or higher.",
                        track.id, first.band, branch_point.title, trunk.id, branch_point.band, branch_point.band
                    ),
                );
            }
        }
    }

    /// The track IDs from `track` round to itself when following `branches_from` leads back
    /// to it; None when the chain ends (or runs into a circle that `track` is not part of).
    fn branch_cycle(&self, track: &'a Track) -> Option<Vec<&'a str>> {
        let framework: &'a Framework = self.framework;
        let mut chain = vec![track.id.as_str()];
        let mut current = track;
        for _ in 0..framework.tracks.len() {
            let parent = framework.track(&current.branches_from.as_ref()?.track)?;
            chain.push(&parent.id);
            if parent.id == track.id {
                return Some(chain);
            }
            current = parent;
        }
        None
    }
}
