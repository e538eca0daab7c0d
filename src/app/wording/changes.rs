//! What changed in the person's data because the framework changed.

use crate::core::assessment::storage::Change;

pub fn describe_change(change: &Change) -> String {
    match change {
        Change::CompetencyRenamed { from, to } => {
            format!("“{from}” is now called “{to}”; your rating is unchanged.")
        }
        Change::CompetencyRemoved { name } => format!(
            "“{name}” is no longer in the framework. Your rating is kept under “Retired” and in exports."
        ),
        Change::CompetencyRestored { name } => {
            format!("“{name}” is back in the framework, and so is your earlier rating.")
        }
        Change::ProficiencyRemoved { competency, proficiency } => format!(
            "Your rating “{proficiency}” for “{competency}” is not on the framework's scale. It is kept under “Retired”; please rate it again."
        ),
        Change::MilestoneRemoved { key } => format!(
            "The milestone {key} is no longer in the framework. Your progress on it is kept under “Retired”."
        ),
        Change::CurrentRoleSunset { title } => {
            format!("Your current role, {title}, is being phased out. It stays your starting point.")
        }
        Change::CurrentRoleRemoved { role } => {
            format!("Your current role ({role}) is no longer in the framework; please choose it again.")
        }
        Change::PlanTargetRemoved { role } => format!(
            "Your plan's target role ({role}) is no longer in the framework; your actions and check-ins are kept. Choose a new target."
        ),
        Change::PlanTargetSunset { title } => format!(
            "Your plan's target, {title}, is being phased out and can no longer be a destination. Choose a new target; your actions are kept."
        ),
        Change::TrackRemoved { track } => {
            format!("The track “{track}” is no longer in the framework; it was removed from your preferences.")
        }
    }
}
