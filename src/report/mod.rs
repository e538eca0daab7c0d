//! Words for framework authors, shared by the `mosaic` command and the studio: the core
//! returns data (`core::diff`, `core::governance`, `Problem`); the sentences are here.
//! Plain Rust (no Leptos, no DOM), compiled for the browser too.

mod change;
mod changelog;
mod check;
mod diff_markdown;
mod governance;
mod packet;

pub use change::{change_sentence, kind_heading, subject_name, value_text};
pub use changelog::{changelog_draft, changelog_summary};
pub use check::{
    cell_line, check_line, line_and_column, rule_help_line, rule_id, rules_found, severity_word,
};
pub use diff_markdown::{bump_sentence, diff_markdown, diff_markdown_at, impact_meaning, impact_word};
pub use governance::governance_sentence;
pub use packet::{figure_rows, finding_line, packet_markdown};
