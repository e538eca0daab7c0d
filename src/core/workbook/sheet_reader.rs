//! Reading one sheet by its layout: columns found by name (in any order), unknown and
//! missing columns reported, blank rows skipped, and every cell's mistake located.

use std::collections::HashMap;
use std::rc::Rc;
use std::str::FromStr;

use super::layout::SheetLayout;
use super::model::{CellProblem, Workbook};

pub struct SheetReader<'a> {
    layout: SheetLayout,
    rows: &'a [Vec<String>],
    columns: Rc<HashMap<&'static str, usize>>,
}

impl<'a> SheetReader<'a> {
    /// The sheet, or no rows (and a problem when the layout requires the sheet).
    pub fn open(workbook: &'a Workbook, layout: SheetLayout, problems: &mut Vec<CellProblem>) -> Self {
        let mut reader = SheetReader { layout, rows: &[], columns: Rc::default() };
        let mut columns = HashMap::new();
        let Some(sheet) = workbook.sheet(layout.name) else {
            if layout.required {
                problems.push(CellProblem::sheet(layout.name, "the sheet is missing"));
            }
            return reader;
        };
        reader.rows = &sheet.rows;
        for (index, name) in sheet.header.iter().enumerate() {
            let wanted = name.trim().to_lowercase();
            if wanted.is_empty() {
                if sheet.rows.iter().any(|row| row.get(index).is_some_and(|cell| !cell.trim().is_empty())) {
                    problems.push(CellProblem::at(layout.name, 1, index, "this column has no name in row 1"));
                }
                continue;
            }
            match layout.columns.iter().find(|column| **column == wanted) {
                Some(column) if columns.contains_key(column) => problems.push(CellProblem::at(
                    layout.name,
                    1,
                    index,
                    format!("the column \"{column}\" appears twice"),
                )),
                Some(column) => {
                    columns.insert(*column, index);
                }
                None => problems.push(CellProblem::at(
                    layout.name,
                    1,
                    index,
                    format!(
                        "unknown column \"{}\"; this sheet's columns are: {}",
                        name.trim(),
                        layout.columns.join(", ")
                    ),
                )),
            }
        }
        reader.columns = Rc::new(columns);
        for key in layout.keys {
            if !reader.columns.contains_key(key) {
                problems.push(CellProblem::sheet(layout.name, format!("the column \"{key}\" is missing")));
            }
        }
        reader
    }

    /// The rows that aren't blank, each with its key cells filled (a row missing one is
    /// reported and left out).
    pub fn rows(&self, problems: &mut Vec<CellProblem>) -> Vec<Row<'a>> {
        let mut rows = Vec::new();
        for (index, cells) in self.rows.iter().enumerate() {
            if cells.iter().all(|cell| cell.trim().is_empty()) {
                continue;
            }
            let row =
                Row { sheet: self.layout.name, columns: Rc::clone(&self.columns), number: index + 2, cells };
            let mut complete = true;
            for key in self.layout.keys {
                if self.columns.contains_key(key) && row.id(key).is_empty() {
                    problems.push(row.problem(key, format!("\"{key}\" must be filled in")));
                    complete = false;
                }
            }
            if complete {
                rows.push(row);
            }
        }
        rows
    }
}

pub struct Row<'a> {
    sheet: &'static str,
    columns: Rc<HashMap<&'static str, usize>>,
    /// The spreadsheet's row number.
    pub number: usize,
    cells: &'a [String],
}

impl Row<'_> {
    /// The cell exactly as written; blank when the column isn't in the sheet.
    pub fn text(&self, column: &str) -> String {
        self.cell(column).to_string()
    }

    /// An ID or reference: spaces around it don't count.
    pub fn id(&self, column: &str) -> String {
        self.cell(column).trim().to_string()
    }

    fn cell(&self, column: &str) -> &str {
        self.columns.get(column).and_then(|&index| self.cells.get(index)).map(String::as_str).unwrap_or("")
    }

    /// A problem at this row's cell in `column` (the whole row when the column is left out).
    pub fn problem(&self, column: &str, message: impl Into<String>) -> CellProblem {
        match self.columns.get(column) {
            Some(&index) => CellProblem::at(self.sheet, self.number, index, message),
            None => CellProblem {
                sheet: self.sheet.to_string(),
                row: self.number,
                column: String::new(),
                message: message.into(),
            },
        }
    }

    /// A number; blank is none. Anything else is reported as the wrong type.
    pub fn number<T: FromStr>(&self, column: &str, problems: &mut Vec<CellProblem>) -> Option<T> {
        let cell = self.id(column);
        if cell.is_empty() {
            return None;
        }
        match cell.parse() {
            Ok(number) => Some(number),
            Err(_) => {
                problems.push(
                    self.problem(column, format!("\"{column}\" should be a whole number, not \"{cell}\"")),
                );
                None
            }
        }
    }

    /// The value a cell reader made of the cell, or its message located here.
    pub fn read<T>(
        &self,
        column: &str,
        read: Result<T, String>,
        problems: &mut Vec<CellProblem>,
    ) -> Option<T> {
        read.map_err(|message| problems.push(self.problem(column, message))).ok()
    }
}
