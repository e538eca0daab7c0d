//! What a [`Session`](super::session::Session) can keep: the person's own assessment, or a
//! manager's review of someone else. Each is one versioned document under one storage key;
//! this is how the session reads, writes, reconciles and joins it, so both get the same
//! no-data-loss rules without a second copy of them. The studio's draft (`core::studio`) is
//! kept by the same session, against nothing.

use super::model::Assessment;
use super::storage::{decode_stored, encode_stored, merge, reconcile, Change, ReadError};
use crate::core::framework::Framework;

pub trait SessionData: Clone + Default + 'static {
    /// What stored data is brought in line with when read: the framework for an assessment
    /// or a review; nothing (`()`) for data that doesn't depend on it.
    type Against: ?Sized;

    /// Reads stored text: the data, and the recovery from unreadable data this copy was
    /// written over (see `Stored::recovered_from`).
    fn decode_stored(raw: &str) -> Result<(Self, Option<String>), ReadError>;

    /// The text to store, noting the recovery it descends from, if any.
    fn encode_stored(&self, saved_at: &str, recovered_from: Option<&str>) -> String;

    /// Brought in line with the framework as it is now, with what that changed.
    fn reconcile(self, against: &Self::Against) -> (Self, Vec<Change>);

    /// `screen` (a tab's copy that may be the only one of something) joined into `stored`.
    fn merge(stored: Self, screen: Self) -> Self;
}

impl SessionData for Assessment {
    type Against = Framework;

    fn decode_stored(raw: &str) -> Result<(Self, Option<String>), ReadError> {
        decode_stored(raw).map(|stored| (stored.assessment, stored.recovered_from))
    }

    fn encode_stored(&self, saved_at: &str, recovered_from: Option<&str>) -> String {
        encode_stored(self, saved_at, recovered_from)
    }

    fn reconcile(self, framework: &Framework) -> (Self, Vec<Change>) {
        reconcile(self, framework)
    }

    fn merge(stored: Self, screen: Self) -> Self {
        merge(stored, screen)
    }
}
