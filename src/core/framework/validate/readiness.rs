//! Whether readiness can be judged: the council's readiness policy and pacing make sense, and
//! every role that is still filled has criteria someone can be measured against.

use super::Validator;
use crate::core::framework::model::*;

impl<'a> Validator<'a> {
    pub(super) fn readiness(&mut self) {
        let framework: &'a Framework = self.framework;
        let policy = &framework.readiness;
        let percentages = [
            ("close_from_percent", policy.close_from_percent, 1),
            ("stretch_from_percent", policy.stretch_from_percent, 0),
            ("milestone_share_percent", policy.milestone_share_percent, 0),
            ("expectations_met_percent", policy.expectations_met_percent, 1),
        ];
        for (field, value, lowest) in percentages {
            if !(lowest..=100).contains(&value) {
                self.error(
                    format!("readiness.{field}"),
                    format!("`{field}` is {value}; it is a percentage from {lowest} to 100."),
                );
            }
        }
        if policy.stretch_from_percent > policy.close_from_percent {
            self.error(
                "readiness.stretch_from_percent",
                format!(
                    "\"Stretch\" starts at {}%, above \"Close\" at {}%: make `stretch_from_percent` no more than `close_from_percent`.",
                    policy.stretch_from_percent, policy.close_from_percent
                ),
            );
        }
        let pacing = &framework.pacing;
        self.months("pacing.months_in_level".into(), "The typical time in a level", pacing.months_in_level);
        self.months(
            "pacing.on_the_job_months_per_step".into(),
            "The time to grow one step on the job",
            pacing.on_the_job_months_per_step,
        );

        for (t, track) in framework.tracks.iter().enumerate() {
            for (l, level) in track.levels.iter().enumerate() {
                let sunset = track.sunset.is_some() || level.sunset.is_some();
                if !sunset && !framework.has_criteria(level) {
                    self.warning(
                        format!("tracks[{t}].levels[{l}]"),
                        format!(
                            "\"{}\" ({}/{}) has no criteria: no expectations, milestones or points threshold, so nobody can be shown as ready for it.",
                            level.title, track.id, level.id
                        ),
                    );
                }
            }
        }
    }
}
