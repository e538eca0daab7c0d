//! How a review is stored: one JSON document with its own kind and version, holding the
//! person's name and two ordinary assessment documents (theirs and the manager's), so each
//! is read, migrated and reconciled exactly like the person's own assessment.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::Review;
use crate::core::assessment::model::Assessment;
use crate::core::assessment::session_data::SessionData;
use crate::core::assessment::storage::{decode, encode, merge, reconcile, Change, ReadError};
use crate::core::framework::Framework;

/// Marks a JSON document as a manager's review.
pub const REVIEW_KIND: &str = "mosaic-review";

/// The review document's version; the assessments inside carry their own.
pub const REVIEW_VERSION: u32 = 1;

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ReviewDocument {
    kind: String,
    schema_version: u32,
    saved_at: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    recovered_from: Option<String>,
    person: String,
    /// Their assessment document, as `storage::encode` writes it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    theirs: Option<Value>,
    /// The manager's assessment document.
    manager: Value,
}

fn assessment_document(assessment: &Assessment, saved_at: &str) -> Value {
    serde_json::from_str(&encode(assessment, saved_at)).expect("an encoded assessment is JSON")
}

/// Reads one of the assessments inside, locating a problem under its field.
fn read_assessment(field: &str, value: &Value) -> Result<Assessment, ReadError> {
    decode(&value.to_string()).map_err(|err| match err {
        ReadError::Corrupted { path, detail } => {
            let path = if path.is_empty() { field.to_string() } else { format!("{field}.{path}") };
            ReadError::Corrupted { path, detail }
        }
        other => other,
    })
}

fn corrupted(path: &str, detail: String) -> ReadError {
    ReadError::Corrupted { path: path.into(), detail }
}

impl SessionData for Review {
    type Against = Framework;

    fn decode_stored(raw: &str) -> Result<(Self, Option<String>), ReadError> {
        let value: Value = serde_json::from_str(raw)
            .map_err(|err| corrupted("", format!("it is not valid JSON ({err}).")))?;
        if value.get("kind").and_then(Value::as_str) != Some(REVIEW_KIND) {
            return Err(corrupted("kind", format!("it is not a review (\"kind\": \"{REVIEW_KIND}\").")));
        }
        match value.get("schema_version").and_then(Value::as_u64) {
            Some(v) if v == u64::from(REVIEW_VERSION) => {}
            Some(v) if v > u64::from(REVIEW_VERSION) => {
                return Err(corrupted(
                    "schema_version",
                    format!("it was saved by a newer version of Mosaic (review version {v}; this one reads {REVIEW_VERSION})."),
                ))
            }
            _ => return Err(corrupted("schema_version", "the review version is missing or wrong.".into())),
        }
        let document: ReviewDocument = serde_path_to_error::deserialize(&value)
            .map_err(|err| corrupted(&err.path().to_string(), format!("{}.", err.inner())))?;
        let theirs = document.theirs.as_ref().map(|t| read_assessment("theirs", t)).transpose()?;
        let manager = read_assessment("manager", &document.manager)?;
        Ok((Review { person: document.person, theirs, manager }, document.recovered_from))
    }

    fn encode_stored(&self, saved_at: &str, recovered_from: Option<&str>) -> String {
        let document = ReviewDocument {
            kind: REVIEW_KIND.to_string(),
            schema_version: REVIEW_VERSION,
            saved_at: saved_at.to_string(),
            recovered_from: recovered_from.map(str::to_string),
            person: self.person.clone(),
            theirs: self.theirs.as_ref().map(|t| assessment_document(t, saved_at)),
            manager: assessment_document(&self.manager, saved_at),
        };
        serde_json::to_string_pretty(&document).expect("a review always serializes")
    }

    fn reconcile(self, framework: &Framework) -> (Self, Vec<Change>) {
        let (manager, mut changes) = reconcile(self.manager, framework);
        let theirs = self.theirs.map(|theirs| {
            let (theirs, their_changes) = reconcile(theirs, framework);
            changes.extend(their_changes);
            theirs
        });
        (Review { person: self.person, theirs, manager }, changes)
    }

    fn merge(stored: Self, screen: Self) -> Self {
        Review {
            person: if stored.person.is_empty() { screen.person } else { stored.person },
            theirs: stored.theirs.or(screen.theirs),
            manager: merge(stored.manager, screen.manager),
        }
    }
}
