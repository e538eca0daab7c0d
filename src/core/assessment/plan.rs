//! Operations on the development plan: which tracks a path may enter (the defaults until the
//! person chooses; people management only when chosen, and choosing a management role as the
//! target is that choice), adding actions from learning, milestones, gaps or the person's own words,
//! changing and removing them, and check-ins.

use std::fmt;

use super::model::{milestone_key, Action, ActionStatus, Assessment, CheckIn, DevelopmentPlan, Rating};
use crate::core::framework::{Framework, LearningOpportunity, Milestone, RoleRef};
use crate::core::planner::Constraints;

/// Why an action was not added.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotAdded {
    /// The title is empty or only spaces.
    EmptyTitle,
    /// The plan already has an action for it: the learning opportunity, the milestone or the
    /// competency. Holds that action's ID.
    AlreadyPlanned { action: String },
}

impl fmt::Display for NotAdded {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            NotAdded::EmptyTitle => f.write_str("the action has no title"),
            NotAdded::AlreadyPlanned { action } => write!(f, "already in the plan as action {action}"),
        }
    }
}

impl std::error::Error for NotAdded {}

/// A check-in was not added: its note is empty or only spaces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EmptyNote;

impl fmt::Display for EmptyNote {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("the check-in has no note")
    }
}

impl std::error::Error for EmptyNote {}

impl DevelopmentPlan {
    /// The action for a learning opportunity (by its ID), if planned.
    pub fn action_for_learning(&self, learning: &str) -> Option<&Action> {
        self.actions.iter().find(|a| a.learning.as_deref() == Some(learning))
    }

    /// The action working towards a milestone (by its key, see [`milestone_key`]), if planned.
    pub fn action_for_milestone(&self, key: &str) -> Option<&Action> {
        self.actions.iter().find(|a| a.milestones.iter().any(|m| m == key))
    }

    /// The first action developing a competency (by its ID), if any: a gap in it is planned.
    pub fn action_for_gap(&self, competency: &str) -> Option<&Action> {
        self.actions.iter().find(|a| a.competencies.iter().any(|c| c == competency))
    }

    /// Adds a learning opportunity of the framework, developing what it grows. Returns the
    /// new action's ID.
    pub fn add_learning(&mut self, opportunity: &LearningOpportunity, now: &str) -> Result<String, NotAdded> {
        if let Some(existing) = self.action_for_learning(&opportunity.id) {
            return Err(NotAdded::AlreadyPlanned { action: existing.id.clone() });
        }
        let competencies = opportunity.grows.iter().map(|g| g.competency.clone()).collect();
        Ok(self.push(&opportunity.title, Some(opportunity.id.clone()), competencies, Vec::new(), "", now))
    }

    /// Adds working towards a milestone of `role`. Returns the new action's ID.
    pub fn add_milestone(
        &mut self,
        role: &RoleRef,
        milestone: &Milestone,
        now: &str,
    ) -> Result<String, NotAdded> {
        let key = milestone_key(role, &milestone.id);
        if let Some(existing) = self.action_for_milestone(&key) {
            return Err(NotAdded::AlreadyPlanned { action: existing.id.clone() });
        }
        Ok(self.push(&milestone.title, None, Vec::new(), vec![key], "", now))
    }

    /// Adds an action closing a gap in `competency`, titled by the caller. Returns the new
    /// action's ID.
    pub fn add_for_gap(&mut self, competency: &str, title: &str, now: &str) -> Result<String, NotAdded> {
        if let Some(existing) = self.action_for_gap(competency) {
            return Err(NotAdded::AlreadyPlanned { action: existing.id.clone() });
        }
        if title.trim().is_empty() {
            return Err(NotAdded::EmptyTitle);
        }
        Ok(self.push(title, None, vec![competency.to_string()], Vec::new(), "", now))
    }

    /// Adds the person's own action, optionally developing a competency, by an optional
    /// date (empty when open-ended). Returns the new action's ID.
    pub fn add_own(
        &mut self,
        title: &str,
        competency: Option<&str>,
        target_date: &str,
        now: &str,
    ) -> Result<String, NotAdded> {
        if title.trim().is_empty() {
            return Err(NotAdded::EmptyTitle);
        }
        let competencies = competency.into_iter().map(str::to_string).collect();
        Ok(self.push(title, None, competencies, Vec::new(), target_date, now))
    }

    fn push(
        &mut self,
        title: &str,
        learning: Option<String>,
        competencies: Vec<String>,
        milestones: Vec<String>,
        target_date: &str,
        now: &str,
    ) -> String {
        let id = self.next_id("a");
        self.actions.push(Action {
            id: id.clone(),
            title: title.trim().to_string(),
            learning,
            competencies,
            milestones,
            target_date: target_date.to_string(),
            status: ActionStatus::Planned,
            updated: now.to_string(),
        });
        id
    }

    /// Sets an action's status; false when there is no such action.
    pub fn set_action_status(&mut self, id: &str, status: ActionStatus, now: &str) -> bool {
        self.change_action(id, now, |a| a.status = status)
    }

    /// Sets an action's target date (empty when open-ended); false when there is no such action.
    pub fn set_action_date(&mut self, id: &str, date: &str, now: &str) -> bool {
        self.change_action(id, now, |a| a.target_date = date.to_string())
    }

    fn change_action(&mut self, id: &str, now: &str, change: impl FnOnce(&mut Action)) -> bool {
        let Some(action) = self.actions.iter_mut().find(|a| a.id == id) else { return false };
        change(action);
        action.updated = now.to_string();
        true
    }

    /// Removes an action; false when there is no such action.
    pub fn remove_action(&mut self, id: &str) -> bool {
        let before = self.actions.len();
        self.actions.retain(|a| a.id != id);
        self.actions.len() != before
    }

    /// Adds a dated note; check-ins stay in date order (a new one after others of its date).
    /// Returns the new check-in's ID.
    pub fn add_checkin(&mut self, date: &str, note: &str) -> Result<String, EmptyNote> {
        let note = note.trim();
        if note.is_empty() {
            return Err(EmptyNote);
        }
        let id = self.next_id("c");
        let at = self.checkins.partition_point(|c| c.date.as_str() <= date);
        self.checkins.insert(at, CheckIn { id: id.clone(), date: date.to_string(), note: note.to_string() });
        Ok(id)
    }
}

impl Assessment {
    /// The tracks a plan excludes until the person chooses: those they avoid, and every
    /// people-management track they haven't said they are drawn to. In framework order.
    pub fn default_excluded_tracks(&self, framework: &Framework) -> Vec<String> {
        let profile = &self.profile;
        framework
            .tracks
            .iter()
            .filter(|t| {
                profile.avoid.contains(&t.id) || (t.manages_people && !profile.drawn_to.contains(&t.id))
            })
            .map(|t| t.id.clone())
            .collect()
    }

    /// The tracks a path may not enter: the person's choice once they made one, else the
    /// defaults (see [`Assessment::default_excluded_tracks`]).
    pub fn excluded_tracks(&self, framework: &Framework) -> Vec<String> {
        if self.plan.tracks_chosen {
            self.plan.constraints.excluded_tracks.clone()
        } else {
            self.default_excluded_tracks(framework)
        }
    }

    /// The people-management track the plan's target opens, if any: choosing a management
    /// role as the target is choosing people management, so its own track is open to the
    /// path whatever the exclusions say. Every other management track stays closed unless
    /// the person opened it (drawn to it, or unticked it). `None` when the target's track
    /// doesn't manage people or is open anyway.
    pub fn track_opened_by_target<'f>(&self, framework: &'f Framework) -> Option<&'f str> {
        let target = self.plan.target.as_ref()?;
        let track = framework.track(&target.track).filter(|t| t.manages_people)?;
        self.excluded_tracks(framework).contains(&track.id).then_some(track.id.as_str())
    }

    /// The constraints to plan with: the stored ones, with the tracks excluded now, less the
    /// management track the target opens (see [`Assessment::track_opened_by_target`]).
    pub fn plan_constraints(&self, framework: &Framework) -> Constraints {
        let mut excluded_tracks = self.excluded_tracks(framework);
        if let Some(opened) = self.track_opened_by_target(framework) {
            excluded_tracks.retain(|t| t != opened);
        }
        Constraints { excluded_tracks, ..self.plan.constraints.clone() }
    }

    /// Excludes a track from paths, or allows it. This is the person's choice from now on:
    /// the defaults no longer apply, whatever else the plan holds.
    pub fn exclude_track(&mut self, framework: &Framework, track: &str, excluded: bool) {
        let mut tracks = self.excluded_tracks(framework);
        tracks.retain(|t| t != track);
        if excluded {
            tracks.push(track.to_string());
        }
        // Framework order, so the same choice is stored the same way.
        tracks.sort_by_key(|t| framework.tracks.iter().position(|x| &x.id == t));
        self.plan.constraints.excluded_tracks = tracks;
        self.plan.tracks_chosen = true;
    }

    /// Only what path planning reads: ratings (without evidence), milestone statuses, the
    /// profile and the plan's target and constraints. Planning from this gives the same
    /// answer as from the whole assessment, so the app replans only when one of these changes.
    pub fn for_planning(&self) -> Assessment {
        let mut planning = Assessment { profile: self.profile.clone(), ..Assessment::default() };
        planning.ratings = self
            .ratings
            .iter()
            .map(|(id, r)| (id.clone(), Rating { evidence: Vec::new(), updated: String::new(), ..r.clone() }))
            .collect();
        planning.milestones = self
            .milestones
            .iter()
            .map(|(key, m)| {
                let mut status = m.clone();
                status.evidence.clear();
                status.updated.clear();
                (key.clone(), status)
            })
            .collect();
        planning.plan = DevelopmentPlan {
            target: self.plan.target.clone(),
            constraints: self.plan.constraints.clone(),
            tracks_chosen: self.plan.tracks_chosen,
            ..DevelopmentPlan::default()
        };
        planning
    }
}
