//! Everything /fit shows, with each role scored once: the ranking, the best next role per
//! track, and the roles without criteria.

use super::next_role::best_per_track;
use super::ranking::{rank, roles_without_criteria, score_destinations};
use super::role_score::Readiness;
use crate::core::assessment::Assessment;
use crate::core::framework::{Framework, RoleRef};

#[derive(Debug, Clone, PartialEq)]
pub struct WhereIFit {
    /// As `rank_roles` returns them.
    pub ranked: Vec<Readiness>,
    /// As `next_role_per_track` returns them.
    pub best_next: Vec<Readiness>,
    /// As `roles_without_criteria` returns them.
    pub without_criteria: Vec<RoleRef>,
}

/// `rank_roles`, `next_role_per_track` and `roles_without_criteria` at the cost of one.
pub fn where_i_fit(framework: &Framework, assessment: &Assessment) -> WhereIFit {
    let scored = score_destinations(framework, assessment);
    let best_next = best_per_track(framework, assessment, &scored);
    WhereIFit {
        ranked: rank(scored),
        best_next,
        without_criteria: roles_without_criteria(framework, assessment),
    }
}
