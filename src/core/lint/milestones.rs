//! Milestones that can't be observed or aren't time-bound: no evidence, no one verifying it,
//! no horizon. (Vague phrasing in them is `vague.rs`.)

use super::{MILESTONE_UNTIMED, MILESTONE_UNVERIFIABLE};
use crate::core::framework::{Framework, Problem};

pub(super) fn check(framework: &Framework, findings: &mut Vec<Problem>) {
    for (t, track) in framework.tracks.iter().enumerate() {
        for (l, level) in track.levels.iter().enumerate() {
            for (m, milestone) in level.milestones.iter().enumerate() {
                let path = format!("tracks[{t}].levels[{l}].milestones[{m}]");
                let name = &milestone.title;
                if milestone.evidence.trim().is_empty() {
                    findings.push(Problem::lint(
                        MILESTONE_UNVERIFIABLE,
                        format!("{path}.evidence"),
                        format!("The milestone \"{name}\" of \"{}\" names no evidence: say what someone can point to.", level.title),
                    ));
                }
                if milestone.verification.trim().is_empty() {
                    findings.push(Problem::lint(
                        MILESTONE_UNVERIFIABLE,
                        format!("{path}.verification"),
                        format!("The milestone \"{name}\" of \"{}\" says nobody checks it: say who verifies the evidence, and how.", level.title),
                    ));
                }
                if milestone.horizon_months == 0 {
                    findings.push(Problem::lint(
                        MILESTONE_UNTIMED,
                        format!("{path}.horizon_months"),
                        format!("The milestone \"{name}\" of \"{}\" has a horizon of 0 months: give the typical time it takes.", level.title),
                    ));
                }
            }
        }
    }
}
