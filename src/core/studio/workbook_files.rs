//! The files an author gives the studio, told apart by name: a framework file (JSON), a
//! workbook (`.xlsx`), or the workbook's sheets as CSV files (one or several at once). A
//! workbook is converted to the framework's JSON text, which then opens as any draft; its
//! mistakes come back located at their cells (`Roles!D14: …`). And the other way: the
//! draft's framework as a workbook, and the blank template.

use super::{Draft, DraftCheck};
use crate::core::framework::Framework;
use crate::core::workbook::{
    framework_text, from_csv_files, from_workbook, from_xlsx, locate_cells, template, to_workbook, to_xlsx,
    CellProblem, WorkbookCell,
};

/// What one file holds, by its name's extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    /// Anything but a workbook: read as the framework's JSON text (a wrong file is then
    /// reported by the usual problems, at their lines).
    Framework,
    Xlsx,
    Csv,
}

pub fn file_kind(name: &str) -> FileKind {
    let extension = name.rsplit_once('.').map(|(_, ext)| ext.to_ascii_lowercase());
    match extension.as_deref() {
        Some("xlsx") => FileKind::Xlsx,
        Some("csv") => FileKind::Csv,
        _ => FileKind::Framework,
    }
}

/// Why a set of files can't be opened together: only CSV files (a workbook's sheets) come
/// several at a time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotOneDraft {
    /// How many files were given.
    pub files: usize,
    /// How many of them are not CSV files.
    pub not_csv: usize,
}

/// What a set of picked or dropped files is: one framework file, one workbook, or a
/// workbook's CSV files. `None` when no file was given.
pub fn picked_kind(names: &[String]) -> Option<Result<FileKind, NotOneDraft>> {
    let kinds: Vec<FileKind> = names.iter().map(|name| file_kind(name)).collect();
    match kinds.as_slice() {
        [] => None,
        [one] => Some(Ok(*one)),
        several => {
            let not_csv = several.iter().filter(|kind| **kind != FileKind::Csv).count();
            Some(if not_csv == 0 {
                Ok(FileKind::Csv)
            } else {
                Err(NotOneDraft { files: several.len(), not_csv })
            })
        }
    }
}

/// A workbook (`.xlsx` bytes) as the framework's JSON text, or every mistake at its cell.
pub fn xlsx_to_framework_text(bytes: &[u8]) -> Result<String, Vec<CellProblem>> {
    let workbook = from_xlsx(bytes)?;
    from_workbook(&workbook).map(|framework| framework_text(&framework))
}

/// A workbook's CSV files, as (file name, text), as the framework's JSON text, or every
/// mistake at its cell.
pub fn csv_to_framework_text(files: &[(String, String)]) -> Result<String, Vec<CellProblem>> {
    let workbook = from_csv_files(files)?;
    from_workbook(&workbook).map(|framework| framework_text(&framework))
}

/// The framework as an `.xlsx` workbook, to edit in a spreadsheet program and bring back.
pub fn framework_xlsx(framework: &Framework) -> Result<Vec<u8>, String> {
    to_xlsx(&to_workbook(framework))
}

/// The blank workbook an author fills in: every sheet with its columns, the Framework
/// sheet's fields with their defaults.
pub fn template_xlsx() -> Result<Vec<u8>, String> {
    to_xlsx(&template())
}

/// Whether a draft's text was converted from a workbook (its name is the workbook's, or
/// its CSV files'), so its problems are best shown at the cells the author edits.
pub fn from_a_workbook(draft: &Draft) -> bool {
    draft.file_name.as_deref().is_some_and(|name| file_kind(name) != FileKind::Framework)
}

/// For a draft converted from a workbook, the cell of each problem (in the problems'
/// order), in the workbook the draft's framework makes; empty for any other draft. The
/// framework is read without validation: a draft with errors has cells too.
pub fn problem_cells(draft: &Draft, check: &DraftCheck) -> Vec<Option<WorkbookCell>> {
    if !from_a_workbook(draft) {
        return Vec::new();
    }
    let paths = check.problems.iter().map(|p| p.path.as_str());
    // A draft that loaded is not parsed again; one with errors is read as far as serde can.
    match &check.loaded {
        Some(loaded) => locate_cells(&loaded.framework, paths),
        None => match serde_json::from_str::<Framework>(&draft.text) {
            Ok(framework) => locate_cells(&framework, paths),
            Err(_) => Vec::new(),
        },
    }
}
