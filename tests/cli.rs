//! The `mosaic` command, run as authors and CI run it: output lines, JSON, exit statuses.

use std::path::PathBuf;
use std::process::{Command, Output};

use serde_json::{json, Value};

fn fixture(path: &str) -> Value {
    let text = std::fs::read_to_string(format!("{}/{path}", env!("CARGO_MANIFEST_DIR"))).unwrap();
    serde_json::from_str(&text).unwrap()
}

/// Writes `text` to a file of its own in the temp directory.
fn temp_file(name: &str, text: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("mosaic-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

/// Line and column (from 1) where `needle` first appears in the file.
fn where_is(file: &std::path::Path, needle: &str) -> (usize, usize) {
    let text = std::fs::read_to_string(file).unwrap();
    let (index, line) =
        text.lines().enumerate().find(|(_, line)| line.contains(needle)).expect("in the file");
    (index + 1, line[..line.find(needle).unwrap()].chars().count() + 1)
}

fn mosaic(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_mosaic")).args(args).output().expect("the mosaic binary runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).unwrap()
}

fn status(output: &Output) -> i32 {
    output.status.code().expect("exited")
}

#[test]
fn a_clean_file_exits_0_with_nothing_to_report() {
    let file = temp_file("clean.json", &fixture("public/framework.json").to_string());
    let output = mosaic(&["check", file.to_str().unwrap()]);
    assert_eq!(status(&output), 0, "{}", stderr(&output));
    assert_eq!(stdout(&output), "");
    assert!(stderr(&output).ends_with("0 errors, 0 warnings\n"), "{}", stderr(&output));
}

#[test]
fn an_error_is_a_located_line_and_exit_1() {
    let mut value = fixture("public/framework.json");
    value["meta"]["effective_date"] = json!("15/01/2026");
    let file = temp_file("broken.json", &serde_json::to_string_pretty(&value).unwrap());
    let name = file.to_str().unwrap();
    let output = mosaic(&["check", name]);
    assert_eq!(status(&output), 1);
    let text = stdout(&output);
    let line = text.lines().next().expect("a line per problem");
    let (row, column) = where_is(&file, "\"15/01/2026\"");
    let expected = format!(
        "{name}:{row}:{column}: error[format]: \"15/01/2026\" is not a date; write it as YYYY-MM-DD, e.g. 2026-01-31."
    );
    assert_eq!(line, expected);
}

#[test]
fn a_syntax_error_is_located_too() {
    let file = temp_file("syntax.json", "{\n  \"format\": 2,\n  \"meta\": {\n}\n");
    let name = file.to_str().unwrap();
    let output = mosaic(&["check", name]);
    assert_eq!(status(&output), 1);
    // serde_json places the end of the file at column 0 of line 5; editors count from 1.
    let expected = format!(
        "{name}:5:1: error[format]: The file ends too early (EOF while parsing an object). \
         Look for a missing closing brace or bracket.\n"
    );
    assert_eq!(stdout(&output), expected);
    let empty = temp_file("empty.json", "");
    let output = mosaic(&["check", empty.to_str().unwrap()]);
    assert_eq!(status(&output), 1);
    let whole_file = format!("{}: error[format]: The file is empty", empty.to_str().unwrap());
    assert!(stdout(&output).starts_with(&whole_file), "no line is made up: {}", stdout(&output));
}

#[test]
fn warnings_pass_unless_denied() {
    // multi-discipline has one role without criteria: a content warning.
    let file = temp_file("warned.json", &fixture("tests/fixtures/format2/multi-discipline.json").to_string());
    let name = file.to_str().unwrap();
    let lenient = mosaic(&["check", name]);
    assert_eq!(status(&lenient), 0);
    assert!(stdout(&lenient).contains(": warning[format]: "), "{}", stdout(&lenient));
    let strict = mosaic(&["check", "--deny-warnings", name]);
    assert_eq!(status(&strict), 1);
    assert_eq!(stdout(&strict), stdout(&lenient));
}

#[test]
fn parity_warnings_carry_the_parity_rule() {
    let mut value = fixture("public/framework.json");
    value["tracks"][0]["levels"][3]["compensation"] =
        json!({"min": 1, "mid": 2, "max": 3, "currency": "EUR"});
    let file = temp_file("parity.json", &serde_json::to_string_pretty(&value).unwrap());
    let output = mosaic(&["check", file.to_str().unwrap()]);
    assert_eq!(status(&output), 0);
    assert!(stdout(&output).contains(": warning[parity]: "), "{}", stdout(&output));
}

#[test]
fn json_output_is_an_array_of_findings() {
    let mut value = fixture("public/framework.json");
    value["meta"]["effective_date"] = json!("15/01/2026");
    let file = temp_file("broken-json.json", &serde_json::to_string_pretty(&value).unwrap());
    let name = file.to_str().unwrap();
    let output = mosaic(&["check", name, "--format", "json"]);
    assert_eq!(status(&output), 1);
    let findings: Value = serde_json::from_str(&stdout(&output)).expect("JSON on stdout");
    let (row, column) = where_is(&file, "\"15/01/2026\"");
    assert_eq!(
        findings[0],
        json!({
            "file": name, "line": row, "column": column, "severity": "error", "rule": "format",
            "path": "meta.effective_date",
            "message": "\"15/01/2026\" is not a date; write it as YYYY-MM-DD, e.g. 2026-01-31."
        })
    );
    let clean = temp_file("clean-json.json", &fixture("public/framework.json").to_string());
    let output = mosaic(&["check", clean.to_str().unwrap(), "--format", "json"]);
    assert_eq!(serde_json::from_str::<Value>(&stdout(&output)).unwrap(), json!([]));
}

#[test]
fn a_missing_file_or_a_wrong_command_line_exits_2() {
    let output = mosaic(&["check", "no-such-framework.json"]);
    assert_eq!(status(&output), 2);
    assert!(stderr(&output).contains("can't read no-such-framework.json"), "{}", stderr(&output));
    assert_eq!(stdout(&output), "");
    assert_eq!(status(&mosaic(&["check"])), 2);
    assert_eq!(status(&mosaic(&["check", "x.json", "--format", "yaml"])), 2);
    assert_eq!(status(&mosaic(&["lint", "x.json"])), 2);
    assert_eq!(status(&mosaic(&["--help"])), 0);
    let output = mosaic(&["diff", "no-such-old.json", "no-such-new.json"]);
    assert_eq!(status(&output), 2);
    assert!(stderr(&output).contains("no-such-old.json") && stderr(&output).contains("no-such-new.json"));
}

/// The default framework and a copy with a band's pay cut, in files named after `test`
/// (tests run in parallel).
fn pay_cut(test: &str) -> (PathBuf, PathBuf) {
    let old = fixture("public/framework.json");
    let mut new = old.clone();
    new["bands"][2]["compensation"]["mid"] = json!(63500);
    (
        temp_file(&format!("{test}-old.json"), &old.to_string()),
        temp_file(&format!("{test}-new.json"), &new.to_string()),
    )
}

#[test]
fn diff_prints_markdown_naming_a_pay_cut_major() {
    let (old, new) = pay_cut("markdown");
    let output = mosaic(&["diff", old.to_str().unwrap(), new.to_str().unwrap()]);
    assert_eq!(status(&output), 0, "{}", stderr(&output));
    let markdown = stdout(&output);
    assert!(markdown.starts_with("# Changes from version 2026.1 to 2026.1\n"), "{markdown}");
    assert!(markdown.contains("**Major change: bump 2026.1 to 2027.0.**"), "{markdown}");
    assert!(markdown.contains("- **major** — Pay for band Established (b3) goes down"), "{markdown}");
}

#[test]
fn diff_as_json_parses() {
    let (old, new) = pay_cut("json");
    let output = mosaic(&["diff", "--format", "json", old.to_str().unwrap(), new.to_str().unwrap()]);
    assert_eq!(status(&output), 0);
    let comparison: Value = serde_json::from_str(&stdout(&output)).expect("JSON on stdout");
    assert_eq!(comparison["impact"], "major");
    assert_eq!(comparison["suggested_version"], "2027.0");
    assert_eq!(comparison["changes"][0]["kind"], "pay_lowered");
    assert_eq!(comparison["changes"][0]["path"], "bands[2].compensation");
}

#[test]
fn diff_with_a_broken_file_prints_its_problems_and_exits_1() {
    let (old, _) = pay_cut("broken");
    let broken = temp_file("broken-new.json", "{\"format\": 2}");
    let name = broken.to_str().unwrap();
    let output = mosaic(&["diff", old.to_str().unwrap(), name]);
    assert_eq!(status(&output), 1);
    assert_eq!(stdout(&output), "");
    assert!(
        stderr(&output).contains(name) && stderr(&output).contains("error[format]"),
        "{}",
        stderr(&output)
    );
}

/// The author: a draft with a vague milestone, a gendered word, a raised expectation
/// and a pay cut fails a strict CI check with the lint's own lines, and its comparison with
/// the published file calls for the next major version.
#[test]
fn the_studio_draft_fails_a_strict_check_and_calls_for_a_major_bump() {
    let draft = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/studio/draft-major.json");
    let published = concat!(env!("CARGO_MANIFEST_DIR"), "/public/framework.json");
    let lenient = mosaic(&["check", draft]);
    assert_eq!(status(&lenient), 0, "lint findings are warnings");
    let strict = mosaic(&["check", "--deny-warnings", draft]);
    assert_eq!(status(&strict), 1);
    let lines = stdout(&strict);
    for rule in ["warning[vague-wording]", "warning[gendered-wording]"] {
        assert!(
            lines.lines().any(|l| l.starts_with(&format!("{draft}:")) && l.contains(&format!(": {rule}: "))),
            "{rule} in:\n{lines}"
        );
    }
    let comparison = stdout(&mosaic(&["diff", published, draft]));
    assert!(comparison.contains("**Major change: bump 2026.1 to 2027.0.**"), "{comparison}");
    assert!(
        comparison.contains("## Expectations raised") && comparison.contains("## Pay lowered"),
        "{comparison}"
    );
}

#[test]
fn each_lint_rule_found_is_explained_once_with_its_fix_and_how_to_mark_it_intended() {
    let draft = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/studio/draft-major.json");
    let lines = stdout(&mosaic(&["check", draft]));
    for rule in ["vague-wording", "gendered-wording"] {
        let help: Vec<&str> = lines.lines().filter(|l| l.starts_with(&format!("help[{rule}]: "))).collect();
        assert_eq!(help.len(), 1, "one help line for {rule} in:\n{lines}");
        let why = mosaic::core::lint::rule(rule).unwrap();
        assert!(help[0].contains(why.why) && help[0].contains(why.fix), "{}", help[0]);
        assert!(help[0].contains("governance.lint_allow"), "{}", help[0]);
    }
    // The help comes after every located line, so tools that read `file:line:col:` see them all.
    let first_help = lines.lines().position(|l| l.starts_with("help[")).unwrap();
    assert!(lines.lines().skip(first_help).all(|l| l.starts_with("help[")), "{lines}");

    let json: serde_json::Value =
        serde_json::from_str(&stdout(&mosaic(&["check", "--format", "json", draft]))).unwrap();
    let gendered = json.as_array().unwrap().iter().find(|f| f["rule"] == "gendered-wording").unwrap();
    assert_eq!(gendered["why"], mosaic::core::lint::rule("gendered-wording").unwrap().why);
    assert!(gendered["fix"].as_str().is_some());
}
