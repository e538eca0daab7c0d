//! Path planning: from where a person is to any role, upward or sideways, never through a
//! track they exclude.
//!
//! Roles are nodes. Edges are promotions (the next level of a track) and moves allowed by
//! mobility rules. Sunset roles are never destinations (a sunset start is fine).
//!
//! Time estimate of a step into role R (stated on the page): the longest of
//! - the mobility rule's time horizon (moves only),
//! - the longest horizon among R's milestones not yet achieved,
//! - for each competency gap of R, the shortest learning opportunity that grows it far
//!   enough (weeks rounded up to months); a gap no opportunity closes counts 6 months;
//!
//! and at least 1 month. Proficiency is projected along a path: in a role you are assumed
//! to meet its expectations. That makes a step's cost depend only on its two ends, so the
//! best path is found with Dijkstra's algorithm in O(E log V).
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

use std::cell::{Cell, RefCell};
use std::cmp::Reverse;
use std::collections::{BTreeSet, BinaryHeap, HashMap};
use std::ops::Range;

use crate::core::assessment::MilestoneStatus::Achieved;
use crate::core::assessment::{milestone_key, readiness, Assessment, Gap};
use crate::core::framework::{Framework, MobilityKind, RoleRef};

/// What the person asks of a path.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Constraints {
    /// Track IDs a path may not enter (e.g. people management).
    #[serde(default)]
    pub excluded_tracks: Vec<String>,
    /// Longest acceptable path, in months.
    #[serde(default)]
    pub max_months: Option<u32>,
    /// Count moves at the same band as cheaper, so sideways routes rank higher.
    #[serde(default)]
    pub prefer_lateral: bool,
}

/// How a step is taken.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StepKind {
    /// The next level of the same track.
    Promotion,
    /// A move allowed by the mobility rule with this ID.
    Move { rule: String, kind: MobilityKind },
}

/// A mobility rule's prerequisite, checked against the projected proficiency where it names
/// a competency; `met` is `None` for prerequisites only people can judge.
#[derive(Debug, Clone, PartialEq)]
pub struct PrerequisiteCheck {
    pub summary: String,
    pub met: Option<bool>,
}

/// One step of a path.
#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    pub from: RoleRef,
    pub to: RoleRef,
    pub kind: StepKind,
    /// Competencies to grow for `to`, from the proficiency projected at `from`.
    pub gaps: Vec<Gap>,
    /// IDs of `to`'s milestones not yet achieved.
    pub milestones: Vec<String>,
    /// IDs of learning opportunities that close the gaps (the shortest for each gap).
    pub learning: Vec<String>,
    pub prerequisites: Vec<PrerequisiteCheck>,
    /// Estimated months for this step (see the module docs).
    pub months: u32,
}

/// A whole route to the target.
#[derive(Debug, Clone, PartialEq)]
pub struct Path {
    pub steps: Vec<Step>,
    /// Sum of the steps' months.
    pub months: u32,
    /// Short description, e.g. "Within Technical mastery" or "Via a rotation into Process optimization".
    pub label: String,
}

/// Why there is no path, in terms a person can act on.
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
    /// No promotion or mobility rule leads there from the start; `rules` explains each rule
    /// into the target's track and why it doesn't apply.
    NoRoute {
        rules: Vec<String>,
    },
    /// The start is the target.
    AlreadyThere,
}

/// The answer for one target.
#[derive(Debug, Clone, PartialEq)]
pub struct Plan {
    pub start: RoleRef,
    /// True when the start was not given and the best-fitting role was used.
    pub start_inferred: bool,
    pub target: RoleRef,
    /// Best first, then genuinely different alternatives, ranked by months.
    pub paths: Vec<Path>,
    pub unreachable: Option<Unreachable>,
}

/// Roles reachable from the start within a horizon, per track.
#[derive(Debug, Clone, PartialEq)]
pub struct Horizon {
    pub months: u32,
    /// (track ID, roles in that track reachable within `months`, in level order).
    pub tracks: Vec<(String, Vec<RoleRef>)>,
}

/// Months counted for a gap that no learning opportunity closes.
pub const UNCLOSED_GAP_MONTHS: u32 = 6;

/// Weeks in an average month, used to turn learning durations into months (rounded up).
pub const WEEKS_PER_MONTH: f64 = 4.345;

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
                        .filter(|&x| x != *s && search.rank[x] != UNREACHED && search.months[x] <= months)
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
    let mut labels: Vec<String> = Vec::new();
    let mut paths = Vec::new();
    for candidate in kept {
        let mut label = graph.label(s, t, candidate);
        if labels.contains(&label) {
            if let Some(u) =
                candidate.route.iter().map(|&e| graph.edges[e]).find(|e| e.kind.is_move()).map(|e| e.from)
            {
                label = format!("{label}, from {}", graph.nodes[u].level.title);
            }
        }
        let mut n = 2;
        let base = label.clone();
        while labels.contains(&label) {
            label = format!("{base} (option {n})");
            n += 1;
        }
        labels.push(label.clone());
        paths.push(graph.path(candidate, label));
    }
    Ok(paths)
}

// ---------------------------------------------------------------------------------------
// The graph, indexed once per call: roles become node numbers in framework order,
// competencies and proficiencies become numbers, and each role lists its outgoing edges
// (the promotion first, then mobility rules in framework order).

/// Sentinel for a milestone horizon or edge months not computed yet.
const NOT_COMPUTED: u32 = u32::MAX;
/// Edge months of a move whose prerequisite can never be met.
const BLOCKED: u32 = u32::MAX - 1;

/// FNV-1a: IDs are short, and the default SipHash shows in the profile of large frameworks.
struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &byte in bytes {
            self.0 = (self.0 ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
        }
    }
}

type FastMap<K, V> = HashMap<K, V, std::hash::BuildHasherDefault<Fnv>>;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum EdgeKind {
    Promotion,
    /// Index of the mobility rule in `framework.mobility`.
    Rule(usize),
}

impl EdgeKind {
    fn is_move(self) -> bool {
        matches!(self, EdgeKind::Rule(_))
    }
}

#[derive(Debug, Clone, Copy)]
struct Edge {
    from: usize,
    to: usize,
    kind: EdgeKind,
}

struct Node<'a> {
    track: usize,
    level: &'a crate::core::framework::Level,
    band: Option<usize>,
    /// Where its expectations are in `Graph::requirements`.
    requires: Range<usize>,
    sunset: bool,
    /// Longest horizon of the role's milestones not yet achieved, computed on first use.
    milestone_months: Cell<u32>,
    /// Whether the months of its outgoing edges are in `Graph::months`.
    weighed: Cell<bool>,
}

struct RuleInfo {
    horizon: u32,
    /// Per prerequisite: (competency, required level) when it can be checked.
    prerequisites: Vec<Option<(usize, u32)>>,
}

struct Graph<'a> {
    framework: &'a Framework,
    assessment: &'a Assessment,
    nodes: Vec<Node<'a>>,
    /// (competency, required level, weight) of every role, role after role; a level is a
    /// scale rank + 1 (0 = nothing).
    requirements: Vec<(usize, u32, f64)>,
    /// First node of each track, plus the node count at the end.
    track_first: Vec<usize>,
    track_index: FastMap<&'a str, usize>,
    /// Outgoing edges of node `x` are `edges[edge_start[x]..edge_start[x + 1]]`: the
    /// promotion first, then mobility rules in framework order.
    edge_start: Vec<usize>,
    edges: Vec<Edge>,
    /// Months of each edge once its source is weighed (a step's months depend only on its
    /// two ends, so every search of one call shares them), or `BLOCKED`.
    months: Vec<Cell<u32>>,
    rules: Vec<RuleInfo>,
    /// Rated level per competency (rank + 1, 0 = not rated).
    rated: Vec<u32>,
    /// Proficiency levels on the scale.
    scale: usize,
    /// At `competency * scale + required rank`: the shortest opportunity growing it that
    /// far (index in `framework.learning`), and the months to close such a gap.
    closers: Vec<Option<usize>>,
    gap_months: Vec<u32>,
    /// Scratch space for milestone keys.
    key: RefCell<String>,
}

/// What a search may not use.
#[derive(Clone)]
struct Limits {
    /// Tracks whose roles may not be entered (the start is always allowed).
    closed: Vec<bool>,
    banned_rule: Option<usize>,
    banned_edge: Option<usize>,
    no_moves: bool,
    /// Same-band moves cost ¾ of their months.
    lateral: bool,
}

impl Limits {
    fn new(graph: &Graph, constraints: &Constraints, lateral: bool) -> Self {
        let mut closed = vec![false; graph.framework.tracks.len()];
        for id in &constraints.excluded_tracks {
            if let Some(&t) = graph.track_index.get(id.as_str()) {
                closed[t] = true;
            }
        }
        Limits { closed, banned_rule: None, banned_edge: None, no_moves: false, lateral }
    }
}

/// The order of the tie rule in one number: cost in quarter months (bits 64–127), then steps
/// (32–63), then moves (0–31). Adding ranks adds each part: steps and moves never exceed the
/// number of roles, so no part carries into the next.
type Rank = u128;

/// The rank of a node not reached.
const UNREACHED: Rank = Rank::MAX;

fn rank(cost: u64, steps: u32, moves: u32) -> Rank {
    (Rank::from(cost) << 64) | (Rank::from(steps) << 32) | Rank::from(moves)
}

struct Search {
    rank: Vec<Rank>,
    months: Vec<u32>,
    /// The edge taken into each node.
    pred: Vec<Option<usize>>,
}

/// A found route: its edges, and its nodes.
struct Candidate {
    route: Vec<usize>,
    nodes: Vec<usize>,
    rank: Rank,
    months: u32,
}

/// The details of one step, gathered only when a path is written out.
#[derive(Default)]
struct Detail {
    gaps: Vec<Gap>,
    prerequisites: Vec<PrerequisiteCheck>,
}

fn weeks_to_months(weeks: u32) -> u32 {
    (f64::from(weeks) / WEEKS_PER_MONTH).ceil() as u32
}

fn join_and(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => one.to_string(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

impl<'a> Graph<'a> {
    fn new(framework: &'a Framework, assessment: &'a Assessment) -> Self {
        let competency: FastMap<&str, usize> =
            framework.competencies.iter().enumerate().map(|(i, c)| (c.id.as_str(), i)).collect();
        let band: FastMap<&str, usize> =
            framework.bands.iter().enumerate().map(|(i, b)| (b.id.as_str(), i)).collect();
        let track_index: FastMap<&str, usize> =
            framework.tracks.iter().enumerate().map(|(i, t)| (t.id.as_str(), i)).collect();
        // The scale is short: a scan beats hashing.
        let rank_of = |id: &str| framework.proficiency_scale.iter().position(|p| p.id == id);
        let level_of = |id: &str| rank_of(id).map(|r| r as u32 + 1);

        let mut rated = vec![0; framework.competencies.len()];
        for (id, rating) in &assessment.ratings {
            if let (Some(&c), Some(level)) =
                (competency.get(id.as_str()), rating.proficiency.as_deref().and_then(level_of))
            {
                rated[c] = level;
            }
        }

        let scale = framework.proficiency_scale.len();
        let mut closers = vec![None::<usize>; scale * framework.competencies.len()];
        for (i, opportunity) in framework.learning.iter().enumerate() {
            for growth in &opportunity.grows {
                let (Some(&c), Some(up_to)) =
                    (competency.get(growth.competency.as_str()), rank_of(&growth.up_to))
                else {
                    continue;
                };
                for slot in &mut closers[c * scale..=c * scale + up_to] {
                    if slot.is_none_or(|o| opportunity.duration_weeks < framework.learning[o].duration_weeks)
                    {
                        *slot = Some(i);
                    }
                }
            }
        }
        let gap_months = closers
            .iter()
            .map(|o| o.map_or(UNCLOSED_GAP_MONTHS, |o| weeks_to_months(framework.learning[o].duration_weeks)))
            .collect();

        let roles: usize = framework.tracks.iter().map(|t| t.levels.len()).sum();
        let expectations =
            framework.tracks.iter().flat_map(|t| &t.levels).map(|l| l.expectations.len()).sum();
        let mut nodes = Vec::with_capacity(roles);
        let mut requirements = Vec::with_capacity(expectations);
        let mut track_first = Vec::with_capacity(framework.tracks.len() + 1);
        for (t, track) in framework.tracks.iter().enumerate() {
            track_first.push(nodes.len());
            for level in &track.levels {
                let first = requirements.len();
                requirements.extend(level.expectations.iter().filter_map(|e| {
                    Some((*competency.get(e.competency.as_str())?, level_of(&e.proficiency)?, e.weight))
                }));
                nodes.push(Node {
                    track: t,
                    level,
                    band: band.get(level.band.as_str()).copied(),
                    requires: first..requirements.len(),
                    sunset: track.sunset.is_some() || level.sunset.is_some(),
                    milestone_months: Cell::new(NOT_COMPUTED),
                    weighed: Cell::new(false),
                });
            }
        }
        track_first.push(nodes.len());
        let node_index = |role: &RoleRef| {
            let &t = track_index.get(role.track.as_str())?;
            let position = framework.tracks[t].levels.iter().position(|l| l.id == role.level)?;
            Some(track_first[t] + position)
        };

        // Edges in order (promotions, then rules in framework order), then grouped by source
        // with a stable counting sort, so each role's list keeps that order.
        let mut unsorted = Vec::with_capacity(roles + framework.mobility.len());
        for x in 0..nodes.len().saturating_sub(1) {
            if nodes[x + 1].track == nodes[x].track {
                unsorted.push(Edge { from: x, to: x + 1, kind: EdgeKind::Promotion });
            }
        }
        let mut rules = Vec::with_capacity(framework.mobility.len());
        let mut last_track: Option<(&str, usize)> = None;
        let mut positions: Vec<usize> = Vec::new();
        for (r, rule) in framework.mobility.iter().enumerate() {
            let prerequisites = rule
                .prerequisites
                .iter()
                .map(|p| {
                    Some((*competency.get(p.competency.as_deref()?)?, level_of(p.proficiency.as_deref()?)?))
                })
                .collect();
            rules.push(RuleInfo { horizon: rule.horizon_months, prerequisites });
            // Rules usually come grouped by source track: skip the look-up for a repeat.
            let from_track = match last_track {
                Some((id, t)) if id == rule.from.track => Some(t),
                _ => track_index.get(rule.from.track.as_str()).copied(),
            };
            last_track = from_track.map(|t| (rule.from.track.as_str(), t));
            let (Some(to), Some(t)) = (node_index(&rule.to), from_track) else {
                continue;
            };
            // The source levels in track order, each once (as `Framework::rules_from` matches).
            let levels = &framework.tracks[t].levels;
            positions.clear();
            if rule.from.levels.is_empty() {
                positions.extend(0..levels.len());
            } else {
                positions
                    .extend(rule.from.levels.iter().filter_map(|id| levels.iter().position(|l| &l.id == id)));
                positions.sort_unstable();
                positions.dedup();
            }
            for &position in &positions {
                if rule.from.bands.is_empty() || rule.from.bands.contains(&levels[position].band) {
                    unsorted.push(Edge { from: track_first[t] + position, to, kind: EdgeKind::Rule(r) });
                }
            }
        }
        let mut edge_start = vec![0; nodes.len() + 1];
        for edge in &unsorted {
            edge_start[edge.from + 1] += 1;
        }
        for x in 0..nodes.len() {
            edge_start[x + 1] += edge_start[x];
        }
        let mut cursor = edge_start.clone();
        let mut edges = unsorted.clone();
        for edge in unsorted {
            edges[cursor[edge.from]] = edge;
            cursor[edge.from] += 1;
        }
        let months = edges.iter().map(|_| Cell::new(NOT_COMPUTED)).collect();

        Graph {
            framework,
            assessment,
            nodes,
            requirements,
            track_first,
            track_index,
            edge_start,
            edges,
            months,
            rules,
            rated,
            scale,
            closers,
            gap_months,
            key: RefCell::new(String::new()),
        }
    }

    fn requires(&self, x: usize) -> &[(usize, u32, f64)] {
        &self.requirements[self.nodes[x].requires.clone()]
    }

    fn out_edges(&self, x: usize) -> Range<usize> {
        self.edge_start[x]..self.edge_start[x + 1]
    }

    fn node_index(&self, role: &RoleRef) -> Option<usize> {
        let &t = self.track_index.get(role.track.as_str())?;
        let position = self.framework.tracks[t].levels.iter().position(|l| l.id == role.level)?;
        Some(self.track_first[t] + position)
    }

    fn role(&self, x: usize) -> RoleRef {
        let node = &self.nodes[x];
        RoleRef::new(&self.framework.tracks[node.track].id, &node.level.id)
    }

    fn track_name(&self, x: usize) -> &'a str {
        &self.framework.tracks[self.nodes[x].track].name
    }

    /// Longest horizon among the role's milestones not yet achieved (0 when none).
    fn milestone_months(&self, x: usize) -> u32 {
        let cell = &self.nodes[x].milestone_months;
        if cell.get() == NOT_COMPUTED {
            let node = &self.nodes[x];
            let track = &self.framework.tracks[node.track].id;
            let mut key = self.key.borrow_mut();
            let mut months = 0;
            for milestone in &node.level.milestones {
                // The format of `milestone_key`, without allocating per milestone.
                key.clear();
                key.push_str(track);
                key.push('/');
                key.push_str(&node.level.id);
                key.push('/');
                key.push_str(&milestone.id);
                if self.assessment.milestone_status(&key) != Achieved {
                    months = months.max(milestone.horizon_months);
                }
            }
            cell.set(months.min(BLOCKED - 1));
        }
        cell.get()
    }

    /// Where a gap in `competency` up to `level` is in `closers` and `gap_months`.
    fn gap(&self, competency: usize, level: u32) -> usize {
        competency * self.scale + level as usize - 1
    }

    /// Projected levels at a role: the ratings, raised to the role's requirements.
    fn projection(&self, x: usize) -> Vec<u32> {
        let mut projected = self.rated.clone();
        for &(c, level, _) in self.requires(x) {
            projected[c] = projected[c].max(level);
        }
        projected
    }

    /// Months for a step along `edge` from a role whose projected levels are `projected`;
    /// `Err((competency, level))` when a prerequisite can never be met. Fills `detail` when
    /// given.
    fn step_months(
        &self,
        projected: &[u32],
        edge: Edge,
        mut detail: Option<&mut Detail>,
    ) -> Result<u32, (usize, u32)> {
        let mut months = self.milestone_months(edge.to);
        for &(c, level, weight) in self.requires(edge.to) {
            if projected[c] < level {
                months = months.max(self.gap_months[self.gap(c, level)]);
                if let Some(detail) = detail.as_deref_mut() {
                    detail.gaps.push(Gap {
                        competency: self.framework.competencies[c].id.clone(),
                        current: projected[c].checked_sub(1).map(|r| r as usize),
                        required: level as usize - 1,
                        weight,
                    });
                }
            }
        }
        if let EdgeKind::Rule(r) = edge.kind {
            let rule = &self.rules[r];
            months = months.max(rule.horizon);
            for (p, check) in rule.prerequisites.iter().enumerate() {
                let met = check.map(|(c, level)| projected[c] >= level);
                if let (Some((c, level)), Some(false)) = (*check, met) {
                    let gap = self.gap(c, level);
                    if self.closers[gap].is_none() {
                        return Err((c, level));
                    }
                    months = months.max(self.gap_months[gap]);
                    if let Some(detail) = detail.as_deref_mut() {
                        let id = &self.framework.competencies[c].id;
                        match detail.gaps.iter_mut().find(|g| &g.competency == id) {
                            Some(gap) => gap.required = gap.required.max(level as usize - 1),
                            None => detail.gaps.push(Gap {
                                competency: id.clone(),
                                current: projected[c].checked_sub(1).map(|r| r as usize),
                                required: level as usize - 1,
                                weight: 1.0,
                            }),
                        }
                    }
                }
                if let Some(detail) = detail.as_deref_mut() {
                    let summary = self.framework.mobility[r].prerequisites[p].summary.clone();
                    detail.prerequisites.push(PrerequisiteCheck { summary, met });
                }
            }
        }
        Ok(months.max(1))
    }

    fn is_lateral(&self, edge: Edge) -> bool {
        edge.kind.is_move()
            && self.nodes[edge.from].band.is_some()
            && self.nodes[edge.from].band == self.nodes[edge.to].band
    }

    /// Computes the months of every edge out of `x`, once per call; `projected` holds the
    /// ratings and is left as it was found.
    fn weigh(&self, x: usize, projected: &mut [u32]) {
        if self.nodes[x].weighed.replace(true) {
            return;
        }
        let requires = self.requires(x);
        let saved: Vec<u32> = requires.iter().map(|&(c, _, _)| projected[c]).collect();
        for &(c, level, _) in requires {
            projected[c] = projected[c].max(level);
        }
        for e in self.out_edges(x) {
            self.months[e].set(self.step_months(projected, self.edges[e], None).unwrap_or(BLOCKED));
        }
        for (&(c, _, _), old) in requires.iter().zip(saved).rev() {
            projected[c] = old;
        }
    }

    /// Dijkstra's algorithm from `start`, stopping once `target` is settled (or exploring
    /// everything reachable when there is no target). O(E log V).
    fn search(&self, start: usize, target: Option<usize>, limits: &Limits) -> Search {
        let n = self.nodes.len();
        let mut search = Search { rank: vec![UNREACHED; n], months: vec![0; n], pred: vec![None; n] };
        let mut settled = vec![false; n];
        let mut heap = BinaryHeap::new();
        search.rank[start] = 0;
        heap.push(Reverse((0, start)));
        let mut projected = self.rated.clone();
        while let Some(Reverse((rank, u))) = heap.pop() {
            if settled[u] {
                continue;
            }
            settled[u] = true;
            if Some(u) == target {
                break;
            }
            self.weigh(u, &mut projected);
            for e in self.out_edges(u) {
                let edge = self.edges[e];
                let v = edge.to;
                if v == start || settled[v] || self.nodes[v].sunset || limits.closed[self.nodes[v].track] {
                    continue;
                }
                if let EdgeKind::Rule(r) = edge.kind {
                    if limits.no_moves || limits.banned_rule == Some(r) {
                        continue;
                    }
                }
                let months = self.months[e].get();
                if months == BLOCKED || limits.banned_edge == Some(e) {
                    continue;
                }
                let quarters = if limits.lateral && self.is_lateral(edge) { 3 } else { 4 };
                let next = rank + self::rank(u64::from(months) * quarters, 1, u32::from(edge.kind.is_move()));
                let old = search.rank[v];
                // Equal by every measure: the earlier previous role in framework order.
                let better =
                    next < old || (next == old && search.pred[v].is_some_and(|p| u < self.edges[p].from));
                if better {
                    search.rank[v] = next;
                    search.months[v] = search.months[u] + months;
                    search.pred[v] = Some(e);
                    if next < old {
                        heap.push(Reverse((next, v)));
                    }
                }
            }
        }
        search
    }

    fn candidate(&self, search: &Search, start: usize, target: usize) -> Option<Candidate> {
        let rank = Some(search.rank[target]).filter(|&r| r != UNREACHED)?;
        let mut route = Vec::new();
        let mut x = target;
        while x != start {
            let e = search.pred[x]?;
            route.push(e);
            x = self.edges[e].from;
        }
        route.reverse();
        let mut nodes = vec![start];
        nodes.extend(route.iter().map(|&e| self.edges[e].to));
        Some(Candidate { route, nodes, rank, months: search.months[target] })
    }

    /// Searches again without, in turn, each step, each mobility rule and each track (other
    /// than the target's) of the best route, and without moves when the best route has some
    /// but could stay in its track. Sorted by the tie rule, then by the roles visited.
    fn alternatives(&self, start: usize, target: usize, limits: &Limits, best: &Candidate) -> Vec<Candidate> {
        let mut variants: Vec<Limits> = Vec::new();
        // Each promotion of the route (forcing a move elsewhere); a move is covered by banning
        // its rule, and another edge of the same rule would differ in no track or kind.
        for &e in &best.route {
            if !self.edges[e].kind.is_move() {
                variants.push(Limits { banned_edge: Some(e), ..limits.clone() });
            }
        }
        let mut rules: Vec<usize> = Vec::new();
        for &e in &best.route {
            if let EdgeKind::Rule(r) = self.edges[e].kind {
                if !rules.contains(&r) {
                    rules.push(r);
                    variants.push(Limits { banned_rule: Some(r), ..limits.clone() });
                }
            }
        }
        let target_track = self.nodes[target].track;
        let mut tracks: Vec<usize> = Vec::new();
        for &x in &best.nodes {
            let t = self.nodes[x].track;
            if t != target_track && !tracks.contains(&t) {
                tracks.push(t);
                let mut variant = limits.clone();
                variant.closed[t] = true;
                variants.push(variant);
            }
        }
        if !rules.is_empty() && self.nodes[start].track == target_track {
            variants.push(Limits { no_moves: true, ..limits.clone() });
        }
        let mut found: Vec<Candidate> = Vec::new();
        for variant in &variants {
            if let Some(candidate) = self.candidate(&self.search(start, Some(target), variant), start, target)
            {
                if candidate.nodes != best.nodes {
                    found.push(candidate);
                }
            }
        }
        found.sort_by(|a, b| a.rank.cmp(&b.rank).then_with(|| a.nodes.cmp(&b.nodes)));
        // The same roles by other rules: keep the better.
        let mut seen: Vec<Vec<usize>> = Vec::new();
        found.retain(|c| {
            let new = !seen.contains(&c.nodes);
            if new {
                seen.push(c.nodes.clone());
            }
            new
        });
        found
    }

    /// The tracks a route visits and the kinds of step it takes.
    fn signature(&self, candidate: &Candidate) -> (BTreeSet<usize>, BTreeSet<EdgeKind>) {
        let tracks = candidate.nodes.iter().map(|&x| self.nodes[x].track).collect();
        let kinds = candidate.route.iter().map(|&e| self.edges[e].kind).collect();
        (tracks, kinds)
    }

    fn label(&self, start: usize, target: usize, candidate: &Candidate) -> String {
        let moves: Vec<Edge> =
            candidate.route.iter().map(|&e| self.edges[e]).filter(|e| e.kind.is_move()).collect();
        match moves.as_slice() {
            [] => format!("Within {}", self.track_name(start)),
            [edge] => {
                let EdgeKind::Rule(r) = edge.kind else { unreachable!("filtered to moves") };
                let kind = self.framework.mobility[r].kind.label().to_lowercase();
                format!("Via a {kind} into {}", self.track_name(edge.to))
            }
            _ => {
                let ends = [self.nodes[start].track, self.nodes[target].track];
                let mut through: Vec<usize> = Vec::new();
                for &x in &candidate.nodes {
                    let t = self.nodes[x].track;
                    if !ends.contains(&t) && !through.contains(&t) {
                        through.push(t);
                    }
                }
                if through.is_empty() {
                    format!("Via {} moves into {}", moves.len(), self.track_name(target))
                } else {
                    let names: Vec<&str> =
                        through.iter().map(|&t| self.framework.tracks[t].name.as_str()).collect();
                    format!("Through {}", join_and(&names))
                }
            }
        }
    }

    fn path(&self, candidate: &Candidate, label: String) -> Path {
        let mut steps = Vec::with_capacity(candidate.route.len());
        for &e in &candidate.route {
            let edge = self.edges[e];
            let u = edge.from;
            let mut detail = Detail::default();
            let months = self.step_months(&self.projection(u), edge, Some(&mut detail)).unwrap_or_default();
            let mut gaps = detail.gaps;
            gaps.sort_by(|a, b| {
                (b.weight * b.steps() as f64)
                    .total_cmp(&(a.weight * a.steps() as f64))
                    .then_with(|| a.competency.cmp(&b.competency))
            });
            let mut learning: Vec<String> = Vec::new();
            for gap in &gaps {
                let c = self.framework.competencies.iter().position(|c| c.id == gap.competency);
                if let Some(o) = c.and_then(|c| self.closers[self.gap(c, gap.required as u32 + 1)]) {
                    let id = &self.framework.learning[o].id;
                    if !learning.contains(id) {
                        learning.push(id.clone());
                    }
                }
            }
            let to = self.role(edge.to);
            let milestones = self.nodes[edge.to]
                .level
                .milestones
                .iter()
                .filter(|m| self.assessment.milestone_status(&milestone_key(&to, &m.id)) != Achieved)
                .map(|m| m.id.clone())
                .collect();
            let kind = match edge.kind {
                EdgeKind::Promotion => StepKind::Promotion,
                EdgeKind::Rule(r) => {
                    let rule = &self.framework.mobility[r];
                    StepKind::Move { rule: rule.id.clone(), kind: rule.kind }
                }
            };
            steps.push(Step {
                from: self.role(u),
                to,
                kind,
                gaps,
                milestones,
                learning,
                prerequisites: detail.prerequisites,
                months,
            });
        }
        Path { months: steps.iter().map(|s| s.months).sum(), steps, label }
    }

    /// Why no route reaches `target`: through excluded tracks only, or not at all (then
    /// one sentence per mobility rule into the target's track).
    fn explain_no_route(
        &self,
        start: usize,
        target: usize,
        search: &Search,
        constraints: &Constraints,
    ) -> Unreachable {
        let open = Limits::new(self, &Constraints::default(), false);
        let unconstrained;
        let search = if constraints.excluded_tracks.is_empty() {
            search
        } else {
            unconstrained = self.search(start, Some(target), &open);
            if let Some(route) = self.candidate(&unconstrained, start, target) {
                let mut tracks: Vec<String> = Vec::new();
                for &x in &route.nodes[1..] {
                    let id = &self.framework.tracks[self.nodes[x].track].id;
                    if constraints.excluded_tracks.contains(id) && !tracks.contains(id) {
                        tracks.push(id.clone());
                    }
                }
                return Unreachable::OnlyThroughExcluded { tracks };
            }
            &unconstrained
        };
        Unreachable::NoRoute { rules: self.no_route_reasons(start, target, search) }
    }

    fn no_route_reasons(&self, start: usize, target: usize, search: &Search) -> Vec<String> {
        let framework = self.framework;
        let title = |x: usize| self.nodes[x].level.title.as_str();
        let reached = |x: usize| search.rank[x] != UNREACHED;
        let target_track = self.nodes[target].track;
        let sunset_between = |from: usize| (from + 1..target).find(|&x| self.nodes[x].sunset);
        let mut reasons = Vec::new();
        if self.nodes[start].track == target_track {
            if start > target {
                reasons.push(format!("Promotions only go up: {} is below {}.", title(target), title(start)));
            } else if let Some(x) = sunset_between(start) {
                reasons.push(format!(
                    "The way up from {} to {} passes {}, which is being phased out.",
                    title(start),
                    title(target),
                    title(x)
                ));
            }
        }
        let mut any = false;
        for (r, rule) in framework.mobility.iter().enumerate() {
            if rule.to.track != framework.tracks[target_track].id {
                continue;
            }
            any = true;
            let Some(dest) = self.node_index(&rule.to) else {
                reasons.push(format!(
                    "Rule {} leads to {}/{}, which isn't in the framework.",
                    rule.id, rule.to.track, rule.to.level
                ));
                continue;
            };
            if self.nodes[dest].sunset {
                reasons.push(format!(
                    "Rule {} leads to {}, which is being phased out.",
                    rule.id,
                    title(dest)
                ));
                continue;
            }
            let sources: Vec<Edge> = (0..self.nodes.len())
                .filter(|&x| reached(x))
                .flat_map(|x| {
                    self.out_edges(x).map(|e| self.edges[e]).filter(|e| e.kind == EdgeKind::Rule(r))
                })
                .collect();
            if sources.is_empty() {
                reasons.push(format!(
                    "Rule {} starts from {}, which you can't reach.",
                    rule.id,
                    self.describe_source(rule)
                ));
                continue;
            }
            let blocked: Vec<(usize, u32)> = sources
                .iter()
                .filter_map(|&e| self.step_months(&self.projection(e.from), e, None).err())
                .collect();
            if blocked.len() == sources.len() {
                let (c, level) = blocked[0];
                reasons.push(format!(
                    "Rule {} needs {} at {}, which no learning opportunity reaches.",
                    rule.id,
                    framework.competencies[c].name,
                    framework.proficiency_scale[level as usize - 1].name
                ));
            } else if dest > target {
                reasons.push(format!(
                    "Rule {} leads to {}, above {}, and promotions only go up.",
                    rule.id,
                    title(dest),
                    title(target)
                ));
            } else if let Some(x) = sunset_between(dest) {
                reasons.push(format!(
                    "Rule {} leads to {}, but the way up to {} passes {}, which is being phased out.",
                    rule.id,
                    title(dest),
                    title(target),
                    title(x)
                ));
            } else {
                reasons.push(format!(
                    "Rule {} leads to {}, but not on to {}.",
                    rule.id,
                    title(dest),
                    title(target)
                ));
            }
        }
        if !any {
            reasons.push(format!("No mobility rule leads into {}.", framework.tracks[target_track].name));
        }
        reasons
    }

    /// "Technical levels t2", "Technical bands b3, b4", or just "Technical".
    fn describe_source(&self, rule: &crate::core::framework::MobilityRule) -> String {
        let mut text =
            self.framework.track(&rule.from.track).map_or(rule.from.track.clone(), |t| t.name.clone());
        if !rule.from.levels.is_empty() {
            text += &format!(" levels {}", rule.from.levels.join(", "));
        }
        if !rule.from.bands.is_empty() {
            let joiner = if rule.from.levels.is_empty() { " bands" } else { " in bands" };
            text += &format!("{joiner} {}", rule.from.bands.join(", "));
        }
        text
    }
}
