//! The planner's answers in words: path labels and why a target can't be reached, with role
//! titles, track names and competency names (never IDs).

use crate::core::display::months;
use crate::core::framework::{Framework, RoleRef};
use crate::core::planner::{
    NoRoute, PathLabel, RouteShape, RuleBlocked, RuleProblem, TrackBlocked, Unreachable,
};

/// A role's title, e.g. "Senior Engineer".
pub fn role_title(framework: &Framework, role: &RoleRef) -> String {
    framework
        .level(role)
        .map(|(_, l)| l.title.clone())
        .unwrap_or_else(|| "a role this framework doesn't have".into())
}

/// A track's name, e.g. "People management".
pub fn track_name(framework: &Framework, id: &str) -> String {
    framework
        .track(id)
        .map(|t| t.name.clone())
        .unwrap_or_else(|| "a track this framework doesn't have".into())
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
            let names: Vec<String> = tracks.iter().map(|t| track_name(framework, t)).collect();
            format!("Every route there passes through {}, which you excluded.", join(&names, "and"))
        }
        Unreachable::BeyondHorizon { months: m, limit } => format!(
            "The quickest route takes about {}, longer than your limit of {}.",
            months(*m),
            months(*limit)
        ),
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
        None => {}
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
        RuleProblem::PrerequisiteUnreachable { competency, proficiency } => {
            let competency = framework.competency(competency).map_or(competency.as_str(), |c| &c.name);
            let level = framework
                .proficiency_scale
                .iter()
                .find(|p| &p.id == proficiency)
                .map_or(proficiency.as_str(), |p| &p.name);
            format!("{rule} needs {competency} at {level}, which no learning opportunity reaches.")
        }
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
