//! Search over many competencies: a query matching most of them, the first page of hits made
//! (as the search page asks) and the true count.

use mosaic::core::framework::Framework;
use mosaic::core::search::SearchIndex;
use serde_json::{json, Value};

use crate::table::Part;

/// The default framework with `count` more competencies, each named "Data skill N".
fn framework(count: usize) -> Framework {
    let text = include_str!("../../public/framework.json");
    let mut framework: Value = serde_json::from_str(text).expect("the default framework is JSON");
    let competencies = framework["competencies"].as_array_mut().expect("competencies");
    let template = competencies[0].clone();
    for c in 0..count {
        let mut competency = template.clone();
        competency["id"] = json!(format!("data-skill-{c}"));
        competency["name"] = json!(format!("Data skill {c}"));
        competencies.push(competency);
    }
    serde_json::from_value(framework).expect("a framework")
}

/// The search page's work (the first 50 hits and the count), and beside it every hit with
/// its excerpts, which is what the page asked for before results were paged.
pub fn parts() -> Vec<Part> {
    let sizes = [2_000, 20_000, 100_000];
    let frameworks: Vec<(usize, Framework)> = sizes.into_iter().map(|n| (n, framework(n))).collect();
    let indexes = || -> Vec<(usize, SearchIndex)> {
        frameworks.iter().map(|(n, f)| (*n, SearchIndex::new(f))).collect()
    };
    let first = Part::measure(
        "search \"data skill\": the first 50 hits and the count",
        "competencies",
        indexes(),
        3,
        |index| {
            let results = index.search_first("data skill", 50);
            assert!(results.total > 0);
            std::hint::black_box(results);
        },
    );
    let all = Part::measure(
        "search \"data skill\": every hit with excerpts (before paging)",
        "competencies",
        indexes(),
        3,
        |index| {
            std::hint::black_box(index.search("data skill"));
        },
    );
    vec![first, all]
}
