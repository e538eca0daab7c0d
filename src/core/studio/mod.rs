//! The framework studio: a draft of the framework file an author opens in the browser, kept
//! on the device (`draft`), checked for every problem and lint finding grouped as the
//! Problems page lists them (`findings`), and what publishing it would change in the
//! person's own stored assessment (`changes_for_me`), and the council's review packet
//! (`packet`); a workbook or its CSV files opened as a draft, and the draft as a workbook
//! (`workbook_files`).

pub mod changes_for_me;
pub mod draft;
pub mod findings;
pub mod packet;
pub mod workbook_files;

pub use changes_for_me::{changes_for_me, ChangesForMe};
pub use draft::{Draft, NothingToOpen, DRAFT_KEY};
pub use findings::{
    check_draft, group_findings, DraftCheck, FindingGroup, FindingKind, Section, SectionFindings,
};
pub use packet::{Figures, Packet};
pub use workbook_files::{
    csv_to_framework_text, file_kind, framework_xlsx, from_a_workbook, picked_kind, problem_cells,
    template_xlsx, xlsx_to_framework_text, FileKind, NotOneDraft,
};
