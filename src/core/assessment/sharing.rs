//! The copy of an assessment a person shares with their manager: ratings and the evidence
//! behind them, nothing private.
//!
//! Kept (what a manager needs to review a self-assessment):
//! - the framework stamp (which framework and version, competency names then), so the file
//!   reads like any export;
//! - every rating: the proficiency, its evidence (the evidence's own text, link and date)
//!   and when it changed;
//! - every milestone's status, with its evidence;
//! - the current role, which the manager knows anyway and which frames the ratings.
//!
//! Left out (private to the person):
//! - the development plan whole: target role, constraints, actions and every check-in note;
//! - snapshots, their labels and their past ratings;
//! - the tracks the person is drawn to or avoids (career preferences they may not have
//!   voiced yet);
//! - retired data (ratings and progress the framework no longer has a place for).

use super::model::{Assessment, Profile};

impl Assessment {
    /// The sharing copy: the same kind of assessment, so it is exported as the same versioned
    /// document the importer and the 360 side-by-side read, holding only ratings, evidence,
    /// milestone progress and the current role (see the module docs for what is left out).
    pub fn for_sharing(&self) -> Assessment {
        Assessment {
            framework: self.framework.clone(),
            profile: Profile { current_role: self.profile.current_role.clone(), ..Profile::default() },
            ratings: self.ratings.clone(),
            milestones: self.milestones.clone(),
            ..Assessment::default()
        }
    }
}
