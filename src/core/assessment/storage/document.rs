//! The stored or exported document: one JSON object with its kind, data version and the
//! assessment. Reading checks the kind and version and migrates older versions.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::migrations::{migrate, SCHEMA_VERSION};
use crate::core::assessment::Assessment;
use crate::core::framework::Framework;

/// Marks a JSON document as a Mosaic assessment.
pub const KIND: &str = "mosaic-assessment";

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Document {
    kind: String,
    schema_version: u32,
    /// When this copy was written (ISO date-time).
    saved_at: String,
    /// Set when this copy was written over data that couldn't be read (kept aside under
    /// this key): tabs that were open before then may hold the only copy of some of it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    recovered_from: Option<String>,
    assessment: Assessment,
}

/// A stored document as read: the assessment and what the document says about its copy.
#[derive(Debug, Clone, PartialEq)]
pub struct Stored {
    pub assessment: Assessment,
    pub recovered_from: Option<String>,
}

/// Why stored or imported data can't be used as it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadError {
    /// Not JSON, or JSON of the wrong shape; `path` locates it when known.
    Corrupted { path: String, detail: String },
    /// JSON, but not a Mosaic assessment.
    NotAnAssessment,
    /// Written by a newer version of Mosaic than this one.
    NewerVersion { found: u32 },
    /// Made against another organization's framework.
    WrongFramework { found: String, expected: String },
}

impl std::fmt::Display for ReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ReadError::Corrupted { path, detail } if path.is_empty() => write!(f, "The data is damaged: {detail}"),
            ReadError::Corrupted { path, detail } => write!(f, "The data is damaged at {path}: {detail}"),
            ReadError::NotAnAssessment => {
                write!(f, "This is not a Mosaic assessment: it has no \"kind\": \"{KIND}\".")
            }
            ReadError::NewerVersion { found } => write!(
                f,
                "It was saved by a newer version of Mosaic (data version {found}; this one reads up to {SCHEMA_VERSION})."
            ),
            ReadError::WrongFramework { found, expected } => write!(
                f,
                "It was made for the framework \"{found}\", not for this one (\"{expected}\")."
            ),
        }
    }
}

impl std::error::Error for ReadError {}

/// The document for storage or export.
pub fn encode(assessment: &Assessment, saved_at: &str) -> String {
    encode_stored(assessment, saved_at, None)
}

/// The document for storage, noting the recovery it descends from, if any.
pub fn encode_stored(assessment: &Assessment, saved_at: &str, recovered_from: Option<&str>) -> String {
    let document = Document {
        kind: KIND.to_string(),
        schema_version: SCHEMA_VERSION,
        saved_at: saved_at.to_string(),
        recovered_from: recovered_from.map(str::to_string),
        assessment: assessment.clone(),
    };
    serde_json::to_string_pretty(&document).expect("an assessment always serializes")
}

/// Reads a stored or exported document, migrating older versions.
pub fn decode(text: &str) -> Result<Assessment, ReadError> {
    decode_stored(text).map(|stored| stored.assessment)
}

/// Reads a stored document with what it says about its copy.
pub fn decode_stored(text: &str) -> Result<Stored, ReadError> {
    let value: Value = serde_json::from_str(text).map_err(|err| ReadError::Corrupted {
        path: String::new(),
        detail: format!("it is not valid JSON ({err})."),
    })?;
    if value.get("kind").and_then(Value::as_str) != Some(KIND) {
        return Err(ReadError::NotAnAssessment);
    }
    let version = value.get("schema_version").and_then(Value::as_u64).ok_or_else(|| {
        ReadError::Corrupted { path: "schema_version".into(), detail: "the data version is missing.".into() }
    })?;
    let version = u32::try_from(version).unwrap_or(u32::MAX);
    if version > SCHEMA_VERSION {
        return Err(ReadError::NewerVersion { found: version });
    }
    if version == 0 {
        return Err(ReadError::Corrupted {
            path: "schema_version".into(),
            detail: "version 0 does not exist.".into(),
        });
    }
    let value = migrate(value, version);
    let document: Document = serde_path_to_error::deserialize(&value).map_err(|err| {
        ReadError::Corrupted { path: err.path().to_string(), detail: format!("{}.", err.inner()) }
    })?;
    Ok(Stored { assessment: document.assessment, recovered_from: document.recovered_from })
}

/// Reads an imported file for this framework.
pub fn decode_for(text: &str, framework: &Framework) -> Result<Assessment, ReadError> {
    let assessment = decode(text)?;
    if assessment.framework.id != framework.meta.id {
        return Err(ReadError::WrongFramework {
            found: assessment.framework.id,
            expected: framework.meta.id.clone(),
        });
    }
    Ok(assessment)
}
