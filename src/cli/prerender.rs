//! `mosaic prerender FILE [--base PATH] -o OUT`: the front page drawn ahead of time from the
//! framework (`app::prerender`), stamped with the file's SHA-256, for `public/loader.js` to
//! show without the wasm while the served framework.json is that very file.

use std::io::Write;
use std::path::Path;

use sha2::{Digest, Sha256};

use super::{CLEAN, PROBLEMS, USAGE};
use crate::app::prerender::overview_file;
use crate::core::framework::load;
use crate::report::check_line;

pub(super) fn run(path: &Path, base: &str, output: &Path, err: &mut dyn Write) -> u8 {
    // A page drawn from an older file could only ever be refused by the loader: never leave one.
    if let Err(why) = std::fs::remove_file(output) {
        if why.kind() != std::io::ErrorKind::NotFound {
            let _ = writeln!(err, "mosaic: can't replace {}: {why}", output.display());
            return USAGE;
        }
    }
    // The digest is of the bytes as served, so the file is read as bytes.
    let bytes = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(why) => {
            let _ = writeln!(err, "mosaic: can't read {}: {why}", path.display());
            return USAGE;
        }
    };
    let Ok(text) = std::str::from_utf8(&bytes) else {
        let _ = writeln!(err, "mosaic: {} is not UTF-8 text; nothing drawn ahead", path.display());
        return PROBLEMS;
    };
    // A file with errors is shown by the public bundle, which locates each one.
    let loaded = match load(text) {
        Ok(loaded) => loaded,
        Err(problems) => {
            for problem in &problems {
                let _ = writeln!(err, "{}", check_line(&path.display().to_string(), problem));
            }
            let _ = writeln!(err, "mosaic: {} has errors; nothing drawn ahead", path.display());
            return PROBLEMS;
        }
    };
    // One page per process: the framework lives until it exits, as in the browser.
    let loaded = Box::leak(Box::new(loaded));
    let digest: String = Sha256::digest(&bytes).iter().map(|byte| format!("{byte:02x}")).collect();
    match std::fs::write(output, overview_file(loaded, base, &digest)) {
        Ok(()) => CLEAN,
        Err(why) => {
            let _ = writeln!(err, "mosaic: can't write {}: {why}", output.display());
            USAGE
        }
    }
}
