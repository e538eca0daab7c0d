//! What a step costs, in months: the move's floor (time in level or the rule's horizon),
//! milestones not yet achieved, and each competency to grow, by learning or on the job (see
//! the planner's module docs for the rule).

use super::graph::{Check, Edge, EdgeKind, Graph};
use super::model::{PointsNeed, PointsRaise, PrerequisiteCheck};
use crate::core::assessment::Gap;
use crate::core::assessment::MilestoneStatus::Achieved;
use crate::core::framework::{PointsThreshold, ThemeStanding};

/// Weeks in an average month, used to turn learning durations into months (rounded up).
pub const WEEKS_PER_MONTH: f64 = 4.345;

/// Sentinel for a milestone horizon or edge months not computed yet.
pub(super) const NOT_COMPUTED: u32 = u32::MAX;
/// Edge months of a move nobody can ever make.
pub(super) const BLOCKED: u32 = u32::MAX - 1;
/// Learning months where no opportunity grows a competency that far.
pub(super) const NO_LEARNING: u32 = u32::MAX;

pub(super) fn weeks_to_months(weeks: u32) -> u32 {
    (f64::from(weeks) / WEEKS_PER_MONTH).ceil() as u32
}

/// Why a step can never be taken, whoever takes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Blocked {
    /// The prerequisite `index` of mobility rule `rule` names a competency or a proficiency
    /// that isn't there.
    Prerequisite { rule: usize, index: usize },
    /// The role's points threshold is more than every competency at its top step gives.
    Points(usize),
}

/// The details of one step, gathered only when a path is written out.
#[derive(Default)]
pub(super) struct Detail {
    pub(super) gaps: Vec<Gap>,
    pub(super) prerequisites: Vec<PrerequisiteCheck>,
    pub(super) points: Option<PointsNeed>,
    /// (competency, level to grow to), once per competency, the highest asked.
    pub(super) grow_to: Vec<(usize, u32)>,
}

impl Detail {
    fn grow(&mut self, competency: usize, level: u32) {
        match self.grow_to.iter_mut().find(|(c, _)| *c == competency) {
            Some((_, to)) => *to = (*to).max(level),
            None => self.grow_to.push((competency, level)),
        }
    }
}

/// A level (rank + 1, 0 = not rated) as a rank.
pub(super) fn rank(level: u32) -> Option<usize> {
    level.checked_sub(1).map(|r| r as usize)
}

impl Graph<'_> {
    /// Longest horizon among the role's milestones not yet achieved (0 when none).
    pub(super) fn milestone_months(&self, x: usize) -> u32 {
        let cell = &self.nodes[x].milestone_months;
        if cell.get() == NOT_COMPUTED {
            let node = &self.nodes[x];
            let track = &self.framework.tracks[node.track].id;
            let mut key = self.key.borrow_mut();
            let mut months = 0;
            for milestone in &node.level.milestones {
                // The format of `milestone_key`, without allocating per milestone.
                key.clear();
                key.push_str(track);
                key.push('/');
                key.push_str(&node.level.id);
                key.push('/');
                key.push_str(&milestone.id);
                if self.assessment.milestone_status(&key) != Achieved {
                    months = months.max(milestone.horizon_months);
                }
            }
            cell.set(months.min(BLOCKED - 1));
        }
        cell.get()
    }

    /// Where growing `competency` up to `level` is in `closers` and `learning_months`.
    #[inline]
    pub(super) fn slot(&self, competency: usize, level: u32) -> usize {
        competency * self.stride + level as usize - 1
    }

    /// Months to grow `competency` from `from` to `to` (levels): on the job, step by step, or
    /// the shortest learning opportunity reaching `to`, whichever is quicker.
    // Called for every gap of every edge weighed: worth inlining even where size is optimised.
    #[inline(always)]
    pub(super) fn growth_months(&self, competency: usize, from: u32, to: u32) -> u32 {
        if to <= from {
            return 0;
        }
        self.growth_table[(competency * self.stride + from as usize) * self.stride + to as usize - 1]
    }

    /// The learning opportunity a growth uses: the shortest that reaches `to`, when it is no
    /// slower than growing on the job.
    pub(super) fn growth_learning(&self, competency: usize, from: u32, to: u32) -> Option<usize> {
        let slot = self.slot(competency, to);
        let on_the_job = self.on_the_job.saturating_mul(to.saturating_sub(from));
        self.closers[slot].filter(|_| self.learning_months[slot] <= on_the_job)
    }

    /// The least months of a step along `edge`: the time in the level left for a promotion,
    /// the rule's horizon for a move (`Framework::move_floor_months`).
    #[inline]
    pub(super) fn floor_months(&self, edge: Edge) -> u32 {
        match edge.kind {
            EdgeKind::Promotion => self.nodes[edge.from].level_months,
            EdgeKind::Rule(r) => self.rules[r].horizon,
        }
    }

    /// Raises `projected` to what is assumed once in role `x`: its expectations met, and its
    /// points threshold reached by the quickest raises (`raises`). Each changed entry's old value is pushed
    /// to `saved`, for [`restore`].
    pub(super) fn assume_in_role(&self, x: usize, projected: &mut [u32], saved: &mut Vec<(usize, u32)>) {
        for &(c, level, _) in self.requires(x) {
            if projected[c] < level {
                saved.push((c, projected[c]));
                projected[c] = level;
            }
        }
        if let Some(threshold) = self.nodes[x].points {
            for (c, to) in self.quickest_raises(threshold, projected).unwrap_or_default() {
                saved.push((c, projected[c]));
                projected[c] = to;
            }
        }
    }

    /// Projected levels at a role: the ratings, raised as [`Graph::assume_in_role`] says.
    pub(super) fn projection(&self, x: usize) -> Vec<u32> {
        let mut projected = self.rated.clone();
        self.assume_in_role(x, &mut projected, &mut Vec::new());
        projected
    }

    /// True when role `x` has a points threshold that even every competency at the top of its
    /// scale doesn't reach.
    pub(super) fn points_out_of_reach(&self, x: usize) -> bool {
        self.nodes[x]
            .points
            .is_some_and(|threshold| !self.framework.points_standing(threshold, &|c| self.steps[c]).met())
    }

    /// Months for a step along `edge` from a role whose projected levels are `projected`;
    /// `Err` when nobody can ever take it. Fills `detail` when given.
    pub(super) fn step_months(
        &self,
        projected: &[u32],
        edge: Edge,
        mut detail: Option<&mut Detail>,
    ) -> Result<u32, Blocked> {
        let to = edge.to;
        let mut months = self.floor_months(edge).max(self.milestone_months(to));
        for &(c, level, weight) in self.requires(to) {
            if projected[c] < level {
                months = months.max(self.growth_months(c, projected[c], level));
                if let Some(detail) = detail.as_deref_mut() {
                    detail.gaps.push(Gap {
                        competency: self.framework.competencies[c].id.clone(),
                        current: rank(projected[c]),
                        required: level as usize - 1,
                        weight,
                    });
                    detail.grow(c, level);
                }
            }
        }
        if let EdgeKind::Rule(r) = edge.kind {
            for (p, check) in self.rules[r].prerequisites.iter().enumerate() {
                let met = match *check {
                    Check::Judged => None,
                    Check::Impossible => return Err(Blocked::Prerequisite { rule: r, index: p }),
                    Check::Competency(c, level) => {
                        let met = projected[c] >= level;
                        if !met {
                            months = months.max(self.growth_months(c, projected[c], level));
                            if let Some(detail) = detail.as_deref_mut() {
                                let id = &self.framework.competencies[c].id;
                                match detail.gaps.iter_mut().find(|g| &g.competency == id) {
                                    Some(gap) => gap.required = gap.required.max(level as usize - 1),
                                    None => detail.gaps.push(Gap {
                                        competency: id.clone(),
                                        current: rank(projected[c]),
                                        required: level as usize - 1,
                                        weight: 1.0,
                                    }),
                                }
                                detail.grow(c, level);
                            }
                        }
                        Some(met)
                    }
                };
                if let Some(detail) = detail.as_deref_mut() {
                    let summary = self.framework.mobility[r].prerequisites[p].summary.clone();
                    detail.prerequisites.push(PrerequisiteCheck { summary, met });
                }
            }
        }
        if let Some(threshold) = self.nodes[to].points {
            // The raises are counted from the levels once the role's expectations and the
            // move's prerequisites are met: they add to those. Their time counts from where
            // the person is, like every growth.
            let mut levels = projected.to_vec();
            for &(c, level, _) in self.requires(to) {
                levels[c] = levels[c].max(level);
            }
            if let EdgeKind::Rule(r) = edge.kind {
                for check in &self.rules[r].prerequisites {
                    if let Check::Competency(c, level) = *check {
                        levels[c] = levels[c].max(level);
                    }
                }
            }
            let raises = self.quickest_raises(threshold, &levels).ok_or(Blocked::Points(to))?;
            for &(c, level) in &raises {
                months = months.max(self.growth_months(c, projected[c], level));
            }
            if let Some(detail) = detail {
                for &(c, level) in &raises {
                    detail.grow(c, level);
                }
                if !raises.is_empty() {
                    detail.points = Some(self.points_need(threshold, &levels, &raises));
                }
            }
        }
        Ok(months)
    }

    /// What reaching `threshold` from `levels` asks: the standing, and `raises` as data.
    fn points_need(
        &self,
        threshold: &PointsThreshold,
        levels: &[u32],
        raises: &[(usize, u32)],
    ) -> PointsNeed {
        let (have, themes) = self.framework.points_of(threshold, levels);
        let mut raises: Vec<PointsRaise> = raises
            .iter()
            .map(|&(c, to)| PointsRaise {
                competency: self.framework.competencies[c].id.clone(),
                from: rank(levels[c]),
                to: to as usize - 1,
                points: self.framework.points_at(c, to) - self.framework.points_at(c, levels[c]),
            })
            .collect();
        // The biggest gain first (stable: competencies in framework order among equals).
        raises.sort_by_key(|r| std::cmp::Reverse(r.points));
        PointsNeed {
            have,
            need: threshold.total,
            short_themes: threshold
                .minimums
                .iter()
                .zip(themes)
                .filter(|(m, have)| *have < m.points)
                .map(|(m, have)| ThemeStanding { theme: m.theme.clone(), have, need: m.points })
                .collect(),
            raises,
        }
    }

    /// A move that keeps the band (ranked cheaper when lateral moves are preferred).
    pub(super) fn is_lateral(&self, edge: Edge) -> bool {
        edge.kind.is_move()
            && self.nodes[edge.from].band.is_some()
            && self.nodes[edge.from].band == self.nodes[edge.to].band
    }

    /// Computes the months of every edge out of `x`, once per call; `projected` holds the
    /// ratings and is left as it was found.
    pub(super) fn weigh(&self, x: usize, projected: &mut [u32]) {
        if self.nodes[x].weighed.replace(true) {
            return;
        }
        // Room for every expectation, so the hot loop doesn't grow it (points raises may).
        let mut saved = Vec::with_capacity(self.nodes[x].requires.len());
        self.assume_in_role(x, projected, &mut saved);
        for e in self.out_edges(x) {
            self.months[e].set(self.step_months(projected, self.edges[e], None).unwrap_or(BLOCKED));
        }
        restore(projected, &saved);
    }
}

/// Undoes [`Graph::assume_in_role`].
pub(super) fn restore(projected: &mut [u32], saved: &[(usize, u32)]) {
    for &(c, old) in saved.iter().rev() {
        projected[c] = old;
    }
}
