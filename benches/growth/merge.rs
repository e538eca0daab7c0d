//! Merging an imported assessment into one's own (`storage::merge`), when the two sides have
//! N plan actions with the same IDs but different titles (each imported action needs a fresh
//! ID) and one rating with N pieces of evidence each, half of them shared.

use std::hint::black_box;

use mosaic::core::assessment::storage::merge;
use mosaic::core::assessment::{Action, ActionStatus, Assessment, Evidence, Rating};

use crate::table::Part;

const SIZES: [usize; 3] = [200, 632, 2_000];

fn side(n: usize, who: &str) -> Assessment {
    let mut a = Assessment::default();
    a.plan.actions = (1..=n)
        .map(|i| Action {
            id: format!("a{i}"),
            title: format!("{who}'s action {i}"),
            learning: None,
            competencies: Vec::new(),
            milestones: Vec::new(),
            target_date: String::new(),
            status: ActionStatus::Planned,
            updated: "2026-01-01T10:00:00Z".to_string(),
        })
        .collect();
    // Mine holds notes 0..n, theirs n/2..3n/2: half of the imported evidence is already here.
    let first = if who == "mine" { 0 } else { n / 2 };
    let evidence = (first..first + n)
        .map(|i| Evidence {
            note: format!("Shipped piece {i}"),
            link: String::new(),
            date: "2026-01-02".into(),
        })
        .collect();
    a.ratings.insert(
        "system-design".to_string(),
        Rating { proficiency: Some("practitioner".into()), evidence, updated: "2026-01-01T10:00:00Z".into() },
    );
    a
}

pub fn part() -> Part {
    let inputs = SIZES.iter().map(|&n| (n, (side(n, "mine"), side(n, "theirs")))).collect();
    Part::measure(
        "merge an import: N colliding action IDs, N evidence items",
        "N",
        inputs,
        5,
        |(mine, theirs)| {
            black_box(merge(mine.clone(), theirs.clone()));
        },
    )
}
