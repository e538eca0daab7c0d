//! Lint: advice on the framework's language and fairness, for its authors and council.
//!
//! Every finding is a warning (`Problem::lint`, `Concern::Lint`) with the stable ID of the
//! rule that found it; none ever stops a framework from loading, and `load` doesn't run
//! lint (the public site doesn't pay for it): the studio and the `mosaic` command call
//! [`lint`] and place the findings with `framework::located`. An author marks a finding as
//! intended with an entry in `governance.lint_allow` (`allow.rs`).
//!
//! One file per rule or family of rules; `prose.rs` gathers every piece of authored text once,
//! lowercased and split into words, so each rule scans words rather than re-reading strings;
//! `words.rs` holds the project's word lists.

mod allow;
mod gender_coded;
mod hierarchy;
mod inclusive;
mod isolated_track;
mod learning_gap;
mod milestones;
mod phrases;
mod prose;
mod reach;
mod readability;
mod thin_track;
mod vague;
pub mod words;

use crate::core::framework::{Framework, Problem};

/// A lint rule as the CLI and the studio present it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rule {
    /// Stable kebab-case ID, used in `governance.lint_allow` and in `severity[rule]` output.
    pub id: &'static str,
    /// Why it matters, in one line.
    pub why: &'static str,
    /// What to do about it, in one line.
    pub fix: &'static str,
}

pub const MILESTONE_UNVERIFIABLE: &str = "milestone-unverifiable";
pub const MILESTONE_UNTIMED: &str = "milestone-untimed";
pub const VAGUE_WORDING: &str = "vague-wording";
pub const HIERARCHY_WORDING: &str = "hierarchy-wording";
pub const MANAGEMENT_AS_THE_WAY_UP: &str = "management-as-the-way-up";
pub const GENDERED_WORDING: &str = "gendered-wording";
pub const EXCLUSIONARY_WORDING: &str = "exclusionary-wording";
pub const GENDER_CODED_BALANCE: &str = "gender-coded-balance";
pub const THIN_TRACK: &str = "thin-track";
pub const LEARNING_GAP: &str = "learning-gap";
pub const ISOLATED_TRACK: &str = "isolated-track";
pub const OVERLONG_TEXT: &str = "overlong-text";
pub const LONG_SENTENCES: &str = "long-sentences";

/// Every rule's ID, in the order of `RULES`. Validation checks `governance.lint_allow`
/// against these alone, so that loading (which every public bundle does) carries the IDs but
/// not the rules' sentences.
pub const RULE_IDS: &[&str] = &[
    MILESTONE_UNVERIFIABLE,
    MILESTONE_UNTIMED,
    VAGUE_WORDING,
    HIERARCHY_WORDING,
    MANAGEMENT_AS_THE_WAY_UP,
    GENDERED_WORDING,
    EXCLUSIONARY_WORDING,
    GENDER_CODED_BALANCE,
    THIN_TRACK,
    LEARNING_GAP,
    ISOLATED_TRACK,
    OVERLONG_TEXT,
    LONG_SENTENCES,
];

/// Every rule, in the order docs/lint.md describes them (a section for each).
pub const RULES: &[Rule] = &[
    Rule {
        id: MILESTONE_UNVERIFIABLE,
        why: "A milestone nobody can point to or check is a matter of opinion, not evidence.",
        fix: "Say what counts as evidence and who verifies it, and how.",
    },
    Rule {
        id: MILESTONE_UNTIMED,
        why: "A milestone with a horizon of 0 months says nothing about how long it takes.",
        fix: "Give a realistic horizon_months, such as 6 or 12.",
    },
    Rule {
        id: VAGUE_WORDING,
        why: "Vague or hedged milestones (\"more ownership\", \"as needed\") can't be observed or checked.",
        fix: "Name the observable result, its measure and its time frame.",
    },
    Rule {
        id: HIERARCHY_WORDING,
        why: "On a track without direct reports, growth measured in reports or titles tells people to manage to grow.",
        fix: "Describe scope, impact and influence instead of reports, headcount or titles.",
    },
    Rule {
        id: MANAGEMENT_AS_THE_WAY_UP,
        why: "A non-management track that points to management as its next step isn't an equal route.",
        fix: "Describe growth within the track; list moves to management as mobility rules.",
    },
    Rule {
        id: GENDERED_WORDING,
        why: "Gendered terms and generic he/his tell part of the readers the role isn't written for them.",
        fix: "Use the neutral alternative suggested, or \"they\".",
    },
    Rule {
        id: EXCLUSIONARY_WORDING,
        why: "Words that hint at age, origin, ability or sameness exclude people who could do the job.",
        fix: "Use the suggested alternative, or name the actual skill needed.",
    },
    Rule {
        id: GENDER_CODED_BALANCE,
        why: "Text leaning on masculine-coded words makes a role less appealing to women (Gaucher, Friesen & Kay, 2011).",
        fix: "Rephrase some masculine-coded words, or balance them with collaborative wording.",
    },
    Rule {
        id: THIN_TRACK,
        why: "A track with clearly fewer milestones, learning or expectations than management at its band gets less investment.",
        fix: "Give the track's level as much to grow by as the management role at the same band.",
    },
    Rule {
        id: LEARNING_GAP,
        why: "Roles expect a proficiency that no learning opportunity helps anyone reach.",
        fix: "Add a learning opportunity that grows the competency up to that step.",
    },
    Rule {
        id: ISOLATED_TRACK,
        why: "A track nobody can move into or out of is a dead end for mobility.",
        fix: "Add a mobility rule from or to the track, or a branch.",
    },
    Rule {
        id: OVERLONG_TEXT,
        why: "Long descriptors are skimmed, and what they ask for gets missed.",
        fix: "Shorten it; move detail into examples or signals.",
    },
    Rule {
        id: LONG_SENTENCES,
        why: "Long sentences are hard to read, above all for people reading in a second language.",
        fix: "Split long sentences; keep them under about 25 words.",
    },
];

/// The rule with this ID.
pub fn rule(id: &str) -> Option<&'static Rule> {
    RULES.iter().find(|rule| rule.id == id)
}

/// Every lint finding in a validated framework, rule by rule, except those the framework's
/// `governance.lint_allow` marks as intended. Findings are not located: callers place them
/// with `framework::located` against the text the framework was read from.
pub fn lint(framework: &Framework) -> Vec<Problem> {
    let texts = prose::gather(framework);
    let mut findings = Vec::new();
    milestones::check(framework, &mut findings);
    vague::check(&texts, &mut findings);
    hierarchy::check(framework, &texts, &mut findings);
    inclusive::check(&texts, &mut findings);
    gender_coded::check(framework, &texts, &mut findings);
    thin_track::check(framework, &mut findings);
    learning_gap::check(framework, &mut findings);
    isolated_track::check(framework, &mut findings);
    readability::check(&texts, &mut findings);
    findings.retain(|finding| !allow::is_allowed(finding, &framework.governance.lint_allow));
    findings
}
