//! Points-based progression: when roles are reached by points, every step a person can be
//! rated at is worth points, points grow along each scale, and thresholds can be reached.

use std::collections::{BTreeMap, HashSet};

use super::{KnownIds, Validator};
use crate::core::framework::model::*;

impl<'a> Validator<'a> {
    pub(super) fn points(&mut self) {
        let framework: &'a Framework = self.framework;
        self.points_grow_along_scales();
        let first_by_points = framework.roles().find(|(_, _, level)| level.points.is_some());
        if let Some((_, _, level)) = first_by_points {
            self.points_on_every_step_in_use(&level.title);
        }
        let themes = KnownIds::new(framework.competencies.iter().map(|c| c.theme.as_str()));
        for (t, track) in framework.tracks.iter().enumerate() {
            let mut previous: Option<(&Level, u32)> = None;
            for (l, level) in track.levels.iter().enumerate() {
                let Some(threshold) = &level.points else { continue };
                let path = format!("tracks[{t}].levels[{l}].points");
                self.threshold(&path, level, threshold, &themes);
                if let Some((before, total)) = previous {
                    if threshold.total < total {
                        self.warning(
                            format!("{path}.total"),
                            format!(
                                "\"{}\" needs {} points, fewer than the {} of \"{}\" before it on the track: thresholds usually rise with each level.",
                                level.title, threshold.total, total, before.title
                            ),
                        );
                    }
                }
                previous = Some((level, threshold.total));
            }
        }
    }

    /// Every scale in the file (used or not), with its path and a name for messages.
    fn every_scale(&self) -> Vec<(String, String, &'a [Proficiency])> {
        let framework: &'a Framework = self.framework;
        let default = (
            "proficiency_scale".to_string(),
            "the proficiency scale".to_string(),
            &framework.proficiency_scale[..],
        );
        let named = framework
            .scales
            .iter()
            .enumerate()
            .map(|(i, s)| (format!("scales[{i}].levels"), format!("scale \"{}\"", s.id), &s.levels[..]));
        std::iter::once(default).chain(named).collect()
    }

    fn points_grow_along_scales(&mut self) {
        for (path, name, steps) in self.every_scale() {
            let mut previous: Option<(&Proficiency, u32)> = None;
            for (j, step) in steps.iter().enumerate() {
                let Some(points) = step.points else { continue };
                if let Some((below, below_points)) = previous {
                    if points < below_points {
                        self.error(
                            format!("{path}[{j}].points"),
                            format!(
                                "Points go down along {name}: \"{}\" is worth {points} but \"{}\", below it, is worth {below_points}.",
                                step.id, below.id
                            ),
                        );
                    }
                }
                previous = Some((step, points));
            }
        }
    }

    /// A points total counts every rated competency, so a step without points would make a
    /// rating count for nothing.
    fn points_on_every_step_in_use(&mut self, first_role: &str) {
        let framework: &'a Framework = self.framework;
        let default_in_use = framework.competencies.iter().any(|c| c.scale.is_none());
        for (s, (path, name, steps)) in self.every_scale().into_iter().enumerate() {
            let in_use = if s == 0 {
                default_in_use
            } else {
                let id = &framework.scales[s - 1].id;
                framework.competencies.iter().any(|c| c.scale.as_ref() == Some(id))
            };
            if !in_use {
                continue;
            }
            for (j, step) in steps.iter().enumerate().filter(|(_, step)| step.points.is_none()) {
                self.error(
                    format!("{path}[{j}]"),
                    format!(
                        "Step \"{}\" of {name} has no `points`: roles such as \"{first_role}\" are reached by points, so every step of a scale that competencies use needs them.",
                        step.id
                    ),
                );
            }
        }
    }

    fn threshold(&mut self, path: &str, level: &Level, threshold: &PointsThreshold, themes: &KnownIds) {
        let framework: &'a Framework = self.framework;
        if threshold.total == 0 {
            self.error(format!("{path}.total"), "The points total must be at least 1.");
        }
        let mut seen = HashSet::new();
        for (m, minimum) in threshold.minimums.iter().enumerate() {
            let path = format!("{path}.minimums[{m}]");
            if self.known(format!("{path}.theme"), "theme", &minimum.theme, themes)
                && !seen.insert(minimum.theme.as_str())
            {
                self.error(
                    format!("{path}.theme"),
                    format!("Theme \"{}\" has two minimums for this role; keep one.", minimum.theme),
                );
            }
            if minimum.points == 0 {
                self.error(format!("{path}.points"), "A theme minimum must be at least 1 point.");
            }
        }
        let sum = threshold.minimums.iter().fold(0u32, |sum, m| sum.saturating_add(m.points));
        if threshold.total < sum {
            self.warning(
                format!("{path}.total"),
                format!(
                    "\"{}\" needs {} points in total but its theme minimums add up to {sum}: the total never decides anything; make it at least {sum}.",
                    level.title, threshold.total
                ),
            );
        }
        // What the highest ratings give: a threshold above it can never be met.
        let mut best_by_theme: BTreeMap<&str, u32> = BTreeMap::new();
        for competency in &framework.competencies {
            let best = framework.scale_of(competency).iter().filter_map(|p| p.points).max().unwrap_or(0);
            let theme = best_by_theme.entry(competency.theme.as_str()).or_default();
            *theme = theme.saturating_add(best);
        }
        let best = best_by_theme.values().fold(0u32, |sum, points| sum.saturating_add(*points));
        if threshold.total > best {
            self.warning(
                format!("{path}.total"),
                format!(
                    "\"{}\" needs {} points, but the highest rating in every competency gives only {best}: nobody can reach it.",
                    level.title, threshold.total
                ),
            );
        }
        for (m, minimum) in threshold.minimums.iter().enumerate() {
            let Some(&theme_best) = best_by_theme.get(minimum.theme.as_str()) else { continue };
            if minimum.points > theme_best {
                self.warning(
                    format!("{path}.minimums[{m}].points"),
                    format!(
                        "\"{}\" needs {} points from theme \"{}\", but its competencies give at most {theme_best}: nobody can reach it.",
                        level.title, minimum.points, minimum.theme
                    ),
                );
            }
        }
    }
}
