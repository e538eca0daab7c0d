//! The development plan as Markdown, to paste into a review document.

use super::wording::{
    competency_name, growth_way, level_name, path_label, points_need, role_in_track, step_time,
};
use crate::app::wording::Label;
use crate::core::assessment::Assessment;
use crate::core::display::{date_in_words, months};
use crate::core::framework::Framework;
use crate::core::planner::{Path, StepKind};

/// The chosen path (if any) and the plan's actions and check-ins.
pub fn plan_markdown(
    framework: &Framework,
    assessment: &Assessment,
    path: Option<&Path>,
    today: &str,
) -> String {
    let plan = &assessment.plan;
    let mut out = String::new();
    out.push_str(&format!("# Development plan — {}\n\n", framework.meta.name));
    out.push_str(&format!("_Exported {today}._\n\n"));
    if let Some(target) = &plan.target {
        out.push_str(&format!("**Target:** {}\n\n", role_in_track(framework, target)));
    }
    if let Some(path) = path {
        out.push_str(&format!(
            "## Path: {} (about {})\n\n",
            path_label(framework, &path.label),
            months(path.months)
        ));
        for (i, step) in path.steps.iter().enumerate() {
            let how = match &step.kind {
                StepKind::Promotion => "promotion".to_string(),
                StepKind::Move { kind, .. } => kind.label().to_lowercase(),
            };
            out.push_str(&format!(
                "{}. {} → {} ({how}, {})\n",
                i + 1,
                role_in_track(framework, &step.from),
                role_in_track(framework, &step.to),
                step_time(framework, step)
            ));
            if let Some(need) = &step.points {
                out.push_str(&format!("   - {}\n", points_need(framework, need)));
            }
            for growth in &step.growth {
                out.push_str(&format!(
                    "   - Grow {} to {} ({})\n",
                    competency_name(framework, &growth.competency),
                    level_name(framework, &growth.competency, Some(growth.to)),
                    growth_way(framework, growth)
                ));
            }
        }
        out.push('\n');
    }
    let (done, total) = plan.progress();
    out.push_str(&format!("## Actions ({done} of {total} done)\n\n"));
    if plan.actions.is_empty() {
        out.push_str("No actions yet.\n");
    }
    for action in &plan.actions {
        let check = if action.status == crate::core::assessment::ActionStatus::Done { "x" } else { " " };
        let date = if action.target_date.is_empty() {
            String::new()
        } else {
            format!(" — by {}", date_in_words(&action.target_date))
        };
        out.push_str(&format!("- [{check}] {} ({}){date}\n", action.title, action.status.label()));
    }
    out.push_str("\n## Check-ins\n\n");
    if plan.checkins.is_empty() {
        out.push_str("No check-ins yet.\n");
    }
    for checkin in &plan.checkins {
        out.push_str(&format!("- **{}**: {}\n", checkin.date, checkin.note.replace('\n', " ")));
    }
    out
}
