//! The studio's sentences for what the core returns as data: sections of the file, kinds of
//! finding, counts, and whether the draft is kept on this device.

use crate::core::assessment::session::SaveState;
use crate::core::assessment::store::StoreError;
use crate::core::studio::{Draft, FindingKind, Section};

/// "1 error", "3 warnings", "2 pieces of advice".
pub fn count(n: usize, kind: FindingKind) -> String {
    match (kind, n) {
        (FindingKind::Error, 1) => "1 error".into(),
        (FindingKind::Error, n) => format!("{n} errors"),
        (FindingKind::Warning, 1) => "1 warning".into(),
        (FindingKind::Warning, n) => format!("{n} warnings"),
        (FindingKind::Advice, 1) => "1 piece of advice".into(),
        (FindingKind::Advice, n) => format!("{n} pieces of advice"),
    }
}

/// The heading of a kind of finding.
pub fn kind_heading(kind: FindingKind) -> &'static str {
    match kind {
        FindingKind::Error => "Errors",
        FindingKind::Warning => "Warnings",
        FindingKind::Advice => "Advice",
    }
}

/// What a kind of finding means for the draft.
pub fn kind_meaning(kind: FindingKind) -> &'static str {
    match kind {
        FindingKind::Error => "The framework can't be shown or published until these are fixed.",
        FindingKind::Warning => {
            "The framework works, but readers won't see all the authors meant, or some tracks are not equal routes."
        }
        FindingKind::Advice => {
            "Language and fairness: worth a look, never blocking. Each names the rule that found it."
        }
    }
}

/// The name of a part of the file, as its heading.
pub fn section_name(section: &Section) -> String {
    match section {
        Section::WholeFile => "The whole file".into(),
        Section::Format => "Format".into(),
        Section::Meta => "About the framework (meta)".into(),
        Section::Governance => "Governance".into(),
        Section::Bands => "Bands".into(),
        Section::ProficiencyScale => "Proficiency scale".into(),
        Section::Scales => "Scales".into(),
        Section::Families => "Families".into(),
        Section::Competencies => "Competencies".into(),
        Section::Track { index, name: Some(name) } => format!("Track “{name}” (tracks[{index}])"),
        Section::Track { index, name: None } => format!("Track {} (tracks[{index}])", index + 1),
        Section::Learning => "Learning".into(),
        Section::Mobility => "Mobility".into(),
        Section::Readiness => "Readiness policy".into(),
        Section::Pacing => "Pacing".into(),
        Section::Other(field) => format!("“{field}”"),
    }
}

/// Where a draft came from: its file's name, or that it was pasted.
pub fn source_name(draft: &Draft) -> String {
    match &draft.file_name {
        Some(name) => name.clone(),
        None => "Pasted text".into(),
    }
}

/// Whether the draft on screen is kept on this device, and whether that needs acting on.
pub fn draft_save_state(state: &SaveState) -> (String, bool) {
    match state {
        SaveState::Unchanged | SaveState::Saved { .. } => {
            ("Kept on this device until you discard it.".into(), false)
        }
        SaveState::SyncedFromOtherTab => ("Updated with the draft opened in another tab.".into(), false),
        SaveState::NotSaved { error: StoreError::Full, .. } => (
            "This draft is not saved on this device: the browser's storage for this site is full. It stays on screen while this tab is open; keep your file, or make room and try again."
                .into(),
            true,
        ),
        SaveState::NotSaved { error, .. } => (
            format!("This draft is not saved on this device: {error}. It stays on screen while this tab is open; keep your file."),
            true,
        ),
        SaveState::MemoryOnly(error) => (
            format!("This draft is not saved on this device: {error}. It stays on screen while this tab is open; keep your file."),
            true,
        ),
    }
}
