//! `mosaic diff OLD NEW`: two versions of a framework compared by ID, as Markdown or JSON.

use std::io::Write;
use std::path::Path;

use super::{located_problems, read, DiffFormat, CLEAN, PROBLEMS};
use crate::core::diff::diff;
use crate::core::framework::{load, Framework};
use crate::report::diff_markdown;

/// The file's framework, or its located problems written to `err` and exit status 1.
fn framework(path: &Path, err: &mut dyn Write) -> Result<Framework, u8> {
    let text = read(path, err)?;
    load(&text).map(|loaded| loaded.framework).map_err(|problems| located_problems(path, &problems, err))
}

pub(super) fn run(
    old: &Path,
    new: &Path,
    format: DiffFormat,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
    // Both files are read and checked before giving up, so one run names every problem.
    let (before, after) = (framework(old, err), framework(new, err));
    let (before, after) = match (before, after) {
        (Ok(before), Ok(after)) => (before, after),
        // A file that can't be read (2) outweighs one with errors (1).
        (before, after) => return before.err().max(after.err()).unwrap_or(PROBLEMS),
    };
    let comparison = diff(&before, &after);
    let text = match format {
        DiffFormat::Markdown => diff_markdown(&comparison),
        DiffFormat::Json => serde_json::to_string_pretty(&comparison).unwrap_or_default(),
    };
    let _ = writeln!(out, "{}", text.trim_end());
    CLEAN
}
