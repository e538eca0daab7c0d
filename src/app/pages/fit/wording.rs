//! How readiness reads on the fit and gap pages: tier names and badges, the reason for each
//! tier, gap and points summaries, and the framework's readiness policy in sentences. The
//! core returns data; every sentence is written here, with names (never IDs).

use std::collections::HashMap;

use crate::app::wording::describe_raise;
use crate::core::assessment::{Allowance, Gap, Readiness, Shortfall, Tier};
use crate::core::display::{months, points as points_word};
use crate::core::framework::{Framework, Level, PointsStanding, Proficiency, ReadinessPolicy};

pub fn tier_label(tier: Tier) -> &'static str {
    match tier {
        Tier::ReadyNow => "Ready now",
        Tier::Close => "Close",
        Tier::Stretch => "Stretch",
        Tier::Aspirational => "Aspirational",
    }
}

pub fn tier_class(tier: Tier) -> &'static str {
    match tier {
        Tier::ReadyNow => "tier tier-ready",
        Tier::Close => "tier tier-close",
        Tier::Stretch => "tier tier-stretch",
        Tier::Aspirational => "tier tier-aspirational",
    }
}

/// "A", "A and B", "A, B and C".
pub fn join_and(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// "1 expectation", "3 expectations".
fn count(n: usize, one: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {one}s")
    }
}

/// "point" or "points", after a number written apart.
fn plural_points(n: u32) -> &'static str {
    if n == 1 {
        "point"
    } else {
        "points"
    }
}

/// "the milestone", "both milestones", "all 3 milestones".
fn all_of(n: usize, one: &str) -> String {
    match n {
        1 => format!("the {one}"),
        2 => format!("both {one}s"),
        n => format!("all {n} {one}s"),
    }
}

/// Points short of a threshold: "14 points short, and 3 short in Craft", "3 points short in
/// Craft".
fn points_short(points: &PointsStanding) -> String {
    let themes: Vec<String> = points
        .themes
        .iter()
        .filter(|t| t.have < t.need)
        .map(|t| format!("{} short in {}", t.need - t.have, t.theme))
        .collect();
    match (points.shortfall(), themes.is_empty()) {
        (0, _) => {
            let themes: Vec<String> = points
                .themes
                .iter()
                .filter(|t| t.have < t.need)
                .map(|t| format!("{} short in {}", points_word(t.need - t.have), t.theme))
                .collect();
            join_and(&themes)
        }
        (short, true) => format!("{} short", points_word(short)),
        (short, false) => format!("{} short, and {}", points_word(short), join_and(&themes)),
    }
}

/// Why a role has its tier, in words, without the tier's name or the percentage: "all 6
/// expectations met and both milestones achieved", "1 milestone not yet achieved".
pub fn tier_reason(readiness: &Readiness, policy: &ReadinessPolicy) -> String {
    let r = readiness;
    if r.tier != Tier::ReadyNow {
        let parts: Vec<String> = r
            .shortfalls
            .iter()
            .map(|shortfall| match shortfall {
                Shortfall::Expectations { unmet } if policy.expectations_met_percent >= 100 => {
                    format!("{} of {} not met", unmet, count(r.expectations_total, "expectation"))
                }
                Shortfall::Expectations { .. } => format!(
                    "expectations met make up {}% of their weight, short of the {}% asked",
                    percent(r.expectations_met_share),
                    policy.expectations_met_percent
                ),
                Shortfall::Points => match &r.points {
                    Some(points) => points_short(points),
                    None => "points threshold not reached".to_string(),
                },
                Shortfall::Milestones { not_achieved } => {
                    format!("{} not yet achieved", count(*not_achieved, "milestone"))
                }
            })
            .collect();
        return parts.join("; ");
    }
    let mut parts = Vec::new();
    if r.expectations_total > 0 {
        let unmet = r.allowances.iter().find_map(|a| match a {
            Allowance::ExpectationsUnmet { unmet } => Some(*unmet),
            _ => None,
        });
        parts.push(match unmet {
            None => format!("{} met", all_of(r.expectations_total, "expectation")),
            Some(_) => format!(
                "{} of {} met ({}% of their weight; the framework asks for {}%)",
                r.expectations_met,
                count(r.expectations_total, "expectation"),
                percent(r.expectations_met_share),
                policy.expectations_met_percent
            ),
        });
    }
    if let Some(points) = &r.points {
        parts.push(format!("{} points, with {} needed", points.have, points.need));
    }
    if r.milestones_total > 0 {
        let not_achieved = r.allowances.iter().find_map(|a| match a {
            Allowance::MilestonesNotAchieved { not_achieved } => Some(*not_achieved),
            _ => None,
        });
        parts.push(match not_achieved {
            None => format!("{} achieved", all_of(r.milestones_total, "milestone")),
            Some(n) => format!(
                "{} not yet achieved, which the framework doesn't require for Ready now",
                count(n, "milestone")
            ),
        });
    }
    join_and(&parts)
}

/// A share as the page shows percentages: rounded down, 100 only when complete.
fn percent(share: f64) -> u32 {
    let p = (share * 100.0).floor() as u32;
    if share < 1.0 {
        p.min(99)
    } else {
        p
    }
}

/// A tier's rule under the framework's policy, for the explanation on /fit.
pub fn tier_rule(tier: Tier, framework: &Framework) -> String {
    let policy = &framework.readiness;
    let Some(range) = tier.percent_range(policy) else { return ready_now_rule(framework) };
    if range.is_empty() {
        return "never, under this framework's thresholds".to_string();
    }
    match tier {
        Tier::Close if range.end > 100 => {
            format!("not ready now, with readiness of {}% or more", range.start)
        }
        _ if range.start == 0 => format!("readiness below {}%", range.end),
        _ => format!("readiness of {}% to {}%", range.start, range.end - 1),
    }
}

/// What "Ready now" asks under the framework's policy.
fn ready_now_rule(framework: &Framework) -> String {
    let policy = &framework.readiness;
    let mut needs = vec![if policy.expectations_met_percent >= 100 {
        "every expected competency met (a checklist)".to_string()
    } else {
        format!(
            "most of what a role expects (expectations making up at least {}% of its weight fully met)",
            policy.expectations_met_percent
        )
    }];
    if framework.roles().any(|(_, _, level)| level.points.is_some()) {
        needs.push("the points threshold and any theme minimums reached".to_string());
    }
    if policy.milestones_required {
        needs.push("every milestone of the role achieved".to_string());
        join_and(&needs)
    } else {
        format!("{}; milestones are not required", join_and(&needs))
    }
}

/// The one-sentence rule of the best next role per track.
pub fn next_role_rule(framework: &Framework, current: Option<&Level>) -> String {
    let floor = match current {
        Some(level) => {
            let band = framework.band(&level.band).map_or(level.band.as_str(), |b| b.name.as_str());
            format!(
                "never below the band of your current role ({}, {band} band), never that role or one behind it",
                level.title
            )
        }
        None => "from the lowest band, as you haven't set a current role".to_string(),
    };
    format!(
        "In each track: the highest role you're ready for now, else the one you're closest to at the next band on offer; {floor}."
    )
}

/// Puts gaps and points into words with names. Built once per page: a large framework has
/// hundreds of competencies, and every row names a few of them.
pub struct GapWords {
    framework: &'static Framework,
    /// Competency ID → its name and its own scale.
    competencies: HashMap<&'static str, (&'static str, &'static [Proficiency])>,
}

impl GapWords {
    pub fn new(framework: &'static Framework) -> GapWords {
        let competencies = framework
            .competencies
            .iter()
            .map(|c| (c.id.as_str(), (c.name.as_str(), framework.scale_of(c))))
            .collect();
        GapWords { framework, competencies }
    }

    /// Why a role has its tier, under this framework's policy (see [`tier_reason`]).
    pub fn tier_reason(&self, readiness: &Readiness) -> String {
        tier_reason(readiness, &self.framework.readiness)
    }

    fn name<'a>(&self, competency: &'a str) -> &'a str {
        self.competencies.get(competency).map_or(competency, |(name, _)| name)
    }

    /// The name of the step of rank `rank` on the competency's own scale.
    pub fn step(&self, competency: &str, rank: Option<usize>) -> &'static str {
        rank.and_then(|r| self.competencies.get(competency)?.1.get(r))
            .map_or("not rated", |p| p.name.as_str())
    }

    /// The biggest gaps of a readiness result (at most `limit`), and the raises that reach
    /// its points threshold in the fewest steps.
    pub fn summary(&self, readiness: &Readiness, limit: usize) -> String {
        let mut parts: Vec<String> = readiness
            .gaps
            .iter()
            .take(limit)
            .map(|g| {
                format!(
                    "{}: {} → {} (weight {})",
                    self.name(&g.competency),
                    self.step(&g.competency, g.current),
                    self.step(&g.competency, Some(g.required)),
                    g.weight
                )
            })
            .collect();
        let more = readiness.gaps.len().saturating_sub(limit);
        if more > 0 {
            parts.push(format!("and {more} more"));
        }
        if let Some(points) = readiness.points.as_ref().filter(|p| !p.met()) {
            if !points.reachable {
                parts.push("the points needed are out of anyone's reach".to_string());
            } else {
                let room = limit.saturating_sub(parts.len()).max(1);
                parts.extend(points.raises.iter().take(room).map(|r| self.raise(r)));
                let more = points.raises.len().saturating_sub(room);
                if more > 0 {
                    parts.push(format!("and {more} more {}", if more == 1 { "raise" } else { "raises" }));
                }
            }
        }
        if parts.is_empty() {
            return match (readiness.expectations_total, &readiness.points) {
                (0, Some(_)) => "Points threshold reached.".to_string(),
                (0, None) => "Measured by milestones only.".to_string(),
                _ => "Every expected competency met.".to_string(),
            };
        }
        parts.join("; ")
    }

    /// A raise in words: "Coding from Solid to Deep (+6 points)".
    fn raise(&self, raise: &crate::core::framework::Raise) -> String {
        let competency = &self.framework.competencies[raise.competency];
        let step = |reached: u32| {
            reached
                .checked_sub(1)
                .and_then(|r| self.framework.scale_of(competency).get(r as usize))
                .map_or("not rated", |p| p.name.as_str())
        };
        describe_raise(&competency.name, step(raise.from), step(raise.to), raise.points)
    }

    /// Where the person stands against a points threshold, in sentences: what they have,
    /// what is missing and the fewest raises that get there, or that no raise can.
    pub fn points_standing(&self, points: &PointsStanding) -> Vec<String> {
        let by_theme: Vec<String> =
            points.themes.iter().map(|t| format!("{} of {} in {}", t.have, t.need, t.theme)).collect();
        let have = if by_theme.is_empty() {
            format!("You have {} of the {} points this role needs.", points.have, points.need)
        } else {
            format!(
                "You have {} of the {} points this role needs, and by theme {}.",
                points.have,
                points.need,
                join_and(&by_theme)
            )
        };
        if points.met() {
            return vec![have, "The points threshold is reached.".to_string()];
        }
        let short_themes: Vec<String> = points
            .themes
            .iter()
            .filter(|t| t.have < t.need)
            .map(|t| format!("{} more in {}", t.need - t.have, t.theme))
            .collect();
        let need = match (points.shortfall(), short_themes.is_empty()) {
            (0, _) => {
                let themes: Vec<String> = points
                    .themes
                    .iter()
                    .filter(|t| t.have < t.need)
                    .map(|t| {
                        format!("{} more {} in {}", t.need - t.have, plural_points(t.need - t.have), t.theme)
                    })
                    .collect();
                format!("You have the points this role needs in all, but need {}", join_and(&themes))
            }
            (short, true) => format!("You need {short} more {}", plural_points(short)),
            (short, false) => {
                format!("You need {short} more {} (and {})", plural_points(short), join_and(&short_themes))
            }
        };
        if !points.reachable {
            return vec![
                have,
                format!(
                    "{need}, and even with every competency at the top step of its scale nobody would get there: this role can't be reached by points as the framework stands."
                ),
            ];
        }
        let raises: Vec<String> = points.raises.iter().map(|r| self.raise(r)).collect();
        // The fewest steps, not the quickest time: /plan works that out, growing several
        // competencies side by side.
        let these = if raises.len() == 1 { "this raise gets" } else { "these raises get" };
        vec![have, format!("{need}; in the fewest steps, {these} you there: {}.", join_and(&raises))]
    }

    /// When no listed learning opportunity closes a gap: growth on the job at the
    /// framework's pace, never a dead end.
    pub fn on_the_job(&self, gap: &Gap) -> String {
        let pacing = &self.framework.pacing;
        let per_step = months(pacing.on_the_job_months_per_step);
        match gap.steps() {
            1 => format!("No listed opportunity reaches it: it grows on the job, at this framework's pace of about {per_step} per step."),
            steps => format!(
                "No listed opportunity reaches it: it grows on the job, at this framework's pace of about {per_step} per step ({} for these {steps} steps).",
                months(gap.on_the_job_months(pacing))
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::assessment::{readiness, Assessment};
    use crate::core::framework::{load, RoleRef};

    fn points_ladder() -> &'static Framework {
        let text = include_str!("../../../../tests/fixtures/format2/points-ladder.json");
        Box::leak(Box::new(load(text).expect("the points ladder loads").framework))
    }

    /// Every competency rated at the step of this rank.
    fn everything_at(framework: &Framework, rank: usize) -> Assessment {
        let mut a = Assessment::default();
        for c in &framework.competencies {
            let step = &framework.scale_of(c)[rank];
            a.rate(framework, &c.id, &step.id, "2026-11-01T00:00:00Z").expect("a step of its scale");
        }
        a
    }

    #[test]
    fn a_points_shortfall_reads_with_names_and_the_fewest_raises() {
        let f = points_ladder();
        let words = GapWords::new(f);
        let r = readiness(f, &everything_at(f, 1), &RoleRef::new("manager", "manager-1")).unwrap();
        let sentences = words.points_standing(r.points.as_ref().unwrap());
        assert_eq!(
            sentences[0],
            "You have 45 of the 135 points this role needs, and by theme 12 of 30 in People."
        );
        assert!(
            sentences[1].starts_with(
                "You need 90 more points (and 18 more in People); in the fewest steps, these raises get you there: "
            ),
            "{}",
            sentences[1]
        );
        assert!(sentences[1].contains(" from Capable to Defining (+17 points)"), "{}", sentences[1]);
        for c in &f.competencies {
            assert!(!sentences[1].contains(&c.id), "names, never the ID {}", c.id);
        }
        assert_eq!(
            tier_reason(&r, &f.readiness),
            "2 of 2 expectations not met; 90 points short, and 18 short in People"
        );
    }

    #[test]
    fn an_unreachable_threshold_is_said_plainly() {
        let f = points_ladder();
        let mut standing = readiness(f, &everything_at(f, 0), &RoleRef::new("engineer", "engineer-2"))
            .unwrap()
            .points
            .unwrap();
        standing.reachable = false;
        let sentences = GapWords::new(f).points_standing(&standing);
        assert!(
            sentences[1].contains("this role can't be reached by points as the framework stands"),
            "{}",
            sentences[1]
        );
    }

    #[test]
    fn ready_now_says_what_was_met_or_what_the_policy_allowed() {
        let f = points_ladder();
        let r = readiness(f, &everything_at(f, 1), &RoleRef::new("engineer", "engineer-2")).unwrap();
        assert_eq!(r.tier, Tier::ReadyNow);
        assert_eq!(tier_reason(&r, &f.readiness), "45 points, with 30 needed");
    }

    #[test]
    fn growth_without_a_listed_opportunity_is_on_the_job_at_the_frameworks_pace() {
        let f = points_ladder();
        let words = GapWords::new(f);
        let gap = Gap { competency: "hiring".into(), current: Some(0), required: 3, weight: 1.0 };
        assert_eq!(
            words.on_the_job(&gap),
            "No listed opportunity reaches it: it grows on the job, at this framework's pace of about 4 months per step (1 year for these 3 steps)."
        );
    }

    #[test]
    fn tier_rules_follow_the_policy() {
        let f = points_ladder();
        assert_eq!(
            tier_rule(Tier::ReadyNow, f),
            "every expected competency met (a checklist) and the points threshold and any theme minimums reached; milestones are not required"
        );
        assert_eq!(tier_rule(Tier::Close, f), "not ready now, with readiness of 85% or more");
        assert_eq!(tier_rule(Tier::Stretch, f), "readiness of 60% to 84%");
        assert_eq!(tier_rule(Tier::Aspirational, f), "readiness below 60%");
    }
}
