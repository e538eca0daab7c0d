//! Parity of investment: a role on a track without direct reports that has clearly less to
//! grow by than the management roles at the same band — fewer milestones, fewer learning
//! opportunities reaching what it expects, or fewer expectations. Pay parity is
//! `framework::parity`'s; this is the effort the framework puts into each route.

use std::collections::BTreeSet;

use super::reach::Reach;
use super::THIN_TRACK;
use crate::core::framework::{Framework, Level, Problem, Track};

/// "Clearly fewer": at most half of the management role's figure, and at least this many
/// fewer (3 milestones against 2 is a difference of taste; 3 against 1 is not).
const MIN_DIFFERENCE: usize = 2;

fn clearly_fewer(track: usize, management: usize) -> bool {
    track * 2 <= management && management - track >= MIN_DIFFERENCE
}

/// The learning opportunities that grow at least one of a level's expected competencies up
/// to the step it expects.
fn learning_for(reach: &Reach, level: &Level) -> usize {
    let mut opportunities = BTreeSet::new();
    for expected in &level.expectations {
        if let Some(required) = reach.rank(&expected.competency, &expected.proficiency) {
            opportunities.extend(reach.opportunities_reaching(&expected.competency, required));
        }
    }
    opportunities.len()
}

/// What a role is given to grow by: `[milestones, learning, expectations]`, each `None`
/// where it isn't compared (expectations of a role reached by points mean little).
type Investment = [Option<usize>; 3];

/// How each figure of an `Investment` is named: one, many.
const FIGURES: [(&str, &str); 3] = [
    ("milestone", "milestones"),
    ("learning opportunity reaching its expectations", "learning opportunities reaching its expectations"),
    ("expectation", "expectations"),
];

fn investment(reach: &Reach, level: &Level) -> Investment {
    [
        Some(level.milestones.len()),
        Some(learning_for(reach, level)),
        level.points.is_none().then_some(level.expectations.len()),
    ]
}

fn in_use(track: &Track) -> bool {
    track.sunset.is_none()
}

pub(super) fn check(framework: &Framework, findings: &mut Vec<Problem>) {
    let management: Vec<&Track> = framework.tracks.iter().filter(|t| t.manages_people && in_use(t)).collect();
    if management.is_empty() {
        return;
    }
    let reach = Reach::new(framework);
    for (t, track) in framework.tracks.iter().enumerate() {
        if track.manages_people || !in_use(track) {
            continue;
        }
        // Management of the track's own family where it has one, as families differ in how
        // much they write; else every management track.
        let same_family: Vec<&Track> =
            management.iter().copied().filter(|m| m.family.is_some() && m.family == track.family).collect();
        let peers = if same_family.is_empty() { &management } else { &same_family };
        for (l, level) in track.levels.iter().enumerate() {
            if level.sunset.is_some() {
                continue;
            }
            let at_band: Vec<(&Track, &Level)> = peers
                .iter()
                .flat_map(|m| {
                    m.levels
                        .iter()
                        .filter(|ml| ml.band == level.band && ml.sunset.is_none())
                        .map(move |ml| (*m, ml))
                })
                .collect();
            if at_band.is_empty() {
                continue;
            }
            let mine = investment(&reach, level);
            let theirs: Vec<(&Track, &Level, Investment)> =
                at_band.into_iter().map(|(m, ml)| (m, ml, investment(&reach, ml))).collect();
            for (figure, (one, many)) in FIGURES.iter().enumerate() {
                // Compared with the least invested management role at the band: thinner than all.
                let least = theirs
                    .iter()
                    .filter_map(|(m, ml, i)| i[figure].map(|n| (n, *m, *ml)))
                    .min_by_key(|(n, _, _)| *n);
                let (Some(own), Some((bar, m, ml))) = (mine[figure], least) else { continue };
                let what = if own == 1 { one } else { many };
                if clearly_fewer(own, bar) {
                    findings.push(Problem::lint(
                        THIN_TRACK,
                        format!("tracks[{t}].levels[{l}]"),
                        format!(
                            "\"{}\" ({}, band {}) has {own} {what}, where \"{}\" ({}) at the same band has {bar}: the track gets less to grow by than management.",
                            level.title, track.name, level.band, ml.title, m.name
                        ),
                    ));
                }
            }
        }
    }
}
