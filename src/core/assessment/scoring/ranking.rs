//! Every role the person could aim for, ranked; and the roles the framework gives no
//! criteria, which have no readiness and are listed apart.

use super::role_score::{Readiness, Scorer};
use crate::core::assessment::Assessment;
use crate::core::framework::{Framework, Level, RoleRef, Track};

/// A scored destination, with where it sits in the framework.
pub(super) struct Scored {
    /// Index into `Framework::tracks`.
    pub track: usize,
    /// Index into the track's levels.
    pub level: usize,
    pub readiness: Readiness,
}

/// Roles that can still be a destination (not sunset) in tracks the person doesn't avoid,
/// with their track and level indices, in framework order.
fn destinations<'a>(
    framework: &'a Framework,
    assessment: &'a Assessment,
) -> impl Iterator<Item = (usize, &'a Track, usize, &'a Level)> {
    framework
        .tracks
        .iter()
        .enumerate()
        .filter(|(_, track)| track.sunset.is_none() && !assessment.profile.avoid.contains(&track.id))
        .flat_map(|(t, track)| {
            track
                .levels
                .iter()
                .enumerate()
                .filter(|(_, level)| level.sunset.is_none())
                .map(move |(l, level)| (t, track, l, level))
        })
}

/// Every destination with criteria, scored once, in framework order.
pub(super) fn score_destinations(framework: &Framework, assessment: &Assessment) -> Vec<Scored> {
    let scorer = Scorer::for_many_roles(framework, assessment);
    destinations(framework, assessment)
        .filter_map(|(t, track, l, level)| {
            let readiness = scorer.score(RoleRef::new(&track.id, &level.id), level)?;
            Some(Scored { track: t, level: l, readiness })
        })
        .collect()
}

/// By tier, then by readiness (so a tier never sits below a lower one); ties keep framework
/// order.
pub(super) fn rank(scored: Vec<Scored>) -> Vec<Readiness> {
    let mut all: Vec<Readiness> = scored.into_iter().map(|s| s.readiness).collect();
    all.sort_by(|a, b| a.tier.cmp(&b.tier).then(b.score.total_cmp(&a.score)));
    all
}

/// Readiness for every destination the framework defines criteria for, by tier, then by
/// readiness; ties keep framework order.
pub fn rank_roles(framework: &Framework, assessment: &Assessment) -> Vec<Readiness> {
    rank(score_destinations(framework, assessment))
}

/// The destinations `rank_roles` leaves out because the framework defines no criteria for
/// them (no expectations, milestones or points threshold), in framework order.
pub fn roles_without_criteria(framework: &Framework, assessment: &Assessment) -> Vec<RoleRef> {
    destinations(framework, assessment)
        .filter(|(_, _, _, level)| !framework.has_criteria(level))
        .map(|(_, track, _, level)| RoleRef::new(&track.id, &level.id))
        .collect()
}
