//! How an assessment is written down: one versioned JSON document, the same in
//! localStorage and in an exported file (`document`, `migrations`); how it is brought in line
//! with the framework as it is now (`reconcile`); and how an import joins it (`merge`).

mod document;
mod import;
mod merge;
mod migrations;
mod reconcile;

pub use document::{decode, decode_for, decode_stored, encode, encode_stored, ReadError, Stored, KIND};
pub use import::{read_import, Import};
pub use merge::{merge, replace};
pub use migrations::SCHEMA_VERSION;
pub use reconcile::{reconcile, stamp, Change};
