//! The framework as a workbook, and back: one sheet per part of the file, the same layout as
//! an `.xlsx` file or a set of CSV files (docs/workbook.md). Most organizations keep their
//! framework in a spreadsheet; this lets them edit a published framework there and bring it
//! back exactly: framework → workbook → framework is identity.
//!
//! Pure Rust, no I/O: bytes and texts in, bytes and texts out. Only the studio and the
//! `mosaic convert` command call it, so the public bundles link none of it.

mod cells;
mod csv_files;
mod layout;
mod locate;
mod model;
mod read;
mod read_framework_sheet;
mod sheet_reader;
mod template;
mod text;
mod write;
mod xlsx;

pub use csv_files::{from_csv_files, to_csv_files};
pub use layout::{SheetLayout, SHEETS};
pub use locate::{locate_cell, locate_cells, WorkbookCell};
pub use model::{column_letter, CellProblem, Sheet, Workbook};
pub use read::from_workbook;
pub use template::template;
pub use text::framework_text;
pub use write::to_workbook;
pub use xlsx::{from_xlsx, to_xlsx};
