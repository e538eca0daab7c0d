//! The workbook as an `.xlsx` file: read with calamine, written with rust_xlsxwriter, bytes
//! in and out (the studio has no file system). A cell whose text reads back as the same
//! number is stored as a number, so spreadsheet programs can sum pay and weights.

use std::io::Cursor;

use calamine::{Data, Reader, Xlsx};
use rust_xlsxwriter::{Format, Workbook as XlsxWorkbook};

use super::model::{CellProblem, Sheet, Workbook};

pub fn to_xlsx(workbook: &Workbook) -> Result<Vec<u8>, String> {
    let mut book = XlsxWorkbook::new();
    let bold = Format::new().set_bold();
    for sheet in &workbook.sheets {
        let worksheet = book.add_worksheet();
        worksheet.set_name(&sheet.name).map_err(|err| err.to_string())?;
        for (column, name) in sheet.header.iter().enumerate() {
            worksheet
                .write_string_with_format(0, column as u16, name, &bold)
                .map_err(|err| err.to_string())?;
        }
        worksheet.set_freeze_panes(1, 0).map_err(|err| err.to_string())?;
        for (index, row) in sheet.rows.iter().enumerate() {
            let at = index as u32 + 1;
            for (column, cell) in row.iter().enumerate() {
                let column = column as u16;
                if cell.is_empty() {
                    continue;
                }
                let written = match exact_number(cell) {
                    Some(number) => worksheet.write_number(at, column, number).map(|_| ()),
                    None => worksheet.write_string(at, column, cell).map(|_| ()),
                };
                written.map_err(|err| {
                    format!("{}!{}{}: {err}", sheet.name, super::column_letter(column as usize), at + 1)
                })?;
            }
        }
    }
    book.save_to_buffer().map_err(|err| err.to_string())
}

/// The number a cell's text is, when writing it as a number reads back as the same text
/// ("12", "0.5"; not "007", "2026.10" or "1e3").
fn exact_number(cell: &str) -> Option<f64> {
    let number: f64 = cell.parse().ok()?;
    (number.is_finite() && number_text(number) == cell).then_some(number)
}

fn number_text(number: f64) -> String {
    format!("{number}")
}

pub fn from_xlsx(bytes: &[u8]) -> Result<Workbook, Vec<CellProblem>> {
    let unreadable =
        |err: String| vec![CellProblem::sheet("workbook", format!("not readable as an .xlsx file: {err}"))];
    let mut book: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).map_err(|err| unreadable(err.to_string()))?;
    let mut problems = Vec::new();
    let mut sheets = Vec::new();
    for name in book.sheet_names() {
        let range = book.worksheet_range(&name).map_err(|err| unreadable(err.to_string()))?;
        let mut grid: Vec<Vec<String>> = Vec::new();
        if let Some((end_row, end_column)) = range.end() {
            // Positions are absolute (the used range may start below or right of A1), so
            // every cell keeps its own row number and letter.
            for row in 0..=end_row {
                let mut cells = Vec::new();
                for column in 0..=end_column {
                    let cell = match range.get_value((row, column)) {
                        None => String::new(),
                        Some(data) => cell_text(data).unwrap_or_else(|message| {
                            problems.push(CellProblem::at(&name, row as usize + 1, column as usize, message));
                            String::new()
                        }),
                    };
                    cells.push(cell);
                }
                while cells.last().is_some_and(String::is_empty) {
                    cells.pop();
                }
                grid.push(cells);
            }
        }
        let mut rows = grid.into_iter();
        let header = rows.next().unwrap_or_default();
        let mut rows: Vec<Vec<String>> = rows.collect();
        while rows.last().is_some_and(|row| row.is_empty()) {
            rows.pop();
        }
        // A spreadsheet has no row length: every row is as wide as the header (or its last cell).
        for row in &mut rows {
            if row.len() < header.len() {
                row.resize(header.len(), String::new());
            }
        }
        sheets.push(Sheet { name, header, rows });
    }
    if problems.is_empty() {
        Ok(Workbook { sheets })
    } else {
        Err(problems)
    }
}

/// A cell as the text the layout reads: numbers as written, dates as YYYY-MM-DD (spreadsheet
/// programs turn a typed date into a date cell).
fn cell_text(data: &Data) -> Result<String, String> {
    Ok(match data {
        Data::Empty => String::new(),
        Data::String(text) => text.clone(),
        Data::Int(number) => number.to_string(),
        Data::Float(number) => number_text(*number),
        Data::Bool(value) => value.to_string(),
        Data::DateTime(date) if date.is_datetime() && date.as_f64().fract() == 0.0 => {
            iso_date(date.as_f64() as i64)
        }
        Data::DateTime(date) => number_text(date.as_f64()),
        Data::DateTimeIso(text) | Data::DurationIso(text) => text
            .get(..10)
            .filter(|_| text.len() > 10 && text.contains('T'))
            .map_or(text.clone(), str::to_string),
        Data::Error(err) => return Err(format!("the cell holds a spreadsheet error ({err})")),
    })
}

/// A spreadsheet date serial (days since 1899-12-30) as YYYY-MM-DD.
fn iso_date(serial: i64) -> String {
    // Days since 1970-01-01, then the civil date (Howard Hinnant's algorithm).
    let days = serial - 25569;
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

#[cfg(test)]
mod tests {
    #[test]
    fn date_serials_read_as_iso_dates() {
        assert_eq!(super::iso_date(45_658), "2025-01-01");
        assert_eq!(super::iso_date(25_569), "1970-01-01");
    }
}
