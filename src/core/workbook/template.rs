//! The blank workbook an author starts from: every sheet with its columns, the Framework
//! sheet listing its fields with the defaults filled in.

use super::cells::yes_no;
use super::layout::{FIELDS, FRAMEWORK, SHEETS};
use super::model::{Sheet, Workbook};
use crate::core::framework::{Pacing, ReadinessPolicy, FORMAT_VERSION};

pub fn template() -> Workbook {
    let readiness = ReadinessPolicy::default();
    let pacing = Pacing::default();
    let default = |field: &str| match field {
        "format" => FORMAT_VERSION.to_string(),
        "locale" => "en".to_string(),
        "review cadence months" => "12".to_string(),
        "close from percent" => readiness.close_from_percent.to_string(),
        "stretch from percent" => readiness.stretch_from_percent.to_string(),
        "milestone share percent" => readiness.milestone_share_percent.to_string(),
        "expectations met percent" => readiness.expectations_met_percent.to_string(),
        "milestones required" => yes_no(readiness.milestones_required),
        "months in level" => pacing.months_in_level.to_string(),
        "on the job months per step" => pacing.on_the_job_months_per_step.to_string(),
        _ => String::new(),
    };
    let sheets = SHEETS
        .iter()
        .map(|layout| Sheet {
            name: layout.name.to_string(),
            header: layout.columns.iter().map(|c| c.to_string()).collect(),
            rows: if layout.name == FRAMEWORK.name {
                FIELDS.iter().map(|field| vec![field.to_string(), default(field)]).collect()
            } else {
                Vec::new()
            },
        })
        .collect();
    Workbook { sheets }
}
