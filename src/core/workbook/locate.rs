//! A problem found in a framework, shown where its author edits it: the cell of the workbook
//! `to_workbook` writes that holds the value at the problem's JSON path
//! (`tracks[2].levels[0].band` → `Roles!D14`). An author who works in the spreadsheet never
//! sees the JSON, so lines in it would point nowhere they know.
//!
//! The rows are the writer's own rows, in its order, and each column's place in the file is
//! the layout's `fields`: nothing here knows a sheet by name.

use std::collections::HashMap;
use std::fmt;

use super::layout::SheetLayout;
use super::model::column_letter;
use super::write::{written_sheets, WrittenRow};
use crate::core::framework::Framework;

/// A cell of the workbook: sheet, spreadsheet row number (the header is row 1), column letter
/// and the column's header. Shown as `Roles!D14`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WorkbookCell {
    pub sheet: &'static str,
    pub row: usize,
    pub column: String,
    pub header: &'static str,
}

impl fmt::Display for WorkbookCell {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}!{}{}", self.sheet, self.column, self.row)
    }
}

/// The cell holding the value at `path` (a `Problem`'s path) in `to_workbook(framework)`, or
/// `None` when the path is empty (the whole file) or names nothing the workbook writes.
/// A path naming a whole item (`tracks[2].levels[0]`) is its row's ID cell (its first cell
/// when it has no ID); a path inside a cell (`…examples[1]`, `…links[0].url`) is that cell.
pub fn locate_cell(framework: &Framework, path: &str) -> Option<WorkbookCell> {
    CellIndex::of(framework).locate(path)
}

/// `locate_cell` for many paths of one framework, reading its workbook once.
pub fn locate_cells<'a>(
    framework: &Framework,
    paths: impl IntoIterator<Item = &'a str>,
) -> Vec<Option<WorkbookCell>> {
    let index = CellIndex::of(framework);
    paths.into_iter().map(|path| index.locate(path)).collect()
}

/// Every written cell's path and every row's item, in the workbook's order.
struct CellIndex {
    /// Cells that hold a value of the file: (its path, where it is).
    cells: Vec<(String, Place)>,
    /// The first cell holding each path.
    exact: HashMap<String, usize>,
    /// Rows: (the item they write, their ID cell).
    rows: Vec<(String, Place)>,
}

#[derive(Clone, Copy)]
struct Place {
    layout: SheetLayout,
    /// 0-based data row (below the header).
    row: usize,
    /// 0-based column.
    column: usize,
}

impl Place {
    fn cell(self) -> WorkbookCell {
        WorkbookCell {
            sheet: self.layout.name,
            row: self.row + 2,
            column: column_letter(self.column),
            header: self.layout.columns[self.column],
        }
    }
}

impl CellIndex {
    fn of(framework: &Framework) -> CellIndex {
        let mut index = CellIndex { cells: Vec::new(), exact: HashMap::new(), rows: Vec::new() };
        for (layout, rows) in written_sheets(framework) {
            let id_column = layout.fields.iter().position(|field| *field == "id").unwrap_or(0);
            for (r, written) in rows.iter().enumerate() {
                index.rows.push((written.item.clone(), Place { layout, row: r, column: id_column }));
                for (column, field) in layout.fields.iter().enumerate() {
                    if let Some(path) = cell_path(written, field) {
                        index.exact.entry(path.clone()).or_insert(index.cells.len());
                        index.cells.push((path, Place { layout, row: r, column }));
                    }
                }
            }
        }
        index
    }

    fn locate(&self, path: &str) -> Option<WorkbookCell> {
        if path.is_empty() {
            return None;
        }
        let place = self
            .exact
            .get(path)
            .map(|&i| self.cells[i].1)
            // Inside one cell: an item of a list, a link's URL.
            .or_else(|| deepest(&self.cells, |cell| within(path, cell)))
            // A whole item: its row.
            .or_else(|| self.rows.iter().find(|(item, _)| item == path).map(|(_, place)| *place))
            // A part written over several cells (a pay range, `branches_from`, a scale's
            // steps): the first of them.
            .or_else(|| self.cells.iter().find(|(cell, _)| within(cell, path)).map(|(_, place)| *place))
            // Inside an item but in no cell (a role's empty list of expectations): its row.
            .or_else(|| deepest(&self.rows, |item| within(path, item)))?;
        Some(place.cell())
    }
}

/// The entry with the longest path that `contains` accepts; the first of equals.
fn deepest(entries: &[(String, Place)], contains: impl Fn(&str) -> bool) -> Option<Place> {
    entries
        .iter()
        .filter(|(path, _)| contains(path))
        .fold(None::<&(String, Place)>, |best, entry| match best {
            Some(best) if best.0.len() >= entry.0.len() => Some(best),
            _ => Some(entry),
        })
        .map(|(_, place)| *place)
}

/// `path` is `outer` or a path inside it (`a.b[1]` is inside `a.b`, `a.bc` is not).
fn within(path: &str, outer: &str) -> bool {
    path.strip_prefix(outer).is_some_and(|rest| rest.is_empty() || rest.starts_with(['.', '[']))
}

/// The path of the value a column of this row holds, by the column's field in the layout.
fn cell_path(row: &WrittenRow, field: &str) -> Option<String> {
    let mut item = row.item.as_str();
    let mut field = field;
    if field.is_empty() {
        return None;
    }
    if field == "." || (field == "text" && row.item_is_text) {
        return Some(item.to_string());
    }
    while let Some(rest) = field.strip_prefix('^') {
        item = owner(item)?;
        field = rest;
    }
    Some(format!("{item}.{field}"))
}

/// The item that holds an item of one of its lists or maps: `tracks[1]` for
/// `tracks[1].levels[2]`, `competencies[3]` for `competencies[3].descriptors.b2`; none for a
/// top-level item.
fn owner(item: &str) -> Option<&str> {
    let mut path = parent(item)?;
    while !path.ends_with(']') {
        path = parent(path)?;
    }
    Some(path)
}

/// The path without its last step (`[2]` or `.name`); none for a top-level name.
fn parent(path: &str) -> Option<&str> {
    let cut = if path.ends_with(']') { path.rfind('[') } else { path.rfind('.') };
    cut.map(|at| &path[..at]).filter(|parent| !parent.is_empty())
}
