//! `mosaic check FILE`: the file loaded as the site loads it (errors, warnings, parity),
//! then linted, every problem located in the file.

use std::io::Write;
use std::path::Path;

use serde::Serialize;

use super::{CheckFormat, CLEAN, PROBLEMS};
use crate::core::framework::Severity;
use crate::core::lint;
use crate::core::studio::check_draft;
use crate::report::{check_line, line_and_column, rule_help_line, rule_id, rules_found, severity_word};

/// One problem for tools (`--format json`); `line` and `column` are `null` when the problem
/// concerns the whole file.
#[derive(Serialize)]
struct Finding<'a> {
    file: &'a str,
    line: Option<usize>,
    column: Option<usize>,
    severity: &'static str,
    rule: &'static str,
    path: &'a str,
    message: &'a str,
    /// For lint findings: why the rule matters and how to fix what it found.
    #[serde(skip_serializing_if = "Option::is_none")]
    why: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    fix: Option<&'static str>,
}

pub(super) fn run(
    path: &Path,
    deny_warnings: bool,
    format: CheckFormat,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
    let text = match super::read(path, err) {
        Ok(text) => text,
        Err(status) => return status,
    };
    let file = path.display().to_string();
    let problems = check_draft(&text).problems;
    match format {
        CheckFormat::Text => {
            for problem in &problems {
                let _ = writeln!(out, "{}", check_line(&file, problem));
            }
            for rule in rules_found(&problems) {
                let _ = writeln!(out, "{}", rule_help_line(rule));
            }
        }
        CheckFormat::Json => {
            let findings: Vec<Finding> = problems
                .iter()
                .map(|p| Finding {
                    file: &file,
                    line: line_and_column(p).map(|(line, _)| line),
                    column: line_and_column(p).map(|(_, column)| column),
                    severity: severity_word(p.severity),
                    rule: rule_id(p),
                    path: &p.path,
                    message: &p.message,
                    why: p.rule.and_then(lint::rule).map(|rule| rule.why),
                    fix: p.rule.and_then(lint::rule).map(|rule| rule.fix),
                })
                .collect();
            let _ = writeln!(out, "{}", serde_json::to_string_pretty(&findings).unwrap_or_default());
        }
    }
    let errors = problems.iter().filter(|p| p.severity == Severity::Error).count();
    let warnings = problems.len() - errors;
    let plural = |n: usize, word: &str| if n == 1 { format!("1 {word}") } else { format!("{n} {word}s") };
    let _ = writeln!(err, "{file}: {}, {}", plural(errors, "error"), plural(warnings, "warning"));
    if errors > 0 || (deny_warnings && warnings > 0) {
        PROBLEMS
    } else {
        CLEAN
    }
}
