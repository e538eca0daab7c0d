//! Which raises reach a points threshold soonest. Competencies grow side by side (see the
//! module docs), so the quickest way to more points is often several competencies a step or
//! two each rather than one competency many steps: the fewest raises
//! (`Framework::points_standing`) can take years where a spread takes months.
//!
//! The rule: the least months T such that growing every competency as far as it grows within
//! T (on the job or by learning) meets the threshold; then, within those reaches, the fewest
//! steps, by the same climb as `points_standing` (`Framework::climb_to_threshold`).

use super::graph::Graph;
use crate::core::framework::PointsThreshold;

impl Graph<'_> {
    fn meets(&self, threshold: &PointsThreshold, levels: &[u32]) -> bool {
        let (total, themes) = self.framework.points_of(threshold, levels);
        total >= threshold.total && threshold.minimums.iter().zip(themes).all(|(m, have)| have >= m.points)
    }

    /// The highest level each competency reaches from `levels` within `months`.
    fn reach_within(&self, levels: &[u32], months: u32) -> Vec<u32> {
        levels
            .iter()
            .enumerate()
            .map(|(c, &from)| {
                (from + 1..=self.steps[c])
                    .take_while(|&to| self.growth_months(c, from, to) <= months)
                    .last()
                    .unwrap_or(from)
            })
            .collect()
    }

    /// The raises (competency, level to reach) that meet `threshold` soonest from `levels`,
    /// in competency order; empty when it is met, `None` when nothing reaches it.
    pub(super) fn quickest_raises(
        &self,
        threshold: &PointsThreshold,
        levels: &[u32],
    ) -> Option<Vec<(usize, u32)>> {
        if self.meets(threshold, levels) {
            return Some(Vec::new());
        }
        // Every duration some raise takes: the least feasible one is the answer's T.
        let mut months: Vec<u32> = levels
            .iter()
            .enumerate()
            .flat_map(|(c, &from)| (from + 1..=self.steps[c]).map(move |to| (c, from, to)))
            .map(|(c, from, to)| self.growth_months(c, from, to))
            .collect();
        months.sort_unstable();
        months.dedup();
        // Feasibility only grows with T: binary search for the first feasible.
        let first = months.partition_point(|&t| !self.meets(threshold, &self.reach_within(levels, t)));
        let caps = self.reach_within(levels, *months.get(first)?);

        let mut now = levels.to_vec();
        // The caps meet the threshold, so the climb always arrives; the caps are a safeguard.
        if !self.framework.climb_to_threshold(threshold, &mut now, &|c| caps[c]) {
            now.clone_from(&caps);
        }
        Some((0..now.len()).filter(|&c| now[c] > levels[c]).map(|c| (c, now[c])).collect())
    }
}
