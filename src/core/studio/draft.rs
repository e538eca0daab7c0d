//! The draft an author opened in the studio, and how it is kept on the device: one versioned
//! JSON document under [`DRAFT_KEY`], written and read by the same `Session` that keeps the
//! person's assessment, so a failed write keeps the draft on screen and stored data that
//! can't be read is moved aside, never overwritten.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::core::assessment::session_data::SessionData;
use crate::core::assessment::storage::{Change, ReadError};

/// Where the studio keeps the open draft. Not under `mosaic:assessment:` or `mosaic:review:`,
/// so nothing done to personal data touches it, and the other way round.
pub const DRAFT_KEY: &str = "mosaic:studio:draft";

/// Marks a JSON document as the studio's kept draft.
pub const DRAFT_KIND: &str = "mosaic-studio-draft";

/// The kept draft document's version.
pub const DRAFT_VERSION: u32 = 1;

/// A framework file as the author opened it: its text exactly as read, where it came from,
/// and when it was opened.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Draft {
    /// The file's name; `None` when the text was pasted.
    pub file_name: Option<String>,
    /// When it was opened (ISO date-time, UTC).
    pub opened_at: String,
    /// The file's text, byte for byte: problems are located by line and column in it.
    pub text: String,
}

/// Why nothing was opened: the file or the pasted text holds nothing but white space.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NothingToOpen;

impl Draft {
    /// A draft of `text`, read from the file `file_name` (or pasted, `None`) at `now`.
    pub fn open(file_name: Option<String>, text: String, now: &str) -> Result<Draft, NothingToOpen> {
        if text.trim().is_empty() {
            return Err(NothingToOpen);
        }
        let file_name = file_name.filter(|name| !name.trim().is_empty());
        Ok(Draft { file_name, opened_at: now.to_string(), text })
    }

    /// How many lines the text has, as an editor counts them (a final newline ends the
    /// last line rather than starting one).
    pub fn line_count(&self) -> usize {
        self.text.lines().count()
    }
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct DraftDocument {
    kind: String,
    schema_version: u32,
    /// When this copy was written (ISO date-time).
    saved_at: String,
    /// Set when this copy was written over data that couldn't be read (kept aside under
    /// this key).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    recovered_from: Option<String>,
    draft: Option<Draft>,
}

fn corrupted(path: &str, detail: String) -> ReadError {
    ReadError::Corrupted { path: path.into(), detail }
}

/// What the studio keeps: the open draft, or none. A draft doesn't depend on any framework,
/// so it is kept against nothing and reading it never changes it.
impl SessionData for Option<Draft> {
    type Against = ();

    fn decode_stored(raw: &str) -> Result<(Self, Option<String>), ReadError> {
        let value: Value = serde_json::from_str(raw)
            .map_err(|err| corrupted("", format!("it is not valid JSON ({err}).")))?;
        if value.get("kind").and_then(Value::as_str) != Some(DRAFT_KIND) {
            return Err(corrupted("kind", format!("it is not a studio draft (\"kind\": \"{DRAFT_KIND}\").")));
        }
        match value.get("schema_version").and_then(Value::as_u64) {
            Some(v) if v == u64::from(DRAFT_VERSION) => {}
            Some(v) if v > u64::from(DRAFT_VERSION) => {
                return Err(corrupted(
                    "schema_version",
                    format!("it was saved by a newer version of Mosaic (draft version {v}; this one reads {DRAFT_VERSION})."),
                ))
            }
            _ => return Err(corrupted("schema_version", "the draft version is missing or wrong.".into())),
        }
        let document: DraftDocument = serde_path_to_error::deserialize(&value)
            .map_err(|err| corrupted(&err.path().to_string(), format!("{}.", err.inner())))?;
        Ok((document.draft, document.recovered_from))
    }

    fn encode_stored(&self, saved_at: &str, recovered_from: Option<&str>) -> String {
        let document = DraftDocument {
            kind: DRAFT_KIND.to_string(),
            schema_version: DRAFT_VERSION,
            saved_at: saved_at.to_string(),
            recovered_from: recovered_from.map(str::to_string),
            draft: self.clone(),
        };
        // Compact: a large framework's text is stored once, without indentation around it.
        serde_json::to_string(&document).expect("a draft always serializes")
    }

    fn reconcile(self, _: &()) -> (Self, Vec<Change>) {
        (self, Vec::new())
    }

    /// After a recovery from unreadable data, what this tab shows may be the only copy of
    /// the draft: the one on screen wins over a stored one.
    fn merge(stored: Self, screen: Self) -> Self {
        screen.or(stored)
    }
}
