//! How long a move takes by the framework alone, before anything about a person: the one
//! figure the role page shows for a next role and `/plan` shows as a step's typical time.
//!
//! A promotion (the next level, or the first level of a track branching here) takes at least
//! the time in the level it leaves; a mobility move at least its rule's horizon; and neither
//! less than the longest milestone horizon of the role it leads to.

use super::model::{Framework, Level};
use super::query::Route;

impl Framework {
    /// The least a move can take before the target's milestones: the time in the level left
    /// for a promotion, the rule's horizon for a mobility move.
    pub fn move_floor_months(&self, from: &Level, route: &Route) -> u32 {
        match route {
            Route::Promotion => self.months_in_level(from),
            Route::Mobility(rule) => rule.horizon_months,
        }
    }

    /// The typical months of a move from the level `from` to the level `to`: its floor (see
    /// [`Framework::move_floor_months`]) or the longest of `to`'s milestone horizons, whichever
    /// is longer.
    pub fn typical_months(&self, from: &Level, to: &Level, route: &Route) -> u32 {
        let milestones = to.milestones.iter().map(|m| m.horizon_months).max().unwrap_or(0);
        self.move_floor_months(from, route).max(milestones)
    }
}
