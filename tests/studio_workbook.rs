//! The studio's workbook files: which files open as what, a workbook or its CSV files
//! converted to the framework's JSON or their mistakes at their cells, and the fixture the
//! browser tests drop (tests/fixtures/workbook/two-tracks: an HR author's two tracks with two
//! deliberate cell mistakes). The `.xlsx` files beside it are that workbook as a spreadsheet
//! program saves it, before and after fixing the two cells; this test proves they say exactly
//! what the CSV files say. Rewrite them with `MOSAIC_WRITE_WORKBOOK_FIXTURES=1 cargo test
//! --test studio_workbook` after changing the CSV files.

use std::path::{Path, PathBuf};

use mosaic::core::framework::load;
use mosaic::core::studio::{
    csv_to_framework_text, file_kind, framework_xlsx, picked_kind, template_xlsx, xlsx_to_framework_text,
    FileKind, NotOneDraft,
};
use mosaic::core::workbook::{from_csv_files, from_xlsx, template, to_xlsx, SHEETS};

fn fixture_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/workbook")
}

/// The two-tracks CSV files as (name, text), sorted by name as the studio sorts them.
fn csv_files() -> Vec<(String, String)> {
    let mut files: Vec<(String, String)> = std::fs::read_dir(fixture_dir().join("two-tracks"))
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "csv"))
        .map(|path| {
            (
                path.file_name().unwrap().to_string_lossy().into_owned(),
                std::fs::read_to_string(&path).unwrap(),
            )
        })
        .collect();
    files.sort();
    files
}

/// The two cells an author fixes: Roles!D4 (band b9 → b3) and Expectations!D15 (leadng →
/// leading). Each replacement is checked to change exactly one cell.
fn fixed(files: &[(String, String)]) -> Vec<(String, String)> {
    let fix = |name: &str, text: &str, wrong: &str, right: &str| {
        assert_eq!(text.matches(wrong).count(), 1, "{name}: {wrong} is in one cell");
        text.replace(wrong, right)
    };
    files
        .iter()
        .map(|(name, text)| {
            let text = match name.as_str() {
                "Roles.csv" => fix(name, text, ",b9,", ",b3,"),
                "Expectations.csv" => fix(name, text, ",leadng,", ",leading,"),
                _ => text.clone(),
            };
            (name.clone(), text)
        })
        .collect()
}

#[test]
fn files_open_by_their_names() {
    assert_eq!(file_kind("framework.json"), FileKind::Framework);
    assert_eq!(file_kind("careers"), FileKind::Framework);
    assert_eq!(file_kind("Framework.XLSX"), FileKind::Xlsx);
    assert_eq!(file_kind("Roles.csv"), FileKind::Csv);
    let names = |list: &[&str]| list.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    assert_eq!(picked_kind(&[]), None);
    assert_eq!(picked_kind(&names(&["a.xlsx"])), Some(Ok(FileKind::Xlsx)));
    assert_eq!(picked_kind(&names(&["Roles.csv", "Bands.CSV"])), Some(Ok(FileKind::Csv)));
    assert_eq!(
        picked_kind(&names(&["Roles.csv", "a.xlsx", "f.json"])),
        Some(Err(NotOneDraft { files: 3, not_csv: 2 }))
    );
    assert_eq!(picked_kind(&names(&["a.json", "b.json"])), Some(Err(NotOneDraft { files: 2, not_csv: 2 })));
}

#[test]
fn the_two_tracks_workbook_has_exactly_its_two_located_mistakes() {
    let problems = csv_to_framework_text(&csv_files()).expect_err("two mistakes");
    let lines: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
    assert_eq!(lines.len(), 2, "{lines:#?}");
    assert!(lines[0].starts_with("Roles!D4: ") && lines[0].contains("b9"), "{lines:#?}");
    assert!(lines[1].starts_with("Expectations!D15: ") && lines[1].contains("leadng"), "{lines:#?}");
}

#[test]
fn fixed_it_converts_to_a_framework_with_two_tracks_that_loads() {
    let text = csv_to_framework_text(&fixed(&csv_files())).expect("no mistakes left");
    let loaded = load(&text).expect("loads without errors");
    let tracks: Vec<&str> = loaded.framework.tracks.iter().map(|t| t.name.as_str()).collect();
    assert_eq!(tracks, ["Librarian", "Branch leadership"]);
    // Exported again, the workbook converts back to the same text.
    let again = xlsx_to_framework_text(&framework_xlsx(&loaded.framework).unwrap()).unwrap();
    assert_eq!(again, text);
}

#[test]
fn the_committed_xlsx_files_say_what_the_csv_files_say() {
    let pairs = [("two-tracks.xlsx", csv_files()), ("two-tracks-fixed.xlsx", fixed(&csv_files()))];
    for (file, csv) in pairs {
        let path = fixture_dir().join(file);
        if std::env::var_os("MOSAIC_WRITE_WORKBOOK_FIXTURES").is_some() {
            std::fs::write(&path, to_xlsx(&from_csv_files(&csv).unwrap()).unwrap()).unwrap();
        }
        let bytes = std::fs::read(&path).unwrap();
        assert_eq!(xlsx_to_framework_text(&bytes), csv_to_framework_text(&csv), "{file}");
        let sheets: Vec<String> = from_xlsx(&bytes).unwrap().sheets.into_iter().map(|s| s.name).collect();
        let csv_sheets: Vec<String> =
            csv.iter().map(|(name, _)| name.trim_end_matches(".csv").to_string()).collect();
        assert_eq!(sheets, csv_sheets, "{file}");
    }
}

#[test]
fn the_template_download_has_every_sheet_and_asks_for_bands_and_tracks() {
    let bytes = template_xlsx().unwrap();
    assert_eq!(&bytes[..2], b"PK", "an .xlsx file is a zip archive");
    let workbook = from_xlsx(&bytes).unwrap();
    assert_eq!(workbook, from_xlsx(&to_xlsx(&template()).unwrap()).unwrap());
    let names: Vec<&str> = workbook.sheets.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, SHEETS.iter().map(|s| s.name).collect::<Vec<_>>());
    let problems = xlsx_to_framework_text(&bytes).expect_err("a blank template is no framework yet");
    let text: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
    assert!(text.iter().any(|p| p.starts_with("Bands")), "{text:#?}");
    assert!(text.iter().any(|p| p.starts_with("Tracks")), "{text:#?}");
}

/// A draft converted from a workbook shows each problem at its cell; a framework file's
/// problems stay at their lines.
#[test]
fn problems_of_a_converted_workbook_are_at_their_cells() {
    use mosaic::core::studio::{check_draft, problem_cells, Draft};
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/format2/multi-discipline.json"),
    )
    .unwrap();
    let framework = load(&text).unwrap().framework;
    let converted = xlsx_to_framework_text(&framework_xlsx(&framework).unwrap()).unwrap();
    let check = check_draft(&converted);
    let problems = &check.problems;
    assert!(check.loaded.is_some(), "the converted fixture loads");
    assert!(problems.len() > 10, "the fixture has advice to locate: {}", problems.len());

    let from_workbook =
        Draft::open(Some("team.xlsx".into()), converted.clone(), "2026-11-30T10:00:00Z").unwrap();
    let cells = problem_cells(&from_workbook, &check);
    assert_eq!(cells.len(), problems.len());
    for (problem, cell) in problems.iter().zip(&cells) {
        let cell = cell.as_ref().unwrap_or_else(|| panic!("no cell for {}", problem.path));
        assert!(cell.row >= 2, "{cell} is below the header row");
    }

    let from_csv =
        Draft::open(Some("Bands.csv, Roles.csv".into()), converted.clone(), "2026-11-30T10:00:00Z").unwrap();
    assert_eq!(problem_cells(&from_csv, &check), cells);

    let json = Draft::open(Some("framework.json".into()), converted.clone(), "2026-11-30T10:00:00Z").unwrap();
    assert!(problem_cells(&json, &check).is_empty());

    // A draft with errors does not load, yet its findings still have cells.
    let first_band = &framework.bands[0].id;
    let broken = converted.replacen(&format!("\"band\": \"{first_band}\""), "\"band\": \"no-such-band\"", 1);
    assert_ne!(broken, converted, "the fixture names band {first_band}");
    let broken_check = check_draft(&broken);
    assert!(broken_check.loaded.is_none(), "an unknown band is an error");
    let broken_draft = Draft::open(Some("team.xlsx".into()), broken, "2026-11-30T10:00:00Z").unwrap();
    let broken_cells = problem_cells(&broken_draft, &broken_check);
    assert!(
        broken_cells.iter().any(Option::is_some),
        "the error is at a cell: {:?}",
        broken_check.problems.iter().map(|p| &p.message).collect::<Vec<_>>()
    );
}
