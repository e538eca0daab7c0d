//! Checks the invariants of ARCHITECTURE.md that the compiler can't.

use std::fs;
use std::path::Path;

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn core_never_imports_the_ui_or_the_browser() {
    let mut files = Vec::new();
    rust_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src/core"), &mut files);
    assert!(!files.is_empty());
    for file in files {
        let text = fs::read_to_string(&file).unwrap();
        for forbidden in
            ["leptos", "web_sys", "wasm_bindgen", "js_sys", "gloo", "crate::app", "crate::browser"]
        {
            assert!(!text.contains(forbidden), "{} mentions `{forbidden}`", file.display());
        }
    }
}

#[test]
fn main_is_a_shim() {
    let main = fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("src/main.rs")).unwrap();
    assert!(main.lines().count() <= 6, "src/main.rs should only call mosaic::mount()");
}
