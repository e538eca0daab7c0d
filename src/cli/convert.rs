//! `mosaic convert INPUT -o OUTPUT`: a workbook (`.xlsx`, or a folder of CSV files) to
//! `framework.json`, or `framework.json` to a workbook (docs/workbook.md). A workbook's
//! mistakes are printed at their cells (`file.xlsx: Roles!C14: …`); the framework it makes is
//! then checked as `mosaic check` checks a file, and those problems are printed at the cells
//! too: the author edits the workbook, not the JSON.

use std::io::Write;
use std::path::Path;

use super::{CLEAN, PROBLEMS, USAGE};
use crate::core::framework::{load, Severity};
use crate::core::studio::check_draft;
use crate::core::workbook::{
    framework_text, from_csv_files, from_workbook, from_xlsx, locate_cells, to_csv_files, to_workbook,
    to_xlsx, CellProblem, Workbook,
};
use crate::report::{cell_line, check_line};

/// What a path holds, by its extension: `.json` a framework, `.xlsx` a workbook, anything
/// else (a folder) the workbook's CSV files.
#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Framework,
    Xlsx,
    CsvFolder,
}

fn kind(path: &Path) -> Kind {
    match path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase).as_deref() {
        Some("json") => Kind::Framework,
        Some("xlsx") => Kind::Xlsx,
        _ => Kind::CsvFolder,
    }
}

pub(super) fn run(input: &Path, output: &Path, out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    match (kind(input), kind(output)) {
        (Kind::Framework, Kind::Framework) | (Kind::Xlsx | Kind::CsvFolder, Kind::Xlsx | Kind::CsvFolder) => {
            let _ = writeln!(
                err,
                "mosaic: convert turns a workbook (.xlsx or a folder of .csv files) into framework.json, or back"
            );
            USAGE
        }
        (Kind::Framework, to) => framework_to_workbook(input, output, to, out, err),
        (from, _) => workbook_to_framework(input, output, from, out, err),
    }
}

fn workbook_to_framework(
    input: &Path,
    output: &Path,
    from: Kind,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
    let workbook = match read_workbook(input, from, err) {
        Ok(Ok(workbook)) => workbook,
        Ok(Err(problems)) => return cell_problems(input, &problems, out, err),
        Err(status) => return status,
    };
    let framework = match from_workbook(&workbook) {
        Ok(framework) => framework,
        Err(problems) => return cell_problems(input, &problems, out, err),
    };
    let text = framework_text(&framework);
    if let Err(why) = std::fs::write(output, &text) {
        let _ = writeln!(err, "mosaic: can't write {}: {why}", output.display());
        return USAGE;
    }
    // The converted file is checked as `mosaic check` would check it; each problem is shown
    // at the workbook cell holding its value, or at its line in the file when no cell does.
    let file = output.display().to_string();
    let workbook_name = input.display().to_string();
    let problems = check_draft(&text).problems;
    let cells = locate_cells(&framework, problems.iter().map(|p| p.path.as_str()));
    for (problem, cell) in problems.iter().zip(&cells) {
        let line = match cell {
            Some(cell) => cell_line(&workbook_name, cell, problem),
            None => check_line(&file, problem),
        };
        let _ = writeln!(out, "{line}");
    }
    let errors = problems.iter().filter(|p| p.severity == Severity::Error).count();
    let plural = |n: usize, word: &str| if n == 1 { format!("1 {word}") } else { format!("{n} {word}s") };
    let (e, w) = (plural(errors, "error"), plural(problems.len() - errors, "warning"));
    let _ = writeln!(err, "{}: wrote {file}: {e}, {w}", input.display());
    if errors > 0 {
        PROBLEMS
    } else {
        CLEAN
    }
}

fn framework_to_workbook(
    input: &Path,
    output: &Path,
    to: Kind,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
    let text = match super::read(input, err) {
        Ok(text) => text,
        Err(status) => return status,
    };
    let file = input.display().to_string();
    let framework = match load(&text) {
        Ok(loaded) => loaded.framework,
        Err(problems) => {
            for problem in &problems {
                let _ = writeln!(out, "{}", check_line(&file, problem));
            }
            let _ = writeln!(err, "{file}: has errors; fix them before converting");
            return PROBLEMS;
        }
    };
    let workbook = to_workbook(&framework);
    let written = match to {
        Kind::Xlsx => {
            to_xlsx(&workbook).map_err(|why| why.to_string()).and_then(|bytes| write(output, &bytes))
        }
        _ => write_csv_folder(output, &workbook),
    };
    match written {
        Ok(()) => {
            let _ = writeln!(err, "{file}: wrote {}", output.display());
            CLEAN
        }
        Err(why) => {
            let _ = writeln!(err, "mosaic: can't write {}: {why}", output.display());
            USAGE
        }
    }
}

/// The workbook, its reading problems (not a workbook, a broken CSV file), or the exit
/// status after saying why the input can't be read.
fn read_workbook(
    input: &Path,
    from: Kind,
    err: &mut dyn Write,
) -> Result<Result<Workbook, Vec<CellProblem>>, u8> {
    let cant_read = |why: std::io::Error, err: &mut dyn Write| {
        let _ = writeln!(err, "mosaic: can't read {}: {why}", input.display());
        USAGE
    };
    if from == Kind::Xlsx {
        return std::fs::read(input).map(|bytes| from_xlsx(&bytes)).map_err(|why| cant_read(why, err));
    }
    let entries = std::fs::read_dir(input).map_err(|why| cant_read(why, err))?;
    let mut files = Vec::new();
    for entry in entries {
        let path = entry.map_err(|why| cant_read(why, err))?.path();
        if path.extension().is_some_and(|e| e.eq_ignore_ascii_case("csv")) {
            let text = std::fs::read_to_string(&path).map_err(|why| cant_read(why, err))?;
            let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            files.push((name, text));
        }
    }
    files.sort();
    Ok(from_csv_files(&files))
}

fn cell_problems(input: &Path, problems: &[CellProblem], out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    for problem in problems {
        let _ = writeln!(out, "{}: {problem}", input.display());
    }
    let plural = if problems.len() == 1 { "" } else { "s" };
    let _ = writeln!(err, "{}: {} problem{plural} in the workbook", input.display(), problems.len());
    PROBLEMS
}

fn write(path: &Path, bytes: &[u8]) -> Result<(), String> {
    std::fs::write(path, bytes).map_err(|why| why.to_string())
}

fn write_csv_folder(folder: &Path, workbook: &Workbook) -> Result<(), String> {
    std::fs::create_dir_all(folder).map_err(|why| why.to_string())?;
    for (name, text) in to_csv_files(workbook) {
        write(&folder.join(name), text.as_bytes())?;
    }
    Ok(())
}
