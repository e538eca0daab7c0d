//! How readiness reads on the fit and gap pages: tier badges and gap summaries.

use std::collections::HashMap;

use crate::core::assessment::{Readiness, Tier};
use crate::core::framework::Framework;

pub fn tier_class(tier: Tier) -> &'static str {
    match tier {
        Tier::ReadyNow => "tier tier-ready",
        Tier::Close => "tier tier-close",
        Tier::Stretch => "tier tier-stretch",
        Tier::Aspirational => "tier tier-aspirational",
    }
}

/// Puts gaps into words. Built once per page: a large framework has hundreds of
/// competencies, and every row names a few of them.
pub struct GapWords {
    framework: &'static Framework,
    competency_names: HashMap<&'static str, &'static str>,
}

impl GapWords {
    pub fn new(framework: &'static Framework) -> GapWords {
        let competency_names =
            framework.competencies.iter().map(|c| (c.id.as_str(), c.name.as_str())).collect();
        GapWords { framework, competency_names }
    }

    fn proficiency(&self, rank: Option<usize>) -> &'static str {
        rank.and_then(|r| self.framework.proficiency_scale.get(r)).map_or("not rated", |p| p.name.as_str())
    }

    /// The biggest gaps of a readiness result, at most `limit` of them.
    pub fn summary(&self, readiness: &Readiness, limit: usize) -> String {
        if readiness.gaps.is_empty() {
            return "Every expected competency met.".to_string();
        }
        let parts: Vec<String> = readiness
            .gaps
            .iter()
            .take(limit)
            .map(|g| {
                let competency =
                    self.competency_names.get(g.competency.as_str()).copied().unwrap_or(&g.competency);
                format!(
                    "{competency}: {} → {} (weight {})",
                    self.proficiency(g.current),
                    self.proficiency(Some(g.required)),
                    g.weight
                )
            })
            .collect();
        let more = readiness.gaps.len().saturating_sub(limit);
        if more > 0 {
            format!("{}; and {more} more", parts.join("; "))
        } else {
            parts.join("; ")
        }
    }
}
