//! Side-by-side comparison of two roles, competency by competency.

use crate::core::framework::{Framework, RoleRef};

/// One competency across both roles. Proficiencies are ranks on the scale; `None` when the
/// role doesn't expect the competency.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompetencyDiff {
    pub competency: String,
    pub a: Option<usize>,
    pub b: Option<usize>,
}

impl CompetencyDiff {
    pub fn differs(&self) -> bool {
        self.a != self.b
    }
}

/// Competencies expected by either role: those of `a` in its order, then those only `b` has.
pub fn compare_roles(framework: &Framework, a: &RoleRef, b: &RoleRef) -> Option<Vec<CompetencyDiff>> {
    let (_, level_a) = framework.level(a)?;
    let (_, level_b) = framework.level(b)?;
    let rank = |level: &crate::core::framework::Level, competency: &str| {
        level
            .expectations
            .iter()
            .find(|e| e.competency == competency)
            .and_then(|e| framework.proficiency_rank(competency, &e.proficiency))
    };
    let mut ids: Vec<&str> = level_a.expectations.iter().map(|e| e.competency.as_str()).collect();
    for e in &level_b.expectations {
        if !ids.contains(&e.competency.as_str()) {
            ids.push(&e.competency);
        }
    }
    Some(
        ids.into_iter()
            .map(|id| CompetencyDiff {
                competency: id.to_string(),
                a: rank(level_a, id),
                b: rank(level_b, id),
            })
            .collect(),
    )
}
