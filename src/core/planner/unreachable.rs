//! Why there is no path: as data a person can act on (roles, tracks, rules, competencies by
//! ID), worded by the app.

use super::cost::Blocked;
use super::graph::Graph;
use super::model::Constraints;
use super::search::{Limits, Search};
use crate::core::framework::{RoleRef, ThemeStanding};

/// Why there is no path to the target.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unreachable {
    UnknownRole(RoleRef),
    /// Sunset roles are never destinations.
    SunsetTarget {
        successor: Option<RoleRef>,
    },
    /// The target itself is in an excluded track.
    TargetExcluded {
        track: String,
    },
    /// Every route passes through an excluded track.
    OnlyThroughExcluded {
        tracks: Vec<String>,
    },
    /// Routes exist, but the quickest is longer than the limit.
    BeyondHorizon {
        months: u32,
        limit: u32,
    },
    /// No promotion or mobility rule leads there from the start (boxed: it is much larger
    /// than the other answers).
    NoRoute(Box<NoRoute>),
    /// The start is the target.
    AlreadyThere,
    /// The target's points threshold is more than anyone can score: every competency at the
    /// top of its scale gives `most` points, or a theme falls short of its minimum.
    PointsOutOfReach {
        need: u32,
        most: u32,
        /// The themes whose minimum even the top of every scale doesn't reach (`have` is the
        /// most the theme gives).
        themes: Vec<ThemeStanding>,
    },
}

/// Why neither promotions nor mobility rules lead from the start to the target.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoRoute {
    pub start: RoleRef,
    pub target: RoleRef,
    /// When the start is in the target's track: why climbing it doesn't get there.
    pub within_track: Option<TrackBlocked>,
    /// When the target's track branches from a role of another track: why that way doesn't
    /// get there.
    pub branch: Option<BranchBlocked>,
    /// Each mobility rule into the target's track, in framework order, and why it doesn't
    /// lead there. Empty when no rule leads into that track.
    pub rules: Vec<RuleBlocked>,
}

/// Why promotions within the target's track don't reach it from the start.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TrackBlocked {
    /// The target is below the start, and promotions only go up.
    TargetBelowStart,
    /// The way up passes this role, which is being phased out.
    PassesSunset(RoleRef),
    /// The way up passes this role, whose points threshold nobody can reach.
    PassesPointsOutOfReach(RoleRef),
}

/// Why the branch into the target's track doesn't lead there from the start.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BranchBlocked {
    /// The role the track branches from.
    pub from: RoleRef,
    pub why: BranchProblem,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BranchProblem {
    /// The role it branches from can't be reached from the start.
    FromUnreached,
    /// The way up the branch to the target passes this role, being phased out.
    PassesSunset(RoleRef),
    /// The way up the branch passes this role (or is the target), whose points threshold
    /// nobody can reach.
    PassesPointsOutOfReach(RoleRef),
}

/// A mobility rule into the target's track that doesn't lead to the target.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleBlocked {
    /// The rule's ID.
    pub rule: String,
    /// The roles it starts from, in track order (empty when its source matches no role).
    pub from: Vec<RoleRef>,
    /// The role it leads to.
    pub to: RoleRef,
    pub why: RuleProblem,
}

/// What stops a mobility rule from leading to the target.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RuleProblem {
    /// The role it leads to isn't in the framework.
    UnknownDestination,
    /// The role it leads to is being phased out.
    SunsetDestination,
    /// None of the roles it starts from can be reached from the start.
    SourceUnreachable,
    /// A prerequisite asks for a competency at a proficiency (IDs, as the rule writes them)
    /// that isn't on that competency's scale, or for a competency the framework doesn't have:
    /// nobody can ever meet it.
    PrerequisiteImpossible { competency: String, proficiency: String },
    /// It leads above the target, and promotions only go up.
    AboveTarget,
    /// The way up from where it leads to the target passes this role, being phased out.
    PassesSunset(RoleRef),
    /// It leads to, or its way up to the target passes, this role, whose points threshold
    /// nobody can reach.
    PointsOutOfReach(RoleRef),
    /// It leads to a role from which nothing goes on to the target.
    NotOnward,
}

impl Graph<'_> {
    /// Why no route reaches `target`: through excluded tracks only, or not at all.
    pub(super) fn explain_no_route(
        &self,
        start: usize,
        target: usize,
        search: &Search,
        constraints: &Constraints,
    ) -> Unreachable {
        let unconstrained;
        let search = if constraints.excluded_tracks.is_empty() {
            search
        } else {
            let open = Limits::new(self, &Constraints::default(), false);
            unconstrained = self.search(start, Some(target), &open);
            if let Some(route) = self.candidate(&unconstrained, start, target) {
                let mut tracks: Vec<String> = Vec::new();
                for &x in &route.nodes[1..] {
                    let id = self.track_id(x);
                    if constraints.excluded_tracks.iter().any(|t| t == id) && !tracks.iter().any(|t| t == id)
                    {
                        tracks.push(id.to_string());
                    }
                }
                return Unreachable::OnlyThroughExcluded { tracks };
            }
            &unconstrained
        };
        Unreachable::NoRoute(Box::new(self.no_route(start, target, search)))
    }

    /// The first role of `roles` (a stretch of one track) that can't be entered, and whether
    /// it is being phased out (else its points threshold is out of anyone's reach).
    fn closed_in(&self, mut roles: std::ops::RangeInclusive<usize>) -> Option<(usize, bool)> {
        roles.find_map(|x| {
            if self.nodes[x].sunset {
                Some((x, true))
            } else {
                self.points_out_of_reach(x).then_some((x, false))
            }
        })
    }

    fn no_route(&self, start: usize, target: usize, search: &Search) -> NoRoute {
        let framework = self.framework;
        let target_track = self.nodes[target].track;
        let within_track = (self.nodes[start].track == target_track)
            .then(|| {
                if start > target {
                    Some(TrackBlocked::TargetBelowStart)
                } else {
                    self.closed_in(start + 1..=target).map(|(x, sunset)| match sunset {
                        true => TrackBlocked::PassesSunset(self.role(x)),
                        false => TrackBlocked::PassesPointsOutOfReach(self.role(x)),
                    })
                }
            })
            .flatten();
        let branch = framework.tracks[target_track]
            .branches_from
            .as_ref()
            .filter(|_| self.nodes[start].track != target_track)
            .and_then(|from| {
                let b = self.node_index(from)?;
                let why = if b != start && !search.reached(b) {
                    BranchProblem::FromUnreached
                } else {
                    match self.closed_in(self.track_first[target_track]..=target) {
                        Some((x, true)) => BranchProblem::PassesSunset(self.role(x)),
                        Some((x, false)) => BranchProblem::PassesPointsOutOfReach(self.role(x)),
                        None => return None,
                    }
                };
                Some(BranchBlocked { from: from.clone(), why })
            });
        let mut rules = Vec::new();
        for (r, rule) in framework.mobility.iter().enumerate() {
            if rule.to.track != framework.tracks[target_track].id {
                continue;
            }
            let blocked = |why| RuleBlocked {
                rule: rule.id.clone(),
                from: self.rule_sources(r),
                to: rule.to.clone(),
                why,
            };
            let Some(dest) = self.node_index(&rule.to) else {
                rules.push(blocked(RuleProblem::UnknownDestination));
                continue;
            };
            if self.nodes[dest].sunset {
                rules.push(blocked(RuleProblem::SunsetDestination));
                continue;
            }
            let sources: Vec<_> = self.rule_edges(r).filter(|e| search.reached(e.from)).collect();
            if sources.is_empty() {
                rules.push(blocked(RuleProblem::SourceUnreachable));
                continue;
            }
            let never: Vec<Blocked> = sources
                .iter()
                .filter_map(|&e| self.step_months(&self.projection(e.from), e, None).err())
                .collect();
            let why = if never.len() == sources.len() {
                match never[0] {
                    Blocked::Prerequisite { rule, index } => {
                        let prerequisite = &framework.mobility[rule].prerequisites[index];
                        RuleProblem::PrerequisiteImpossible {
                            competency: prerequisite.competency.clone().unwrap_or_default(),
                            proficiency: prerequisite.proficiency.clone().unwrap_or_default(),
                        }
                    }
                    Blocked::Points(x) => RuleProblem::PointsOutOfReach(self.role(x)),
                }
            } else if dest > target {
                RuleProblem::AboveTarget
            } else if let Some((x, sunset)) = self.closed_in(dest + 1..=target) {
                match sunset {
                    true => RuleProblem::PassesSunset(self.role(x)),
                    false => RuleProblem::PointsOutOfReach(self.role(x)),
                }
            } else {
                RuleProblem::NotOnward
            };
            rules.push(blocked(why));
        }
        NoRoute { start: self.role(start), target: self.role(target), within_track, branch, rules }
    }
}
