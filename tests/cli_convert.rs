//! `mosaic convert`, run as an author would: framework.json to a workbook and back, the
//! workbook's mistakes at their cells, exit statuses as the other subcommands.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use mosaic::core::framework::load;
use mosaic::core::workbook::{from_xlsx, to_csv_files, to_workbook, to_xlsx};

const SAMPLE: &str = include_str!("../public/framework.json");

fn temp_dir(test: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("mosaic-convert-{}-{test}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn mosaic(args: &[&Path]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_mosaic"))
        .arg("convert")
        .args(args)
        .output()
        .expect("the mosaic binary runs")
}

fn convert(input: &Path, output: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_mosaic"))
        .args(["convert".as_ref(), input.as_os_str(), "-o".as_ref(), output.as_os_str()])
        .output()
        .expect("the mosaic binary runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).unwrap()
}

#[test]
fn a_framework_goes_to_xlsx_and_back_unchanged() {
    let dir = temp_dir("xlsx");
    let (json, xlsx, back) = (dir.join("framework.json"), dir.join("framework.xlsx"), dir.join("back.json"));
    std::fs::write(&json, SAMPLE).unwrap();
    let output = convert(&json, &xlsx);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    let output = convert(&xlsx, &back);
    assert_eq!(output.status.code(), Some(0), "{}{}", text(&output.stdout), text(&output.stderr));
    assert_eq!(text(&output.stdout), "", "the sample has no lint findings");
    let original = load(SAMPLE).unwrap().framework;
    assert_eq!(load(&std::fs::read_to_string(&back).unwrap()).unwrap().framework, original);
}

#[test]
fn a_framework_goes_to_a_csv_folder_and_back_unchanged() {
    let dir = temp_dir("csv");
    let (json, folder, back) = (dir.join("framework.json"), dir.join("sheets"), dir.join("back.json"));
    std::fs::write(&json, SAMPLE).unwrap();
    assert_eq!(convert(&json, &folder).status.code(), Some(0));
    assert!(folder.join("Roles.csv").exists() && folder.join("Framework.csv").exists());
    let output = convert(&folder, &back);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    assert_eq!(
        load(&std::fs::read_to_string(&back).unwrap()).unwrap().framework,
        load(SAMPLE).unwrap().framework
    );
}

#[test]
fn a_workbook_mistake_is_printed_at_its_cell_and_exits_1() {
    let dir = temp_dir("mistake");
    let mut workbook = to_workbook(&load(SAMPLE).unwrap().framework);
    let roles = workbook.sheets.iter_mut().find(|s| s.name == "Roles").unwrap();
    roles.rows[12][3] = "b9".into();
    let xlsx = dir.join("framework.xlsx");
    std::fs::write(&xlsx, to_xlsx(&workbook).unwrap()).unwrap();
    let output = convert(&xlsx, &dir.join("framework.json"));
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        text(&output.stdout),
        format!("{}: Roles!D14: band \"b9\" is not defined in Bands\n", xlsx.display())
    );
    assert!(!dir.join("framework.json").exists(), "nothing is written from a workbook with mistakes");
}

#[test]
fn a_converted_framework_with_errors_is_checked_and_exits_1() {
    let dir = temp_dir("invalid");
    let mut workbook = to_workbook(&load(SAMPLE).unwrap().framework);
    let fields = workbook.sheets.iter_mut().find(|s| s.name == "Framework").unwrap();
    let date = fields.rows.iter_mut().find(|row| row[0] == "effective date").unwrap();
    date[1] = "15/01/2026".into();
    let xlsx = dir.join("framework.xlsx");
    std::fs::write(&xlsx, to_xlsx(&workbook).unwrap()).unwrap();
    let json = dir.join("framework.json");
    let output = convert(&xlsx, &json);
    assert_eq!(output.status.code(), Some(1));
    // The author edits the workbook: the date's problem is at its cell, not a line of the JSON.
    let stdout = text(&output.stdout);
    let at_cell = format!("{}: Framework!B9: error[format]: ", xlsx.display());
    assert!(stdout.lines().any(|l| l.starts_with(&at_cell) && l.contains("15/01/2026")), "{stdout}");
    assert!(!stdout.contains(&json.display().to_string()), "no line points into the JSON: {stdout}");
}

#[test]
fn lint_advice_on_a_converted_workbook_is_printed_at_its_cell() {
    let dir = temp_dir("lint-cells");
    let mut workbook = to_workbook(&load(SAMPLE).unwrap().framework);
    let milestones = workbook.sheets.iter_mut().find(|s| s.name == "Milestones").unwrap();
    let title = milestones.header.iter().position(|h| h == "title").unwrap();
    milestones.rows[2][title] = "Takes ownership of the release train".into();
    // The same workbook as CSV files: the problem is at the same cell of the folder's sheet.
    let folder = dir.join("team");
    std::fs::create_dir_all(&folder).unwrap();
    for (name, csv) in to_csv_files(&workbook) {
        std::fs::write(folder.join(name), csv).unwrap();
    }
    let xlsx = dir.join("team.xlsx");
    std::fs::write(&xlsx, to_xlsx(&workbook).unwrap()).unwrap();
    for input in [&xlsx, &folder] {
        let output = convert(input, &dir.join("framework.json"));
        assert_eq!(output.status.code(), Some(0), "advice is no error: {}", text(&output.stderr));
        let expected = format!("{}: Milestones!D4: warning[vague-wording]: \"", input.display());
        assert!(
            text(&output.stdout).lines().any(|l| l.starts_with(&expected) && l.contains("ownership")),
            "{}",
            text(&output.stdout)
        );
    }
}

#[test]
fn the_template_is_read_as_asking_for_bands_and_tracks() {
    let dir = temp_dir("template");
    let xlsx = dir.join("template.xlsx");
    std::fs::write(&xlsx, to_xlsx(&mosaic::core::workbook::template()).unwrap()).unwrap();
    assert!(from_xlsx(&std::fs::read(&xlsx).unwrap()).is_ok());
    let output = convert(&xlsx, &dir.join("framework.json"));
    assert_eq!(output.status.code(), Some(1));
    assert!(text(&output.stdout).contains("Tracks: fill in at least one track"), "{}", text(&output.stdout));
}

#[test]
fn same_kind_both_sides_or_a_missing_input_exits_2() {
    let dir = temp_dir("usage");
    assert_eq!(convert(&dir.join("a.json"), &dir.join("b.json")).status.code(), Some(2));
    assert_eq!(convert(&dir.join("missing.xlsx"), &dir.join("b.json")).status.code(), Some(2));
    assert_eq!(mosaic(&[&dir.join("a.xlsx")]).status.code(), Some(2), "no -o");
}
