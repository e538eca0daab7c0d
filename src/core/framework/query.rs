//! Look-ups over a validated framework. They return `Option` rather than panicking so the
//! UI can show "not found" for a stale deep link.

use super::model::*;

/// How one role usually leads to another.
#[derive(Debug, Clone, PartialEq)]
pub enum Route<'a> {
    /// The next level of the same track, or the first level of a track branching here.
    Promotion,
    /// A move allowed by a mobility rule.
    Mobility(&'a MobilityRule),
}

/// A role reachable in one step, and how.
#[derive(Debug, Clone, PartialEq)]
pub struct NextRole<'a> {
    pub role: RoleRef,
    pub route: Route<'a>,
}

impl Framework {
    pub fn track(&self, id: &str) -> Option<&Track> {
        self.tracks.iter().find(|t| t.id == id)
    }

    pub fn level(&self, role: &RoleRef) -> Option<(&Track, &Level)> {
        let track = self.track(&role.track)?;
        let level = track.levels.iter().find(|l| l.id == role.level)?;
        Some((track, level))
    }

    pub fn band(&self, id: &str) -> Option<&Band> {
        self.bands.iter().find(|b| b.id == id)
    }

    /// Position of a band, 0 for the lowest.
    pub fn band_rank(&self, id: &str) -> Option<usize> {
        self.bands.iter().position(|b| b.id == id)
    }

    pub fn competency(&self, id: &str) -> Option<&Competency> {
        self.competencies.iter().find(|c| c.id == id)
    }

    pub fn scale(&self, id: &str) -> Option<&Scale> {
        self.scales.iter().find(|s| s.id == id)
    }

    /// The steps a competency is rated on, lowest first: its named scale, else the default
    /// `proficiency_scale` (empty for an unknown competency or scale).
    pub fn scale_of(&self, competency: &Competency) -> &[Proficiency] {
        match &competency.scale {
            Some(id) => self.scale(id).map_or(&[], |s| &s.levels),
            None => &self.proficiency_scale,
        }
    }

    /// The steps of the competency with this ID (empty when there is none).
    pub fn scale_of_id(&self, competency: &str) -> &[Proficiency] {
        self.competency(competency).map_or(&[], |c| self.scale_of(c))
    }

    /// A proficiency of the competency's scale.
    pub fn proficiency(&self, competency: &str, id: &str) -> Option<&Proficiency> {
        self.scale_of_id(competency).iter().find(|p| p.id == id)
    }

    /// Position of a proficiency on the competency's scale, 0 for the lowest.
    pub fn proficiency_rank(&self, competency: &str, id: &str) -> Option<usize> {
        self.scale_of_id(competency).iter().position(|p| p.id == id)
    }

    /// The longest scale's length: enough room for any competency's steps.
    pub fn longest_scale(&self) -> usize {
        self.scales.iter().map(|s| s.levels.len()).chain([self.proficiency_scale.len()]).max().unwrap_or(0)
    }

    pub fn family(&self, id: &str) -> Option<&Family> {
        self.families.iter().find(|f| f.id == id)
    }

    /// Typical months in a level before the next step: the level's own, else its band's,
    /// else the framework's pacing.
    pub fn months_in_level(&self, level: &Level) -> u32 {
        self.time_in_level(level).months
    }

    /// How promotion to a level is decided: the level's own process, else the framework's.
    pub fn promotion_process<'a>(&'a self, level: &'a Level) -> Option<&'a PromotionProcess> {
        level.promotion.as_ref().or(self.governance.promotion.as_ref())
    }

    /// True when the framework defines something a person can be measured against for
    /// this role: expectations, milestones or a points threshold.
    pub fn has_criteria(&self, level: &Level) -> bool {
        !level.expectations.is_empty() || !level.milestones.is_empty() || level.points.is_some()
    }

    /// Every role, track by track, in level order.
    pub fn roles(&self) -> impl Iterator<Item = (RoleRef, &Track, &Level)> {
        self.tracks.iter().flat_map(|t| t.levels.iter().map(move |l| (RoleRef::new(&t.id, &l.id), t, l)))
    }

    /// A role is sunset when it, or its whole track, is being phased out.
    pub fn is_sunset(&self, role: &RoleRef) -> bool {
        self.level(role).is_some_and(|(track, level)| track.sunset.is_some() || level.sunset.is_some())
    }

    /// The pay range that applies to a role: its own override, else its band's.
    pub fn compensation(&self, role: &RoleRef) -> Option<&Compensation> {
        let (_, level) = self.level(role)?;
        level.compensation.as_ref().or_else(|| self.band(&level.band)?.compensation.as_ref())
    }

    /// Mobility rules whose source includes this role.
    pub fn rules_from(&self, role: &RoleRef) -> impl Iterator<Item = &MobilityRule> {
        let band = self.level(role).map(|(_, level)| level.band.clone());
        let role = role.clone();
        self.mobility.iter().filter(move |rule| {
            rule.from.track == role.track
                && (rule.from.levels.is_empty() || rule.from.levels.contains(&role.level))
                && (rule.from.bands.is_empty() || band.as_ref().is_some_and(|b| rule.from.bands.contains(b)))
        })
    }

    /// The roles that usually come next: the next level of the track, then the first level of
    /// each track branching here (both promotions), then mobility moves. Sunset roles are
    /// never offered as a next step.
    pub fn next_roles(&self, role: &RoleRef) -> Vec<NextRole<'_>> {
        let mut next = Vec::new();
        if let Some(track) = self.track(&role.track) {
            if let Some(position) = track.levels.iter().position(|l| l.id == role.level) {
                if let Some(level) = track.levels.get(position + 1) {
                    next.push(NextRole { role: RoleRef::new(&track.id, &level.id), route: Route::Promotion });
                }
            }
        }
        // The first level of a track branching here follows this role as a promotion.
        next.extend(
            self.tracks_branching_from(role)
                .into_iter()
                .filter_map(|t| Some(RoleRef::new(&t.id, &t.levels.first()?.id)))
                .map(|role| NextRole { role, route: Route::Promotion }),
        );
        next.extend(
            self.rules_from(role)
                .map(|rule| NextRole { role: rule.to.clone(), route: Route::Mobility(rule) }),
        );
        next.retain(|n| !self.is_sunset(&n.role));
        next
    }

    /// Learning opportunities that grow `competency` at least up to the proficiency of
    /// rank `required`: the ways to close a gap.
    pub fn learning_reaching<'a>(
        &'a self,
        competency: &'a str,
        required: usize,
    ) -> impl Iterator<Item = &'a LearningOpportunity> {
        self.learning.iter().filter(move |o| {
            o.grows.iter().any(|g| {
                g.competency == competency
                    && self.proficiency_rank(competency, &g.up_to).is_some_and(|up| up >= required)
            })
        })
    }

    /// The level of each track at a band, for the track × band map.
    pub fn levels_at_band<'a>(&'a self, track: &'a Track, band: &'a str) -> impl Iterator<Item = &'a Level> {
        track.levels.iter().filter(move |l| l.band == band)
    }
}
