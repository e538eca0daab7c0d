//! Readiness for one role: the score, the tier, and what stands between the person and
//! "Ready now", as data the pages put into words.
//!
//! - Expectations: each counts in proportion to the steps of its competency's own scale
//!   reached (at or above the requirement counts fully, one step below a three-step
//!   requirement counts 2/3, unrated nothing), weighted; so a 2-step and a 7-step scale count
//!   alike.
//! - Points: the share of the role's threshold reached (`PointsStanding::share`, the lowest
//!   of the total's and each theme minimum's share).
//! - A role with both counts the lower of the two: neither can make up for the other.
//! - Milestones make up the policy's `milestone_share_percent` of readiness when the role
//!   has any (achieved counts fully, in progress half); a role with only milestones is
//!   measured by them alone.
//! - "Ready now" is a matter of criteria, not of the score: the policy's share of
//!   expectations fully met, the points threshold met, and (when the policy requires them)
//!   every milestone achieved. Below that, the tier follows the percentage shown.
//!
//! A role with no criteria at all has no readiness (`readiness` returns `None`).

use std::collections::HashMap;

use super::tier::Tier;
use crate::core::assessment::{milestone_key, Assessment, MilestoneStatus};
use crate::core::framework::{
    Framework, Level, Pacing, PointsStanding, Proficiency, ReadinessPolicy, RoleRef,
};

/// One expected competency not yet met. Ranks are on the competency's own scale.
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

    /// Months to close the gap on the job, at the framework's pace, when no listed learning
    /// opportunity closes it.
    pub fn on_the_job_months(&self, pacing: &Pacing) -> u32 {
        self.steps() as u32 * pacing.on_the_job_months_per_step
    }
}

/// Why a role is not "Ready now": one entry per criterion the policy asks for and the
/// person doesn't meet yet.
#[derive(Debug, Clone, PartialEq)]
pub enum Shortfall {
    /// Fewer expectations fully met than the policy's `expectations_met_percent` (by
    /// weight; every one of them when it is 100).
    Expectations { unmet: usize },
    /// The points threshold (its total or a theme minimum) is not reached; the details are
    /// in `Readiness::points`.
    Points,
    /// Milestones of the role not achieved, when the policy requires them.
    Milestones { not_achieved: usize },
}

/// What a role is "Ready now" without, because the framework's policy allows it: the reason
/// a Ready-now role can show less than 100%.
#[derive(Debug, Clone, PartialEq)]
pub enum Allowance {
    /// Some expectations unmet: the policy asks for "most of" them, not all.
    ExpectationsUnmet { unmet: usize },
    /// Milestones not achieved: the policy doesn't require them for "Ready now".
    MilestonesNotAchieved { not_achieved: usize },
}

#[derive(Debug, Clone, PartialEq)]
pub struct Readiness {
    pub role: RoleRef,
    /// 0.0 to 1.0 (see the module docs).
    pub score: f64,
    /// The expectations' part, 0.0 to 1.0; 1.0 when the role has none.
    pub competency_score: f64,
    pub tier: Tier,
    /// Unmet expectations, biggest weighted shortfall first.
    pub gaps: Vec<Gap>,
    pub milestones_total: usize,
    pub milestones_achieved: usize,
    pub milestones_in_progress: usize,
    /// Expectations of the role that name a competency and proficiency of the framework.
    pub expectations_total: usize,
    /// Of those, fully met.
    pub expectations_met: usize,
    /// Share by weight of the expectations fully met, 0.0 to 1.0 (1.0 when there are none).
    pub expectations_met_share: f64,
    /// Standing against the role's points threshold, when it has one.
    pub points: Option<PointsStanding>,
    /// What stands between the person and "Ready now"; empty exactly when Ready now.
    pub shortfalls: Vec<Shortfall>,
    /// What a Ready-now role goes without because the policy allows it; empty otherwise.
    pub allowances: Vec<Allowance>,
}

impl Readiness {
    /// The percentage shown: rounded down, and 100 only when readiness is complete.
    pub fn percent(&self) -> u32 {
        let percent = (self.score * 100.0).floor() as u32;
        if self.score < 1.0 {
            percent.min(99)
        } else {
            percent
        }
    }

    /// The points part as a percentage, as the page shows it beside the expectations'.
    pub fn points_percent(&self) -> Option<u32> {
        self.points.as_ref().map(|p| share_percent(p.share()))
    }

    /// The expectations' part as a percentage (`None` when the role expects nothing).
    pub fn expectations_percent(&self) -> Option<u32> {
        (self.expectations_total > 0).then(|| share_percent(self.competency_score))
    }
}

fn share_percent(share: f64) -> u32 {
    let percent = (share * 100.0).floor() as u32;
    if share < 1.0 {
        percent.min(99)
    } else {
        percent
    }
}

/// Readiness for one role; `None` when the role isn't in the framework or the framework
/// defines no criteria for it (`Framework::has_criteria`): there is nothing to be ready for.
pub fn readiness(framework: &Framework, assessment: &Assessment, role: &RoleRef) -> Option<Readiness> {
    let (_, level) = framework.level(role)?;
    Scorer::for_one_role(framework, assessment).score(role.clone(), level)
}

/// What the scorer knows of the person when scoring many roles: looked up once, by
/// competency index, instead of once per expectation of every role.
struct Known<'a> {
    /// Competency ID → index into `Framework::competencies`.
    index: HashMap<&'a str, usize>,
    /// Each competency's scale, by index.
    scales: Vec<&'a [Proficiency]>,
    /// Steps reached on each competency's scale (0 = not rated), by index.
    reached: Vec<u32>,
}

/// Scores roles against one assessment under the framework's readiness policy.
pub(super) struct Scorer<'a> {
    framework: &'a Framework,
    assessment: &'a Assessment,
    policy: &'a ReadinessPolicy,
    known: Option<Known<'a>>,
}

impl<'a> Scorer<'a> {
    fn for_one_role(framework: &'a Framework, assessment: &'a Assessment) -> Scorer<'a> {
        Scorer { framework, assessment, policy: &framework.readiness, known: None }
    }

    pub(super) fn for_many_roles(framework: &'a Framework, assessment: &'a Assessment) -> Scorer<'a> {
        let scales: Vec<&[Proficiency]> =
            framework.competencies.iter().map(|c| framework.scale_of(c)).collect();
        let reached = framework
            .competencies
            .iter()
            .zip(&scales)
            .map(|(c, scale)| steps_reached(scale, assessment.proficiency(&c.id)))
            .collect();
        let index = framework.competencies.iter().enumerate().map(|(i, c)| (c.id.as_str(), i)).collect();
        Scorer {
            framework,
            assessment,
            policy: &framework.readiness,
            known: Some(Known { index, scales, reached }),
        }
    }

    /// The competency's scale and the steps the person reached on it.
    fn scale_and_reached(&self, competency: &str) -> Option<(&'a [Proficiency], u32)> {
        match &self.known {
            Some(known) => {
                let i = *known.index.get(competency)?;
                Some((known.scales[i], known.reached[i]))
            }
            None => {
                let scale = self.framework.scale_of_id(competency);
                Some((scale, steps_reached(scale, self.assessment.proficiency(competency))))
            }
        }
    }

    /// Steps reached by competency index, for points.
    fn reached_by_index(&self, i: usize) -> u32 {
        match &self.known {
            Some(known) => known.reached[i],
            None => {
                let competency = &self.framework.competencies[i];
                steps_reached(
                    self.framework.scale_of(competency),
                    self.assessment.proficiency(&competency.id),
                )
            }
        }
    }

    /// The role's readiness; `None` when the framework defines no criteria for it.
    pub(super) fn score(&self, role: RoleRef, level: &Level) -> Option<Readiness> {
        if !self.framework.has_criteria(level) {
            return None;
        }
        let expectations = self.expectations(level);
        let points = level
            .points
            .as_ref()
            .map(|threshold| self.framework.points_standing(threshold, &|i| self.reached_by_index(i)));
        let milestones = self.milestones(&role, level);

        // The criteria's part: expectations and points, the lower when a role has both.
        let criteria = match (&expectations, &points) {
            (Some(e), Some(p)) => Some(e.score.min(p.share())),
            (Some(e), None) => Some(e.score),
            (None, Some(p)) => Some(p.share()),
            (None, None) => None,
        };
        let share = f64::from(self.policy.milestone_share_percent.min(100));
        // Whole-number percentages keep a complete readiness exactly 1.0.
        let score = match (criteria, milestones.total) {
            (Some(criteria), 0) => criteria,
            (Some(criteria), _) => (criteria * (100.0 - share) + milestones.credit_share() * share) / 100.0,
            (None, _) => milestones.credit_share(),
        };

        let mut shortfalls = Vec::new();
        let mut allowances = Vec::new();
        if let Some(e) = &expectations {
            let unmet = e.total - e.met;
            if !self.expectations_enough(e) {
                shortfalls.push(Shortfall::Expectations { unmet });
            } else if unmet > 0 {
                allowances.push(Allowance::ExpectationsUnmet { unmet });
            }
        }
        if points.as_ref().is_some_and(|p| !p.met()) {
            shortfalls.push(Shortfall::Points);
        }
        let not_achieved = milestones.total - milestones.achieved;
        if not_achieved > 0 {
            if self.policy.milestones_required {
                shortfalls.push(Shortfall::Milestones { not_achieved });
            } else {
                allowances.push(Allowance::MilestonesNotAchieved { not_achieved });
            }
        }
        if !shortfalls.is_empty() {
            allowances.clear();
        }

        let mut readiness = Readiness {
            role,
            score,
            competency_score: expectations.as_ref().map_or(1.0, |e| e.score),
            tier: Tier::ReadyNow,
            gaps: Vec::new(),
            milestones_total: milestones.total,
            milestones_achieved: milestones.achieved,
            milestones_in_progress: milestones.in_progress,
            expectations_total: expectations.as_ref().map_or(0, |e| e.total),
            expectations_met: expectations.as_ref().map_or(0, |e| e.met),
            expectations_met_share: expectations.as_ref().map_or(1.0, |e| e.met_share()),
            points,
            shortfalls,
            allowances,
        };
        if !readiness.shortfalls.is_empty() {
            readiness.tier = Tier::below_ready(self.policy, readiness.percent());
        }
        readiness.gaps = expectations.map(|e| e.gaps).unwrap_or_default();
        Some(readiness)
    }

    /// Whether enough expectations are fully met for "Ready now": every one for a checklist
    /// (100%), else at least the policy's share of their weight.
    fn expectations_enough(&self, e: &ExpectationsPart) -> bool {
        let needed = f64::from(self.policy.expectations_met_percent);
        if needed >= 100.0 {
            e.met == e.total
        } else {
            e.met_weight * 100.0 >= needed * e.total_weight - 1e-9
        }
    }

    /// The expectations' part; `None` when the role expects nothing (or only competencies or
    /// proficiencies the framework doesn't have, which validation rejects).
    fn expectations(&self, level: &Level) -> Option<ExpectationsPart> {
        // A role whose expectations all weigh nothing still counts each of them: equally.
        let equal = level.expectations.iter().all(|e| e.weight <= 0.0);
        let mut part = ExpectationsPart::default();
        let mut weighted = 0.0;
        for expectation in &level.expectations {
            let Some((scale, reached)) = self.scale_and_reached(&expectation.competency) else { continue };
            let Some(required) = scale.iter().position(|p| p.id == expectation.proficiency) else { continue };
            let weight = if equal { 1.0 } else { expectation.weight.max(0.0) };
            let needed = required as u32 + 1;
            weighted += weight * f64::from(reached.min(needed)) / f64::from(needed);
            part.total_weight += weight;
            part.total += 1;
            if reached >= needed {
                part.met += 1;
                part.met_weight += weight;
            } else {
                part.gaps.push(Gap {
                    competency: expectation.competency.clone(),
                    current: reached.checked_sub(1).map(|r| r as usize),
                    required,
                    weight: expectation.weight,
                });
            }
        }
        if part.total == 0 {
            return None;
        }
        part.score = if part.total_weight > 0.0 { weighted / part.total_weight } else { 1.0 };
        part.gaps.sort_by(|a, b| {
            (b.weight * b.steps() as f64)
                .total_cmp(&(a.weight * a.steps() as f64))
                .then_with(|| a.competency.cmp(&b.competency))
        });
        Some(part)
    }

    fn milestones(&self, role: &RoleRef, level: &Level) -> MilestonesPart {
        let mut part = MilestonesPart { total: level.milestones.len(), ..Default::default() };
        // Most people track few milestones: with none, there is no key to build and look up.
        if !self.assessment.milestones.is_empty() {
            for milestone in &level.milestones {
                let status = self.assessment.milestone_status(&milestone_key(role, &milestone.id));
                part.credit += status.credit();
                part.achieved += usize::from(status == MilestoneStatus::Achieved);
                part.in_progress += usize::from(status == MilestoneStatus::InProgress);
            }
        }
        part
    }
}

/// Steps reached on a scale with this proficiency (0 when not rated or not on the scale).
fn steps_reached(scale: &[Proficiency], proficiency: Option<&str>) -> u32 {
    proficiency.and_then(|id| scale.iter().position(|p| p.id == id)).map_or(0, |rank| rank as u32 + 1)
}

#[derive(Default)]
struct ExpectationsPart {
    score: f64,
    total: usize,
    met: usize,
    total_weight: f64,
    met_weight: f64,
    gaps: Vec<Gap>,
}

impl ExpectationsPart {
    fn met_share(&self) -> f64 {
        if self.total_weight > 0.0 {
            self.met_weight / self.total_weight
        } else {
            1.0
        }
    }
}

#[derive(Default)]
struct MilestonesPart {
    total: usize,
    achieved: usize,
    in_progress: usize,
    credit: f64,
}

impl MilestonesPart {
    fn credit_share(&self) -> f64 {
        if self.total == 0 {
            1.0
        } else {
            self.credit / self.total as f64
        }
    }
}
