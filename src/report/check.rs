//! A problem as one line of `mosaic check`, the way compilers and linters write them, so
//! editors and CI annotate the right line.

use crate::core::framework::{Concern, Problem, Severity};
use crate::core::lint::{self, Rule};
use crate::core::workbook::WorkbookCell;

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

/// `workbook: Sheet!C14: severity[rule]: message`: a problem of a framework converted from a
/// workbook, at the cell that holds its value, so its author fixes it where they edit.
pub fn cell_line(workbook: &str, cell: &WorkbookCell, problem: &Problem) -> String {
    format!(
        "{workbook}: {cell}: {}[{}]: {}",
        severity_word(problem.severity),
        rule_id(problem),
        problem.message
    )
}

/// What `mosaic check` says once under the lines for each lint rule that found something:
/// why the rule matters, how to fix what it found, and how to keep an item that is meant.
pub fn rule_help_line(rule: &Rule) -> String {
    format!(
        "help[{id}]: {why} Fix: {fix} If it is intended, add {{\"rule\": \"{id}\", \"at\": \"<path>\", \"reason\": \"…\"}} to governance.lint_allow (docs/lint.md).",
        id = rule.id,
        why = rule.why,
        fix = rule.fix,
    )
}

/// The lint rules behind `problems`, each once, in the order they are first met.
pub fn rules_found(problems: &[Problem]) -> Vec<&'static Rule> {
    let mut rules: Vec<&'static Rule> = Vec::new();
    for rule in problems.iter().filter_map(|p| p.rule).filter_map(lint::rule) {
        if !rules.iter().any(|known| known.id == rule.id) {
            rules.push(rule);
        }
    }
    rules
}
