//! /plan's rows of competencies to grow: a gap the person closes by rating it on the page
//! stays in place, marked closed, so the control they were using never disappears; other
//! rows follow the plan. Checked on the planner's real answer for the ladder fixture.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;

use mosaic::core::assessment::Assessment;
use mosaic::core::framework::{load, Framework, RoleRef};
use mosaic::core::planner::{growth_rows, plan, Constraints, Growth, GrowthRow, GrowthWay, Step};

fn framework(text: &str) -> &'static Framework {
    Box::leak(Box::new(load(text).expect("fixture loads").framework))
}

fn growth(competency: &str, from: Option<usize>, to: usize) -> Growth {
    Growth { competency: competency.into(), from, to, months: 6, way: GrowthWay::OnTheJob }
}

fn open(rows: &[Growth]) -> Vec<GrowthRow> {
    growth_rows(&[], rows, &BTreeSet::new())
}

fn shown(rows: &[GrowthRow]) -> Vec<(String, bool)> {
    rows.iter().map(|r| (r.growth.competency.clone(), r.closed)).collect()
}

#[test]
fn first_rows_are_the_steps_growth_in_order_all_open() {
    let rows = open(&[growth("a", None, 1), growth("b", Some(0), 2)]);
    assert_eq!(shown(&rows), vec![("a".into(), false), ("b".into(), false)]);
}

#[test]
fn a_gap_closed_by_rating_here_stays_in_place_marked_closed() {
    let before = open(&[growth("a", None, 1), growth("b", Some(0), 2), growth("c", None, 1)]);
    let rated: BTreeSet<String> = ["b".to_string()].into();
    let after = growth_rows(&before, &[growth("a", None, 1), growth("c", None, 1)], &rated);
    assert_eq!(shown(&after), vec![("a".into(), false), ("b".into(), true), ("c".into(), false)]);
    // It keeps what the step asked, so the row can still say it.
    assert_eq!(after[1].growth.to, 2);
}

#[test]
fn a_closed_gap_reopened_by_lowering_the_rating_is_open_again_in_the_same_place() {
    let rated: BTreeSet<String> = ["b".to_string()].into();
    let before = open(&[growth("a", None, 1), growth("b", Some(0), 2)]);
    let closed = growth_rows(&before, &[growth("a", None, 1)], &rated);
    let reopened = growth_rows(&closed, &[growth("a", None, 1), growth("b", Some(1), 2)], &rated);
    assert_eq!(shown(&reopened), vec![("a".into(), false), ("b".into(), false)]);
    assert_eq!(reopened[1].growth.from, Some(1));
}

#[test]
fn rows_not_rated_here_follow_the_plan_and_new_gaps_come_last() {
    let before = open(&[growth("a", None, 1), growth("b", Some(0), 2)]);
    let after = growth_rows(&before, &[growth("c", None, 1), growth("b", Some(0), 3)], &BTreeSet::new());
    assert_eq!(shown(&after), vec![("b".into(), false), ("c".into(), false)]);
    assert_eq!(after[0].growth.to, 3);
}

/// The first step of the recommended path to the first level above the start on the ladder
/// fixture's first track with something to grow.
fn first_step_with_growth(framework: &Framework, assessment: &Assessment) -> Option<(RoleRef, Step)> {
    let start = framework.tracks.iter().find_map(|t| t.levels.first().map(|l| RoleRef::new(&t.id, &l.id)))?;
    framework.tracks.iter().flat_map(|t| t.levels.iter().map(|l| RoleRef::new(&t.id, &l.id))).find_map(
        |target| {
            let answer = plan(framework, assessment, Some(&start), &target, &Constraints::default());
            let step = answer.paths.first()?.steps.iter().find(|s| !s.growth.is_empty())?.clone();
            Some((target, step))
        },
    )
}

#[test]
fn rating_a_gap_closed_on_a_real_plan_keeps_its_row() {
    let framework = framework(include_str!("fixtures/format2/ladder-yaml.json"));
    let mut assessment = Assessment::default();
    let (target, step) = first_step_with_growth(framework, &assessment).expect("a step with growth");
    let rows = open(&step.growth);
    let closing = step.growth[0].clone();
    let level = &framework.scale_of_id(&closing.competency)[closing.to];
    assessment.rate(framework, &closing.competency, &level.id, "2026-01-01T00:00:00Z").expect("on its scale");
    let start = RoleRef::new(&step.from.track, &step.from.level);
    let answer = plan(framework, &assessment, Some(&start), &target, &Constraints::default());
    let same_step = answer.paths.first().and_then(|p| p.steps.iter().find(|s| s.to == step.to));
    let current = same_step.map(|s| s.growth.clone()).unwrap_or_default();
    assert!(current.iter().all(|g| g.competency != closing.competency), "rating it closes the gap");
    let rated: BTreeSet<String> = [closing.competency.clone()].into();
    let after = growth_rows(&rows, &current, &rated);
    assert_eq!(after[0].growth.competency, closing.competency);
    assert!(after[0].closed);
    assert!(after[1..].iter().all(|r| !r.closed));
}
