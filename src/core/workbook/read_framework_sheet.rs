//! The Framework sheet: one row per field (`field`, `value`): meta, governance (without its
//! changelog and lint_allow, which have sheets of their own), readiness and pacing.

use std::collections::HashMap;

use super::cells::{read_links, read_optional, read_yes_no};
use super::layout::{FIELDS, FRAMEWORK};
use super::model::{CellProblem, Workbook};
use super::sheet_reader::{Row, SheetReader};
use crate::core::framework::{Governance, Meta, Pacing, PromotionProcess, ReadinessPolicy, FORMAT_VERSION};

pub struct Header {
    pub format: u32,
    pub meta: Meta,
    pub governance: Governance,
    pub readiness: ReadinessPolicy,
    pub pacing: Pacing,
}

pub fn read_header(workbook: &Workbook, problems: &mut Vec<CellProblem>) -> Header {
    let reader = SheetReader::open(workbook, FRAMEWORK, problems);
    let rows = reader.rows(problems);
    let mut by_field: HashMap<String, &Row> = HashMap::new();
    for row in &rows {
        let field = row.id("field").to_lowercase();
        if !FIELDS.contains(&field.as_str()) {
            problems.push(row.problem(
                "field",
                format!("unknown field \"{}\"; the fields are: {}", row.id("field"), FIELDS.join(", ")),
            ));
        } else if by_field.insert(field.clone(), row).is_some() {
            problems.push(row.problem("field", format!("the field \"{field}\" appears twice")));
        }
    }
    let text = |field: &str| by_field.get(field).map(|row| row.text("value")).unwrap_or_default();
    let number = |field: &str, default: u32, problems: &mut Vec<CellProblem>| {
        by_field.get(field).and_then(|row| row.number::<u32>("value", problems)).unwrap_or(default)
    };
    let format = number("format", FORMAT_VERSION, problems);
    let review_cadence_months = number("review cadence months", 12, problems);
    let months_in_level = number("months in level", Pacing::default().months_in_level, problems);
    let on_the_job =
        number("on the job months per step", Pacing::default().on_the_job_months_per_step, problems);
    let defaults = ReadinessPolicy::default();
    let mut percent = |field: &str, default: u8| {
        by_field.get(field).and_then(|row| row.number::<u8>("value", problems)).unwrap_or(default)
    };
    let close_from_percent = percent("close from percent", defaults.close_from_percent);
    let stretch_from_percent = percent("stretch from percent", defaults.stretch_from_percent);
    let milestone_share_percent = percent("milestone share percent", defaults.milestone_share_percent);
    let expectations_met_percent = percent("expectations met percent", defaults.expectations_met_percent);
    let milestones_required = by_field
        .get("milestones required")
        .and_then(|row| row.read("value", read_yes_no(&row.text("value"), true), problems))
        .unwrap_or(true);
    let promotion_fields = ["decided by", "evidence", "calibration", "interviews", "links"].map(|part| {
        let field = format!("promotion {part}");
        (field.clone(), text(&field))
    });
    let promotion = if promotion_fields.iter().all(|(_, value)| value.is_empty()) {
        None
    } else {
        let links = by_field
            .get("promotion links")
            .and_then(|row| row.read("value", read_links(&row.text("value")), problems))
            .unwrap_or_default();
        Some(PromotionProcess {
            decided_by: promotion_fields[0].1.clone(),
            evidence: promotion_fields[1].1.clone(),
            calibration: read_optional(&promotion_fields[2].1),
            interviews: read_optional(&promotion_fields[3].1),
            links,
        })
    };
    Header {
        format,
        meta: Meta {
            id: text("id"),
            name: text("name"),
            organization: text("organization"),
            purpose: text("purpose"),
            version: text("version"),
            locale: text("locale"),
            effective_date: text("effective date").trim().to_string(),
        },
        governance: Governance {
            council: text("council"),
            review_cadence_months,
            last_review: text("last review").trim().to_string(),
            changelog: Vec::new(),
            promotion,
            lint_allow: Vec::new(),
        },
        readiness: ReadinessPolicy {
            close_from_percent,
            stretch_from_percent,
            milestone_share_percent,
            expectations_met_percent,
            milestones_required,
        },
        pacing: Pacing { months_in_level, on_the_job_months_per_step: on_the_job },
    }
}
