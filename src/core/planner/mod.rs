//! Path planning: from where a person is to any role, upward or sideways, never through a
//! track they exclude.
//!
//! Roles are nodes. Edges are promotions (the next level of a track, and the first level of
//! a track that branches from a role: a shared trunk splitting into individual-contributor
//! and manager tracks) and moves allowed by mobility rules. Sunset roles are never
//! destinations (a sunset start is fine).
//!
//! Time estimate of a step into role R (stated on the page): the longest of
//! - its floor: the typical time in the level left for a promotion
//!   ([`Framework::months_in_level`]: the level's, else its band's, else the framework's
//!   pacing), the rule's time horizon for a move;
//! - the longest horizon among R's milestones not yet achieved;
//! - for each competency to grow (R's expectations, the move's prerequisites and, when R has
//!   a points threshold, the raises that reach it soonest: see `raises`), the quicker of
//!   growing it on the job (the framework's months per step × the steps) and the shortest
//!   learning opportunity that reaches the level (weeks rounded up to months). Competencies
//!   grow side by side.
//!
//! The same step by the framework alone, [`Framework::typical_months`] (the floor or the
//! longest of all R's milestones), is the figure the role page shows; a step reports both.
//!
//! Growth always closes a gap, so the only steps nobody can ever take are moves with a
//! prerequisite the framework can't satisfy (a proficiency not on the competency's scale)
//! and roles whose points threshold is more than every competency at its top gives.
//!
//! Proficiency is projected along a path: in a role you are assumed to meet its expectations
//! and, for a points role, to have made the quickest raises from your ratings that reach its
//! threshold. That makes a step's cost depend only on its two ends, so the best path is found
//! with Dijkstra's algorithm in O(E log V).
//!
//! Ties are broken by a stated rule: fewer months, then fewer steps, then fewer moves
//! between tracks, then the earlier role in framework order.
//!
//! Precisely: routes are ranked by cost, steps, moves. Cost is months, except that with
//! `prefer_lateral` a move that keeps the band counts ¾ of its months (reported months stay
//! real). Between routes equal on all three, the one whose role before the last step comes
//! earlier in framework order wins, applied at every role along the way.
//!
//! Alternatives are the best routes found when, in turn, each promotion of the best route,
//! each mobility rule it uses and each track it passes through (other than the target's) is
//! taken away; only those that differ from every route kept in the tracks they visit or the
//! kinds of step they take are offered, up to two, ranked like the best.
//!
//! The answer is data: IDs, numbers and structured reasons ([`PathLabel`], [`Unreachable`]);
//! the app words it. One concern per module: `graph` indexes the framework, `cost` prices a
//! step, `raises` picks the raises that reach a points threshold soonest, `search` finds
//! routes and alternatives, `describe` writes routes out as paths,
//! `unreachable` says why there is none and `growth_rows` keeps a gap the person closes on
//! the page in place, marked closed.
//!
//! [`Framework::months_in_level`]: crate::core::framework::Framework::months_in_level
//! [`Framework::typical_months`]: crate::core::framework::Framework::typical_months

mod cost;
mod describe;
mod graph;
mod growth_rows;
mod model;
mod raises;
mod search;
mod unreachable;

pub use cost::WEEKS_PER_MONTH;
pub use growth_rows::{growth_rows, GrowthRow};
pub use model::{
    Constraints, Growth, GrowthWay, Horizon, Path, PathLabel, Plan, PointsNeed, PointsRaise,
    PrerequisiteCheck, RouteShape, Step, StepKind,
};
pub use unreachable::{
    BranchBlocked, BranchProblem, NoRoute, RuleBlocked, RuleProblem, TrackBlocked, Unreachable,
};

use crate::core::assessment::{readiness, Assessment};
use crate::core::framework::{Framework, RoleRef};
use graph::Graph;
use search::{Candidate, Limits};

/// The role a plan starts from, and whether it was inferred: the given start, else the
/// profile's current role, else the best-fitting role (see [`best_fitting_role`]). `None`
/// only when the framework has no roles at all.
pub fn resolve_start(
    framework: &Framework,
    assessment: &Assessment,
    start: Option<&RoleRef>,
) -> Option<(RoleRef, bool)> {
    if let Some(start) = start {
        return Some((start.clone(), false));
    }
    if let Some(current) = &assessment.profile.current_role {
        return Some((current.clone(), false));
    }
    best_fitting_role(framework, assessment).map(|role| (role, true))
}

/// The role with the highest readiness among all roles that are not sunset, whatever tracks
/// the person avoids; ties go to the earlier role in framework order. Falls back to the first
/// role when every role is sunset.
pub fn best_fitting_role(framework: &Framework, assessment: &Assessment) -> Option<RoleRef> {
    let mut best: Option<(f64, RoleRef)> = None;
    for (role, _, _) in framework.roles() {
        if framework.is_sunset(&role) {
            continue;
        }
        let Some(fit) = readiness(framework, assessment, &role) else { continue };
        if best.as_ref().is_none_or(|(score, _)| fit.score > *score) {
            best = Some((fit.score, role));
        }
    }
    best.map(|(_, role)| role).or_else(|| framework.roles().next().map(|(role, _, _)| role))
}

/// The best path to `target` and up to two genuinely different alternatives, or why there
/// is none. See the module docs for the time estimate and the tie rule.
pub fn plan(
    framework: &Framework,
    assessment: &Assessment,
    start: Option<&RoleRef>,
    target: &RoleRef,
    constraints: &Constraints,
) -> Plan {
    plan_with(framework, assessment, start, target, constraints, true)
}

/// Like [`plan`], but only the best path: no alternatives are searched. Cheaper, for
/// previews and for measuring the core search.
pub fn plan_best(
    framework: &Framework,
    assessment: &Assessment,
    start: Option<&RoleRef>,
    target: &RoleRef,
    constraints: &Constraints,
) -> Plan {
    plan_with(framework, assessment, start, target, constraints, false)
}

/// For each horizon, the roles (other than the start) whose quickest path takes at most that
/// many months, grouped per track in framework order, levels in level order; tracks with no
/// such role are left out. Excluded tracks are never entered. Months are real months:
/// `prefer_lateral` and `max_months` don't apply here (the horizons are the limits).
pub fn reachable_within(
    framework: &Framework,
    assessment: &Assessment,
    start: Option<&RoleRef>,
    constraints: &Constraints,
    horizons: &[u32],
) -> Vec<Horizon> {
    let graph = Graph::new(framework, assessment);
    let search = resolve_start(framework, assessment, start)
        .and_then(|(start, _)| graph.node_index(&start))
        .map(|s| (s, graph.search(s, None, &Limits::new(&graph, constraints, false))));
    horizons
        .iter()
        .map(|&months| {
            let mut tracks = Vec::new();
            if let Some((s, search)) = &search {
                for (t, track) in framework.tracks.iter().enumerate() {
                    let roles: Vec<RoleRef> = (graph.track_first[t]..graph.track_first[t + 1])
                        .filter(|&x| x != *s && search.reached(x) && search.months[x] <= months)
                        .map(|x| graph.role(x))
                        .collect();
                    if !roles.is_empty() {
                        tracks.push((track.id.clone(), roles));
                    }
                }
            }
            Horizon { months, tracks }
        })
        .collect()
}

fn plan_with(
    framework: &Framework,
    assessment: &Assessment,
    start: Option<&RoleRef>,
    target: &RoleRef,
    constraints: &Constraints,
    alternatives: bool,
) -> Plan {
    let (start, start_inferred) = match resolve_start(framework, assessment, start) {
        Some(found) => found,
        None => (RoleRef::new("", ""), true),
    };
    let mut plan =
        Plan { start, start_inferred, target: target.clone(), paths: Vec::new(), unreachable: None };
    match find_paths(framework, assessment, &plan.start, target, constraints, alternatives) {
        Ok(paths) => plan.paths = paths,
        Err(why) => plan.unreachable = Some(why),
    }
    plan
}

fn find_paths(
    framework: &Framework,
    assessment: &Assessment,
    start: &RoleRef,
    target: &RoleRef,
    constraints: &Constraints,
    alternatives: bool,
) -> Result<Vec<Path>, Unreachable> {
    let graph = Graph::new(framework, assessment);
    let s = graph.node_index(start).ok_or_else(|| Unreachable::UnknownRole(start.clone()))?;
    let t = graph.node_index(target).ok_or_else(|| Unreachable::UnknownRole(target.clone()))?;
    if s == t {
        return Err(Unreachable::AlreadyThere);
    }
    if graph.nodes[t].sunset {
        let (track, level) = framework.level(target).expect("indexed role exists");
        let successor = level
            .sunset
            .as_ref()
            .and_then(|s| s.successor.clone())
            .or_else(|| track.sunset.as_ref().and_then(|s| s.successor.clone()));
        return Err(Unreachable::SunsetTarget { successor });
    }
    if constraints.excluded_tracks.contains(&target.track) {
        return Err(Unreachable::TargetExcluded { track: target.track.clone() });
    }
    if let Some(threshold) = graph.nodes[t].points.filter(|_| graph.points_out_of_reach(t)) {
        let most = framework.points_standing(threshold, &|c| graph.steps[c]);
        return Err(Unreachable::PointsOutOfReach {
            need: most.need,
            most: most.have,
            themes: most.themes.into_iter().filter(|t| t.have < t.need).collect(),
        });
    }

    let limits = Limits::new(&graph, constraints, constraints.prefer_lateral);
    let search = graph.search(s, Some(t), &limits);
    let Some(best) = graph.candidate(&search, s, t) else {
        return Err(graph.explain_no_route(s, t, &search, constraints));
    };
    let best_fits = constraints.max_months.is_none_or(|limit| best.months <= limit);
    let mut candidates = vec![best];
    // Alternatives are also searched when the best is too long: one of them may fit.
    if alternatives || !best_fits {
        candidates.extend(graph.alternatives(s, t, &limits, &candidates[0]));
    }
    if let Some(limit) = constraints.max_months {
        if constraints.prefer_lateral && !best_fits {
            // The ranking preferred lateral routes; the quickest in real months may fit.
            let open = Limits { lateral: false, ..limits.clone() };
            if let Some(quickest) = graph.candidate(&graph.search(s, Some(t), &open), s, t) {
                if candidates.iter().all(|c| c.nodes != quickest.nodes) {
                    candidates.push(quickest);
                }
            }
        }
        // Without lateral preference the best is also the quickest; with it, the quickest
        // was just added.
        let quickest = candidates.iter().map(|c| c.months).min().unwrap_or_default();
        candidates.retain(|c| c.months <= limit);
        if candidates.is_empty() {
            return Err(Unreachable::BeyondHorizon { months: quickest, limit });
        }
        // Stable: among equal ranks the earlier found (the best first) stays first.
        candidates.sort_by_key(|c| c.rank);
    }
    if !alternatives {
        candidates.truncate(1);
    }

    // The best first, then alternatives that differ from every path kept in the tracks they
    // visit or the kinds of step they take.
    let mut kept: Vec<&Candidate> = Vec::new();
    for candidate in &candidates {
        if kept.len() == 3 {
            break;
        }
        let signature = graph.signature(candidate);
        if kept.iter().all(|k| k.nodes != candidate.nodes && graph.signature(k) != signature) {
            kept.push(candidate);
        }
    }
    Ok(graph.write_out(s, t, &kept))
}
