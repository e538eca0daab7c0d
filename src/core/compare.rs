//! Side-by-side comparison of two roles, competency by competency.

use crate::core::framework::{Framework, Level, PointsThreshold, RoleRef};

/// One competency across both roles. Proficiencies are ranks on the competency's own scale;
/// `None` when the role doesn't expect the competency. The texts are what each role says it
/// expects in its own words, when it says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompetencyDiff {
    pub competency: String,
    pub a: Option<usize>,
    pub b: Option<usize>,
    pub text_a: Option<String>,
    pub text_b: Option<String>,
}

/// Which of the two roles expects more of one competency. Both ranks are steps of that
/// competency's own scale, so they always compare, whatever scales other competencies use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WhoExpectsMore {
    /// The same step (the same proficiency worded differently counts as the same).
    Same,
    /// Both roles expect the competency; the first at a higher step.
    First,
    /// Both roles expect the competency; the second at a higher step.
    Second,
    /// Only the first role expects the competency.
    OnlyFirst,
    /// Only the second role expects the competency.
    OnlySecond,
}

impl CompetencyDiff {
    /// The proficiencies differ (the same proficiency worded differently does not count).
    pub fn differs(&self) -> bool {
        self.a != self.b
    }

    /// Which role expects more of this competency, and whether the other expects it at all.
    pub fn who_expects_more(&self) -> WhoExpectsMore {
        match (self.a, self.b) {
            (Some(a), Some(b)) if a > b => WhoExpectsMore::First,
            (Some(a), Some(b)) if a < b => WhoExpectsMore::Second,
            (Some(_), None) => WhoExpectsMore::OnlyFirst,
            (None, Some(_)) => WhoExpectsMore::OnlySecond,
            _ => WhoExpectsMore::Same,
        }
    }
}

/// How many competencies each role expects more of, for a one-line summary. A competency
/// only one role expects counts for that role.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ComparisonTally {
    pub same: usize,
    pub first_more: usize,
    pub second_more: usize,
}

/// Counts the rows of [`compare_roles`] by who expects more.
pub fn tally(rows: &[CompetencyDiff]) -> ComparisonTally {
    rows.iter().fold(ComparisonTally::default(), |mut tally, row| {
        match row.who_expects_more() {
            WhoExpectsMore::Same => tally.same += 1,
            WhoExpectsMore::First | WhoExpectsMore::OnlyFirst => tally.first_more += 1,
            WhoExpectsMore::Second | WhoExpectsMore::OnlySecond => tally.second_more += 1,
        }
        tally
    })
}

/// Competencies expected by either role: those of `a` in its order, then those only `b` has.
pub fn compare_roles(framework: &Framework, a: &RoleRef, b: &RoleRef) -> Option<Vec<CompetencyDiff>> {
    let (_, level_a) = framework.level(a)?;
    let (_, level_b) = framework.level(b)?;
    let expectation = |level: &Level, competency: &str| {
        let expectation = level.expectations.iter().find(|e| e.competency == competency);
        let rank = expectation.and_then(|e| framework.proficiency_rank(competency, &e.proficiency));
        (rank, expectation.and_then(|e| e.text.clone()))
    };
    let mut ids: Vec<&str> = level_a.expectations.iter().map(|e| e.competency.as_str()).collect();
    for e in &level_b.expectations {
        if !ids.contains(&e.competency.as_str()) {
            ids.push(&e.competency);
        }
    }
    Some(
        ids.into_iter()
            .map(|id| {
                let (a, text_a) = expectation(level_a, id);
                let (b, text_b) = expectation(level_b, id);
                CompetencyDiff { competency: id.to_string(), a, b, text_a, text_b }
            })
            .collect(),
    )
}

/// The points thresholds of two roles, when either has one.
#[derive(Debug, Clone, PartialEq)]
pub struct PointsDiff<'a> {
    pub a: Option<&'a PointsThreshold>,
    pub b: Option<&'a PointsThreshold>,
}

impl PointsDiff<'_> {
    /// The totals or the per-theme minimums differ (minimums compared regardless of order).
    pub fn differs(&self) -> bool {
        self.a.map(threshold_key) != self.b.map(threshold_key)
    }
}

/// A threshold's total and minimums, the minimums in a fixed order.
fn threshold_key(threshold: &PointsThreshold) -> (u32, Vec<(&str, u32)>) {
    let mut minimums: Vec<(&str, u32)> =
        threshold.minimums.iter().map(|m| (m.theme.as_str(), m.points)).collect();
    minimums.sort();
    (threshold.total, minimums)
}

/// How the first role's band stands to the second's in the framework's band order
/// (`Greater`: the first role is in the higher band); `None` when a role or band is unknown.
pub fn compare_bands(framework: &Framework, a: &RoleRef, b: &RoleRef) -> Option<std::cmp::Ordering> {
    let (_, level_a) = framework.level(a)?;
    let (_, level_b) = framework.level(b)?;
    Some(framework.band_rank(&level_a.band)?.cmp(&framework.band_rank(&level_b.band)?))
}

/// Both roles' points thresholds; `None` when neither role has one (or a role is unknown).
pub fn compare_points<'a>(framework: &'a Framework, a: &RoleRef, b: &RoleRef) -> Option<PointsDiff<'a>> {
    let (_, level_a) = framework.level(a)?;
    let (_, level_b) = framework.level(b)?;
    let diff = PointsDiff { a: level_a.points.as_ref(), b: level_b.points.as_ref() };
    (diff.a.is_some() || diff.b.is_some()).then_some(diff)
}
