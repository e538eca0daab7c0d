//! Who the person is and which tracks draw or repel them. A track is drawn-to or avoided,
//! never both.

use super::model::Assessment;
use crate::core::framework::{Framework, RoleRef};

/// How the person feels about a track.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TrackPreference {
    DrawnTo,
    Avoid,
    Neutral,
}

impl Assessment {
    /// Sets (or clears) the current role; a role the framework doesn't have is ignored.
    pub fn set_current_role(&mut self, framework: &Framework, role: Option<RoleRef>) {
        if role.as_ref().is_none_or(|r| framework.level(r).is_some()) {
            self.profile.current_role = role;
        }
    }

    pub fn track_preference(&self, track: &str) -> TrackPreference {
        if self.profile.drawn_to.iter().any(|t| t == track) {
            TrackPreference::DrawnTo
        } else if self.profile.avoid.iter().any(|t| t == track) {
            TrackPreference::Avoid
        } else {
            TrackPreference::Neutral
        }
    }

    /// Drawn to or avoiding a track; choosing one clears the other.
    pub fn set_track_preference(&mut self, framework: &Framework, track: &str, preference: TrackPreference) {
        if framework.track(track).is_none() {
            return;
        }
        self.profile.drawn_to.retain(|t| t != track);
        self.profile.avoid.retain(|t| t != track);
        match preference {
            TrackPreference::DrawnTo => self.profile.drawn_to.push(track.to_string()),
            TrackPreference::Avoid => self.profile.avoid.push(track.to_string()),
            TrackPreference::Neutral => {}
        }
    }
}
