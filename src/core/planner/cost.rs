//! What a step costs, in months: milestones, gaps and their learning, a move's horizon and
//! prerequisites (see the planner's module docs for the rule).

use super::graph::{Edge, EdgeKind, Graph};
use super::model::PrerequisiteCheck;
use crate::core::assessment::Gap;
use crate::core::assessment::MilestoneStatus::Achieved;

/// Months counted for a gap that no learning opportunity closes.
pub const UNCLOSED_GAP_MONTHS: u32 = 6;

/// Weeks in an average month, used to turn learning durations into months (rounded up).
pub const WEEKS_PER_MONTH: f64 = 4.345;

/// Sentinel for a milestone horizon or edge months not computed yet.
pub(super) const NOT_COMPUTED: u32 = u32::MAX;
/// Edge months of a move whose prerequisite can never be met.
pub(super) const BLOCKED: u32 = u32::MAX - 1;

pub(super) fn weeks_to_months(weeks: u32) -> u32 {
    (f64::from(weeks) / WEEKS_PER_MONTH).ceil() as u32
}

/// The details of one step, gathered only when a path is written out.
#[derive(Default)]
pub(super) struct Detail {
    pub(super) gaps: Vec<Gap>,
    pub(super) prerequisites: Vec<PrerequisiteCheck>,
}

/// A prerequisite that can never be met: (competency, level) that no learning reaches.
pub(super) type Blocked = (usize, u32);

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

    /// Where a gap in `competency` up to `level` is in `closers` and `gap_months`.
    pub(super) fn gap(&self, competency: usize, level: u32) -> usize {
        competency * self.scale + level as usize - 1
    }

    /// Projected levels at a role: the ratings, raised to the role's requirements.
    pub(super) fn projection(&self, x: usize) -> Vec<u32> {
        let mut projected = self.rated.clone();
        for &(c, level, _) in self.requires(x) {
            projected[c] = projected[c].max(level);
        }
        projected
    }

    /// Months for a step along `edge` from a role whose projected levels are `projected`;
    /// `Err` when a prerequisite can never be met. Fills `detail` when given.
    pub(super) fn step_months(
        &self,
        projected: &[u32],
        edge: Edge,
        mut detail: Option<&mut Detail>,
    ) -> Result<u32, Blocked> {
        let mut months = self.milestone_months(edge.to);
        for &(c, level, weight) in self.requires(edge.to) {
            if projected[c] < level {
                months = months.max(self.gap_months[self.gap(c, level)]);
                if let Some(detail) = detail.as_deref_mut() {
                    detail.gaps.push(Gap {
                        competency: self.framework.competencies[c].id.clone(),
                        current: projected[c].checked_sub(1).map(|r| r as usize),
                        required: level as usize - 1,
                        weight,
                    });
                }
            }
        }
        if let EdgeKind::Rule(r) = edge.kind {
            let rule = &self.rules[r];
            months = months.max(rule.horizon);
            for (p, check) in rule.prerequisites.iter().enumerate() {
                let met = check.map(|(c, level)| projected[c] >= level);
                if let (Some((c, level)), Some(false)) = (*check, met) {
                    let gap = self.gap(c, level);
                    if self.closers[gap].is_none() {
                        return Err((c, level));
                    }
                    months = months.max(self.gap_months[gap]);
                    if let Some(detail) = detail.as_deref_mut() {
                        let id = &self.framework.competencies[c].id;
                        match detail.gaps.iter_mut().find(|g| &g.competency == id) {
                            Some(gap) => gap.required = gap.required.max(level as usize - 1),
                            None => detail.gaps.push(Gap {
                                competency: id.clone(),
                                current: projected[c].checked_sub(1).map(|r| r as usize),
                                required: level as usize - 1,
                                weight: 1.0,
                            }),
                        }
                    }
                }
                if let Some(detail) = detail.as_deref_mut() {
                    let summary = self.framework.mobility[r].prerequisites[p].summary.clone();
                    detail.prerequisites.push(PrerequisiteCheck { summary, met });
                }
            }
        }
        Ok(months.max(1))
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
        let requires = self.requires(x);
        let saved: Vec<u32> = requires.iter().map(|&(c, _, _)| projected[c]).collect();
        for &(c, level, _) in requires {
            projected[c] = projected[c].max(level);
        }
        for e in self.out_edges(x) {
            self.months[e].set(self.step_months(projected, self.edges[e], None).unwrap_or(BLOCKED));
        }
        for (&(c, _, _), old) in requires.iter().zip(saved).rev() {
            projected[c] = old;
        }
    }
}
