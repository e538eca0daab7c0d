//! Evidence as the person enters it: a note is required; a link, when given, is a web
//! address; a date, when given, is a calendar date.

use super::model::Evidence;
use crate::core::framework::is_iso_date;

/// Why a piece of evidence can't be added.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EvidenceError {
    /// The note is empty: evidence needs at least a sentence.
    EmptyNote,
    /// The link is not an `http(s)://` address.
    LinkNotWeb,
    /// The date is not YYYY-MM-DD.
    BadDate,
}

impl std::fmt::Display for EvidenceError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            EvidenceError::EmptyNote => "the note is empty",
            EvidenceError::LinkNotWeb => "the link is not a web address (http:// or https://)",
            EvidenceError::BadDate => "the date is not a calendar date (YYYY-MM-DD)",
        })
    }
}

impl std::error::Error for EvidenceError {}

impl Evidence {
    /// Checks and trims what the person typed.
    pub fn new(note: &str, link: &str, date: &str) -> Result<Evidence, EvidenceError> {
        let (note, link, date) = (note.trim(), link.trim(), date.trim());
        if note.is_empty() {
            return Err(EvidenceError::EmptyNote);
        }
        if !link.is_empty() && !is_web_link(link) {
            return Err(EvidenceError::LinkNotWeb);
        }
        if !date.is_empty() && !is_iso_date(date) {
            return Err(EvidenceError::BadDate);
        }
        Ok(Evidence { note: note.to_string(), link: link.to_string(), date: date.to_string() })
    }

    /// The link, when it is safe to open as one: anything else (say `javascript:`) stays text.
    pub fn web_link(&self) -> Option<&str> {
        is_web_link(&self.link).then_some(self.link.as_str())
    }
}

fn is_web_link(link: &str) -> bool {
    let lower = link.to_ascii_lowercase();
    lower.starts_with("https://") || lower.starts_with("http://")
}
