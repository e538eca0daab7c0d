//! The reviews stored on this device for one framework, found by their keys.

use super::Review;
use crate::core::assessment::session_data::SessionData;
use crate::core::assessment::storage::ReadError;
use crate::core::assessment::store::{review_prefix, Store, StoreError};

/// One stored review, as listed before it is opened.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredReview {
    /// Its storage key.
    pub key: String,
    /// The person's slug, the last part of the key.
    pub slug: String,
    /// The person's name, or why the review can't be read (opening it keeps it aside).
    pub person: Result<String, ReadError>,
}

/// Every review of `framework_id` on this device, by name. Copies kept aside (their keys
/// go on after the slug) are not reviews of their own.
pub fn stored_reviews(store: &dyn Store, framework_id: &str) -> Result<Vec<StoredReview>, StoreError> {
    let prefix = review_prefix(framework_id);
    let mut reviews: Vec<StoredReview> = store
        .keys()?
        .into_iter()
        .filter_map(|key| {
            let slug = key.strip_prefix(&prefix).filter(|slug| !slug.is_empty() && !slug.contains(':'))?;
            let slug = slug.to_string();
            let raw = store.get(&key).ok().flatten()?;
            let person = Review::decode_stored(&raw).map(|(review, _)| review.person);
            Some(StoredReview { key, slug, person })
        })
        .collect();
    reviews.sort_by_cached_key(|r| {
        (r.person.as_ref().map(|p| p.to_lowercase()).unwrap_or_default(), r.slug.clone())
    });
    Ok(reviews)
}
