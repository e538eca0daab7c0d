//! Where the stored document lives, as the core sees it: a key-value store of strings
//! that can be unavailable, full, or fail. The browser's localStorage is one; tests use
//! one in memory with faults injected.

/// How a store can fail.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoreError {
    /// The browser refuses storage to this page (private mode, disabled, blocked).
    Unavailable(String),
    /// The quota is used up.
    Full,
    /// Any other failure, with the browser's words.
    Failed(String),
}

impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StoreError::Unavailable(why) => {
                write!(f, "this browser does not let the page store data ({why})")
            }
            StoreError::Full => write!(f, "the browser's storage for this site is full"),
            StoreError::Failed(why) => write!(f, "the browser could not store the data ({why})"),
        }
    }
}

impl std::error::Error for StoreError {}

/// A key-value store of strings.
pub trait Store {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError>;
    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError>;
    fn remove(&mut self, key: &str) -> Result<(), StoreError>;
    /// Every key in the store.
    fn keys(&self) -> Result<Vec<String>, StoreError>;
}

/// Where a framework's assessment is stored: one per framework, so another organization's
/// framework on the same origin never touches it.
pub fn storage_key(framework_id: &str) -> String {
    format!("{KEY_PREFIX}{framework_id}")
}

/// Every stored assessment's key starts with this.
pub const KEY_PREFIX: &str = "mosaic:assessment:";

/// Every manager's review of someone else starts with this. It is not a prefix of
/// [`KEY_PREFIX`] nor has it as one, so nothing done to the person's own assessment (open,
/// save, delete, list the stored copies) ever touches a review, and the other way round.
pub const REVIEW_KEY_PREFIX: &str = "mosaic:review:";

/// Where a framework's reviews are stored: then the person's slug (see `person_slug`).
pub fn review_prefix(framework_id: &str) -> String {
    format!("{REVIEW_KEY_PREFIX}{framework_id}:")
}

/// Where the review of one person, against one framework, is stored.
pub fn review_key(framework_id: &str, person_slug: &str) -> String {
    format!("{}{person_slug}", review_prefix(framework_id))
}

/// Copies of unreadable data kept aside for `key` start with this; the rest is the time.
pub fn kept_aside_prefix(key: &str) -> String {
    format!("{key}:unreadable:")
}

/// Whether `stored` belongs to the data of `key`: the key itself or a copy kept aside for
/// it, and nothing else (`acme` never claims `acme-uk`'s data).
pub fn belongs_to(stored: &str, key: &str) -> bool {
    stored == key || stored.starts_with(&kept_aside_prefix(key))
}
