//! A problem found in a framework file, located so an author can fix it without reading code.

use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// The framework can't be used until this is fixed.
    Error,
    /// The framework works, but breaks a parity or quality promise.
    Warning,
}

/// Line and column, both starting at 1, as editors show them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

/// What a problem is about: parity warnings are reported to readers as the tracks' (in)equality,
/// every other problem to the framework's authors.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Concern {
    /// The file's content: types, references, criteria, wording.
    Content,
    /// Whether every track is an equal route.
    Parity,
    /// Advice on language, fairness and governance (`core::lint`): never blocks loading.
    Lint,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub severity: Severity,
    pub concern: Concern,
    /// JSON path such as `tracks[2].levels[0].band`; empty for the whole document.
    pub path: String,
    pub position: Option<Position>,
    pub message: String,
    /// The stable ID of the lint rule that found it (`vague-wording`); `None` for the
    /// format's own errors and warnings and for parity.
    pub rule: Option<&'static str>,
}

impl Problem {
    pub fn error(path: impl Into<String>, message: impl Into<String>) -> Self {
        Problem::new(Severity::Error, Concern::Content, path, message)
    }

    /// A mistake that doesn't block the framework but that its authors should fix.
    pub fn warning(path: impl Into<String>, message: impl Into<String>) -> Self {
        Problem::new(Severity::Warning, Concern::Content, path, message)
    }

    /// A way in which the tracks are not equal routes.
    pub fn parity_warning(path: impl Into<String>, message: impl Into<String>) -> Self {
        Problem::new(Severity::Warning, Concern::Parity, path, message)
    }

    /// Advice from the lint rule `rule`: a warning that an author may mark as intended.
    pub fn lint(rule: &'static str, path: impl Into<String>, message: impl Into<String>) -> Self {
        Problem { rule: Some(rule), ..Problem::new(Severity::Warning, Concern::Lint, path, message) }
    }

    fn new(
        severity: Severity,
        concern: Concern,
        path: impl Into<String>,
        message: impl Into<String>,
    ) -> Self {
        Problem { severity, concern, path: path.into(), position: None, message: message.into(), rule: None }
    }

    pub fn at(mut self, position: Option<Position>) -> Self {
        self.position = position;
        self
    }

    /// Where the problem is, in words: "line 3, column 7 (tracks[0].id)".
    pub fn location(&self) -> String {
        match (self.position, self.path.is_empty()) {
            (Some(p), true) => format!("line {}, column {}", p.line, p.column),
            (Some(p), false) => format!("line {}, column {} ({})", p.line, p.column, self.path),
            (None, false) => self.path.clone(),
            (None, true) => "whole file".to_string(),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kind = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, "{kind} at {}: {}", self.location(), self.message)
    }
}

/// A problem is the error of loading a framework, so it works with `?` and error reporters.
impl std::error::Error for Problem {}
