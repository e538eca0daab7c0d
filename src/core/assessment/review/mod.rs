//! A manager's review of someone else: the person's own ratings and evidence from the file
//! they exported (read only), and the manager's ratings of them, kept apart from the
//! manager's own self-assessment under a storage key of its own (`store::review_key`). The
//! manager's ratings are an ordinary [`Assessment`], so the file exported from a review
//! opens in the person's side-by-side ("360") view like any other.

mod document;
mod list;

use super::model::{Assessment, Evidence, Profile};
use super::ratings::RateError;
use super::storage::{encode, stamp};
use crate::core::framework::Framework;

pub use document::{REVIEW_KIND, REVIEW_VERSION};
pub use list::{stored_reviews, StoredReview};

/// One review: who, what they said of themselves, and what the manager says.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Review {
    /// The person being rated, as the manager named them.
    pub person: String,
    /// The person's own ratings and evidence, from their exported file; `None` until one is
    /// loaded. Only ratings (with evidence) and their current role are kept: their notes,
    /// plan and history stay theirs.
    pub theirs: Option<Assessment>,
    /// The manager's ratings of the person, with the manager's own evidence.
    pub manager: Assessment,
}

/// Why a name can't start a review.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameError {
    /// No letter or digit in it.
    Empty,
}

/// The part of a review's storage key (and URL) that names the person: letters and digits
/// lower-cased, every other run of characters one "-". Two spellings of one name ("Ana
/// Lima", "ana  lima") are one review.
pub fn person_slug(name: &str) -> Result<String, NameError> {
    let mut slug = String::new();
    for c in name.trim().chars() {
        if c.is_alphanumeric() {
            slug.extend(c.to_lowercase());
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    let slug = slug.trim_end_matches('-').to_string();
    if slug.is_empty() {
        Err(NameError::Empty)
    } else {
        Ok(slug)
    }
}

impl Review {
    /// A review of `person` with nothing rated yet.
    pub fn new(person: &str, framework: &Framework) -> Review {
        Review {
            person: person.trim().to_string(),
            theirs: None,
            manager: Assessment { framework: stamp(framework), ..Default::default() },
        }
    }

    /// Takes the person's exported file, already read for this framework (see
    /// `storage::read_import`), in place of any loaded before. Their ratings and evidence
    /// are kept; nothing else of theirs is.
    pub fn load_their_file(&mut self, file: Assessment) {
        self.theirs = Some(Assessment {
            framework: file.framework,
            profile: Profile { current_role: file.profile.current_role, ..Default::default() },
            ratings: file.ratings,
            ..Default::default()
        });
    }

    /// The manager rates a competency on its own scale.
    pub fn rate(
        &mut self,
        framework: &Framework,
        competency: &str,
        proficiency: &str,
        now: &str,
    ) -> Result<(), RateError> {
        self.manager.rate(framework, competency, proficiency, now)
    }

    /// The manager clears their rating of a competency (their evidence stays).
    pub fn unrate(&mut self, competency: &str, now: &str) {
        self.manager.unrate(competency, now)
    }

    /// The manager adds a comment or evidence of their own to a competency.
    pub fn add_evidence(&mut self, competency: &str, evidence: Evidence, now: &str) {
        self.manager.add_rating_evidence(competency, evidence, now)
    }

    pub fn remove_evidence(&mut self, competency: &str, evidence: &Evidence, now: &str) {
        self.manager.remove_rating_evidence(competency, evidence, now)
    }

    /// The person's own level for a competency, from their file.
    pub fn their_proficiency(&self, competency: &str) -> Option<&str> {
        self.theirs.as_ref().and_then(|t| t.proficiency(competency))
    }

    /// The person's own evidence for a competency, from their file.
    pub fn their_evidence(&self, competency: &str) -> &[Evidence] {
        self.theirs.as_ref().map(|t| t.rating_evidence(competency)).unwrap_or_default()
    }

    /// The file to send the person: the manager's ratings as an ordinary assessment
    /// document, which their side-by-side view reads.
    pub fn export(&self, now: &str) -> String {
        encode(&self.manager, now)
    }
}
