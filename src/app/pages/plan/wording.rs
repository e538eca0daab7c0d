//! The planner's answers in words: path labels, how long a step takes and why, and why a
//! target can't be reached, with role titles, track names and competency names (never IDs).

use crate::app::wording::describe_raise;
use crate::app::wording::Label;
use crate::core::display::{months, weeks};
use crate::core::framework::{Framework, RoleRef, ThemeStanding};
use crate::core::planner::{
    BranchBlocked, BranchProblem, Growth, GrowthWay, NoRoute, PathLabel, PointsNeed, RouteShape, RuleBlocked,
    RuleProblem, Step, TrackBlocked, Unreachable,
};

/// A role's title, e.g. "Senior Engineer".
pub fn role_title(framework: &Framework, role: &RoleRef) -> String {
    framework
        .level(role)
        .map(|(_, l)| l.title.clone())
        .unwrap_or_else(|| "a role this framework doesn't have".into())
}

/// A role's title with its track, e.g. "Engineering Manager (Engineering management)".
pub fn role_in_track(framework: &Framework, role: &RoleRef) -> String {
    framework
        .level(role)
        .map(|(track, level)| format!("{} ({})", level.title, track.name))
        .unwrap_or_else(|| "a role this framework doesn't have".into())
}

/// A track's name, e.g. "People management".
pub fn track_name(framework: &Framework, id: &str) -> String {
    framework
        .track(id)
        .map(|t| t.name.clone())
        .unwrap_or_else(|| "a track this framework doesn't have".into())
}

/// A competency's name, e.g. "Coaching".
pub fn competency_name(framework: &Framework, id: &str) -> String {
    framework
        .competency(id)
        .map_or_else(|| "a competency this framework doesn't have".into(), |c| c.name.clone())
}

/// The name of the step of rank `rank` on a competency's own scale; "not rated" for `None`.
pub fn level_name(framework: &Framework, competency: &str, rank: Option<usize>) -> String {
    match rank {
        None => "not rated".into(),
        Some(rank) => framework
            .scale_of_id(competency)
            .get(rank)
            .map_or_else(|| "a level its scale doesn't have".into(), |p| p.name.clone()),
    }
}

/// The framework's pacing in one sentence, as the planner uses it.
pub fn pacing_assumptions(framework: &Framework) -> String {
    format!(
        "Mosaic assumes {} per level when the framework doesn't say, and {} per step of a competency grown on the job.",
        months(framework.pacing.months_in_level),
        months(framework.pacing.on_the_job_months_per_step)
    )
}

/// How a competency grows for a step and how long it takes: "on the job, about 6 months" or
/// "with “Mentoring circle” (12 weeks), about 3 months".
pub fn growth_way(framework: &Framework, growth: &Growth) -> String {
    match &growth.way {
        GrowthWay::OnTheJob => format!("on the job, about {}", months(growth.months)),
        GrowthWay::Learning(id) => match framework.learning.iter().find(|o| &o.id == id) {
            Some(o) => {
                format!("with “{}” ({}), about {}", o.title, weeks(o.duration_weeks), months(growth.months))
            }
            None => format!("with a learning opportunity, about {}", months(growth.months)),
        },
    }
}

/// Why a competency makes a step long: "Coaching needs 2 more steps on the job".
fn growth_reason(framework: &Framework, growth: &Growth) -> String {
    let name = competency_name(framework, &growth.competency);
    match &growth.way {
        GrowthWay::OnTheJob => {
            let steps = growth.steps();
            let steps = if steps == 1 { "1 more step".to_string() } else { format!("{steps} more steps") };
            format!("{name} needs {steps} on the job")
        }
        GrowthWay::Learning(id) => {
            let course = framework
                .learning
                .iter()
                .find(|o| &o.id == id)
                .map_or("a course".into(), |o| format!("“{}” ({})", o.title, weeks(o.duration_weeks)));
            format!(
                "{name} grows to {} with {course}",
                level_name(framework, &growth.competency, Some(growth.to))
            )
        }
    }
}

/// A step's time: "typically 1 year", and when the person's estimate differs, "; for you about
/// 2 years, because Coaching needs 2 more steps on the job".
pub fn step_time(framework: &Framework, step: &Step) -> String {
    let typical = format!("typically {}", months(step.typical_months));
    if step.months == step.typical_months {
        return typical;
    }
    let reason = if step.months > step.typical_months {
        let reasons: Vec<String> = step.lengthened_by().map(|g| growth_reason(framework, g)).collect();
        join(&reasons, "and")
    } else {
        // Only achieved milestones make a step shorter than typical.
        let achieved: Vec<String> = framework
            .level(&step.to)
            .into_iter()
            .flat_map(|(_, level)| &level.milestones)
            .filter(|m| !step.milestones.contains(&m.id) && m.horizon_months > step.months)
            .map(|m| format!("“{}”", m.title))
            .collect();
        format!("you have already achieved {}", join(&achieved, "and"))
    };
    format!("{typical}; for you about {}, because {reason}", months(step.months))
}

/// What a points threshold asks: "Needs 4 more points (has 26 of 30): raise Coaching from
/// Basic to Solid (+3 points) and Delivery from not rated to Working (+1 point)."
pub fn points_need(framework: &Framework, need: &PointsNeed) -> String {
    let more = |n: u32| if n == 1 { "1 more point".to_string() } else { format!("{n} more points") };
    let mut wanted = Vec::new();
    if need.shortfall() > 0 {
        wanted.push(more(need.shortfall()));
    }
    for theme in &need.short_themes {
        wanted.push(format!("{} in {}", more(theme.need - theme.have), theme.theme));
    }
    let raises: Vec<String> = need
        .raises
        .iter()
        .map(|r| {
            describe_raise(
                &competency_name(framework, &r.competency),
                &level_name(framework, &r.competency, r.from),
                &level_name(framework, &r.competency, Some(r.to)),
                r.points,
            )
        })
        .collect();
    format!(
        "Needs {} (has {} of {}): raise {}.",
        join(&wanted, "and"),
        need.have,
        need.need,
        join(&raises, "and")
    )
}

/// "A", "A and B", "A, B and C".
fn join(items: &[String], last_joiner: &str) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} {last_joiner} {last}", rest.join(", ")),
    }
}

/// "Within Technical mastery", "Via a rotation into Process optimization", "Through Customer
/// strategy", with ", from Senior Engineer" or " (option 2)" when two would read the same.
pub fn path_label(framework: &Framework, label: &PathLabel) -> String {
    let mut text = match &label.shape {
        RouteShape::Within { track } => format!("Within {}", track_name(framework, track)),
        RouteShape::Branch { into } => format!("By promotion into {}", track_name(framework, into)),
        RouteShape::OneMove { kind, into } => {
            format!("Via a {} into {}", kind.label().to_lowercase(), track_name(framework, into))
        }
        RouteShape::Moves { count, into } => {
            format!("Via {count} moves into {}", track_name(framework, into))
        }
        RouteShape::Through { tracks } => {
            let names: Vec<String> = tracks.iter().map(|t| track_name(framework, t)).collect();
            format!("Through {}", join(&names, "and"))
        }
    };
    if let Some(from) = &label.from {
        text += &format!(", from {}", role_title(framework, from));
    }
    if let Some(n) = label.option {
        text += &format!(" (option {n})");
    }
    text
}

/// Why there is no path, in words.
pub fn explain(framework: &Framework, why: &Unreachable) -> String {
    match why {
        Unreachable::UnknownRole(_) => {
            "That role is not in this framework any more. Pick another target.".into()
        }
        Unreachable::AlreadyThere => "You are already in this role. Pick a role to grow towards.".into(),
        Unreachable::SunsetTarget { successor } => match successor {
            Some(s) => format!(
                "This role is being phased out, so it can't be a destination. Its successor is {}.",
                role_title(framework, s)
            ),
            None => "This role is being phased out, so it can't be a destination.".into(),
        },
        Unreachable::TargetExcluded { track } => format!(
            "This role is in {}, a track you excluded. Allow that track to plan a path there.",
            track_name(framework, track)
        ),
        Unreachable::OnlyThroughExcluded { tracks } => {
            let manages = |t: &String| framework.track(t).is_some_and(|t| t.manages_people);
            let names: Vec<String> = tracks.iter().map(|t| track_name(framework, t)).collect();
            let mut text = format!("Every route there passes through {}.", join(&names, "and"));
            let (management, other): (Vec<&String>, Vec<&String>) = tracks.iter().partition(|t| manages(t));
            if !management.is_empty() {
                let names: Vec<String> = management.iter().map(|t| track_name(framework, t)).collect();
                text += &format!(
                    " {} people management, and a path only goes through managing people when you choose it: untick {} under “Tracks the path may not enter” if you want that way.",
                    if management.len() == 1 { "That is" } else { "Those are" },
                    join(&names, "and")
                );
            }
            if !other.is_empty() {
                let names: Vec<String> = other.iter().map(|t| track_name(framework, t)).collect();
                text += &format!(" You excluded {}.", join(&names, "and"));
            }
            text
        }
        Unreachable::BeyondHorizon { months: m, limit } => format!(
            "The quickest route takes about {}, longer than your limit of {}.",
            months(*m),
            months(*limit)
        ),
        Unreachable::PointsOutOfReach { need, most, themes } => {
            let mut text = if need > most {
                format!(
                    "This role asks for {need} points, more than the {most} that every competency at its highest level gives, so nobody can reach it."
                )
            } else {
                "This role's points threshold can't be reached by anyone.".to_string()
            };
            for ThemeStanding { theme, have, need } in themes {
                text += &format!(
                    " It asks for at least {need} points in {theme}, and that theme's competencies give at most {have}."
                );
            }
            text
        }
        Unreachable::NoRoute(no_route) => {
            let mut text = "No route leads there from your starting role.".to_string();
            for reason in no_route_reasons(framework, no_route) {
                text.push(' ');
                text += &reason;
            }
            text
        }
    }
}

/// One sentence per reason: the target's own track first, then each rule into it.
fn no_route_reasons(framework: &Framework, no_route: &NoRoute) -> Vec<String> {
    let title = |role: &RoleRef| role_title(framework, role);
    let (start, target) = (title(&no_route.start), title(&no_route.target));
    let mut reasons = Vec::new();
    match &no_route.within_track {
        Some(TrackBlocked::TargetBelowStart) => {
            reasons.push(format!("Promotions only go up: {target} is below {start}."))
        }
        Some(TrackBlocked::PassesSunset(role)) => reasons.push(format!(
            "The way up from {start} to {target} passes {}, which is being phased out.",
            title(role)
        )),
        Some(TrackBlocked::PassesPointsOutOfReach(role)) => reasons.push(format!(
            "The way up from {start} to {target} passes {}, whose points threshold nobody can reach.",
            title(role)
        )),
        None => {}
    }
    if let Some(BranchBlocked { from, why }) = &no_route.branch {
        let track = track_name(framework, &no_route.target.track);
        let from = title(from);
        reasons.push(match why {
            BranchProblem::FromUnreached => {
                format!("{track} branches from {from}, which you can't reach from {start}.")
            }
            BranchProblem::PassesSunset(role) => format!(
                "{track} branches from {from}, but its way up to {target} passes {}, which is being phased out.",
                title(role)
            ),
            BranchProblem::PassesPointsOutOfReach(role) => format!(
                "{track} branches from {from}, but its way up to {target} passes {}, whose points threshold nobody can reach.",
                title(role)
            ),
        });
    }
    if no_route.rules.is_empty() {
        reasons.push(format!(
            "No move between tracks leads into {}.",
            track_name(framework, &no_route.target.track)
        ));
    }
    for rule in &no_route.rules {
        reasons.push(rule_reason(framework, rule, &start, &target));
    }
    reasons
}

fn rule_reason(framework: &Framework, blocked: &RuleBlocked, start: &str, target: &str) -> String {
    let title = |role: &RoleRef| role_title(framework, role);
    let kind = framework
        .mobility
        .iter()
        .find(|r| r.id == blocked.rule)
        .map_or("move".to_string(), |r| r.kind.label().to_lowercase());
    let from = sources(framework, &blocked.from);
    let to = title(&blocked.to);
    let rule = format!("The {kind} from {from} into {to}");
    match &blocked.why {
        RuleProblem::UnknownDestination => {
            format!("The {kind} from {from} leads to a role this framework doesn't have.")
        }
        RuleProblem::SunsetDestination => format!("{rule} is closing: {to} is being phased out."),
        RuleProblem::SourceUnreachable => {
            format!("The {kind} into {to} starts from {from}, which you can't reach from {start}.")
        }
        RuleProblem::PrerequisiteImpossible { competency, proficiency } => {
            let name = competency_name(framework, competency);
            // The proficiency isn't on this competency's scale: its name from any scale.
            let level = framework
                .proficiency_scale
                .iter()
                .chain(framework.scales.iter().flat_map(|s| &s.levels))
                .find(|p| &p.id == proficiency)
                .map_or("a level".to_string(), |p| format!("“{}”", p.name));
            if framework.competency(competency).is_some() {
                format!("{rule} asks for {name} at {level}, which {name}'s scale doesn't have, so nobody can meet it.")
            } else {
                format!("{rule} asks for {name}, so nobody can meet it.")
            }
        }
        RuleProblem::PointsOutOfReach(role) if role == &blocked.to => {
            format!("{rule} leads into a role whose points threshold nobody can reach.")
        }
        RuleProblem::PointsOutOfReach(role) => format!(
            "{rule} leads on to {target} only through {}, whose points threshold nobody can reach.",
            title(role)
        ),
        RuleProblem::AboveTarget => format!("{rule} leads above {target}, and promotions only go up."),
        RuleProblem::PassesSunset(role) => {
            format!("{rule} leads on to {target} only through {}, which is being phased out.", title(role))
        }
        RuleProblem::NotOnward => format!("{rule} doesn't lead on to {target}."),
    }
}

/// The roles a rule starts from: "any role in Technical mastery" when it is every role of the
/// track, else their titles ("Engineer or Senior Engineer").
fn sources(framework: &Framework, roles: &[RoleRef]) -> String {
    let Some(first) = roles.first() else { return "no role".into() };
    let track = framework.track(&first.track);
    let whole_track = track.is_some_and(|t| {
        t.levels.len() > 1 && roles.len() == t.levels.len() && roles.iter().all(|r| r.track == t.id)
    });
    if whole_track {
        return format!("any role in {}", track_name(framework, &first.track));
    }
    let titles: Vec<String> = roles.iter().map(|r| role_title(framework, r)).collect();
    join(&titles, "or")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::assessment::Assessment;
    use crate::core::planner::{plan, Constraints, Plan};

    fn fixture(text: &str) -> Framework {
        serde_json::from_str(text).expect("the fixture reads")
    }

    /// Every sentence the plan page writes for a plan.
    fn sentences(framework: &Framework, plan: &Plan) -> Vec<String> {
        let mut out: Vec<String> = plan.unreachable.iter().map(|why| explain(framework, why)).collect();
        for path in &plan.paths {
            out.push(path_label(framework, &path.label));
            for step in &path.steps {
                out.push(step_time(framework, step));
                out.extend(step.points.iter().map(|need| points_need(framework, need)));
                out.extend(step.growth.iter().map(|g| growth_way(framework, g)));
            }
        }
        out
    }

    /// True when `id` stands in `text` as a word of its own (IDs are made of letters, digits,
    /// `-` and `_`).
    fn mentions(text: &str, id: &str) -> bool {
        let is_id_char = |c: char| c.is_ascii_alphanumeric() || c == '-' || c == '_';
        text.match_indices(id).any(|(at, _)| {
            !text[..at].chars().next_back().is_some_and(is_id_char)
                && !text[at + id.len()..].chars().next().is_some_and(is_id_char)
        })
    }

    /// Plans from the first role of every track (and every role when `every_start`) to every
    /// role, and checks that no sentence names a rule or a level by ID. Returns the kinds of
    /// "no route" answers seen.
    fn no_ids_in_wording(framework: &Framework, every_start: bool) -> Vec<String> {
        let ids: Vec<&str> = framework
            .mobility
            .iter()
            .map(|r| r.id.as_str())
            .chain(framework.roles().map(|(_, _, l)| l.id.as_str()))
            .collect();
        let starts: Vec<RoleRef> = if every_start {
            framework.roles().map(|(r, _, _)| r).collect()
        } else {
            framework.tracks.iter().map(|t| RoleRef::new(&t.id, &t.levels[0].id)).collect()
        };
        let mut kinds = Vec::new();
        for start in &starts {
            for (target, _, _) in framework.roles() {
                let answer =
                    plan(framework, &Assessment::default(), Some(start), &target, &Constraints::default());
                for sentence in sentences(framework, &answer) {
                    for id in &ids {
                        assert!(!mentions(&sentence, id), "“{sentence}” names the ID {id}");
                    }
                }
                if let Some(why) = &answer.unreachable {
                    let kind = format!("{why:?}");
                    let kind = kind.split([' ', '(', '{']).next().unwrap_or_default().to_string();
                    if !kinds.contains(&kind) {
                        kinds.push(kind);
                    }
                }
            }
        }
        kinds
    }

    #[test]
    fn reasons_and_steps_name_roles_tracks_and_competencies_never_ids() {
        assert!(mentions("The transfer senior-to-manager.", "senior-to-manager"));
        assert!(!mentions("senior-to-manager-2 and Engineer 2", "engineer-2"));
        let ladder = fixture(include_str!("../../../../tests/fixtures/format2/ladder-yaml.json"));
        let kinds = no_ids_in_wording(&ladder, true);
        assert!(
            kinds.contains(&"NoRoute".to_string()) && kinds.contains(&"AlreadyThere".to_string()),
            "{kinds:?}"
        );

        let mut points = fixture(include_str!("../../../../tests/fixtures/format2/points-ladder.json"));
        // A threshold nobody reaches, and a rule asking for a level its competency's scale lacks.
        points.tracks[0].levels[6].points.as_mut().unwrap().total = 10_000;
        points.mobility[0].prerequisites[0].proficiency = Some("grandmaster".into());
        let kinds = no_ids_in_wording(&points, true);
        assert!(kinds.contains(&"PointsOutOfReach".to_string()), "{kinds:?}");

        let mut multi = fixture(include_str!("../../../../tests/fixtures/format2/multi-discipline.json"));
        // "expert" is a step of the seven-step scale, not of Operations' own.
        let operations = multi.mobility.iter().position(|r| r.id == "support-ops-to-sre").unwrap();
        multi.mobility[operations].prerequisites[0].proficiency = Some("expert".into());
        let kinds = no_ids_in_wording(&multi, false);
        assert!(kinds.contains(&"NoRoute".to_string()), "{kinds:?}");
    }

    #[test]
    fn an_impossible_prerequisite_and_a_long_step_are_said_with_names() {
        let mut multi = fixture(include_str!("../../../../tests/fixtures/format2/multi-discipline.json"));
        let r = multi.mobility.iter().position(|r| r.id == "support-ops-to-sre").unwrap();
        multi.mobility[r].prerequisites[0].proficiency = Some("expert".into());
        let rule = &multi.mobility[r];
        let start = RoleRef::new(&rule.from.track, &multi.track(&rule.from.track).unwrap().levels[0].id);
        let answer = plan(&multi, &Assessment::default(), Some(&start), &rule.to, &Constraints::default());
        let text = explain(&multi, answer.unreachable.as_ref().expect("blocked"));
        let competency =
            &multi.competency(rule.prerequisites[0].competency.as_deref().unwrap()).unwrap().name;
        assert!(
            text.contains(&format!(
                "asks for {competency} at “Expert”, which {competency}'s scale doesn't have"
            )),
            "{text}"
        );

        let points = fixture(include_str!("../../../../tests/fixtures/format2/points-ladder.json"));
        let answer = plan(
            &points,
            &Assessment::default(),
            Some(&RoleRef::new("engineer", "engineer-5")),
            &RoleRef::new("engineer", "engineer-6"),
            &Constraints::default(),
        );
        let step = &answer.paths[0].steps[0];
        assert!(step.months > step.typical_months);
        let time = step_time(&points, step);
        assert!(
            time.starts_with(&format!(
                "typically {}; for you about {}, because ",
                months(step.typical_months),
                months(step.months)
            )),
            "{time}"
        );
        assert!(time.contains("more steps on the job"), "{time}");
        let need = points_need(&points, step.points.as_ref().unwrap());
        assert!(
            need.starts_with("Needs ")
                && need.contains(" more points in Organisation (has ")
                && need.contains(" of 190): raise "),
            "{need}"
        );
    }

    #[test]
    fn the_pacing_assumptions_read_as_one_sentence() {
        let points = fixture(include_str!("../../../../tests/fixtures/format2/points-ladder.json"));
        assert_eq!(
            pacing_assumptions(&points),
            "Mosaic assumes 9 months per level when the framework doesn't say, and 4 months per step of a competency grown on the job."
        );
    }
}
