//! Checks the invariants of ARCHITECTURE.md that the compiler can't.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use mosaic::app::prerender::{FRAMEWORK_DIGEST_META, OVERVIEW_FILE};
use mosaic::app::routes::{PRIVATE_SECTIONS, STUDIO_SECTION};

fn source(path: &str) -> String {
    fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(path))
        .unwrap_or_else(|err| panic!("{path}: {err}"))
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
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
        for forbidden in [
            "leptos",
            "web_sys",
            "wasm_bindgen",
            "js_sys",
            "gloo",
            "crate::app",
            "crate::browser",
            "crate::report",
            "crate::cli",
            "clap",
        ] {
            assert!(!text.contains(forbidden), "{} mentions `{forbidden}`", file.display());
        }
    }
}

/// The words for authors (`src/report`) are shared by the command and the studio, so they
/// are plain Rust over the core: no UI, no page, no command line.
#[test]
fn report_is_plain_rust_over_the_core() {
    let mut files = Vec::new();
    rust_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src/report"), &mut files);
    assert!(!files.is_empty());
    for file in files {
        let text = fs::read_to_string(&file).unwrap();
        for forbidden in [
            "leptos",
            "web_sys",
            "wasm_bindgen",
            "js_sys",
            "gloo",
            "crate::app",
            "crate::browser",
            "crate::cli",
            "clap",
            "std::fs",
            "std::io",
        ] {
            assert!(!text.contains(forbidden), "{} mentions `{forbidden}`", file.display());
        }
    }
    // The command is native only; the library declares it so, and nothing in the app uses it.
    let lib = source("src/lib.rs");
    assert!(
        lib.contains("#[cfg(not(target_arch = \"wasm32\"))]\npub mod cli;"),
        "src/lib.rs declares cli native-only"
    );
    let mut app = Vec::new();
    rust_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src/app"), &mut app);
    for file in app {
        assert!(
            !fs::read_to_string(&file).unwrap().contains("crate::cli"),
            "{} uses the command",
            file.display()
        );
    }
}

/// Lines that do something: not blank, not a comment.
fn code_lines(text: &str) -> Vec<&str> {
    text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with("//")).collect()
}

#[test]
fn every_binary_is_a_shim_and_index_html_builds_each() {
    // Two faces: the public bundle in the browser, the authors' `mosaic` command natively.
    assert_eq!(
        code_lines(&source("src/main.rs")),
        [
            "#[cfg(target_arch = \"wasm32\")]",
            "fn main() {",
            "mosaic::mount();",
            "}",
            "#[cfg(not(target_arch = \"wasm32\"))]",
            "fn main() -> std::process::ExitCode {",
            "mosaic::cli::run(std::env::args_os())",
            "}"
        ]
    );
    let mut binaries = Vec::new();
    rust_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src/bin"), &mut binaries);
    let mut names: Vec<_> = binaries.iter().filter_map(|p| p.file_name()?.to_str()).collect();
    names.sort();
    assert_eq!(
        names,
        ["mosaic-overview.rs", "mosaic-private.rs", "mosaic-studio.rs"],
        "index.html builds exactly these four bundles"
    );
    assert_eq!(
        code_lines(&source("src/bin/mosaic-studio.rs")),
        ["fn main() {", "mosaic::mount_studio();", "}"]
    );
    assert_eq!(
        code_lines(&source("src/bin/mosaic-private.rs")),
        ["fn main() {", "mosaic::mount_with_private_area();", "}"]
    );
    assert_eq!(
        code_lines(&source("src/bin/mosaic-overview.rs")),
        ["fn main() {", "mosaic::mount_overview();", "}"]
    );
    let index = source("index.html");
    for bin in ["mosaic-overview", "mosaic", "mosaic-private", "mosaic-studio"] {
        assert!(index.contains(&format!("data-bin=\"{bin}\"")), "index.html builds {bin}");
    }
}

/// The overview bundle is a candidate's first view: it must not pull in the router, the meta
/// context, the panic hook or the diagnostics path (`framework::load`); when the framework
/// can't be shown it hands over to the public bundle, which has them.
#[test]
fn the_overview_bundle_links_only_what_the_overview_needs() {
    let text = source("src/app/first_view.rs");
    for forbidden in
        ["leptos_router", "leptos_meta", "console_error_panic_hook", "framework::load(", "load(&text)"]
    {
        assert!(
            !code_lines(&text).iter().any(|line| line.contains(forbidden)),
            "first_view.rs uses `{forbidden}`"
        );
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut shared =
        vec![root.join("src/app/shell.rs"), root.join("src/app/components/parity_status/mod.rs")];
    rust_files(&root.join("src/app/pages/overview"), &mut shared);
    for file in shared {
        let text = fs::read_to_string(&file).unwrap();
        for forbidden in ["leptos_router", "leptos_meta"] {
            assert!(
                !text.contains(forbidden),
                "{} uses `{forbidden}`, which the overview bundle must not link",
                file.display()
            );
        }
    }
}

/// The body of `fn name` in `text`: from its signature to the next item at column 0.
fn function<'a>(text: &'a str, name: &str) -> &'a str {
    let start = text.find(&format!("pub fn {name}(")).unwrap_or_else(|| panic!("no fn {name}"));
    let end = text[start..].find("\n}\n").map_or(text.len(), |end| start + end + 3);
    &text[start..end]
}

/// The paths of every `path!("…")` in `text`.
fn route_paths(text: &str) -> BTreeSet<&str> {
    text.split("path!(\"").skip(1).map(|rest| &rest[..rest.find('"').expect("closing quote")]).collect()
}

fn first_segment(path: &str) -> &str {
    path.trim_start_matches('/').split('/').next().unwrap_or_default()
}

fn private_segments() -> BTreeSet<&'static str> {
    PRIVATE_SECTIONS.iter().map(|s| s.segment).collect()
}

#[test]
fn the_router_serves_the_private_sections_and_only_them_privately() {
    let routes = source("src/app/routes.rs");
    let public = route_paths(function(&routes, "public_routes"));
    let all = route_paths(function(&routes, "all_routes"));
    assert!(!public.is_empty() && public.is_subset(&all), "the private bundle serves every public route too");
    for path in &public {
        assert!(
            !private_segments().contains(first_segment(path)),
            "public route {path} is a private section"
        );
    }
    let private_only: BTreeSet<&str> = all.difference(&public).map(|p| first_segment(p)).collect();
    assert_eq!(private_only, private_segments(), "routes only the private bundle serves vs PRIVATE_SECTIONS");
    for section in PRIVATE_SECTIONS {
        let path = format!("/{}", section.segment);
        assert!(all.contains(path.as_str()), "the navigation links to {path}, which has no route");
    }
}

#[test]
fn the_loader_starts_the_private_bundle_for_exactly_the_private_sections() {
    let loader = source("public/loader.js");
    let declaration = "const PRIVATE_SECTIONS = ";
    let line = loader
        .lines()
        .find_map(|line| line.trim().strip_prefix(declaration))
        .expect("public/loader.js declares PRIVATE_SECTIONS on one line");
    let list: Vec<String> = serde_json::from_str(line.trim_end_matches(';'))
        .expect("PRIVATE_SECTIONS in public/loader.js is a list of strings");
    let expected: Vec<&str> = PRIVATE_SECTIONS.iter().map(|s| s.segment).collect();
    assert_eq!(list, expected, "public/loader.js and src/app/routes.rs disagree on the private sections");
    assert_eq!(
        loader.matches("PRIVATE_SECTIONS").count(),
        3,
        "declared once, used once (and named in a comment)"
    );
}

/// The front page drawn ahead of time is shown only when the served framework.json is the file
/// it was drawn from: the loader reads the digest under the name the prerender writes it, and
/// fetches the file the build writes (scripts/prerender, run by Trunk.toml's hook).
#[test]
fn the_loader_checks_the_page_drawn_ahead_by_the_digest_the_prerender_writes() {
    let loader = source("public/loader.js");
    assert!(
        loader.contains(&format!(r#"querySelector('meta[name="{FRAMEWORK_DIGEST_META}"]')"#)),
        "public/loader.js reads the digest as src/app/prerender.rs names it"
    );
    assert!(loader.contains(&format!(r#"fetch(base + "{OVERVIEW_FILE}""#)));
    assert!(loader.contains(r#"crypto.subtle.digest("SHA-256", buffer)"#));
    // Only the front page, and only after the check, shows it; otherwise the overview bundle.
    assert!(loader.contains(
        r#"} else if (path === "" || path === "index.html") showDrawnAhead().catch(() => start(OVERVIEW));"#
    ));
    let hook = source("scripts/prerender");
    assert!(hook.contains(&format!(r#"-o "$staging/{OVERVIEW_FILE}""#)));
    assert!(source("Trunk.toml").contains(r#"command_arguments = ["scripts/prerender"]"#));
}

/// Candidates never download the studio: only a URL whose first segment is the studio's
/// starts its bundle, and the studio is no private section or public route.
#[test]
fn the_loader_starts_the_studio_bundle_for_exactly_the_studio_section() {
    let loader = source("public/loader.js");
    let declaration = "const STUDIO_SECTION = ";
    let line = loader
        .lines()
        .find_map(|line| line.trim().strip_prefix(declaration))
        .expect("public/loader.js declares STUDIO_SECTION on one line");
    let segment: String = serde_json::from_str(line.trim_end_matches(';')).expect("a string");
    assert_eq!(
        segment, STUDIO_SECTION,
        "public/loader.js and src/app/routes.rs disagree on the studio's section"
    );
    // The studio's branch links the studio's styles and starts its bundle, nothing else.
    assert!(loader.contains(
        "} else if (section === STUDIO_SECTION) {\n    linkStylesheet(\"studio.css\");\n    start(STUDIO);\n  }"
    ));
    assert_eq!(loader.matches(r#"linkStylesheet("studio.css")"#).count(), 1, "linked in one place only");
    assert!(loader.contains(
        r#"const STUDIO = { glue: base + "mosaic-studio.js", wasm: base + "mosaic-studio_bg.wasm" };"#
    ));
    assert_eq!(loader.matches("start(STUDIO)").count(), 1, "started in one place only");
    assert!(!private_segments().contains(STUDIO_SECTION));
    let routes = source("src/app/routes.rs");
    for list in ["public_routes", "all_routes"] {
        let paths = route_paths(function(&routes, list));
        assert!(!paths.iter().any(|p| first_segment(p) == STUDIO_SECTION), "{list} serves the studio");
    }
    let app = source("src/app/mod.rs");
    for mount in ["mount", "mount_with_private_area"] {
        assert!(!function(&app, mount).contains("studio"), "{mount} names the studio");
    }
}

/// The studio's preview renders every public page (the same components) over the draft.
#[test]
fn the_studio_preview_serves_every_public_route() {
    let text = source("src/app/studio/mod.rs");
    let studio = function(&text, "studio_routes");
    let preview = &studio[studio.find("path!(\"/preview\")").expect("a /preview parent route")..];
    let preview_paths = route_paths(preview);
    for path in route_paths(function(&source("src/app/routes.rs"), "public_routes")) {
        let nested = if path == "/" { "" } else { path };
        assert!(preview_paths.contains(nested), "the studio's preview has no route for {path}");
    }
}

#[test]
fn the_public_bundle_never_references_the_private_pages() {
    let app = source("src/app/mod.rs");
    let mount = function(&app, "mount");
    for private in ["all_routes", "WithPrivate", "stored_data", "StoredData"] {
        assert!(!mount.contains(private), "mosaic::mount() names {private}:\n{mount}");
    }
    let public = function(&source("src/app/routes.rs"), "public_routes").to_string();
    for page in [
        "AssessPage",
        "FitPage",
        "GapPage",
        "HistoryPage",
        "DataPage",
        "PlanPage",
        "ReviewPage",
        "my_data",
        "review_data",
    ] {
        assert!(!public.contains(page), "public_routes() names {page}");
    }
}

/// Every change to personal data is a core method: the app never builds the assessment's
/// records or edits its collections itself, and never writes storage except through the
/// session (`my_data.rs`, and `review_data.rs` for a manager's reviews) or, when no framework loads, one stored copy's own `delete`.
#[test]
fn the_app_changes_personal_data_only_through_core_methods() {
    let mut files = Vec::new();
    rust_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src/app"), &mut files);
    assert!(!files.is_empty());
    let rules_in_the_core = [
        "Rating {",
        "MilestoneProgress {",
        "Action {",
        "CheckIn {",
        "Snapshot {",
        ".ratings.insert(",
        ".ratings.remove(",
        ".ratings.entry(",
        ".milestones.insert(",
        ".milestones.entry(",
        ".actions.push(",
        ".checkins.push(",
        ".snapshots.push(",
        ".snapshots.remove(",
        ".drawn_to.push(",
        ".avoid.push(",
        ".evidence.push(",
    ];
    for file in files {
        let text = fs::read_to_string(&file).unwrap();
        for pattern in rules_in_the_core {
            assert!(!text.contains(pattern), "{} does `{pattern}`: make it a core method", file.display());
        }
        let name = file.file_name().unwrap().to_string_lossy();
        // The studio's draft is kept by its own session; "what changes for me" only reads the
        // person's assessment, through a shared reference the core can't write with.
        let allowed =
            ["my_data.rs", "review_data.rs", "stored_data.rs", "draft_data.rs", "changes_for_me.rs"];
        if !allowed.contains(&name.as_ref()) {
            assert!(!text.contains("LocalStore"), "{} touches storage outside the session", file.display());
        }
        if name == "changes_for_me.rs" {
            assert!(!text.contains("&mut LocalStore"), "{} may only read storage", file.display());
        }
    }
}

/// Every wide table scrolls in `ScrollRegion`, the one place that decides when its container
/// is a named landmark and a tab stop (only while it overflows, issue 13): no other file
/// builds a `table-scroll` container of its own.
#[test]
fn tables_scroll_only_inside_the_scroll_region_component() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src/app"), &mut files);
    let component = root.join("src/app/components/scroll_region/mod.rs");
    // The overview's track map is the one exception: never a tab stop nor a landmark, as every
    // column's header is a link Tab reaches (the file says why where it builds its container;
    // tests/e2e/robust-rendering.test.mjs checks each link shows when reached).
    let first_view = root.join("src/app/pages/overview/track_map.rs");
    let own: Vec<_> = files
        .iter()
        .filter(|file| **file != component && **file != first_view)
        .filter(|file| fs::read_to_string(file).unwrap().contains("table-scroll"))
        .map(|file| file.display().to_string())
        .collect();
    assert!(own.is_empty(), "these files build their own scroll container: {own:?}");
}

/// docs/framework-format.md's "Size limits" table states the limits `core::limits` enforces.
#[test]
fn the_documented_size_limits_are_the_enforced_ones() {
    use mosaic::core::limits::{Counted, FRAMEWORK_BYTES, FRAMEWORK_COUNTS, IMPORT_BYTES};
    let doc = source("docs/framework-format.md");
    let section = doc.split("### Size limits").nth(1).expect("a \"Size limits\" section");
    let section = section.split("\n#").next().unwrap();
    // Each table row: its first cell, and its last as a number.
    let rows: Vec<(String, u64)> = section
        .lines()
        .filter(|line| line.starts_with("| ") && !line.starts_with("| What") && !line.starts_with("| ---"))
        .map(|line| {
            let cells: Vec<&str> = line.trim_matches('|').split('|').map(str::trim).collect();
            let digits: String = cells[cells.len() - 1].chars().filter(char::is_ascii_digit).collect();
            (cells[0].to_string(), digits.parse().expect("a number"))
        })
        .collect();
    let named = |start: &str| -> u64 {
        let matching: Vec<u64> =
            rows.iter().filter(|(what, _)| what.starts_with(start)).map(|(_, n)| *n).collect();
        assert_eq!(matching.len(), 1, "one row starting {start:?} in {rows:?}");
        matching[0]
    };
    assert_eq!(named("Framework file"), FRAMEWORK_BYTES);
    assert_eq!(named("Personal-data file"), IMPORT_BYTES);
    for (counted, limit) in FRAMEWORK_COUNTS {
        let start = match counted {
            Counted::Tracks => "Tracks",
            Counted::Roles => "Roles",
            Counted::Competencies => "Competencies",
            Counted::Bands => "Bands",
            Counted::Learning => "Learning opportunities",
            Counted::MobilityRules => "Mobility rules",
        };
        assert_eq!(named(start), limit, "{start}");
    }
    assert_eq!(rows.len(), 2 + FRAMEWORK_COUNTS.len(), "every documented limit is enforced");
}

/// Native test and command builds carry no debug information (Cargo.toml's `[profile.dev]`):
/// with it, Leptos's view types made every one of the ~45 binaries 0.3–1.3 GB and a fresh
/// clone's `cargo test` ran out of disk. This binary is one of them, about 10 MB without.
#[test]
fn test_binaries_carry_no_debug_information() {
    const LIMIT_BYTES: u64 = 64 << 20;
    let exe = std::env::current_exe().expect("the test binary's path");
    let bytes = fs::metadata(&exe).expect("the test binary's size").len();
    assert!(
        bytes < LIMIT_BYTES,
        "{} is {} MB (limit {} MB): does [profile.dev] still say `debug = false`?",
        exe.display(),
        bytes >> 20,
        LIMIT_BYTES >> 20
    );
}
