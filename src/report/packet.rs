//! The council's review packet as Markdown: the same [`Packet`] the studio prints, as a file
//! to attach to the council's agenda.

use super::check::{rule_id, severity_word};
use super::{changelog_draft, diff_markdown_at, governance_sentence};
use crate::core::framework::Problem;
use crate::core::studio::{Figures, Packet};

/// The figures' names, in the order the packet lists them.
pub fn figure_rows(figures: &Figures) -> [(&'static str, usize); 7] {
    [
        ("Tracks", figures.tracks),
        ("Roles (levels of tracks)", figures.roles),
        ("Bands", figures.bands),
        ("Competencies", figures.competencies),
        ("Milestones", figures.milestones),
        ("Learning opportunities", figures.learning),
        ("Mobility rules", figures.mobility),
    ]
}

/// A finding on one line: where, the rule (for advice), what.
pub fn finding_line(problem: &Problem) -> String {
    format!(
        "{} [{}] at {}: {}",
        severity_word(problem.severity),
        rule_id(problem),
        problem.location(),
        problem.message
    )
}

/// The whole packet, prepared on `today` (YYYY-MM-DD).
pub fn packet_markdown(packet: &Packet, today: &str) -> String {
    let mut out = format!("# Council review packet: {}, version {}\n\n", packet.name, packet.version);
    out.push_str(&format!("_Prepared {today} for {}._\n\n", packet.council));
    out.push_str("## Summary\n\n| | |\n| --- | ---: |\n");
    for (name, n) in figure_rows(&packet.figures) {
        out.push_str(&format!("| {name} | {n} |\n"));
    }
    out.push_str(&format!(
        "| Parity warnings | {} |\n| Warnings | {} |\n| Lint advice | {} |\n| Governance warnings | {} |\n",
        packet.parity.len(),
        packet.warnings.len(),
        packet.advice.len(),
        packet.governance.len()
    ));
    findings(
        &mut out,
        "Parity",
        &packet.parity,
        "No parity warnings: every track is an equal route by the framework's rules.",
    );
    findings(&mut out, "Warnings", &packet.warnings, "No warnings.");
    findings(&mut out, "Lint advice", &packet.advice, "No lint advice.");
    out.push_str("\n## Comparison with the published version\n\n");
    match &packet.comparison {
        Some(diff) => out.push_str(&diff_markdown_at(diff, 3)),
        None => out.push_str("The published framework could not be read, so there is no comparison.\n"),
    }
    out.push_str("\n## Changelog\n\n");
    if packet.changelog.is_empty() {
        out.push_str("The changelog has no entries.\n");
    }
    for entry in &packet.changelog {
        out.push_str(&format!("- **{}** ({}): {}\n", entry.version, entry.date, entry.summary));
    }
    if let Some(diff) = packet.comparison.as_ref().filter(|diff| !diff.is_empty()) {
        let version = diff.suggested_version.clone().unwrap_or_else(|| packet.version.clone());
        out.push_str(&format!(
            "\nDrafted entry for this change:\n\n```json\n{}\n```\n",
            changelog_draft(diff, &version, today)
        ));
    }
    out.push_str("\n## Governance\n\n");
    if packet.governance.is_empty() {
        out.push_str("No open governance warnings.\n");
    }
    for warning in &packet.governance {
        out.push_str(&format!("- {}\n", governance_sentence(warning)));
    }
    if let Some(due) = &packet.next_review {
        out.push_str(&format!("\nNext review due by {due}.\n"));
    }
    out
}

fn findings(out: &mut String, heading: &str, problems: &[Problem], none: &str) {
    out.push_str(&format!("\n## {heading} ({})\n\n", problems.len()));
    if problems.is_empty() {
        out.push_str(none);
        out.push('\n');
    }
    for problem in problems {
        out.push_str(&format!("- {}\n", finding_line(problem)));
    }
}
