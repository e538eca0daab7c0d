//! Search as a person types it: typos, why each result matched, and a suggestion when nothing
//! does, on the default framework and the format-2 fixtures; and fast on the 10× framework.

use std::time::{Duration, Instant};

use mosaic::core::framework::{load, Framework, RoleRef};
use mosaic::core::search::{Field, Hit, SearchIndex, Target};

fn loaded(text: &str) -> Framework {
    load(text).unwrap_or_else(|problems| panic!("loads: {problems:?}")).framework
}

fn default_framework() -> Framework {
    loaded(include_str!("../public/framework.json"))
}

fn titles(hits: &[Hit]) -> Vec<&str> {
    hits.iter().map(|h| h.title.as_str()).collect()
}

fn role(track: &str, level: &str) -> Target {
    Target::Role(RoleRef::new(track, level))
}

#[test]
fn typos_in_a_role_title_still_find_the_role_first() {
    let framework = default_framework();
    let index = SearchIndex::new(&framework);
    let results = index.search("Senior Enginer");
    assert_eq!(
        results.hits.first().map(|h| h.title.as_str()),
        Some("Senior Engineer"),
        "{:?}",
        titles(&results.hits)
    );
    assert_eq!(results.hits[0].distance, 1, "one letter missing");
    assert_eq!(results.near_spellings.len(), 1);
    assert_eq!(results.near_spellings[0].typed, "enginer");
    assert!(results.near_spellings[0].found.contains(&"engineer".to_string()));
    assert!(results.suggestion.is_none(), "results need no suggestion");

    let managers = index.search("managr");
    let found = titles(&managers.hits);
    for title in ["Manager", "Senior Manager", "People management"] {
        assert!(found.contains(&title), "{title} in {found:?}");
    }
}

#[test]
fn a_word_found_as_typed_is_never_swapped_for_one_spelt_like_it() {
    let framework = default_framework();
    let index = SearchIndex::new(&framework);
    let exact = index.search("manager");
    assert!(!exact.hits.is_empty());
    assert!(exact.near_spellings.is_empty());
    assert!(exact.hits.iter().all(|h| h.distance == 0), "exact matches only");
    for hit in &exact.hits {
        let marked: Vec<String> =
            hit.reasons.iter().flat_map(|r| r.snippet.marked()).map(str::to_lowercase).collect();
        assert!(marked.iter().all(|m| m.contains("manager")), "{}: {marked:?}", hit.title);
    }
}

#[test]
fn results_rank_by_fewest_edits_then_title_matches() {
    let framework = default_framework();
    let index = SearchIndex::new(&framework);
    for query in ["Senior Enginer", "managr", "engineer", "strategst custmer", "design"] {
        let hits = index.search(query).hits;
        assert!(
            hits.windows(2).all(|pair| pair[0].distance <= pair[1].distance),
            "{query}: {:?}",
            titles(&hits)
        );
        // Within the fewest edits, results matching every word in their title come first.
        let best = hits.iter().take_while(|h| h.distance == hits[0].distance);
        let in_title: Vec<bool> =
            best.map(|h| h.reasons.len() == 1 && h.reasons[0].field.is_title()).collect();
        assert!(in_title.windows(2).all(|pair| pair[0] >= pair[1]), "{query}: {in_title:?}");
    }
}

#[test]
fn each_hit_says_which_field_matched_with_the_words_marked() {
    let framework = default_framework();
    let index = SearchIndex::new(&framework);
    let coaching = index.search("coaching");
    let track = coaching
        .hits
        .iter()
        .find(|h| h.target == Target::Track("people-management".into()))
        .expect("the track");
    assert_eq!(track.reasons.len(), 1);
    assert_eq!(track.reasons[0].field, Field::TrackDescription);
    assert_eq!(track.reasons[0].snippet.marked(), ["coaching"]);

    // Two words in two fields: both fields are reasons, the title first.
    let senior = index.search("senior mentors").hits;
    let hit = senior.iter().find(|h| h.title == "Senior Engineer").expect("Senior Engineer");
    assert_eq!(hit.reasons[0].field, Field::RoleTitle);
    assert_eq!(hit.reasons[0].snippet.marked(), ["Senior"]);
    assert!(hit.reasons[1..].iter().any(|r| r.snippet.marked().contains(&"Mentors")), "{:?}", hit.reasons);

    // Every reason marks something and belongs to the hit.
    for hit in index.search("customer").hits {
        assert!(!hit.reasons.is_empty());
        assert!(hit.reasons.iter().all(|r| !r.snippet.marked().is_empty()), "{}", hit.title);
    }
}

#[test]
fn reasons_name_expectations_examples_and_descriptors_in_format_2() {
    let ladder = loaded(include_str!("fixtures/format2/ladder-yaml.json"));
    let index = SearchIndex::new(&ladder);
    let staff = role("individual-contributor", "staff-engineer");
    let plans = index.search("ambiguous plans into milestones").hits;
    assert_eq!(plans[0].target, staff);
    assert_eq!(plans[0].reasons.len(), 1);
    let Field::Expectation { competency } = &plans[0].reasons[0].field else {
        panic!("an expectation in the role's words: {:?}", plans[0].reasons)
    };
    assert!(ladder.competencies.iter().any(|c| &c.name == competency), "named by the competency's name");
    assert_eq!(plans[0].reasons[0].snippet.marked(), ["ambiguous", "plans", "into", "milestones"]);

    let checkout = index.search("faster checkout").hits;
    assert_eq!(checkout[0].target, staff);
    assert!(matches!(checkout[0].reasons[0].field, Field::ExpectationExample { .. }));
    assert_eq!(checkout[0].reasons[0].snippet.marked(), ["faster", "checkout"], "quotation marks left out");

    let managers = index.search("managr").hits;
    assert!(titles(&managers).contains(&"Engineering Manager"), "{:?}", titles(&managers));

    let points = loaded(include_str!("fixtures/format2/points-ladder.json"));
    let hits = SearchIndex::new(&points).search("Senior Enginer").hits;
    assert!(titles(&hits)[..2].iter().all(|t| t.starts_with("Senior Engineer")), "{:?}", titles(&hits));

    let multi = loaded(include_str!("fixtures/format2/multi-discipline.json"));
    let index = SearchIndex::new(&multi);
    let research = index.search("reserch").hits;
    assert_eq!(research[0].target, Target::Track("user-researcher".into()));
    assert_eq!(research[0].reasons[0].field, Field::TrackName);
    // A descriptor is named by its scale's step.
    let descriptor = multi
        .competencies
        .iter()
        .find_map(|c| c.descriptors.values().next().map(|d| (c, d.text().to_string())))
        .expect("a descriptor");
    let (competency, text) = descriptor;
    let hits = index.search(&text).hits;
    let hit =
        hits.iter().find(|h| h.target == Target::Competency(competency.id.clone())).expect("its competency");
    assert!(
        hit.reasons.iter().any(|r| matches!(&r.field, Field::Descriptor { step }
            if multi.scale_of(competency).iter().any(|s| &s.name == step))),
        "{:?}",
        hit.reasons
    );
}

#[test]
fn nothing_found_suggests_the_frameworks_own_words() {
    let framework = default_framework();
    let index = SearchIndex::new(&framework);
    let far = index.search("mnagr");
    assert!(far.hits.is_empty(), "two edits is too far to search unasked");
    assert_eq!(far.suggestion.as_deref(), Some("manager"));
    assert!(!index.search("manager").hits.is_empty(), "the suggestion finds something");

    assert_eq!(
        index.search("engineer zebra").suggestion.as_deref(),
        Some("engineer"),
        "an unknown word is left out"
    );
    assert_eq!(index.search("zzzz").suggestion, None, "nothing near enough");
    assert_eq!(index.search("   ").suggestion, None);
    assert!(index.search("   ").hits.is_empty());

    let multi = loaded(include_str!("fixtures/format2/multi-discipline.json"));
    let results = SearchIndex::new(&multi).search("rserch");
    assert!(results.hits.is_empty());
    assert_eq!(results.suggestion.as_deref(), Some("research"));
}

#[test]
fn search_stays_fast_on_the_ten_times_framework() {
    let framework = loaded(include_str!("fixtures/large.json"));
    let started = Instant::now();
    let index = SearchIndex::new(&framework);
    let queries = ["Senior Enginer", "managr", "mnagr", "engineer zebra", "design", "customer strategy", "e"];
    for query in queries {
        let results = index.search(query);
        assert!(!results.hits.is_empty() || results.suggestion.is_some(), "{query}");
    }
    // Generous for an unoptimized test build on a shared machine: building the index and
    // these queries take a few tens of milliseconds in a release build.
    let elapsed = started.elapsed();
    assert!(elapsed < Duration::from_secs(5), "took {elapsed:?}");
}
