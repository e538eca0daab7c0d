//! The fast way to read `framework.json` when nothing is wrong with it: the text straight into
//! a [`Framework`], then the same checks as [`load`](super::load). When the text can't be
//! read that way, it says so and [`load`](super::load) takes over, with its exact problems.
//!
//! `load` parses into a `serde_json::Value` first and deserializes through
//! `serde_path_to_error`, so that every type problem gets its JSON path and position; that
//! costs about 13 KB brotli of wasm and several times the time. Reading the text
//! directly with serde_json uses the same parser on the same bytes, so numbers, strings,
//! escapes and nesting are judged exactly alike. The browser's `JSON.parse` with
//! `serde-wasm-bindgen` was measured as the alternative: under 6 KB smaller before the
//! extra checks it needs (it ignores unknown fields, reads `2.0` as a whole number and turns
//! lone surrogates into U+FFFD, all of which `load` rejects) and slower (every value
//! crosses from JavaScript into the wasm).

use super::load::{check_deserialized_with, Loaded};
use super::model::Framework;
use super::problem::Problem;
use super::validate::validate_unless_unknown_ids;
use crate::core::limits::{check_bytes, FRAMEWORK_BYTES};

/// Reads a framework file the fast way.
///
/// `Some(result)` is exactly what [`load`](super::load) returns for `text`: the same
/// framework and warnings, or the same located problems when validation fails.
/// `None` means the text could not be read this way (not JSON, a wrong type, an unknown
/// or repeated field): call [`load`](super::load) for the verdict and its located problems.
/// `load` decides alone on a repeated field: it keeps the last value, where reading the text
/// directly refuses the field.
///
/// A file over the size limit, or one naming an unknown ID, is handed over too: `load` words
/// them (the size in words, the closest IDs), and the overview bundle, which calls this and
/// shows no problem itself, then carries none of that wording's code.
pub fn load_fast(text: &str) -> Option<Result<Loaded, Vec<Problem>>> {
    check_bytes(text.len() as u64, FRAMEWORK_BYTES).ok()?;
    let framework: Framework = serde_json::from_str(text).ok()?;
    check_deserialized_with(framework, text, validate_unless_unknown_ids)
}
