//! What publishing a draft would change in the person's own self-assessment on this device:
//! their stored assessment for the draft's framework, brought in line with the draft exactly
//! as the private pages would after publishing, with the same changes reported. Read only:
//! it takes the store by shared reference, so it can't write, move or migrate anything.

use crate::core::assessment::storage::{decode, reconcile, Change, ReadError};
use crate::core::assessment::store::{storage_key, Store, StoreError};
use crate::core::framework::Framework;

/// What the person would be told about their assessment once the draft is published.
#[derive(Debug, Clone, PartialEq)]
pub enum ChangesForMe {
    /// No self-assessment is stored for the draft's framework on this device.
    NothingStored,
    /// Storage can't be read at all.
    StorageUnavailable(StoreError),
    /// Something is stored but can't be read; the private pages would keep it aside.
    Unreadable(ReadError),
    /// The assessment, saved against `saved_with_version` of the framework, would be
    /// changed this way (nothing changes when `changes` is empty).
    Reconciled { saved_with_version: String, changes: Vec<Change> },
}

/// Reconciles (in memory) the assessment stored for `draft`'s framework ID against `draft`.
pub fn changes_for_me(store: &dyn Store, draft: &Framework) -> ChangesForMe {
    let raw = match store.get(&storage_key(&draft.meta.id)) {
        Err(error) => return ChangesForMe::StorageUnavailable(error),
        Ok(None) => return ChangesForMe::NothingStored,
        Ok(Some(raw)) => raw,
    };
    match decode(&raw) {
        Err(reason) => ChangesForMe::Unreadable(reason),
        Ok(assessment) => {
            let saved_with_version = assessment.framework.version.clone();
            let (_, changes) = reconcile(assessment, draft);
            ChangesForMe::Reconciled { saved_with_version, changes }
        }
    }
}
