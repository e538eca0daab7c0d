//! Readiness: how close a person is to a role, and why.
//!
//! Each expected competency is satisfied in proportion to the steps of the scale reached:
//! rated at or above the requirement counts fully, one step below a three-step requirement
//! counts 3/4, unrated counts nothing. The competency score is the weighted mean of those.
//! Milestones of the role count for a fifth of readiness when the role has any (achieved 1,
//! in progress ½). Tiers follow from the result, so the explanation is always the same gaps.

use std::collections::HashMap;

use crate::core::assessment::{milestone_key, Assessment, MilestoneStatus};
use crate::core::framework::{Framework, Level, RoleRef, Track};

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
    let scorer = Scorer { framework, assessment, ranks: None };
    Some(scorer.score(role.clone(), level))
}

/// Scores roles against one assessment. To score many roles, the person's rank on the scale
/// for each rated competency is looked up once, not once per expectation of every role.
struct Scorer<'a> {
    framework: &'a Framework,
    assessment: &'a Assessment,
    /// Competency ID → rank of the rated proficiency on the scale, when scoring many roles.
    ranks: Option<HashMap<&'a str, usize>>,
}

impl<'a> Scorer<'a> {
    fn for_many_roles(framework: &'a Framework, assessment: &'a Assessment) -> Scorer<'a> {
        let ranks = assessment
            .ratings
            .keys()
            .filter_map(|competency| {
                let rank = framework.proficiency_rank(competency, assessment.proficiency(competency)?)?;
                Some((competency.as_str(), rank))
            })
            .collect();
        Scorer { framework, assessment, ranks: Some(ranks) }
    }

    fn current_rank(&self, competency: &str) -> Option<usize> {
        match &self.ranks {
            Some(ranks) => ranks.get(competency).copied(),
            None => self.framework.proficiency_rank(competency, self.assessment.proficiency(competency)?),
        }
    }

    fn score(&self, role: RoleRef, level: &Level) -> Readiness {
        let mut weighted = 0.0;
        let mut total_weight = 0.0;
        let mut gaps = Vec::new();
        for expectation in &level.expectations {
            let Some(required) =
                self.framework.proficiency_rank(&expectation.competency, &expectation.proficiency)
            else {
                continue;
            };
            let current = self.current_rank(&expectation.competency);
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
        let (mut achieved, mut in_progress, mut credit) = (0, 0, 0.0);
        // Most people track few milestones: with none, there is no key to build and look up.
        if !self.assessment.milestones.is_empty() {
            for milestone in &level.milestones {
                let status = self.assessment.milestone_status(&milestone_key(&role, &milestone.id));
                credit += status.credit();
                achieved += usize::from(status == MilestoneStatus::Achieved);
                in_progress += usize::from(status == MilestoneStatus::InProgress);
            }
        }
        let total = level.milestones.len();
        let score = if total == 0 {
            competency_score
        } else {
            (1.0 - MILESTONE_SHARE) * competency_score + MILESTONE_SHARE * credit / total as f64
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
        Readiness {
            role,
            score,
            competency_score,
            tier,
            gaps,
            milestones_total: total,
            milestones_achieved: achieved,
            milestones_in_progress: in_progress,
        }
    }

    /// The roles of a track that can still be a destination, scored in level order.
    fn track(&self, track: &'a Track) -> impl Iterator<Item = Readiness> + '_ {
        track
            .levels
            .iter()
            .filter(move |level| track.sunset.is_none() && level.sunset.is_none())
            .map(move |level| self.score(RoleRef::new(&track.id, &level.id), level))
    }
}

/// Readiness for every role that can still be a destination (not sunset) and isn't in a
/// track the person avoids, best first; ties keep framework order.
pub fn rank_roles(framework: &Framework, assessment: &Assessment) -> Vec<Readiness> {
    let scorer = Scorer::for_many_roles(framework, assessment);
    let mut all: Vec<Readiness> = framework
        .tracks
        .iter()
        .filter(|track| !assessment.profile.avoid.contains(&track.id))
        .flat_map(|track| scorer.track(track))
        .collect();
    all.sort_by(|a, b| b.score.total_cmp(&a.score));
    all
}

/// The best next role in each track the person doesn't avoid: the first level, in track
/// order, that is not yet "ready now" (or the top level when all are). Tracks the person is
/// drawn to come first.
pub fn next_role_per_track(framework: &Framework, assessment: &Assessment) -> Vec<Readiness> {
    let profile = &assessment.profile;
    let scorer = Scorer::for_many_roles(framework, assessment);
    let mut tracks: Vec<_> =
        framework.tracks.iter().filter(|t| t.sunset.is_none() && !profile.avoid.contains(&t.id)).collect();
    tracks.sort_by_key(|t| !profile.drawn_to.contains(&t.id));
    tracks
        .into_iter()
        .filter_map(|track| {
            let mut last = None;
            for readiness in scorer.track(track) {
                if readiness.tier != Tier::ReadyNow {
                    return Some(readiness);
                }
                last = Some(readiness);
            }
            last
        })
        .collect()
}
