//! A comparison of two framework versions as Markdown: the bump it calls for, counts per
//! impact, then one section per kind of change.

use std::collections::BTreeMap;

use super::change::{change_sentence, kind_heading};
use crate::core::diff::{Change, ChangeKind, FrameworkDiff, Impact};

/// What an impact covers, as the comparison's table names it.
pub fn impact_meaning(impact: Impact) -> &'static str {
    match impact {
        Impact::Major => "Major (a raised or new expectation, a removal, lower pay)",
        Impact::Minor => "Minor (additions, higher pay, a lower bar)",
        Impact::Patch => "Patch (wording)",
    }
}

pub fn impact_word(impact: Impact) -> &'static str {
    match impact {
        Impact::Major => "major",
        Impact::Minor => "minor",
        Impact::Patch => "patch",
    }
}

/// The version bump a comparison calls for, in a sentence: "Major change: bump 2026.1 to
/// 2027.0."
pub fn bump_sentence(diff: &FrameworkDiff) -> String {
    let Some(impact) = diff.impact else {
        return "No changes: no new version is needed.".to_string();
    };
    let (title, part) = match impact {
        Impact::Major => ("Major change", "major"),
        Impact::Minor => ("Minor change", "minor"),
        Impact::Patch => ("Patch (wording only)", "patch"),
    };
    match &diff.suggested_version {
        Some(next) => format!("{title}: bump {} to {next}.", diff.old_version),
        None => format!(
            "{title}: bump the {part} part of the version (“{}” isn't numbers separated by dots, so no number is suggested).",
            diff.old_version
        ),
    }
}

/// The whole comparison, for `mosaic diff` and the council's packet.
pub fn diff_markdown(diff: &FrameworkDiff) -> String {
    diff_markdown_at(diff, 1)
}

/// The comparison with its title at heading `level` (1 is `#`), to sit inside another
/// document such as the council's packet.
pub fn diff_markdown_at(diff: &FrameworkDiff, level: usize) -> String {
    let hashes = "#".repeat(level);
    let mut out = format!("{hashes} Changes from version {} to {}\n\n", diff.old_version, diff.new_version);
    out.push_str(&format!("**{}**\n", bump_sentence(diff)));
    if diff.is_empty() {
        return out;
    }
    if let Some(next) = diff.suggested_version.as_deref().filter(|next| *next != diff.new_version) {
        out.push_str(&format!(
            "\nThe new file says version {}; the changes call for {next}.\n",
            diff.new_version
        ));
    }
    out.push_str("\n| Impact | Changes |\n| --- | ---: |\n");
    for impact in [Impact::Major, Impact::Minor, Impact::Patch] {
        out.push_str(&format!("| {} | {} |\n", impact_meaning(impact), diff.count(impact)));
    }
    let mut sections: BTreeMap<ChangeKind, Vec<&Change>> = BTreeMap::new();
    for change in &diff.changes {
        sections.entry(change.kind).or_default().push(change);
    }
    for (kind, changes) in sections {
        out.push_str(&format!("\n{hashes}# {}\n\n", kind_heading(kind)));
        for change in changes {
            out.push_str(&format!("- **{}** — {}", impact_word(change.impact), change_sentence(change)));
            if let Some(path) = &change.path {
                out.push_str(&format!(" (`{path}`)"));
            }
            out.push('\n');
        }
    }
    out
}
