//! `mosaic export FILE --case|--open-badges [--base-uri URI] [-o OUT]`: the framework in an
//! open standard (docs/standards.md), after it loads without errors.

use std::io::Write;
use std::path::Path;

use super::{located_problems, read, CLEAN, USAGE};
use crate::core::framework::load;
use crate::core::standards::{case_json, open_badges_json};

/// Which standard to write.
#[derive(Clone, Copy)]
pub(super) enum Standard {
    Case,
    OpenBadges,
}

pub(super) fn run(
    path: &Path,
    standard: Standard,
    base_uri: &str,
    output: Option<&Path>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
    let text = match read(path, err) {
        Ok(text) => text,
        Err(status) => return status,
    };
    // An export of a file with errors would hand a platform half a framework.
    let framework = match load(&text) {
        Ok(loaded) => loaded.framework,
        Err(problems) => return located_problems(path, &problems, err),
    };
    let json = match standard {
        Standard::Case => case_json(&framework, base_uri),
        Standard::OpenBadges => open_badges_json(&framework, base_uri),
    };
    match output {
        None => {
            let _ = writeln!(out, "{json}");
            CLEAN
        }
        Some(file) => match std::fs::write(file, format!("{json}\n")) {
            Ok(()) => CLEAN,
            Err(why) => {
                let _ = writeln!(err, "mosaic: can't write {}: {why}", file.display());
                USAGE
            }
        },
    }
}
