//! Evidence as the person enters it: a note is required; a link, when given, is a web
//! address; a date, when given, is a calendar date.

use super::model::Evidence;

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

/// YYYY-MM-DD with a real month and a day that month can have.
pub fn is_iso_date(text: &str) -> bool {
    let bytes = text.as_bytes();
    if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return false;
    }
    let number = |range: std::ops::Range<usize>| text.get(range).and_then(|t| t.parse::<u32>().ok());
    let (Some(year), Some(month), Some(day)) = (number(0..4), number(5..7), number(8..10)) else {
        return false;
    };
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&day)
}
