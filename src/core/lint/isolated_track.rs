//! A track nobody can move into or out of: no mobility rule from or to it, and no track
//! branching from it or it from another. (A track with only a way in, or only a way out, is
//! an entry or a final track and is fine.) A framework of one track has nowhere to move.

use super::ISOLATED_TRACK;
use crate::core::framework::{Framework, Problem};

pub(super) fn check(framework: &Framework, findings: &mut Vec<Problem>) {
    let in_use = framework.tracks.iter().filter(|t| t.sunset.is_none()).count();
    if in_use < 2 {
        return;
    }
    for (t, track) in framework.tracks.iter().enumerate() {
        if track.sunset.is_some() {
            continue;
        }
        let id = track.id.as_str();
        let moves = framework.mobility.iter().any(|rule| rule.from.track == id || rule.to.track == id);
        let branches = track.branches_from.as_ref().is_some_and(|from| from.track != id)
            || framework.tracks.iter().any(|other| {
                other.id != id && other.branches_from.as_ref().is_some_and(|from| from.track == id)
            });
        if !moves && !branches {
            findings.push(Problem::lint(
                ISOLATED_TRACK,
                format!("tracks[{t}]"),
                format!(
                    "Track \"{}\" has no documented move in or out: no mobility rule from or to it and no branch. Add one, so people can see how to join it or leave it.",
                    track.name
                ),
            ));
        }
    }
}
