//! Which raises reach a points threshold soonest. Competencies grow side by side (see the
//! module docs), so the quickest way to more points is often several competencies a step or
//! two each rather than one competency many steps: the fewest raises
//! (`Framework::points_standing`) can take years where a spread takes months.
//!
//! The rule: the least months T such that growing every competency as far as it grows within
//! T (on the job or by learning) meets the threshold; then, within those reaches, the fewest
//! steps, chosen like `points_standing` does (short themes first, the biggest gain first).

use super::graph::Graph;
use crate::core::framework::PointsThreshold;

impl Graph<'_> {
    /// Points of the competencies at `levels`: the total, and per minimum of the threshold.
    pub(super) fn points_of(&self, threshold: &PointsThreshold, levels: &[u32]) -> (u32, Vec<u32>) {
        let mut themes = vec![0; threshold.minimums.len()];
        let mut total = 0;
        for (c, &level) in levels.iter().enumerate() {
            let points = self.framework.points_at(c, level);
            total += points;
            let theme = &self.framework.competencies[c].theme;
            for (m, minimum) in threshold.minimums.iter().enumerate() {
                if &minimum.theme == theme {
                    themes[m] += points;
                }
            }
        }
        (total, themes)
    }

    fn meets(&self, threshold: &PointsThreshold, levels: &[u32]) -> bool {
        let (total, themes) = self.points_of(threshold, levels);
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
        loop {
            let (total, themes) = self.points_of(threshold, &now);
            let short = threshold.minimums.iter().zip(&themes).find(|(m, &have)| have < m.points);
            if short.is_none() && total >= threshold.total {
                break;
            }
            let short_theme = short.map(|(m, _)| m.theme.as_str());
            let best = (0..now.len())
                .filter(|&c| short_theme.is_none_or(|t| self.framework.competencies[c].theme == t))
                .filter_map(|c| {
                    let here = self.framework.points_at(c, now[c]);
                    // A step worth no more than the one below is climbed with the next that gains.
                    (now[c] + 1..=caps[c])
                        .map(|to| (self.framework.points_at(c, to).saturating_sub(here), to - now[c], c))
                        .find(|&(gain, _, _)| gain > 0)
                })
                .max_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)).then(b.2.cmp(&a.2)));
            match best {
                Some((_, steps, c)) => now[c] += steps,
                // Unreachable within the caps, which meet the threshold: a safeguard only.
                None => now.clone_from(&caps),
            }
            if now == caps {
                break;
            }
        }
        Some((0..now.len()).filter(|&c| now[c] > levels[c]).map(|c| (c, now[c])).collect())
    }
}
