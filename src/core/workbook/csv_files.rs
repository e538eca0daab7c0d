//! The workbook as CSV files, one per sheet, named `<sheet>.csv` (`Roles.csv`), the first
//! record the header. Cells keep their line breaks (CSV quotes them).

use super::model::{CellProblem, Sheet, Workbook};

pub fn to_csv_files(workbook: &Workbook) -> Vec<(String, String)> {
    workbook
        .sheets
        .iter()
        .map(|sheet| {
            let mut writer = csv::WriterBuilder::new().flexible(true).from_writer(Vec::new());
            let _ = writer.write_record(&sheet.header);
            for row in &sheet.rows {
                let _ = writer.write_record(row);
            }
            let bytes = writer.into_inner().unwrap_or_default();
            (format!("{}.csv", sheet.name), String::from_utf8(bytes).unwrap_or_default())
        })
        .collect()
}

/// Files as (name, text); the sheet is the name without its folder and `.csv`.
pub fn from_csv_files(files: &[(String, String)]) -> Result<Workbook, Vec<CellProblem>> {
    let mut problems = Vec::new();
    let mut sheets = Vec::new();
    for (file, text) in files {
        let base = file.rsplit(['/', '\\']).next().unwrap_or(file);
        let name = base.strip_suffix(".csv").or_else(|| base.strip_suffix(".CSV")).unwrap_or(base);
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let mut reader =
            csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(text.as_bytes());
        let mut records = Vec::new();
        for record in reader.records() {
            match record {
                Ok(record) => records.push(record.iter().map(str::to_string).collect::<Vec<_>>()),
                Err(err) => {
                    let row = err.position().map(|at| at.record() as usize + 1).unwrap_or(0);
                    problems.push(CellProblem {
                        sheet: name.to_string(),
                        row,
                        column: String::new(),
                        message: format!("not readable as CSV: {err}"),
                    });
                    break;
                }
            }
        }
        let mut records = records.into_iter();
        let header = records.next().unwrap_or_default();
        sheets.push(Sheet { name: name.to_string(), header, rows: records.collect() });
    }
    if problems.is_empty() {
        Ok(Workbook { sheets })
    } else {
        Err(problems)
    }
}
