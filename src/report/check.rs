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

/// `file:line:col: severity[rule]: message`. A problem with no position (the whole file,
/// or a path the text doesn't have) is written `file: severity[rule]: message (path)`:
/// no line is made up, and the JSON path still says where.
pub fn check_line(file: &str, problem: &Problem) -> String {
    let head = format!("{}[{}]", severity_word(problem.severity), rule_id(problem));
    match problem.position {
        Some(at) => format!("{file}:{}:{}: {head}: {}", at.line, at.column, problem.message),
        None if problem.path.is_empty() => format!("{file}: {head}: {}", problem.message),
        None => format!("{file}: {head}: {} ({})", problem.message, problem.path),
    }
}
