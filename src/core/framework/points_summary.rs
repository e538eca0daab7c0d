//! What a points threshold asks, beside the most points a person could have, so a page can
//! show the numbers with their context.

use super::model::{Competency, Framework, PointsThreshold};

/// A role's points threshold with what is possible at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PointsSummary<'a> {
    pub total: u32,
    /// Points of every competency at the top of its scale.
    pub total_possible: u32,
    pub minimums: Vec<ThemeMinimumSummary<'a>>,
}

/// At least `points` from one theme, and the most that theme can give.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ThemeMinimumSummary<'a> {
    pub theme: &'a str,
    pub points: u32,
    pub possible: u32,
}

impl Framework {
    /// True when at least one step of the competency's scale is worth points.
    pub fn scale_has_points(&self, competency: &Competency) -> bool {
        self.scale_of(competency).iter().any(|p| p.points.is_some())
    }

    /// The most points a competency can give: its best-valued step (0 without points).
    pub fn most_points(&self, competency: &Competency) -> u32 {
        self.scale_of(competency).iter().filter_map(|p| p.points).max().unwrap_or(0)
    }

    /// The most points the competencies of a theme (or, with `None`, of every theme) can give.
    pub fn points_possible(&self, theme: Option<&str>) -> u32 {
        self.competencies
            .iter()
            .filter(|c| theme.is_none_or(|theme| c.theme == theme))
            .map(|c| self.most_points(c))
            .sum()
    }

    pub fn points_summary<'a>(&self, threshold: &'a PointsThreshold) -> PointsSummary<'a> {
        PointsSummary {
            total: threshold.total,
            total_possible: self.points_possible(None),
            minimums: threshold
                .minimums
                .iter()
                .map(|m| ThemeMinimumSummary {
                    theme: &m.theme,
                    points: m.points,
                    possible: self.points_possible(Some(&m.theme)),
                })
                .collect(),
        }
    }

    /// True when competencies are rated on more than one scale, so a scale needs its name.
    pub fn has_several_scales(&self) -> bool {
        self.scales.len() + usize::from(!self.proficiency_scale.is_empty()) > 1
    }
}
