//! How far along the self-assessment is: competencies rated out of the framework's, in all
//! and per theme. Only a level on the competency's own scale counts, so ratings kept for
//! competencies or levels the framework no longer has never inflate the count.

use super::model::Assessment;
use crate::core::framework::{Competency, Framework};

/// Rated competencies out of all, in all and per theme.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RatingProgress {
    pub rated: usize,
    pub total: usize,
    /// In the order of [`Framework::themes`].
    pub themes: Vec<ThemeProgress>,
}

/// Rated competencies of one theme out of the theme's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ThemeProgress {
    pub rated: usize,
    pub total: usize,
}

impl ThemeProgress {
    pub fn is_done(&self) -> bool {
        self.rated == self.total
    }
}

impl Assessment {
    /// Whether a competency has a level on its own scale (evidence alone is not a rating).
    pub fn is_rated(&self, framework: &Framework, competency: &str) -> bool {
        framework.competency(competency).is_some_and(|c| self.has_level_on_scale(framework, c))
    }

    // Takes the competency itself: counting a long framework looks nothing up by ID.
    fn has_level_on_scale(&self, framework: &Framework, competency: &Competency) -> bool {
        self.proficiency(&competency.id)
            .is_some_and(|p| framework.scale_of(competency).iter().any(|s| s.id == p))
    }

    /// The framework's competencies rated so far, in all and per theme.
    pub fn rating_progress(&self, framework: &Framework) -> RatingProgress {
        let themes: Vec<ThemeProgress> = framework
            .themes()
            .iter()
            .map(|theme| ThemeProgress {
                rated: theme.competencies.iter().filter(|c| self.has_level_on_scale(framework, c)).count(),
                total: theme.competencies.len(),
            })
            .collect();
        RatingProgress {
            rated: themes.iter().map(|t| t.rated).sum(),
            total: themes.iter().map(|t| t.total).sum(),
            themes,
        }
    }
}
