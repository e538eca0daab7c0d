//! `mosaic prerender FILE [--base PATH] -o OUT`: the front page drawn ahead of time from the
//! framework (`app::prerender`), stamped with the file's SHA-256, for `public/loader.js` to
//! show without the wasm while the served framework.json is that very file.

use std::io::Write;
use std::path::Path;

use sha2::{Digest, Sha256};

use super::{located_problems, read_bytes, CLEAN, PROBLEMS, USAGE};
use crate::app::prerender::overview_file;
use crate::core::framework::load;

pub(super) fn run(path: &Path, base: &str, output: &Path, err: &mut dyn Write) -> u8 {
    // A page drawn from an older file could only ever be refused by the loader: never leave one.
    if let Err(why) = std::fs::remove_file(output) {
        if why.kind() != std::io::ErrorKind::NotFound {
            let _ = writeln!(err, "mosaic: can't replace {}: {why}", output.display());
            return USAGE;
        }
    }
    // The digest is of the bytes as served, so the file is read as bytes.
    let bytes = match read_bytes(path, err) {
        Ok(bytes) => bytes,
        Err(status) => return status,
    };
    let Ok(text) = std::str::from_utf8(&bytes) else {
        let _ = writeln!(err, "mosaic: {} is not UTF-8 text; nothing drawn ahead", path.display());
        return PROBLEMS;
    };
    // A file with errors is shown by the public bundle, which locates each one.
    let loaded = match load(text) {
        Ok(loaded) => loaded,
        Err(problems) => {
            let status = located_problems(path, &problems, err);
            let _ = writeln!(err, "mosaic: {} has errors; nothing drawn ahead", path.display());
            return status;
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
