//! The council's review packet: the studio's draft with a vague milestone, a gendered word,
//! a raised expectation and a pay cut, against the published sample. The page and the
//! Markdown render the same `Packet`; these tests pin its figures and sections.

use mosaic::core::framework::{load, Concern};
use mosaic::core::governance::GovernanceKind;
use mosaic::core::studio::{check_draft, Figures, Packet};
use mosaic::report::packet_markdown;

const PUBLISHED: &str = include_str!("../public/framework.json");
const DRAFT: &str = include_str!("fixtures/studio/draft-major.json");
const TODAY: &str = "2026-11-30";

fn packet(today: &str) -> Packet {
    let check = check_draft(DRAFT);
    let draft = check.loaded.as_ref().expect("the draft loads");
    let published = load(PUBLISHED).expect("the sample loads");
    Packet::new(draft, &check.problems, Some(&published.framework), today)
}

#[test]
fn figures_count_what_the_framework_holds() {
    let framework = load(DRAFT).unwrap().framework;
    let figures = Figures::of(&framework);
    assert_eq!(figures.tracks, 5);
    assert_eq!(figures.roles, 27);
    assert_eq!(figures.bands, 7);
    assert_eq!(figures.competencies, 21);
    let milestones: usize = framework.tracks.iter().flat_map(|t| &t.levels).map(|l| l.milestones.len()).sum();
    assert_eq!(figures.milestones, milestones);
    assert_eq!(figures.learning, framework.learning.len());
    assert_eq!(figures.mobility, framework.mobility.len());
}

#[test]
fn the_packet_sorts_findings_by_concern_and_compares_with_the_published_version() {
    let packet = packet(TODAY);
    assert!(packet.advice.iter().all(|p| p.concern == Concern::Lint && p.rule.is_some()));
    assert!(packet.advice.iter().any(|p| p.rule == Some("vague-wording")));
    assert!(packet.advice.iter().any(|p| p.rule == Some("gendered-wording")));
    assert!(packet.parity.iter().all(|p| p.concern == Concern::Parity));
    assert!(packet.warnings.iter().all(|p| p.concern == Concern::Content));
    let comparison = packet.comparison.as_ref().expect("compared with the published sample");
    assert_eq!(comparison.suggested_version.as_deref(), Some("2027.0"));
    // The draft keeps the published version and has no changelog entry of its own.
    assert!(packet.governance.iter().any(|w| matches!(w.kind, GovernanceKind::VersionNotBumped { .. })));
    assert_eq!(packet.next_review.as_deref(), Some("2026-12-01"));
}

#[test]
fn the_review_turns_overdue_the_day_after_it_is_due() {
    let overdue =
        |p: &Packet| p.governance.iter().any(|w| matches!(w.kind, GovernanceKind::ReviewOverdue { .. }));
    assert!(!overdue(&packet("2026-12-01")));
    assert!(overdue(&packet("2026-12-02")));
}

#[test]
fn the_markdown_has_every_section_with_the_same_figures() {
    let packet = packet(TODAY);
    let markdown = packet_markdown(&packet, TODAY);
    assert!(markdown.starts_with("# Council review packet: Northwind Careers, version 2026.1\n"));
    for section in [
        "## Summary",
        "## Parity (",
        "## Warnings (",
        "## Lint advice (",
        "## Comparison with the published version",
        "## Changelog",
        "## Governance",
    ] {
        assert!(markdown.contains(section), "{section} missing:\n{markdown}");
    }
    assert!(markdown.contains("| Tracks | 5 |"));
    assert!(markdown.contains(&format!("| Lint advice | {} |", packet.advice.len())));
    assert!(markdown.contains(&format!("## Lint advice ({})", packet.advice.len())));
    assert!(markdown.contains("Major change: bump 2026.1 to 2027.0."));
    // The comparison sits under the packet's own headings.
    assert!(markdown.contains("\n### Changes from version 2026.1 to 2026.1\n"));
    assert!(markdown.contains("\n#### Pay lowered\n"));
    assert!(markdown.contains("[vague-wording]"));
    assert!(markdown.contains("\"version\": \"2027.0\""), "a drafted changelog entry for the bumped version");
    assert!(markdown.contains("Next review due by 2026-12-01."));
}

#[test]
fn without_a_published_framework_the_packet_says_there_is_no_comparison() {
    let check = check_draft(DRAFT);
    let packet = Packet::new(check.loaded.as_ref().unwrap(), &check.problems, None, TODAY);
    assert!(packet.comparison.is_none());
    let markdown = packet_markdown(&packet, TODAY);
    assert!(markdown.contains("could not be read, so there is no comparison"));
    assert!(!markdown.contains("Drafted entry"));
}
