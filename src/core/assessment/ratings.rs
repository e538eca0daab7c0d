//! Rating competencies and the evidence behind them. Evidence may come before a level:
//! such a rating has no proficiency (`None`) and counts as not rated.

use super::model::{Assessment, Evidence, Rating};
use crate::core::framework::Framework;

/// Why a rating can't be recorded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RateError {
    UnknownCompetency(String),
    UnknownProficiency(String),
}

impl std::fmt::Display for RateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RateError::UnknownCompetency(id) => write!(f, "the framework has no competency “{id}”"),
            RateError::UnknownProficiency(id) => write!(f, "the framework's scale has no level “{id}”"),
        }
    }
}

impl std::error::Error for RateError {}

impl Assessment {
    /// Rates a competency at a level of the framework's scale; its evidence stays.
    pub fn rate(
        &mut self,
        framework: &Framework,
        competency: &str,
        proficiency: &str,
        now: &str,
    ) -> Result<(), RateError> {
        if framework.competency(competency).is_none() {
            return Err(RateError::UnknownCompetency(competency.to_string()));
        }
        if framework.proficiency_rank(competency, proficiency).is_none() {
            return Err(RateError::UnknownProficiency(proficiency.to_string()));
        }
        let rating = self.rating_entry(competency);
        rating.proficiency = Some(proficiency.to_string());
        rating.updated = now.to_string();
        Ok(())
    }

    /// Clears the level. Evidence is kept (nothing typed is lost); a rating with neither
    /// level nor evidence is removed.
    pub fn unrate(&mut self, competency: &str, now: &str) {
        if let Some(rating) = self.ratings.get_mut(competency) {
            rating.proficiency = None;
            rating.updated = now.to_string();
            if rating.evidence.is_empty() {
                self.ratings.remove(competency);
            }
        }
    }

    /// Adds evidence to a competency, rated or not yet.
    pub fn add_rating_evidence(&mut self, competency: &str, evidence: Evidence, now: &str) {
        let rating = self.rating_entry(competency);
        rating.evidence.push(evidence);
        rating.updated = now.to_string();
    }

    /// Replaces one piece of evidence (found by its content, so an edit made in one tab
    /// never lands on another piece after another tab changed the list).
    pub fn edit_rating_evidence(&mut self, competency: &str, old: &Evidence, new: Evidence, now: &str) {
        if let Some(rating) = self.ratings.get_mut(competency) {
            if let Some(slot) = rating.evidence.iter_mut().find(|e| *e == old) {
                *slot = new;
                rating.updated = now.to_string();
            }
        }
    }

    /// Removes one piece of evidence; a rating left with neither level nor evidence goes.
    pub fn remove_rating_evidence(&mut self, competency: &str, evidence: &Evidence, now: &str) {
        if let Some(rating) = self.ratings.get_mut(competency) {
            if let Some(at) = rating.evidence.iter().position(|e| e == evidence) {
                rating.evidence.remove(at);
                rating.updated = now.to_string();
            }
            if rating.proficiency.is_none() && rating.evidence.is_empty() {
                self.ratings.remove(competency);
            }
        }
    }

    /// The evidence recorded for a competency.
    pub fn rating_evidence(&self, competency: &str) -> &[Evidence] {
        self.ratings.get(competency).map(|r| r.evidence.as_slice()).unwrap_or_default()
    }

    /// How many competencies have a level.
    pub fn rated_count(&self) -> usize {
        self.ratings.values().filter(|r| r.proficiency.is_some()).count()
    }

    fn rating_entry(&mut self, competency: &str) -> &mut Rating {
        self.ratings.entry(competency.to_string()).or_insert_with(|| Rating {
            proficiency: None,
            evidence: Vec::new(),
            updated: String::new(),
        })
    }
}
