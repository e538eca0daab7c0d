//! Every role the person could aim for, ranked; and the roles the framework gives no
//! criteria, which have no readiness and are listed apart.

use super::role_score::{Readiness, Scorer};
use crate::core::assessment::Assessment;
use crate::core::framework::{Framework, RoleRef, Track};

/// Roles that can still be a destination (not sunset) in tracks the person doesn't avoid.
fn destinations<'a>(
    framework: &'a Framework,
    assessment: &'a Assessment,
) -> impl Iterator<Item = (&'a Track, &'a crate::core::framework::Level)> {
    framework
        .tracks
        .iter()
        .filter(|track| track.sunset.is_none() && !assessment.profile.avoid.contains(&track.id))
        .flat_map(|track| {
            track.levels.iter().filter(|level| level.sunset.is_none()).map(move |level| (track, level))
        })
}

/// Readiness for every destination the framework defines criteria for, by tier, then by
/// readiness (so a tier never sits below a lower one); ties keep framework order.
pub fn rank_roles(framework: &Framework, assessment: &Assessment) -> Vec<Readiness> {
    let scorer = Scorer::for_many_roles(framework, assessment);
    let mut all: Vec<Readiness> = destinations(framework, assessment)
        .filter_map(|(track, level)| scorer.score(RoleRef::new(&track.id, &level.id), level))
        .collect();
    all.sort_by(|a, b| a.tier.cmp(&b.tier).then(b.score.total_cmp(&a.score)));
    all
}

/// The destinations `rank_roles` leaves out because the framework defines no criteria for
/// them (no expectations, milestones or points threshold), in framework order.
pub fn roles_without_criteria(framework: &Framework, assessment: &Assessment) -> Vec<RoleRef> {
    destinations(framework, assessment)
        .filter(|(_, level)| !framework.has_criteria(level))
        .map(|(track, level)| RoleRef::new(&track.id, &level.id))
        .collect()
}
