//! A competency that roles expect at a step no learning opportunity reaches (`grows` with
//! `up_to` on the competency's own scale): people are asked for it and shown no way to get
//! there. The lowest step of a scale is where everyone starts, so it needs no learning.

use std::collections::HashMap;

use super::reach::Reach;
use super::LEARNING_GAP;
use crate::core::framework::{Framework, Level, Problem, RoleRef};

pub(super) fn check(framework: &Framework, findings: &mut Vec<Problem>) {
    let reach = Reach::new(framework);
    // Per competency, the highest step any role in use expects and the first role expecting it.
    let mut highest: HashMap<&str, (usize, RoleRef, &Level)> = HashMap::new();
    for (role, track, level) in framework.roles() {
        if track.sunset.is_some() || level.sunset.is_some() {
            continue;
        }
        for expected in &level.expectations {
            let Some(rank) = reach.rank(&expected.competency, &expected.proficiency) else { continue };
            let higher = highest.get(expected.competency.as_str()).is_none_or(|(h, _, _)| rank > *h);
            if higher {
                highest.insert(&expected.competency, (rank, role.clone(), level));
            }
        }
    }
    for (c, competency) in framework.competencies.iter().enumerate() {
        let Some((rank, role, level)) = highest.get(competency.id.as_str()) else { continue };
        let rank = *rank;
        if rank == 0 || reach.opportunities_reaching(&competency.id, rank).next().is_some() {
            continue;
        }
        let step_name = |rank: usize| reach.step(&competency.id, rank).map_or("", |p| p.name.as_str());
        let so_far = match reach.highest(&competency.id) {
            Some(r) => format!("learning reaches only \"{}\"", step_name(r)),
            None => "no learning opportunity grows it".to_string(),
        };
        let wanted = step_name(rank);
        findings.push(Problem::lint(
            LEARNING_GAP,
            format!("competencies[{c}]"),
            format!(
                "\"{}\" ({}/{}) expects \"{}\" at \"{wanted}\", but {so_far}: add a learning opportunity that grows it up to \"{wanted}\".",
                level.title, role.track, role.level, competency.name
            ),
        ));
    }
}
