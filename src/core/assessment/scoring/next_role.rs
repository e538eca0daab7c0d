//! The best next role in each track (/fit's cards and /assess's default role).
//!
//! The rule: in each track, the highest role the person is Ready now for, else the role
//! they are closest to at the lowest band on offer there; never below the band of their
//! current role, never the current role or a role already behind it on its promotion line
//! (the earlier levels of its track and of the trunk it branches from). With no current role,
//! every band counts. A track with no such role, a sunset track and an avoided track have no
//! card. Tracks the person is drawn to come first.

use super::ranking::{score_destinations, Scored};
use super::role_score::Readiness;
use super::tier::Tier;
use crate::core::assessment::Assessment;
use crate::core::framework::{Framework, Level, RoleRef};

/// The person's current role when it is set and still in the framework: the floor of the
/// best next roles.
pub fn current_role_in<'a>(
    framework: &'a Framework,
    assessment: &Assessment,
) -> Option<(RoleRef, &'a Level)> {
    let role = assessment.profile.current_role.as_ref()?;
    let (_, level) = framework.level(role)?;
    Some((role.clone(), level))
}

/// The current role and every role before it on its promotion line: the earlier levels of
/// its track and, when the track branches from another role, that role and the levels
/// before it, up the trunk.
fn behind(framework: &Framework, current: &RoleRef) -> Vec<RoleRef> {
    let mut passed = Vec::new();
    let mut at = current.clone();
    // Bounded by the number of tracks: a branching cycle (which validation rejects) ends.
    for _ in 0..=framework.tracks.len() {
        let Some(track) = framework.track(&at.track) else { break };
        let Some(position) = track.levels.iter().position(|l| l.id == at.level) else { break };
        passed.extend(track.levels[..=position].iter().map(|l| RoleRef::new(&track.id, &l.id)));
        match &track.branches_from {
            Some(trunk) => at = trunk.clone(),
            None => break,
        }
    }
    passed
}

/// The best next role in each track the person doesn't avoid (see the module docs).
pub fn next_role_per_track(framework: &Framework, assessment: &Assessment) -> Vec<Readiness> {
    best_per_track(framework, assessment, &score_destinations(framework, assessment))
}

/// The best next role per track among destinations already scored (in framework order).
pub(super) fn best_per_track(
    framework: &Framework,
    assessment: &Assessment,
    scored: &[Scored],
) -> Vec<Readiness> {
    let profile = &assessment.profile;
    let current = current_role_in(framework, assessment);
    let floor = current.as_ref().and_then(|(_, level)| framework.band_rank(&level.band)).unwrap_or(0);
    let passed = current.as_ref().map(|(role, _)| behind(framework, role)).unwrap_or_default();
    let mut tracks: Vec<usize> = (0..framework.tracks.len()).collect();
    tracks.sort_by_key(|&t| !profile.drawn_to.contains(&framework.tracks[t].id));
    tracks
        .into_iter()
        .filter_map(|t| {
            let track = &framework.tracks[t];
            let candidates: Vec<(usize, &Readiness)> = scored
                .iter()
                .filter(|s| s.track == t)
                .filter_map(|s| {
                    let band = framework.band_rank(&track.levels[s.level].band)?;
                    (band >= floor && !passed.contains(&s.readiness.role)).then_some((band, &s.readiness))
                })
                .collect();
            best_of_track(candidates).cloned()
        })
        .collect()
}

/// The highest role Ready now (the last in level order), else the best-scoring role at the
/// lowest band among the candidates (the first in level order on a tie).
fn best_of_track(candidates: Vec<(usize, &Readiness)>) -> Option<&Readiness> {
    if let Some((_, ready)) = candidates.iter().rev().find(|(_, r)| r.tier == Tier::ReadyNow) {
        return Some(ready);
    }
    let lowest = candidates.iter().map(|(band, _)| *band).min()?;
    candidates
        .into_iter()
        .filter(|(band, _)| *band == lowest)
        .reduce(|best, next| if next.1.score > best.1.score { next } else { best })
        .map(|(_, r)| r)
}
