//! What the people using the app call the framework's and the person's kinds and states:
//! the core names them by ID, the pages by these words.

use crate::core::assessment::{ActionStatus, MilestoneStatus};
use crate::core::framework::{LearningKind, MobilityKind};

/// A kind or state as a person reads it, capitalised to start a label or a list item.
pub trait Label {
    fn label(self) -> &'static str;
}

impl Label for MilestoneStatus {
    fn label(self) -> &'static str {
        match self {
            MilestoneStatus::NotStarted => "Not started",
            MilestoneStatus::InProgress => "In progress",
            MilestoneStatus::Achieved => "Achieved",
        }
    }
}

impl Label for ActionStatus {
    fn label(self) -> &'static str {
        match self {
            ActionStatus::Planned => "Planned",
            ActionStatus::InProgress => "In progress",
            ActionStatus::Done => "Done",
            ActionStatus::Dropped => "Dropped",
        }
    }
}

impl Label for LearningKind {
    fn label(self) -> &'static str {
        match self {
            LearningKind::Course => "Course",
            LearningKind::Mentoring => "Mentoring",
            LearningKind::OnTheJob => "On the job",
            LearningKind::StretchAssignment => "Stretch assignment",
            LearningKind::Rotation => "Rotation",
            LearningKind::Secondment => "Secondment",
            LearningKind::MicroCredential => "Micro-credential",
        }
    }
}

impl Label for MobilityKind {
    fn label(self) -> &'static str {
        match self {
            MobilityKind::Rotation => "Rotation",
            MobilityKind::Secondment => "Secondment",
            MobilityKind::Transfer => "Transfer",
        }
    }
}
