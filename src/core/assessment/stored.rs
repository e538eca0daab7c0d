//! Every assessment stored on this device, seen without a framework: the way out when the
//! framework file can't be loaded, so a typo by an author never locks anyone out of their
//! own data. Keys are read as text; nothing here trusts a framework ID.

use super::storage::{decode, ReadError};
use super::store::{kept_aside_prefix, Store, StoreError, KEY_PREFIX};

/// One stored copy of an assessment, as found under its key.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredCopy {
    /// The exact storage key: deleting removes this key and no other.
    pub key: String,
    /// The framework it was made for, as written in the key.
    pub framework_id: String,
    /// When it was kept aside because it couldn't be read; `None` for the copy in use.
    pub kept_aside_at: Option<String>,
    /// What it holds, or why it can't be read.
    pub contents: Result<Holdings, ReadError>,
    /// The stored text, exported as it is.
    pub raw: String,
}

/// How much a readable copy holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Holdings {
    pub ratings: usize,
    pub milestones: usize,
    pub snapshots: usize,
    pub plan_actions: usize,
}

impl StoredCopy {
    /// Reads the copy stored as `raw` under `key`; `None` when the key isn't an assessment's.
    pub fn read(key: &str, raw: &str) -> Option<StoredCopy> {
        let rest = key.strip_prefix(KEY_PREFIX)?;
        // What a kept-aside copy's key adds between the framework ID and the time.
        let kept_aside = kept_aside_prefix("");
        let (framework_id, kept_aside_at) = match rest.split_once(&kept_aside) {
            Some((id, at)) => (id, Some(at.to_string())),
            None => (rest, None),
        };
        let contents = decode(raw).map(|a| Holdings {
            ratings: a.rated_count(),
            milestones: a.milestones.len(),
            snapshots: a.snapshots.len(),
            plan_actions: a.plan.actions.len(),
        });
        Some(StoredCopy {
            key: key.to_string(),
            framework_id: framework_id.to_string(),
            kept_aside_at,
            contents,
            raw: raw.to_string(),
        })
    }

    /// Deletes this copy: its own key and nothing else, never by prefix (one framework's ID
    /// can start another's).
    pub fn delete(&self, store: &mut dyn Store) -> Result<(), StoreError> {
        store.remove(&self.key)
    }

    /// A file name for exporting this copy: the framework ID, and the time for a copy kept
    /// aside, with anything a file system might refuse replaced by "-".
    pub fn export_file_name(&self) -> String {
        let mut name = format!("mosaic-assessment-{}", self.framework_id);
        if let Some(at) = &self.kept_aside_at {
            name.push_str("-unreadable-");
            name.push_str(at);
        }
        let safe: String = name
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.') { c } else { '-' })
            .collect();
        format!("{safe}.json")
    }
}

/// Every assessment in `store`, ordered by key so each framework's copy in use comes
/// before the copies kept aside for it.
pub fn stored_copies(store: &dyn Store) -> Result<Vec<StoredCopy>, StoreError> {
    let mut copies = Vec::new();
    for key in store.keys()?.into_iter().filter(|key| key.starts_with(KEY_PREFIX)) {
        if let Some(raw) = store.get(&key)? {
            copies.extend(StoredCopy::read(&key, &raw));
        }
    }
    copies.sort_by(|a, b| a.key.cmp(&b.key));
    Ok(copies)
}
