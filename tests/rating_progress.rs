//! Progress on the self-assessment ("12 of 21 rated"), in all and per theme: only a level on
//! the competency's own scale counts, on the default framework, the format-2 fixtures (scales
//! of 2, 4 and 7 steps) and the 10× framework.

use mosaic::core::assessment::storage::stamp;
use mosaic::core::assessment::*;
use mosaic::core::framework::{load, Framework};

const NOW: &str = "2026-03-01T10:00:00Z";

fn framework(text: &str) -> Framework {
    load(text).expect("loads").framework
}

fn minimal() -> Framework {
    framework(include_str!("fixtures/minimal.json"))
}

fn blank(framework: &Framework) -> Assessment {
    Assessment { framework: stamp(framework), ..Default::default() }
}

fn every_framework() -> Vec<(&'static str, Framework)> {
    vec![
        ("default", framework(include_str!("../public/framework.json"))),
        ("ladder-yaml", framework(include_str!("fixtures/format2/ladder-yaml.json"))),
        ("points-ladder", framework(include_str!("fixtures/format2/points-ladder.json"))),
        ("multi-discipline", framework(include_str!("fixtures/format2/multi-discipline.json"))),
        ("large", framework(include_str!("fixtures/large.json"))),
    ]
}

#[test]
fn nothing_rated_is_zero_of_every_competency_in_each_theme() {
    let f = minimal();
    let progress = blank(&f).rating_progress(&f);
    assert_eq!((progress.rated, progress.total), (0, 2));
    assert_eq!(
        progress.themes,
        vec![ThemeProgress { rated: 0, total: 1 }, ThemeProgress { rated: 0, total: 1 }]
    );
    assert!(!progress.themes[0].is_done());
}

#[test]
fn rating_counts_in_its_theme_and_unrating_takes_it_back() {
    let f = minimal();
    let mut a = blank(&f);
    a.rate(&f, "people", "solid", NOW).unwrap();
    let progress = a.rating_progress(&f);
    assert_eq!(progress.rated, 1);
    let names: Vec<&str> = f.themes().iter().map(|t| t.name).collect();
    assert_eq!(names, ["Craft", "Leadership"]);
    assert_eq!(progress.themes[1], ThemeProgress { rated: 1, total: 1 });
    assert!(progress.themes[1].is_done());
    assert_eq!(progress.themes[0].rated, 0);
    a.rate(&f, "people", "deep", NOW).unwrap();
    assert_eq!(a.rating_progress(&f).rated, 1, "a new level of the same competency is still one");
    a.unrate("people", NOW);
    assert_eq!(a.rating_progress(&f).rated, 0);
}

#[test]
fn evidence_alone_retired_ratings_and_unknown_levels_do_not_count() {
    let f = minimal();
    let mut a = blank(&f);
    a.add_rating_evidence(
        "code",
        Evidence { note: "Shipped the importer".into(), ..Default::default() },
        NOW,
    );
    // As an import or an older framework could leave them: a competency the framework no
    // longer has, a level its scale no longer has, and a rating moved aside.
    let kept =
        |level: &str| Rating { proficiency: Some(level.into()), evidence: vec![], updated: NOW.into() };
    a.ratings.insert("gone".into(), kept("solid"));
    a.ratings.insert("people".into(), kept("legendary"));
    a.retired.ratings.insert("old".into(), kept("basic"));
    assert_eq!(a.rated_count(), 2, "what is stored");
    let progress = a.rating_progress(&f);
    assert_eq!((progress.rated, progress.total), (0, 2), "what counts against this framework");
    assert!(!a.is_rated(&f, "code") && !a.is_rated(&f, "people") && !a.is_rated(&f, "gone"));
}

#[test]
fn themes_hold_every_competency_once_and_the_counts_add_up() {
    for (name, f) in every_framework() {
        let themes = f.themes();
        let mut listed: Vec<&str> =
            themes.iter().flat_map(|t| t.competencies.iter().map(|c| c.id.as_str())).collect();
        assert_eq!(listed.len(), f.competencies.len(), "{name}");
        listed.sort_unstable();
        listed.dedup();
        assert_eq!(listed.len(), f.competencies.len(), "{name}: each competency once");
        for theme in &themes {
            assert!(theme.competencies.iter().all(|c| c.theme == theme.name), "{name}");
        }
        let names: Vec<&str> = themes.iter().map(|t| t.name).collect();
        let mut unique = names.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), names.len(), "{name}: each theme once");

        // Every other competency rated at the top of its own scale, the rest left blank.
        let mut a = blank(&f);
        for (i, competency) in f.competencies.iter().enumerate() {
            if i % 2 == 0 {
                let top = f.scale_of(competency).last().expect("a scale");
                a.rate(&f, &competency.id, &top.id, NOW).unwrap();
            }
        }
        let progress = a.rating_progress(&f);
        assert_eq!(progress.total, f.competencies.len(), "{name}");
        assert_eq!(progress.rated, f.competencies.len().div_ceil(2), "{name}");
        assert_eq!(progress.themes.len(), themes.len(), "{name}");
        for (theme, counted) in themes.iter().zip(&progress.themes) {
            assert_eq!(counted.total, theme.competencies.len(), "{name}: {}", theme.name);
            let rated = theme.competencies.iter().filter(|c| a.proficiency(&c.id).is_some()).count();
            assert_eq!(counted.rated, rated, "{name}: {}", theme.name);
        }
        assert_eq!(progress.themes.iter().map(|t| t.rated).sum::<usize>(), progress.rated, "{name}");
    }
}

#[test]
fn every_step_of_a_two_four_or_seven_step_scale_counts_as_rated() {
    let f = framework(include_str!("fixtures/format2/multi-discipline.json"));
    let mut lengths: Vec<usize> = f.competencies.iter().map(|c| f.scale_of(c).len()).collect();
    lengths.sort_unstable();
    lengths.dedup();
    assert_eq!(lengths, [2, 4, 7]);
    for competency in &f.competencies {
        for step in f.scale_of(competency) {
            let mut a = blank(&f);
            a.rate(&f, &competency.id, &step.id, NOW).unwrap();
            assert_eq!(a.rating_progress(&f).rated, 1, "{} at {}", competency.id, step.id);
        }
    }
}
