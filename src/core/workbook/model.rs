//! A workbook as plain data: named sheets of text cells, and a problem located at a cell.

use std::fmt;

/// Sheets in order, each a header row and data rows of text cells. Numbers, yes/no and dates
/// are written as text here; the `.xlsx` writer stores a cell as a number when the text
/// reads back as the same number.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Workbook {
    pub sheets: Vec<Sheet>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Sheet {
    pub name: String,
    /// The first row: column names.
    pub header: Vec<String>,
    /// Rows below the header. A row may be shorter than the header: missing cells are blank.
    pub rows: Vec<Vec<String>>,
}

impl Workbook {
    pub fn sheet(&self, name: &str) -> Option<&Sheet> {
        self.sheets.iter().find(|sheet| sheet.name.trim().eq_ignore_ascii_case(name))
    }
}

/// A mistake in a workbook, where a spreadsheet program shows it: `Roles!C14`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CellProblem {
    pub sheet: String,
    /// The spreadsheet's row number (the header is row 1); 0 when the problem concerns the
    /// whole sheet.
    pub row: usize,
    /// The column's letter ("C"); empty when the problem concerns a whole row or sheet.
    pub column: String,
    pub message: String,
}

impl CellProblem {
    pub fn at(sheet: &str, row: usize, column: usize, message: impl Into<String>) -> Self {
        CellProblem { sheet: sheet.to_string(), row, column: column_letter(column), message: message.into() }
    }

    pub fn sheet(sheet: &str, message: impl Into<String>) -> Self {
        CellProblem { sheet: sheet.to_string(), row: 0, column: String::new(), message: message.into() }
    }
}

impl fmt::Display for CellProblem {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match (self.row, self.column.is_empty()) {
            (0, _) => write!(f, "{}: {}", self.sheet, self.message),
            (row, true) => write!(f, "{}!{row}:{row}: {}", self.sheet, self.message),
            (row, false) => write!(f, "{}!{}{row}: {}", self.sheet, self.column, self.message),
        }
    }
}

/// The spreadsheet letter of a 0-based column: 0 → "A", 25 → "Z", 26 → "AA".
pub fn column_letter(column: usize) -> String {
    let mut n = column + 1;
    let mut letters = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        letters.push(b'A' + rem as u8);
        n = (n - 1) / 26;
    }
    letters.reverse();
    String::from_utf8(letters).unwrap_or_default()
}
