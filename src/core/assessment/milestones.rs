//! Progress on the milestones of roles, and the evidence behind it.

use super::model::{milestone_key, Assessment, Evidence, MilestoneProgress, MilestoneStatus};
use crate::core::framework::{Framework, RoleRef};

impl Assessment {
    /// Sets the status of a milestone of a role. Unknown milestones are ignored: the key is
    /// only ever built from the framework.
    pub fn set_milestone_status(
        &mut self,
        framework: &Framework,
        role: &RoleRef,
        milestone: &str,
        status: MilestoneStatus,
        now: &str,
    ) {
        if !has_milestone(framework, role, milestone) {
            return;
        }
        let progress = self.progress_entry(milestone_key(role, milestone));
        progress.status = status;
        progress.updated = now.to_string();
    }

    /// Adds evidence to a milestone; its status stays as the person set it.
    pub fn add_milestone_evidence(
        &mut self,
        framework: &Framework,
        role: &RoleRef,
        milestone: &str,
        evidence: Evidence,
        now: &str,
    ) {
        if !has_milestone(framework, role, milestone) {
            return;
        }
        let progress = self.progress_entry(milestone_key(role, milestone));
        progress.evidence.push(evidence);
        progress.updated = now.to_string();
    }

    /// Removes one piece of evidence, found by its content.
    pub fn remove_milestone_evidence(&mut self, key: &str, evidence: &Evidence, now: &str) {
        if let Some(progress) = self.milestones.get_mut(key) {
            if let Some(at) = progress.evidence.iter().position(|e| e == evidence) {
                progress.evidence.remove(at);
                progress.updated = now.to_string();
            }
        }
    }

    /// The evidence recorded for a milestone key.
    pub fn milestone_evidence(&self, key: &str) -> &[Evidence] {
        self.milestones.get(key).map(|m| m.evidence.as_slice()).unwrap_or_default()
    }

    fn progress_entry(&mut self, key: String) -> &mut MilestoneProgress {
        self.milestones.entry(key).or_insert_with(|| MilestoneProgress {
            status: MilestoneStatus::NotStarted,
            evidence: Vec::new(),
            updated: String::new(),
        })
    }
}

/// Whether `role` has a milestone with this ID.
pub(super) fn has_milestone(framework: &Framework, role: &RoleRef, milestone: &str) -> bool {
    framework.level(role).is_some_and(|(_, level)| level.milestones.iter().any(|m| m.id == milestone))
}
