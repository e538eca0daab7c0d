//! Disciplines or job families that group tracks (format 2), and the built-in kind of a
//! track when it tells a reader more than the track's own name.

use super::model::{Family, Framework, Track, TrackKind};

/// The tracks of one family, or (with `family: None`) the tracks that name no family the
/// framework defines.
#[derive(Debug, Clone, PartialEq)]
pub struct FamilyGroup<'a> {
    pub family: Option<&'a Family>,
    pub tracks: Vec<&'a Track>,
}

impl Framework {
    /// The family a track belongs to, when it names one the framework defines.
    pub fn family_of(&self, track: &Track) -> Option<&Family> {
        self.family(track.family.as_deref()?)
    }

    /// Tracks grouped by family, in the order the families are listed, tracks in framework
    /// order within each; tracks without a family come last in a group of their own. Families
    /// without a track are left out. `None` when the framework defines no families.
    pub fn tracks_by_family(&self) -> Option<Vec<FamilyGroup<'_>>> {
        if self.families.is_empty() {
            return None;
        }
        let mut groups: Vec<FamilyGroup> = self
            .families
            .iter()
            .map(|family| FamilyGroup {
                family: Some(family),
                tracks: self
                    .tracks
                    .iter()
                    .filter(|t| t.family.as_deref() == Some(family.id.as_str()))
                    .collect(),
            })
            .collect();
        groups.push(FamilyGroup {
            family: None,
            tracks: self.tracks.iter().filter(|t| self.family_of(t).is_none()).collect(),
        });
        groups.retain(|g| !g.tracks.is_empty());
        Some(groups)
    }

    /// A track's built-in kind, when naming it beside the track adds something true: never
    /// "Other" (it says nothing), never people management (whether a track manages people is
    /// its own fact, `manages_people`, which the kind could contradict), not for a shared
    /// trunk other tracks branch from (its people go on to tracks of other kinds), and not
    /// when the track's name already says it (a word of the kind's label in the name:
    /// "Technical mastery" beside "Technical mastery", "Customer strategy" beside "Customer
    /// success").
    pub fn kind_worth_naming(&self, track: &Track) -> Option<TrackKind> {
        if matches!(track.kind, TrackKind::Other | TrackKind::PeopleManagement) {
            return None;
        }
        let trunk =
            self.tracks.iter().any(|t| t.branches_from.as_ref().is_some_and(|from| from.track == track.id));
        let name: Vec<String> = track.name.split_whitespace().map(str::to_lowercase).collect();
        let said = track.kind.label().split_whitespace().any(|word| name.contains(&word.to_lowercase()));
        (!trunk && !said).then_some(track.kind)
    }
}
