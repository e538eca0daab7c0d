//! Tracks that share a trunk: a track may branch from a role of another track, as when the
//! early levels are shared before an individual-contributor / manager split.

use super::model::{Framework, Level, RoleRef, Track};

/// One role shown in a track's column of the track × band map.
#[derive(Debug, Clone, PartialEq)]
pub struct MapEntry<'a> {
    pub role: RoleRef,
    pub level: &'a Level,
    /// The track whose level this is, when it belongs to the shared trunk this track's
    /// people come through rather than to the track itself.
    pub shared_from: Option<&'a Track>,
    /// True for the role the track branches from.
    pub branch_point: bool,
}

impl Framework {
    /// The role a track branches from, with its track and level (`None` for a track that
    /// starts on its own, or whose branch point isn't in the framework).
    pub fn branch_point<'a>(&'a self, track: &'a Track) -> Option<(&'a RoleRef, &'a Track, &'a Level)> {
        let role = track.branches_from.as_ref()?;
        let (from_track, from_level) = self.level(role)?;
        Some((role, from_track, from_level))
    }

    /// The role a level follows as a promotion from another track: set only for the first
    /// level of a track that branches.
    pub fn branches_into<'a>(
        &'a self,
        track: &'a Track,
        level: &Level,
    ) -> Option<(&'a RoleRef, &'a Track, &'a Level)> {
        (track.levels.first().map(|first| &first.id) == Some(&level.id))
            .then(|| self.branch_point(track))
            .flatten()
    }

    /// Tracks that branch from this role, in framework order.
    pub fn tracks_branching_from(&self, role: &RoleRef) -> Vec<&Track> {
        self.tracks.iter().filter(|t| t.branches_from.as_ref() == Some(role)).collect()
    }

    /// The shared trunk a track's people come through before its first level, lowest first:
    /// the levels of the track it branches from up to the branch point, and further down if
    /// that track branches too. Empty for a track that starts on its own; a loop of tracks
    /// branching from each other (which validation rejects) ends the walk.
    pub fn trunk<'a>(&'a self, track: &'a Track) -> Vec<(RoleRef, &'a Track, &'a Level)> {
        let mut trunk = Vec::new();
        let mut visited = vec![track.id.as_str()];
        let mut current = track;
        while let Some((role, from_track, _)) = self.branch_point(current) {
            if visited.contains(&from_track.id.as_str()) {
                break;
            }
            visited.push(&from_track.id);
            let Some(position) = from_track.levels.iter().position(|l| l.id == role.level) else { break };
            let segment = from_track.levels[..=position]
                .iter()
                .rev()
                .map(|l| (RoleRef::new(&from_track.id, &l.id), from_track, l));
            trunk.extend(segment);
            current = from_track;
        }
        trunk.reverse();
        trunk
    }

    /// What a track's column shows at one band: its own levels there, then the roles of its
    /// shared trunk at that band, so the map shows where the track splits off.
    pub fn map_cell<'a>(&'a self, track: &'a Track, band: &'a str) -> Vec<MapEntry<'a>> {
        let own = self.levels_at_band(track, band).map(|level| MapEntry {
            role: RoleRef::new(&track.id, &level.id),
            level,
            shared_from: None,
            branch_point: false,
        });
        let shared = self.trunk(track).into_iter().filter(|(_, _, level)| level.band == band).map(
            |(role, from, level)| MapEntry {
                branch_point: track.branches_from.as_ref() == Some(&role),
                role,
                level,
                shared_from: Some(from),
            },
        );
        own.chain(shared).collect()
    }
}
