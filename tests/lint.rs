//! Lint (`core::lint`): every rule fires where it should, with its ID, path and line, and
//! stays quiet on a near miss; allow entries silence exactly what they name; the sample and
//! the fixtures lint without panicking and every finding is located; docs/lint.md documents
//! every rule; lint findings never stop a framework from loading.

use mosaic::core::framework::{load, load_fast, located, Concern, Problem, Severity};
use mosaic::core::lint::{lint, RULES, RULE_IDS};

/// A small, clean format-2 framework: a non-management track `ic` (three levels) and a
/// management track `mgr` (two), learning that reaches every expectation, and moves both ways.
/// Each object that a finding may point at starts on its own line with its ID, so a test can
/// find the line it expects by searching the text.
const BASE: &str = r#"{
  "format": 2,
  "meta": { "id": "lint-test", "name": "Lint test", "organization": "Example", "version": "1", "effective_date": "2026-01-01" },
  "governance": { "council": "Council", "last_review": "2026-01-01" },
  "bands": [
    { "id": "b1", "name": "Band 1" },
    { "id": "b2", "name": "Band 2" },
    { "id": "b3", "name": "Band 3" }
  ],
  "proficiency_scale": [
    { "id": "basic", "name": "Basic" },
    { "id": "solid", "name": "Solid" },
    { "id": "deep", "name": "Deep" }
  ],
  "competencies": [
    { "id": "craft", "name": "Craft", "theme": "Craft",
      "descriptors": {
        "basic": "Completes small changes with guidance.",
        "solid": "Delivers features on their own.",
        "deep": "Designs systems that other teams build on."
      } },
    { "id": "people", "name": "People", "theme": "People",
      "descriptors": {
        "basic": "Gives useful feedback in reviews.",
        "solid": "Coaches a colleague through a first project.",
        "deep": "Grows colleagues into new roles."
      } }
  ],
  "tracks": [
    { "id": "ic", "name": "Engineering", "description": "Growth through depth of craft.",
      "levels": [
        { "id": "ic1", "title": "Engineer", "band": "b1", "summary": "Ships small changes.",
          "expectations": [ { "competency": "craft", "proficiency": "basic" } ],
          "milestones": [
            { "id": "first", "title": "Shipped a first change", "evidence": "A merged change in production.", "verification": "Checked by a reviewer.", "horizon_months": 3 }
          ] },
        { "id": "ic2", "title": "Senior Engineer", "band": "b2", "summary": "Delivers features end to end.",
          "expectations": [ { "competency": "craft", "proficiency": "solid" }, { "competency": "people", "proficiency": "basic" } ],
          "milestones": [
            { "id": "feature", "title": "Delivered a feature", "evidence": "A feature used by customers for a quarter.", "verification": "Usage data read by the product manager.", "horizon_months": 9 },
            { "id": "review", "title": "Reviewed code weekly", "evidence": "Fifty reviews in six months.", "verification": "Review history.", "horizon_months": 6 }
          ] },
        { "id": "ic3", "title": "Staff Engineer", "band": "b3", "summary": "Shapes the design of several teams' systems.",
          "expectations": [ { "competency": "craft", "proficiency": "deep" }, { "competency": "people", "proficiency": "solid" } ],
          "milestones": [
            { "id": "design", "title": "Led a cross-team design", "evidence": "A design adopted by two teams.", "verification": "Approved in the design review.", "horizon_months": 12 },
            { "id": "mentor", "title": "Mentored an engineer", "evidence": "A mentee reached a milestone.", "verification": "Confirmed by the mentee.", "horizon_months": 12 }
          ] }
      ] },
    { "id": "mgr", "name": "Management", "manages_people": true, "description": "Growth through growing people.",
      "levels": [
        { "id": "m2", "title": "Engineering Manager", "band": "b2", "summary": "Leads a team of engineers.",
          "expectations": [ { "competency": "people", "proficiency": "solid" }, { "competency": "craft", "proficiency": "solid" } ],
          "milestones": [
            { "id": "hired", "title": "Hired two engineers", "evidence": "Two hires who passed probation.", "verification": "Hiring records.", "horizon_months": 12 },
            { "id": "grew", "title": "Grew an engineer", "evidence": "A report promoted.", "verification": "Calibration records.", "horizon_months": 12 }
          ] },
        { "id": "m3", "title": "Director", "band": "b3", "summary": "Leads several teams.",
          "expectations": [ { "competency": "people", "proficiency": "deep" }, { "competency": "craft", "proficiency": "solid" } ],
          "milestones": [
            { "id": "org", "title": "Built a second team", "evidence": "A new team delivering for two quarters.", "verification": "Reviewed by the council.", "horizon_months": 18 },
            { "id": "leaders", "title": "Grew a manager", "evidence": "A report became a manager.", "verification": "Calibration records.", "horizon_months": 18 }
          ] }
      ] }
  ],
  "learning": [
    { "id": "course-craft", "title": "Systems course", "kind": "course", "description": "Design practice.", "duration_weeks": 6,
      "grows": [ { "competency": "craft", "up_to": "deep" } ] },
    { "id": "coaching", "title": "Coaching circle", "kind": "mentoring", "description": "Coaching practice.", "duration_weeks": 12,
      "grows": [ { "competency": "people", "up_to": "deep" } ] }
  ],
  "mobility": [
    { "id": "to-mgr", "from": { "track": "ic", "levels": ["ic2"] }, "to": { "track": "mgr", "level": "m2" }, "kind": "transfer", "horizon_months": 6 },
    { "id": "back", "from": { "track": "mgr", "levels": ["m2"] }, "to": { "track": "ic", "level": "ic2" }, "kind": "transfer", "horizon_months": 3 }
  ]
}"#;

/// The base with each `(from, to)` replaced; `from` must occur exactly once.
fn with(changes: &[(&str, &str)]) -> String {
    let mut text = BASE.to_string();
    for (from, to) in changes {
        assert_eq!(text.matches(from).count(), 1, "expected exactly one {from:?}");
        text = text.replacen(from, to, 1);
    }
    text
}

/// The 1-based line of the one occurrence of `needle`.
fn line_of(text: &str, needle: &str) -> usize {
    assert_eq!(text.matches(needle).count(), 1, "expected exactly one {needle:?}");
    text[..text.find(needle).unwrap()].matches('\n').count() + 1
}

/// Every lint finding, located, of a framework that must load.
fn findings(text: &str) -> Vec<Problem> {
    let loaded = load(text).unwrap_or_else(|problems| panic!("does not load: {problems:?}"));
    located(lint(&loaded.framework), text)
}

fn of_rule<'a>(findings: &'a [Problem], rule: &str) -> Vec<&'a Problem> {
    findings.iter().filter(|f| f.rule == Some(rule)).collect()
}

/// Asserts that `rule` fired exactly once, at `path`, on the line of `marker`; returns it.
fn fired_once(text: &str, rule: &str, path: &str, marker: &str) -> Problem {
    let all = findings(text);
    let found = of_rule(&all, rule);
    assert_eq!(found.len(), 1, "{rule}: expected one finding, got {all:#?}");
    let finding = found[0].clone();
    assert_eq!(finding.path, path);
    assert_eq!(finding.severity, Severity::Warning);
    assert_eq!(finding.concern, Concern::Lint);
    let position = finding.position.unwrap_or_else(|| panic!("{rule} at {path} has no position"));
    assert_eq!(position.line, line_of(text, marker), "{rule}: line of {marker:?}");
    finding
}

fn quiet(text: &str, rule: &str) {
    let all = findings(text);
    assert!(of_rule(&all, rule).is_empty(), "{rule} fired: {all:#?}");
}

#[test]
fn the_base_framework_is_clean() {
    assert_eq!(findings(BASE), vec![]);
}

// milestone-unverifiable

#[test]
fn a_milestone_without_evidence_or_verifier_is_unverifiable() {
    let text = with(&[(r#""evidence": "Fifty reviews in six months.""#, r#""evidence": " ""#)]);
    let finding = fired_once(
        &text,
        "milestone-unverifiable",
        "tracks[0].levels[1].milestones[1].evidence",
        r#""id": "review""#,
    );
    assert!(finding.message.contains("\"Reviewed code weekly\""), "{}", finding.message);
    let text = with(&[(r#""verification": "Review history.""#, r#""verification": """#)]);
    fired_once(
        &text,
        "milestone-unverifiable",
        "tracks[0].levels[1].milestones[1].verification",
        r#""id": "review""#,
    );
}

#[test]
fn a_milestone_with_evidence_and_verifier_is_verifiable() {
    let text =
        with(&[(r#""verification": "Review history.""#, r#""verification": "Read by the team lead.""#)]);
    quiet(&text, "milestone-unverifiable");
}

// milestone-untimed

#[test]
fn a_milestone_with_no_horizon_is_untimed() {
    let text = with(&[(r#"reviewer.", "horizon_months": 3"#, r#"reviewer.", "horizon_months": 0"#)]);
    fired_once(
        &text,
        "milestone-untimed",
        "tracks[0].levels[0].milestones[0].horizon_months",
        r#""id": "first""#,
    );
}

#[test]
fn a_milestone_of_one_month_is_timed() {
    quiet(
        &with(&[(r#"reviewer.", "horizon_months": 3"#, r#"reviewer.", "horizon_months": 1"#)]),
        "milestone-untimed",
    );
}

// vague-wording

#[test]
fn vague_and_hedged_milestones_are_named_with_the_words_used() {
    let text =
        with(&[(r#""title": "Delivered a feature""#, r#""title": "Takes more ownership of features""#)]);
    let finding =
        fired_once(&text, "vague-wording", "tracks[0].levels[1].milestones[0].title", "Takes more ownership");
    assert!(finding.message.contains("\"more ownership\""), "{}", finding.message);
    let text = with(&[(
        r#""evidence": "A mentee reached a milestone.""#,
        r#""evidence": "Tries to help mentees as needed.""#,
    )]);
    let all = findings(&text);
    let quoted: Vec<&str> = of_rule(&all, "vague-wording").iter().map(|f| f.message.as_str()).collect();
    assert_eq!(quoted.len(), 2, "{quoted:?}");
    assert!(quoted[0].starts_with("\"Tries to\"") && quoted[1].starts_with("\"as needed\""), "{quoted:?}");
}

#[test]
fn concrete_milestones_and_non_milestone_text_are_not_vague() {
    let text =
        with(&[(r#""title": "Delivered a feature""#, r#""title": "Owned the release of three features""#)]);
    quiet(&text, "vague-wording");
    // Vague wording is a milestone's problem; a summary may be general.
    let text =
        with(&[(r#""summary": "Ships small changes.""#, r#""summary": "Ships small changes as needed.""#)]);
    quiet(&text, "vague-wording");
}

// hierarchy-wording

#[test]
fn reports_on_a_track_without_reports_are_hierarchy_wording() {
    let text = with(&[(
        r#""summary": "Delivers features end to end.""#,
        r#""summary": "Delivers features and grows the number of direct reports.""#,
    )]);
    let finding =
        fired_once(&text, "hierarchy-wording", "tracks[0].levels[1].summary", "number of direct reports");
    assert!(finding.message.contains("\"direct reports\""), "{}", finding.message);
}

#[test]
fn reports_on_a_management_track_or_negated_are_not_hierarchy_wording() {
    let text = with(&[(
        r#""summary": "Leads a team of engineers.""#,
        r#""summary": "Leads a team of five direct reports.""#,
    )]);
    quiet(&text, "hierarchy-wording");
    let text = with(&[(
        r#""description": "Growth through depth of craft.""#,
        r#""description": "Reaches the top band without direct reports.""#,
    )]);
    quiet(&text, "hierarchy-wording");
}

// management-as-the-way-up

#[test]
fn a_top_level_that_points_to_management_presents_it_as_the_way_up() {
    let text = with(&[(
        r#""summary": "Shapes the design of several teams' systems.""#,
        r#""summary": "Shapes designs; the next step is to move into management.""#,
    )]);
    fired_once(&text, "management-as-the-way-up", "tracks[0].levels[2].summary", "move into management");
}

#[test]
fn growth_within_the_track_or_a_negated_move_is_not_the_way_up() {
    let text = with(&[(
        r#""summary": "Shapes the design of several teams' systems.""#,
        r#""summary": "Shapes designs across teams, with no need to move into management.""#,
    )]);
    quiet(&text, "management-as-the-way-up");
    // A lower level may mention the move: it is one route among others.
    let text = with(&[(
        r#""summary": "Ships small changes.""#,
        r#""summary": "Ships small changes; some later move into management.""#,
    )]);
    quiet(&text, "management-as-the-way-up");
}

// gendered-wording

#[test]
fn gendered_terms_are_named_with_a_neutral_alternative() {
    let text = with(&[(
        r#""solid": "Delivers features on their own.""#,
        r#""solid": "Delivers features the chairman asks for.""#,
    )]);
    let finding =
        fired_once(&text, "gendered-wording", "competencies[0].descriptors.solid", "the chairman asks");
    assert!(
        finding.message.contains("\"chairman\"") && finding.message.contains("\"chair\""),
        "{}",
        finding.message
    );
    let text = with(&[(
        r#""summary": "Ships small changes.""#,
        r#""summary": "Ships changes he/she can explain.""#,
    )]);
    let finding = fired_once(&text, "gendered-wording", "tracks[0].levels[0].summary", "he/she can");
    assert!(
        finding.message.starts_with("\"he/she\"") && finding.message.contains("\"they\""),
        "{}",
        finding.message
    );
}

#[test]
fn neutral_terms_are_not_gendered() {
    let text = with(&[(
        r#""solid": "Delivers features on their own.""#,
        r#""solid": "Delivers features the chair asks for; they explain them.""#,
    )]);
    quiet(&text, "gendered-wording");
}

// exclusionary-wording

#[test]
fn exclusionary_terms_are_named_with_an_alternative() {
    let text = with(&[(
        r#""description": "Growth through depth of craft.""#,
        r#""description": "For young and dynamic rockstar engineers.""#,
    )]);
    let all = findings(&text);
    let found = of_rule(&all, "exclusionary-wording");
    assert_eq!(found.len(), 2, "{all:#?}");
    assert!(found[0].message.starts_with("\"young and dynamic\""), "{}", found[0].message);
    assert!(found[1].message.starts_with("\"rockstar\""), "{}", found[1].message);
    for finding in found {
        assert_eq!(finding.path, "tracks[0].description");
        assert_eq!(finding.position.unwrap().line, line_of(&text, "young and dynamic"));
    }
}

#[test]
fn plain_descriptions_of_skill_are_not_exclusionary() {
    let text = with(&[(
        r#""description": "Growth through depth of craft.""#,
        r#""description": "For skilled engineers fluent in English.""#,
    )]);
    quiet(&text, "exclusionary-wording");
}

// gender-coded-balance

#[test]
fn a_track_leaning_on_masculine_coded_words_gets_advice() {
    let text = with(&[(
        r#""description": "Growth through depth of craft.""#,
        r#""description": "Competitive, assertive engineers who dominate decisions.""#,
    )]);
    let finding = fired_once(&text, "gender-coded-balance", "tracks[0]", r#"{ "id": "ic""#);
    assert!(finding.message.contains("3 masculine-coded words"), "{}", finding.message);
    assert!(finding.message.contains("\"competitive\""), "{}", finding.message);
    assert!(finding.message.contains("Gaucher, Friesen & Kay"), "{}", finding.message);
}

#[test]
fn a_balanced_track_gets_no_advice() {
    // 3 masculine-coded against 2 feminine-coded: not more than twice as many.
    let text = with(&[(
        r#""description": "Growth through depth of craft.""#,
        r#""description": "Competitive, assertive engineers who dominate decisions, supportive and trusted by peers.""#,
    )]);
    quiet(&text, "gender-coded-balance");
    // Competency names such as "competency" are not "competitive".
    let text = with(&[(
        r#""description": "Growth through depth of craft.""#,
        r#""description": "Competency, competence, leadership, principles.""#,
    )]);
    quiet(&text, "gender-coded-balance");
}

// thin-track

#[test]
fn a_level_with_clearly_fewer_milestones_than_management_at_its_band_is_thin() {
    let text = with(&[
        (
            r#"{ "id": "review", "title": "Reviewed code weekly", "evidence": "Fifty reviews in six months.", "verification": "Review history.", "horizon_months": 6 }"#,
            "",
        ),
        (r#""horizon_months": 9 },"#, r#""horizon_months": 9 }"#),
    ]);
    let text = text.replacen(
        r#"{ "id": "feature", "title": "Delivered a feature", "evidence": "A feature used by customers for a quarter.", "verification": "Usage data read by the product manager.", "horizon_months": 9 }"#,
        "",
        1,
    );
    let finding = fired_once(&text, "thin-track", "tracks[0].levels[1]", r#"{ "id": "ic2""#);
    assert!(
        finding.message.contains("has 0 milestones") && finding.message.contains("has 2"),
        "{}",
        finding.message
    );
}

#[test]
fn one_milestone_fewer_than_management_is_not_thin() {
    let text = with(&[(
        r#",
            { "id": "review", "title": "Reviewed code weekly", "evidence": "Fifty reviews in six months.", "verification": "Review history.", "horizon_months": 6 }"#,
        "",
    )]);
    quiet(&text, "thin-track");
}

// learning-gap

#[test]
fn a_step_expected_that_no_learning_reaches_is_a_learning_gap() {
    let text = with(&[(
        r#""grows": [ { "competency": "craft", "up_to": "deep" } ]"#,
        r#""grows": [ { "competency": "craft", "up_to": "solid" } ]"#,
    )]);
    let finding = fired_once(&text, "learning-gap", "competencies[0]", r#"{ "id": "craft""#);
    assert!(finding.message.contains("\"Staff Engineer\" (ic/ic3)"), "{}", finding.message);
    assert!(finding.message.contains("only \"Solid\""), "{}", finding.message);
}

#[test]
fn the_lowest_step_needs_no_learning() {
    // Nothing grows "people" any more, but the only role left expecting it asks for the lowest
    // step once the higher expectations go.
    let text = with(&[
        (
            r#""grows": [ { "competency": "people", "up_to": "deep" } ]"#,
            r#""grows": [ { "competency": "craft", "up_to": "deep" } ]"#,
        ),
        (
            r#"{ "competency": "people", "proficiency": "solid" }, { "competency": "craft", "proficiency": "solid" }"#,
            r#"{ "competency": "craft", "proficiency": "solid" }"#,
        ),
        (r#"{ "competency": "people", "proficiency": "deep" }, "#, ""),
        (
            r#"{ "competency": "craft", "proficiency": "deep" }, { "competency": "people", "proficiency": "solid" }"#,
            r#"{ "competency": "craft", "proficiency": "deep" }"#,
        ),
    ]);
    quiet(&text, "learning-gap");
}

// isolated-track

#[test]
fn a_track_with_no_move_in_or_out_is_isolated() {
    let text = with(&[
        (
            r#"{ "id": "back", "from": { "track": "mgr", "levels": ["m2"] }, "to": { "track": "ic", "level": "ic2" }, "kind": "transfer", "horizon_months": 3 }"#,
            r#"{ "id": "back", "from": { "track": "ic", "levels": ["ic3"] }, "to": { "track": "ic", "level": "ic2" }, "kind": "transfer", "horizon_months": 3 }"#,
        ),
        (
            r#"{ "id": "to-mgr", "from": { "track": "ic", "levels": ["ic2"] }, "to": { "track": "mgr", "level": "m2" }, "kind": "transfer", "horizon_months": 6 },"#,
            "",
        ),
    ]);
    let finding = fired_once(&text, "isolated-track", "tracks[1]", r#"{ "id": "mgr""#);
    assert!(finding.message.contains("\"Management\""), "{}", finding.message);
}

#[test]
fn a_branch_is_a_documented_move() {
    let text = with(&[
        (
            r#""manages_people": true,"#,
            r#""manages_people": true, "branches_from": { "track": "ic", "level": "ic1" },"#,
        ),
        (
            r#"{ "id": "to-mgr", "from": { "track": "ic", "levels": ["ic2"] }, "to": { "track": "mgr", "level": "m2" }, "kind": "transfer", "horizon_months": 6 },
    { "id": "back", "from": { "track": "mgr", "levels": ["m2"] }, "to": { "track": "ic", "level": "ic2" }, "kind": "transfer", "horizon_months": 3 }"#,
            "",
        ),
    ]);
    quiet(&text, "isolated-track");
}

// overlong-text

fn words(n: usize) -> String {
    let mut text = vec!["word"; n].join(" ");
    text.push('.');
    text
}

/// `n` words in sentences of at most ten, so only the length counts.
fn short_sentences(n: usize) -> String {
    (0..n).map(|i| if i % 10 == 9 || i + 1 == n { "word." } else { "word" }).collect::<Vec<_>>().join(" ")
}

#[test]
fn a_descriptor_over_fifty_words_is_overlong() {
    let long = short_sentences(51);
    let text = with(&[(r#""deep": "Grows colleagues into new roles.""#, &format!(r#""deep": "{long}""#))]);
    let finding = fired_once(&text, "overlong-text", "competencies[1].descriptors.deep", &long);
    assert!(finding.message.contains("51 words"), "{}", finding.message);
}

#[test]
fn a_descriptor_of_fifty_words_is_not_overlong() {
    let text = with(&[(
        r#""deep": "Grows colleagues into new roles.""#,
        &format!(r#""deep": "{}""#, short_sentences(50)),
    )]);
    quiet(&text, "overlong-text");
}

// long-sentences

#[test]
fn a_sentence_over_thirty_five_words_is_long() {
    let long = words(36);
    let text = with(&[(r#""summary": "Leads several teams.""#, &format!(r#""summary": "{long}""#))]);
    let finding = fired_once(&text, "long-sentences", "tracks[1].levels[1].summary", &long);
    assert!(finding.message.contains("36 words"), "{}", finding.message);
}

#[test]
fn sentences_of_thirty_five_words_are_not_long() {
    let text = with(&[(r#""summary": "Leads several teams.""#, &format!(r#""summary": "{}""#, words(35)))]);
    quiet(&text, "long-sentences");
}

// Marking as intended

#[test]
fn an_allow_entry_silences_exactly_the_item_it_names() {
    let gendered = with(&[
        (r#""summary": "Ships small changes.""#, r#""summary": "Ships changes the chairman asks for.""#),
        (
            r#""summary": "Delivers features end to end.""#,
            r#""summary": "Delivers features the chairman asks for.""#,
        ),
    ]);
    assert_eq!(of_rule(&findings(&gendered), "gendered-wording").len(), 2);
    let allow = |entries: &str| {
        gendered.replacen(
            r#""governance": { "council": "Council", "last_review": "2026-01-01" }"#,
            &format!(r#""governance": {{ "council": "Council", "last_review": "2026-01-01", "lint_allow": [{entries}] }}"#),
            1,
        )
    };
    // Exactly that field: the other one stays.
    let text = allow(
        r#"{ "rule": "gendered-wording", "at": "tracks[0].levels[0].summary", "reason": "The committee's title in law." }"#,
    );
    let left = findings(&text);
    let left = of_rule(&left, "gendered-wording");
    assert_eq!(left.len(), 1);
    assert_eq!(left[0].path, "tracks[0].levels[1].summary");
    // A level covers its fields; not the level after it.
    let text = allow(r#"{ "rule": "gendered-wording", "at": "tracks[0].levels[1]", "reason": "Quoted." }"#);
    let left = findings(&text);
    assert_eq!(
        of_rule(&left, "gendered-wording").iter().map(|f| f.path.as_str()).collect::<Vec<_>>(),
        ["tracks[0].levels[0].summary"]
    );
    // Another rule's entry silences nothing; an entry without `at` silences the rule everywhere.
    let text = allow(r#"{ "rule": "exclusionary-wording", "at": "tracks[0]", "reason": "Other." }"#);
    assert_eq!(of_rule(&findings(&text), "gendered-wording").len(), 2);
    let text = allow(r#"{ "rule": "gendered-wording", "reason": "Quoted from the law throughout." }"#);
    assert!(findings(&text).is_empty());
}

#[test]
fn an_allow_entry_naming_an_unknown_rule_or_no_reason_is_a_content_warning() {
    let text = with(&[(
        r#""governance": { "council": "Council", "last_review": "2026-01-01" }"#,
        r#""governance": { "council": "Council", "last_review": "2026-01-01",
    "lint_allow": [ { "rule": "gendred-wording", "at": "tracks[0]", "reason": " " } ] }"#,
    )]);
    let loaded = load(&text).expect("a mistake in lint_allow never blocks the framework");
    let warnings: Vec<&Problem> =
        loaded.warnings.iter().filter(|w| w.path.starts_with("governance.lint_allow")).collect();
    assert_eq!(warnings.len(), 2, "{warnings:#?}");
    assert_eq!(warnings[0].path, "governance.lint_allow[0].rule");
    assert!(warnings[0].message.contains("Unknown lint rule \"gendred-wording\""), "{}", warnings[0].message);
    assert!(warnings[0].message.contains("gendered-wording"), "known rules are listed");
    assert_eq!(warnings[0].position.unwrap().line, line_of(&text, "gendred-wording"));
    assert_eq!(warnings[1].path, "governance.lint_allow[0].reason");
    assert!(warnings.iter().all(|w| w.concern == Concern::Content && w.severity == Severity::Warning));
}

#[test]
fn lint_allow_is_a_format_2_field() {
    let text = with(&[
        (r#""format": 2"#, r#""format": 1"#),
        (
            r#""governance": { "council": "Council", "last_review": "2026-01-01" }"#,
            r#""governance": { "council": "Council", "last_review": "2026-01-01", "lint_allow": [ { "rule": "thin-track", "reason": "r" } ] }"#,
        ),
    ]);
    // The base uses other format-2 fields too (none, in fact): only lint_allow is named.
    let errors = load(&text).expect_err("format 1 with lint_allow");
    assert!(errors.iter().any(|e| e.path == "governance.lint_allow"), "{errors:#?}");
}

// The rule registry and its documentation

#[test]
fn rule_ids_are_unique_kebab_case_with_one_line_why_and_fix() {
    let mut ids: Vec<&str> = RULES.iter().map(|r| r.id).collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), RULES.len(), "duplicate rule IDs");
    assert_eq!(
        RULES.iter().map(|r| r.id).collect::<Vec<_>>(),
        RULE_IDS,
        "RULE_IDS lists RULES' IDs in order"
    );
    assert!(RULES.len() >= 13);
    for rule in RULES {
        assert!(
            rule.id.split('-').all(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_lowercase())),
            "{} is not kebab-case",
            rule.id
        );
        for line in [rule.why, rule.fix] {
            assert!(
                !line.contains('\n') && line.len() <= 120 && line.ends_with('.'),
                "{}: {line:?}",
                rule.id
            );
        }
    }
}

#[test]
fn docs_lint_md_has_a_section_for_every_rule_and_no_other() {
    let docs = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/lint.md")).unwrap();
    let documented: Vec<&str> = docs
        .lines()
        .filter_map(|line| line.strip_prefix("### `"))
        .map(|rest| rest.trim_end_matches('`'))
        .collect();
    let ids: Vec<&str> = RULES.iter().map(|r| r.id).collect();
    assert_eq!(documented, ids, "docs/lint.md's rule sections, in order");
    for rule in RULES {
        let section = docs.split(&format!("### `{}`", rule.id)).nth(1).unwrap();
        let section = section.split("\n### ").next().unwrap();
        assert!(section.contains(rule.why), "docs/lint.md's section on {} quotes its why", rule.id);
        assert!(section.contains(rule.fix), "docs/lint.md's section on {} quotes its fix", rule.id);
        for part in ["Fires:", "Doesn't fire:"] {
            assert!(section.contains(part), "docs/lint.md's section on {} has {part:?}", rule.id);
        }
    }
}

#[test]
fn docs_lint_md_lists_every_word_of_every_list() {
    use mosaic::core::lint::words::*;
    let docs = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/lint.md")).unwrap();
    let pairs = GENDERED.iter().chain(EXCLUSIONARY).map(|(term, _)| term);
    let lists = [VAGUE, HIERARCHY, WAY_UP, NEGATIONS, MASCULINE_CODED, FEMININE_CODED];
    for entry in lists.iter().flat_map(|list| list.iter()).chain(pairs) {
        assert!(docs.contains(&format!("`{entry}`")), "docs/lint.md doesn't list `{entry}`");
    }
    for (term, instead) in GENDERED.iter().chain(EXCLUSIONARY) {
        assert!(
            docs.contains(&format!("| `{term}` | {instead} |")),
            "docs/lint.md: the alternative to `{term}`"
        );
    }
}

// The sample and the fixtures

const FILES: [&str; 7] = [
    "public/framework.json",
    "tests/fixtures/minimal.json",
    "tests/fixtures/large.json",
    "tests/fixtures/format2/ladder-yaml.json",
    "tests/fixtures/format2/points-ladder.json",
    "tests/fixtures/format2/multi-discipline.json",
    "tests/fixtures/studio/draft-major.json",
];

fn read(file: &str) -> String {
    std::fs::read_to_string(format!("{}/{file}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

#[test]
fn the_sample_and_the_fixtures_lint_with_every_finding_located() {
    for file in FILES {
        let text = read(file);
        for finding in findings(&text) {
            let rule = finding.rule.unwrap_or_else(|| panic!("{file}: a finding without a rule"));
            assert!(RULES.iter().any(|r| r.id == rule), "{file}: unknown rule {rule}");
            assert!(finding.position.is_some(), "{file}: {rule} at {:?} has no position", finding.path);
            assert!(!finding.message.is_empty());
        }
    }
}

#[test]
fn the_sample_framework_lints_clean() {
    assert_eq!(findings(&read("public/framework.json")), vec![]);
}

// Invariant: lint findings are warnings, never errors, and loading doesn't run lint.

#[test]
fn a_framework_full_of_findings_still_loads_and_loading_reports_none_of_them() {
    let text = with(&[
        (
            r#""summary": "Ships small changes.""#,
            r#""summary": "Young and dynamic rockstar; he/she reports to the chairman.""#,
        ),
        (r#"reviewer.", "horizon_months": 3"#, r#"reviewer.", "horizon_months": 0"#),
        (r#""evidence": "Fifty reviews in six months.""#, r#""evidence": "Takes more ownership as needed.""#),
        (
            r#""description": "Growth through depth of craft.""#,
            r#""description": "Competitive, assertive, dominant engineers with direct reports.""#,
        ),
        (
            r#""grows": [ { "competency": "craft", "up_to": "deep" } ]"#,
            r#""grows": [ { "competency": "craft", "up_to": "basic" } ]"#,
        ),
    ]);
    let all = findings(&text);
    let rules: std::collections::BTreeSet<&str> = all.iter().filter_map(|f| f.rule).collect();
    assert!(rules.len() >= 7, "{rules:?}");
    assert!(all.iter().all(|f| f.severity == Severity::Warning && f.concern == Concern::Lint));
    let loaded = load(&text).expect("lint findings never stop a framework from loading");
    assert!(loaded.warnings.iter().all(|w| w.concern != Concern::Lint && w.rule.is_none()));
    let fast = load_fast(&text).expect("the fast path reads it").expect("and accepts it");
    assert_eq!(fast, loaded);
}

#[test]
fn loading_never_runs_lint() {
    // The public site loads with these two; lint is for the studio and the command.
    for file in ["src/core/framework/load.rs", "src/core/framework/fast_load.rs"] {
        let source = read(file);
        assert!(!source.contains("lint::") && !source.contains("lint("), "{file} calls lint");
    }
}

#[test]
fn the_studio_draft_has_its_vague_milestone_and_gendered_word_named_where_they_are() {
    // The issue's "done when" draft: the sample with a vague milestone and a gendered word.
    let text = read("tests/fixtures/studio/draft-major.json");
    let all = findings(&text);
    let vague = of_rule(&all, "vague-wording");
    assert!(
        vague.iter().any(|f| f.path == "tracks[0].levels[2].milestones[3].title"
            && f.message.starts_with("\"more ownership\"")
            && f.position.unwrap().line == line_of(&text, "\"Takes more ownership\"")),
        "{all:#?}"
    );
    let gendered = of_rule(&all, "gendered-wording");
    assert_eq!(gendered.len(), 1, "{all:#?}");
    assert_eq!(gendered[0].path, "tracks[3].levels[1].summary");
    assert_eq!(gendered[0].position.unwrap().line, line_of(&text, "the chairman of key account"));
    assert!(all.iter().all(|f| matches!(f.rule, Some("vague-wording" | "gendered-wording"))), "{all:#?}");
}
