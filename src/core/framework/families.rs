//! Disciplines or job families that group tracks (format 2).

use super::model::{Family, Framework, Track};

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
}
