//! A problem as one line of `mosaic check`, the way compilers and linters write them, so
//! editors and CI annotate the right line.

use crate::core::framework::{Concern, Problem, Severity};

/// The rule a problem is reported under: the lint rule's ID, `parity` for parity warnings,
/// `format` for the format's own errors and warnings.
pub fn rule_id(problem: &Problem) -> &'static str {
    match (problem.rule, problem.concern) {
        (Some(rule), _) => rule,
        (None, Concern::Parity) => "parity",
        (None, _) => "format",
    }
}

pub fn severity_word(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    }
}

/// Where a problem is, as editors count: line and column from 1. serde_json reports the end
/// of a file that ends with a newline as column 0 of the line after it; that place is
/// column 1 to an editor.
pub fn line_and_column(problem: &Problem) -> Option<(usize, usize)> {
    problem.position.map(|at| (at.line.max(1), at.column.max(1)))
}

/// `file:line:col: severity[rule]: message`. A problem with no position (the whole file,
/// or a path the text doesn't have) is written `file: severity[rule]: message (path)`:
/// no line is made up, and the JSON path still says where.
pub fn check_line(file: &str, problem: &Problem) -> String {
    let head = format!("{}[{}]", severity_word(problem.severity), rule_id(problem));
    match line_and_column(problem) {
        Some((line, column)) => format!("{file}:{line}:{column}: {head}: {}", problem.message),
        None if problem.path.is_empty() => format!("{file}: {head}: {}", problem.message),
        None => format!("{file}: {head}: {} ({})", problem.message, problem.path),
    }
}
