//! Readiness: how close a person is to a role, and why.
//!
//! Each expected competency is satisfied in proportion to the steps of the scale reached:
//! rated at or above the requirement counts fully, one step below a three-step requirement
//! counts 3/4, unrated counts nothing. The competency score is the weighted mean of those.
//! Milestones of the role count for a fifth of readiness when the role has any (achieved 1,
//! in progress ½). Tiers follow from the result, so the explanation is always the same gaps.

use crate::core::assessment::{milestone_key, Assessment};
use crate::core::framework::{Framework, RoleRef};

/// Share of readiness that comes from milestones, when a role has any.
pub const MILESTONE_SHARE: f64 = 0.2;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Tier {
    ReadyNow,
    Close,
    Stretch,
    Aspirational,
}

impl Tier {
    pub const ALL: [Tier; 4] = [Tier::ReadyNow, Tier::Close, Tier::Stretch, Tier::Aspirational];

    pub fn label(self) -> &'static str {
        match self {
            Tier::ReadyNow => "Ready now",
            Tier::Close => "Close",
            Tier::Stretch => "Stretch",
            Tier::Aspirational => "Aspirational",
        }
    }

    /// The rule, in words, for the explanation on the page.
    pub fn rule(self) -> &'static str {
        match self {
            Tier::ReadyNow => "every expected competency met",
            Tier::Close => "readiness of 85% or more",
            Tier::Stretch => "readiness of 60% or more",
            Tier::Aspirational => "readiness below 60%",
        }
    }
}

/// One expected competency not yet met.
#[derive(Debug, Clone, PartialEq)]
pub struct Gap {
    pub competency: String,
    /// Rank of the rated proficiency; `None` when not rated.
    pub current: Option<usize>,
    pub required: usize,
    pub weight: f64,
}

impl Gap {
    /// Scale steps still to climb.
    pub fn steps(&self) -> usize {
        self.required + 1 - self.current.map_or(0, |c| c + 1)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Readiness {
    pub role: RoleRef,
    /// 0.0 to 1.0.
    pub score: f64,
    pub competency_score: f64,
    pub tier: Tier,
    /// Unmet expectations, biggest weighted shortfall first.
    pub gaps: Vec<Gap>,
    pub milestones_total: usize,
    pub milestones_achieved: usize,
    pub milestones_in_progress: usize,
}

impl Readiness {
    pub fn percent(&self) -> u32 {
        (self.score * 100.0).floor() as u32
    }
}

/// Readiness for one role; `None` when the role isn't in the framework.
pub fn readiness(framework: &Framework, assessment: &Assessment, role: &RoleRef) -> Option<Readiness> {
    let (_, level) = framework.level(role)?;
    let mut weighted = 0.0;
    let mut total_weight = 0.0;
    let mut gaps = Vec::new();
    for expectation in &level.expectations {
        let Some(required) = framework.proficiency_rank(&expectation.proficiency) else { continue };
        let current =
            assessment.proficiency(&expectation.competency).and_then(|p| framework.proficiency_rank(p));
        let reached = current.map_or(0, |c| c + 1).min(required + 1);
        weighted += expectation.weight * reached as f64 / (required + 1) as f64;
        total_weight += expectation.weight;
        if reached <= required {
            gaps.push(Gap {
                competency: expectation.competency.clone(),
                current,
                required,
                weight: expectation.weight,
            });
        }
    }
    let competency_score = if total_weight > 0.0 { weighted / total_weight } else { 1.0 };
    let keys: Vec<String> = level.milestones.iter().map(|m| milestone_key(role, &m.id)).collect();
    let statuses: Vec<_> = keys.iter().map(|k| assessment.milestone_status(k)).collect();
    let milestone_score = if statuses.is_empty() {
        None
    } else {
        Some(statuses.iter().map(|s| s.credit()).sum::<f64>() / statuses.len() as f64)
    };
    let score = match milestone_score {
        Some(m) => (1.0 - MILESTONE_SHARE) * competency_score + MILESTONE_SHARE * m,
        None => competency_score,
    };
    let tier = if gaps.is_empty() {
        Tier::ReadyNow
    } else if score >= 0.85 {
        Tier::Close
    } else if score >= 0.6 {
        Tier::Stretch
    } else {
        Tier::Aspirational
    };
    gaps.sort_by(|a, b| {
        (b.weight * b.steps() as f64)
            .total_cmp(&(a.weight * a.steps() as f64))
            .then_with(|| a.competency.cmp(&b.competency))
    });
    use crate::core::assessment::MilestoneStatus::*;
    Some(Readiness {
        role: role.clone(),
        score,
        competency_score,
        tier,
        gaps,
        milestones_total: statuses.len(),
        milestones_achieved: statuses.iter().filter(|s| **s == Achieved).count(),
        milestones_in_progress: statuses.iter().filter(|s| **s == InProgress).count(),
    })
}

/// Readiness for every role that can still be a destination (not sunset) and isn't in a
/// track the person avoids, best first; ties keep framework order.
pub fn rank_roles(framework: &Framework, assessment: &Assessment) -> Vec<Readiness> {
    let mut all: Vec<Readiness> = framework
        .roles()
        .filter(|(role, _, _)| !framework.is_sunset(role) && !assessment.profile.avoid.contains(&role.track))
        .filter_map(|(role, _, _)| readiness(framework, assessment, &role))
        .collect();
    all.sort_by(|a, b| b.score.total_cmp(&a.score));
    all
}

/// The best next role in each track the person doesn't avoid: the first level, in track
/// order, that is not yet "ready now" (or the top level when all are). Tracks the person is
/// drawn to come first.
pub fn next_role_per_track(framework: &Framework, assessment: &Assessment) -> Vec<Readiness> {
    let profile = &assessment.profile;
    let mut tracks: Vec<_> =
        framework.tracks.iter().filter(|t| t.sunset.is_none() && !profile.avoid.contains(&t.id)).collect();
    tracks.sort_by_key(|t| !profile.drawn_to.contains(&t.id));
    tracks
        .into_iter()
        .filter_map(|track| {
            let scored: Vec<Readiness> = track
                .levels
                .iter()
                .map(|l| RoleRef::new(&track.id, &l.id))
                .filter(|r| !framework.is_sunset(r))
                .filter_map(|r| readiness(framework, assessment, &r))
                .collect();
            let position = scored.iter().position(|r| r.tier != Tier::ReadyNow);
            position.map_or_else(|| scored.last().cloned(), |i| scored.get(i).cloned())
        })
        .collect()
}
