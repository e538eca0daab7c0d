//! Everything the studio's Problems page lists for a draft: the format's errors, or its
//! warnings (content and parity) and the lint's advice, every one located in the draft's
//! text, then grouped by kind and by the part of the file it is in.

use serde_json::Value;

use crate::core::framework::{load, located, Concern, Loaded, Problem, Severity};
use crate::core::lint::lint;

/// A draft as read: the framework when it loads, and every finding, located.
#[derive(Debug, Clone)]
pub struct DraftCheck {
    /// The framework, when the draft has no errors (its warnings are in `problems` too).
    pub loaded: Option<Loaded>,
    /// Errors, or warnings then lint advice; each with its position when it has a path.
    pub problems: Vec<Problem>,
}

/// Reads a draft's text as the public site would, and lints it when it loads. Lint needs a
/// framework, so a draft with errors gets its errors (and warnings) only.
pub fn check_draft(text: &str) -> DraftCheck {
    match load(text) {
        Ok(loaded) => {
            let mut problems = loaded.warnings.clone();
            problems.extend(located(lint(&loaded.framework), text));
            DraftCheck { loaded: Some(loaded), problems }
        }
        Err(problems) => DraftCheck { loaded: None, problems },
    }
}

/// How a finding is listed: what blocks the draft, what breaks a promise, what is advice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum FindingKind {
    /// The framework can't be published until this is fixed.
    Error,
    /// A content or parity warning of the format itself.
    Warning,
    /// A lint rule's advice on language and fairness (`Concern::Lint`).
    Advice,
}

impl FindingKind {
    pub fn of(problem: &Problem) -> FindingKind {
        match (problem.severity, problem.concern) {
            (Severity::Error, _) => FindingKind::Error,
            (Severity::Warning, Concern::Lint) => FindingKind::Advice,
            (Severity::Warning, _) => FindingKind::Warning,
        }
    }
}

/// The part of the framework file a finding is in: its top-level field, and for tracks the
/// track itself. Ordered as the file's format lists them.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Section {
    /// The whole file (a syntax error, an empty file) or no path known.
    WholeFile,
    Format,
    Meta,
    Governance,
    Bands,
    ProficiencyScale,
    Scales,
    Families,
    Competencies,
    /// One track: its position in `tracks` and its name when the text gives one.
    Track {
        index: usize,
        name: Option<String>,
    },
    Learning,
    Mobility,
    Readiness,
    Pacing,
    /// A top-level field the format doesn't have (an unknown field), by its name.
    Other(String),
}

impl Section {
    /// The section of the JSON path `path` (`tracks[2].levels[0].band`), naming tracks from
    /// `document`, the draft's parsed JSON when it parses.
    pub fn of_path(path: &str, document: Option<&Value>) -> Section {
        let end = path.find(['.', '[']).unwrap_or(path.len());
        let (field, rest) = path.split_at(end);
        match field {
            "" => Section::WholeFile,
            "format" => Section::Format,
            "meta" => Section::Meta,
            "governance" => Section::Governance,
            "bands" => Section::Bands,
            "proficiency_scale" => Section::ProficiencyScale,
            "scales" => Section::Scales,
            "families" => Section::Families,
            "competencies" => Section::Competencies,
            "tracks" => match leading_index(rest) {
                Some(index) => {
                    let name = document
                        .and_then(|d| d.get("tracks")?.get(index)?.get("name")?.as_str())
                        .map(str::to_string);
                    Section::Track { index, name }
                }
                // The list itself (missing, empty, or not a list).
                None => Section::Other("tracks".into()),
            },
            "learning" => Section::Learning,
            "mobility" => Section::Mobility,
            "readiness" => Section::Readiness,
            "pacing" => Section::Pacing,
            other => Section::Other(other.to_string()),
        }
    }
}

/// The index in `[3].levels…`.
fn leading_index(rest: &str) -> Option<usize> {
    rest.strip_prefix('[')?.split(']').next()?.parse().ok()
}

/// The findings of one kind in one section, in the order of the file.
#[derive(Debug, Clone, PartialEq)]
pub struct SectionFindings {
    pub section: Section,
    pub problems: Vec<Problem>,
}

/// Every finding of one kind, by section.
#[derive(Debug, Clone, PartialEq)]
pub struct FindingGroup {
    pub kind: FindingKind,
    pub sections: Vec<SectionFindings>,
}

impl FindingGroup {
    /// How many findings the group holds, in all its sections.
    pub fn count(&self) -> usize {
        self.sections.iter().map(|s| s.problems.len()).sum()
    }
}

/// The findings grouped by kind (errors, warnings, advice: always all three, in that order,
/// perhaps empty), then by section in the file's order, each section's findings by line.
/// `text` is the draft's, to name tracks.
pub fn group_findings(problems: &[Problem], text: &str) -> Vec<FindingGroup> {
    let document: Option<Value> = serde_json::from_str(text).ok();
    [FindingKind::Error, FindingKind::Warning, FindingKind::Advice]
        .into_iter()
        .map(|kind| {
            let mut sections: Vec<SectionFindings> = Vec::new();
            for problem in problems.iter().filter(|p| FindingKind::of(p) == kind) {
                let section = Section::of_path(&problem.path, document.as_ref());
                match sections.iter_mut().find(|s| s.section == section) {
                    Some(found) => found.problems.push(problem.clone()),
                    None => sections.push(SectionFindings { section, problems: vec![problem.clone()] }),
                }
            }
            sections.sort_by(|a, b| a.section.cmp(&b.section));
            for section in &mut sections {
                // Stable: findings on the same line keep the order they were found in.
                section
                    .problems
                    .sort_by_key(|p| p.position.map_or((usize::MAX, 0), |at| (at.line, at.column)));
            }
            FindingGroup { kind, sections }
        })
        .collect()
}
