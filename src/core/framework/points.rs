//! Points-based progression: each step of a competency's scale is worth points, and a role
//! with a `PointsThreshold` is reached at a total (and at each theme's minimum).
//!
//! Standing is computed from the steps reached per competency (by competency index, 0 = not
//! rated, k = the k-th step), so readiness (ratings) and the planner (projected levels) share it.

use super::model::{Framework, PointsThreshold};

/// Points from one theme against the threshold's minimum for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ThemeStanding {
    pub theme: String,
    pub have: u32,
    pub need: u32,
}

/// One competency raised from `from` to `to` steps reached, and the points that gains.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Raise {
    /// Index into `Framework::competencies`.
    pub competency: usize,
    pub from: u32,
    pub to: u32,
    pub points: u32,
}

/// Where a person stands against a points threshold, and the fewest raises that reach it.
#[derive(Debug, Clone, PartialEq)]
pub struct PointsStanding {
    pub have: u32,
    pub need: u32,
    /// One entry per minimum of the threshold, in its order.
    pub themes: Vec<ThemeStanding>,
    /// The fewest one-step raises (merged per competency) that meet the total and every
    /// minimum, biggest gain first; empty when met. `reachable` is false when even every
    /// competency at its top step would not be enough.
    pub raises: Vec<Raise>,
    pub reachable: bool,
}

impl PointsStanding {
    pub fn met(&self) -> bool {
        self.have >= self.need && self.themes.iter().all(|t| t.have >= t.need)
    }

    /// Points still missing from the total.
    pub fn shortfall(&self) -> u32 {
        self.need.saturating_sub(self.have)
    }

    /// 0.0 to 1.0: the lowest of the shares reached (the total, and each theme's minimum),
    /// so it is 1.0 exactly when the threshold is met and never falls when a rating rises.
    pub fn share(&self) -> f64 {
        let share =
            |have: u32, need: u32| if need == 0 { 1.0 } else { (f64::from(have) / f64::from(need)).min(1.0) };
        self.themes.iter().map(|t| share(t.have, t.need)).fold(share(self.have, self.need), f64::min)
    }

    /// Steps of raises needed in all.
    pub fn steps(&self) -> u32 {
        self.raises.iter().map(|r| r.to - r.from).sum()
    }
}

impl Framework {
    /// Points a competency is worth with `reached` steps (0 when not rated or unpointed).
    pub fn points_at(&self, competency: usize, reached: u32) -> u32 {
        let Some(step) = reached.checked_sub(1) else { return 0 };
        self.competencies
            .get(competency)
            .and_then(|c| self.scale_of(c).get(step as usize))
            .and_then(|p| p.points)
            .unwrap_or(0)
    }

    /// Points at `levels` (steps reached per competency index): the total, and per minimum
    /// of the threshold, in its order.
    pub fn points_of(&self, threshold: &PointsThreshold, levels: &[u32]) -> (u32, Vec<u32>) {
        let mut themes = vec![0; threshold.minimums.len()];
        let mut total = 0;
        for (c, &level) in levels.iter().enumerate() {
            let points = self.points_at(c, level);
            total += points;
            let theme = &self.competencies[c].theme;
            for (m, minimum) in threshold.minimums.iter().enumerate() {
                if &minimum.theme == theme {
                    themes[m] += points;
                }
            }
        }
        (total, themes)
    }

    /// Raises `levels` in the fewest steps until `threshold` is met, no competency beyond
    /// `cap(c)`; false when the caps don't allow it (`levels` then holds how far it got).
    /// Greedy: first each short theme, then the total, always the step that gains most.
    /// Gains grow with the step on real ladders, so this is the fewest steps in practice.
    pub fn climb_to_threshold(
        &self,
        threshold: &PointsThreshold,
        levels: &mut [u32],
        cap: &dyn Fn(usize) -> u32,
    ) -> bool {
        loop {
            let (total, themes) = self.points_of(threshold, levels);
            let short = threshold.minimums.iter().zip(&themes).find(|(m, &have)| have < m.points);
            if short.is_none() && total >= threshold.total {
                return true;
            }
            let short_theme = short.map(|(m, _)| m.theme.as_str());
            // A step worth no more points than the one below (a scale starting at 0 points)
            // is climbed together with the next step that gains.
            let best = (0..levels.len())
                .filter(|&c| short_theme.is_none_or(|t| self.competencies[c].theme == t))
                .filter_map(|c| {
                    let now = self.points_at(c, levels[c]);
                    (levels[c] + 1..=cap(c))
                        .map(|to| (self.points_at(c, to).saturating_sub(now), to - levels[c], c))
                        .find(|&(gain, _, _)| gain > 0)
                })
                .max_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)).then(b.2.cmp(&a.2)));
            match best {
                Some((_, steps, c)) => levels[c] += steps,
                None => return false,
            }
        }
    }

    /// Standing against `threshold` given the steps reached per competency index.
    pub fn points_standing(
        &self,
        threshold: &PointsThreshold,
        reached: &dyn Fn(usize) -> u32,
    ) -> PointsStanding {
        let start: Vec<u32> = (0..self.competencies.len()).map(reached).collect();
        let (have, theme_points) = self.points_of(threshold, &start);
        let themes = threshold
            .minimums
            .iter()
            .zip(theme_points)
            .map(|(m, have)| ThemeStanding { theme: m.theme.clone(), have, need: m.points })
            .collect();
        let mut levels = start.clone();
        let top = |c: usize| self.scale_of(&self.competencies[c]).len() as u32;
        let reachable = self.climb_to_threshold(threshold, &mut levels, &top);
        let mut raises: Vec<Raise> = (0..levels.len())
            .filter(|&c| levels[c] > start[c])
            .map(|c| Raise {
                competency: c,
                from: start[c],
                to: levels[c],
                points: self.points_at(c, levels[c]) - self.points_at(c, start[c]),
            })
            .collect();
        raises.sort_by(|a, b| b.points.cmp(&a.points).then(a.competency.cmp(&b.competency)));
        PointsStanding { have, need: threshold.total, themes, raises, reachable }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::framework::{load, Proficiency, ThemeMinimum};

    /// Two themes of two competencies each on a 1/3/6/12/20 scale.
    fn ladder() -> Framework {
        let mut framework: Framework =
            load(include_str!("../../../tests/fixtures/minimal.json")).expect("minimal loads").framework;
        framework.proficiency_scale = [1, 3, 6, 12, 20]
            .into_iter()
            .enumerate()
            .map(|(step, points)| Proficiency {
                id: format!("p{step}"),
                name: format!("Step {step}"),
                description: String::new(),
                points: Some(points),
            })
            .collect();
        let template = framework.competencies[0].clone();
        framework.competencies = ["a1", "a2", "b1", "b2"]
            .iter()
            .map(|id| {
                let mut c = template.clone();
                c.id = id.to_string();
                c.theme = id[..1].to_string();
                c
            })
            .collect();
        framework
    }

    fn threshold(total: u32, minimums: &[(&str, u32)]) -> PointsThreshold {
        PointsThreshold {
            total,
            minimums: minimums
                .iter()
                .map(|&(t, p)| ThemeMinimum { theme: t.to_string(), points: p })
                .collect(),
        }
    }

    #[test]
    fn totals_the_points_of_the_steps_reached() {
        let f = ladder();
        let levels = [2, 0, 5, 1];
        let s = f.points_standing(&threshold(30, &[]), &|c| levels[c]);
        assert_eq!(s.have, 24);
        assert_eq!(s.shortfall(), 6);
        assert!(!s.met());
        assert!(s.reachable);
        // The highest-rated competency gains most per step: b1 is at the top, so a1 (3 → 6 → 12)
        // closes the 6 points in two steps.
        assert_eq!(s.raises, vec![Raise { competency: 0, from: 2, to: 4, points: 9 }]);
        assert_eq!(s.steps(), 2);
        assert!((s.share() - 24.0 / 30.0).abs() < 1e-9);
    }

    #[test]
    fn a_short_theme_is_raised_first_and_caps_the_share() {
        let f = ladder();
        let levels = [5, 5, 0, 0];
        let s = f.points_standing(&threshold(40, &[("b", 6)]), &|c| levels[c]);
        assert_eq!(s.have, 40);
        assert!(!s.met());
        assert_eq!(s.share(), 0.0);
        assert!(s.raises.iter().all(|r| f.competencies[r.competency].theme == "b"));
        assert_eq!(s.raises.iter().map(|r| r.points).sum::<u32>(), 6);
    }

    #[test]
    fn a_step_worth_no_points_is_climbed_with_the_next() {
        let mut f = ladder();
        // 0/0/5/10/20: nothing gains at the first two steps.
        for (step, points) in [0, 0, 5, 10, 20].into_iter().enumerate() {
            f.proficiency_scale[step].points = Some(points);
        }
        let s = f.points_standing(&threshold(5, &[]), &|_| 0);
        assert!(s.reachable);
        assert_eq!(s.raises, vec![Raise { competency: 0, from: 0, to: 3, points: 5 }]);
    }

    #[test]
    fn met_needs_no_raises_and_unreachable_is_said() {
        let f = ladder();
        let s = f.points_standing(&threshold(10, &[]), &|_| 3);
        assert!(s.met());
        assert!(s.raises.is_empty());
        assert_eq!(s.share(), 1.0);
        let s = f.points_standing(&threshold(1000, &[]), &|_| 0);
        assert!(!s.reachable);
    }
}
