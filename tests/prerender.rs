//! `mosaic prerender`: the front page drawn ahead of time, as the build writes it for
//! public/loader.js (overview.html), on the sample and on frameworks shaped like real ones.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use sha2::{Digest, Sha256};

fn root(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

/// A directory of its own per test, in the temp directory.
fn temp_dir(test: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("mosaic-prerender-{}-{test}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn prerender(framework: &Path, base: &str, output: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_mosaic"))
        .args(["prerender".as_ref(), framework.as_os_str(), "--base".as_ref(), base.as_ref(), "-o".as_ref()])
        .arg(output)
        .output()
        .expect("the mosaic binary runs")
}

fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().map(|byte| format!("{byte:02x}")).collect()
}

#[test]
fn the_sample_is_drawn_with_its_digest_title_track_map_and_links_under_the_base() {
    let framework = root("public/framework.json");
    let output = temp_dir("sample").join("overview.html");
    let run = prerender(&framework, "/careers/", &output);
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    let page = std::fs::read_to_string(&output).unwrap();
    let digest = sha256_hex(&std::fs::read(&framework).unwrap());
    assert!(
        page.starts_with(&format!(r#"<meta name="mosaic-framework-sha256" content="{digest}">"#)),
        "{page:.200}"
    );
    assert!(page.contains("<title>Northwind Careers</title>"));
    assert!(page.contains(r#"<table class="track-map""#), "the track map the benchmark waits for");
    assert!(page.contains(r#"<h2 id="map-heading">Tracks side by side</h2>"#));
    assert!(page.contains(r#"href="/careers/tracks/technical/t5""#), "role links start with the base");
    assert!(
        page.contains(r#"<a href="/careers/" aria-current="page">Tracks</a>"#),
        "the overview is the current page"
    );
    assert!(page.contains(r#"rel="external">Assess myself</a>"#), "private pages load their own bundle");
    // Today is not known ahead of time: both review lines, in a holder marked with the due date.
    assert!(
        page.contains(concat!(
            r#"<div data-review-due="2026-12-01"><p>Next review due by 2026-12-01.</p>"#,
            r#"<p class="review-overdue"><strong>Its review is overdue: it was due by 2026-12-01.</strong></p></div>"#
        )),
        "{page}"
    );
    assert!(!page.contains("<script"), "no script: the CSP allows none inline");
}

#[test]
fn frameworks_shaped_like_real_ones_are_drawn_under_any_base() {
    for (fixture, base, expected) in [
        ("tests/fixtures/format2/ladder-yaml.json", "/", r#"href="/tracks/"#),
        ("tests/fixtures/format2/multi-discipline.json", "/careers", r#"href="/careers/tracks/"#),
        ("tests/fixtures/format2/points-ladder.json", "/jobs/framework/", r#"href="/jobs/framework/tracks/"#),
    ] {
        let output = temp_dir("shapes").join("overview.html");
        let run = prerender(&root(fixture), base, &output);
        assert!(run.status.success(), "{fixture}: {}", String::from_utf8_lossy(&run.stderr));
        let page = std::fs::read_to_string(&output).unwrap();
        assert!(page.contains(r#"<table class="track-map""#), "{fixture}");
        assert!(page.contains(expected), "{fixture}: links under {base}");
    }
}

#[test]
fn a_framework_with_errors_is_not_drawn_and_an_older_page_is_removed() {
    let dir = temp_dir("errors");
    let output = dir.join("overview.html");
    std::fs::write(&output, "drawn from an earlier file").unwrap();
    let broken = root("tests/fixtures/corpus/dangling-reference.json");
    let run = prerender(&broken, "/", &output);
    assert_eq!(run.status.code(), Some(1));
    let said = String::from_utf8(run.stderr).unwrap();
    assert!(said.contains("dangling-reference.json:"), "each problem located: {said}");
    assert!(said.contains("has errors; nothing drawn ahead"), "{said}");
    assert!(!output.exists(), "a page drawn from another file is never left behind");

    let not_utf8 = dir.join("framework.json");
    std::fs::write(&not_utf8, b"{\"format\": \xff}").unwrap();
    assert_eq!(prerender(&not_utf8, "/", &output).status.code(), Some(1));
    assert!(!output.exists());
}

#[test]
fn a_missing_file_is_a_usage_error() {
    let output = temp_dir("missing").join("overview.html");
    let run = prerender(&root("tests/fixtures/no-such-file.json"), "/", &output);
    assert_eq!(run.status.code(), Some(2));
    assert!(String::from_utf8(run.stderr).unwrap().contains("can't read"));
}
