//! The framework as a graph, indexed once per call: roles become node numbers in framework
//! order, competencies and proficiencies become numbers (a proficiency is ranked on its
//! competency's own scale), and each role lists its outgoing edges (the next level first, then
//! the first levels of tracks branching there, then mobility rules in framework order).

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::ops::Range;

use super::cost::{weeks_to_months, NOT_COMPUTED, NO_LEARNING};
use crate::core::assessment::Assessment;
use crate::core::framework::{Framework, Level, PointsThreshold, RoleRef};

/// FNV-1a: IDs are short, and the default SipHash shows in the profile of large frameworks.
pub(super) struct Fnv(u64);

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

pub(super) type FastMap<K, V> = HashMap<K, V, std::hash::BuildHasherDefault<Fnv>>;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(super) enum EdgeKind {
    /// The next level of the track, or the first level of a track branching from the role.
    Promotion,
    /// Index of the mobility rule in `framework.mobility`.
    Rule(usize),
}

impl EdgeKind {
    pub(super) fn is_move(self) -> bool {
        matches!(self, EdgeKind::Rule(_))
    }
}

#[derive(Debug, Clone, Copy)]
pub(super) struct Edge {
    pub(super) from: usize,
    pub(super) to: usize,
    pub(super) kind: EdgeKind,
}

pub(super) struct Node<'a> {
    pub(super) track: usize,
    pub(super) level: &'a Level,
    pub(super) band: Option<usize>,
    /// Where its expectations are in `Graph::requirements`.
    pub(super) requires: Range<usize>,
    pub(super) sunset: bool,
    /// Typical months in this level before a promotion out of it.
    pub(super) level_months: u32,
    pub(super) points: Option<&'a PointsThreshold>,
    /// Longest horizon of the role's milestones not yet achieved, computed on first use.
    pub(super) milestone_months: Cell<u32>,
    /// Whether the months of its outgoing edges are in `Graph::months`.
    pub(super) weighed: Cell<bool>,
}

/// A mobility rule's prerequisite, as the planner checks it.
#[derive(Debug, Clone, Copy)]
pub(super) enum Check {
    /// Only people can judge it (no competency named).
    Judged,
    /// A competency (index) at a level (rank + 1) of its own scale.
    Competency(usize, u32),
    /// It names a competency the framework doesn't have, or a proficiency its scale doesn't
    /// have: nobody can ever meet it.
    Impossible,
}

pub(super) struct RuleInfo {
    pub(super) horizon: u32,
    pub(super) prerequisites: Vec<Check>,
}

pub(super) struct Graph<'a> {
    pub(super) framework: &'a Framework,
    pub(super) assessment: &'a Assessment,
    pub(super) nodes: Vec<Node<'a>>,
    /// (competency, required level, weight) of every role, role after role; a level is a
    /// scale rank + 1 (0 = nothing).
    pub(super) requirements: Vec<(usize, u32, f64)>,
    /// First node of each track, plus the node count at the end.
    pub(super) track_first: Vec<usize>,
    pub(super) track_index: FastMap<&'a str, usize>,
    /// Outgoing edges of node `x` are `edges[edge_start[x]..edge_start[x + 1]]`: the
    /// promotion first, then mobility rules in framework order.
    pub(super) edge_start: Vec<usize>,
    pub(super) edges: Vec<Edge>,
    /// Months of each edge once its source is weighed (a step's months depend only on its
    /// two ends, so every search of one call shares them), or `BLOCKED`.
    pub(super) months: Vec<Cell<u32>>,
    pub(super) rules: Vec<RuleInfo>,
    /// Rated level per competency (rank + 1 on its scale, 0 = not rated).
    pub(super) rated: Vec<u32>,
    /// Steps of each competency's scale.
    pub(super) steps: Vec<u32>,
    /// The longest scale's length: the stride of the per-(competency, level) tables.
    pub(super) stride: usize,
    /// At `competency * stride + required rank`: the shortest opportunity growing it that
    /// far (index in `framework.learning`), and its months (`NO_LEARNING` when none).
    pub(super) closers: Vec<Option<usize>>,
    pub(super) learning_months: Vec<u32>,
    /// Months to grow one step of a competency on the job.
    pub(super) on_the_job: u32,
    /// Scratch space for milestone keys.
    pub(super) key: RefCell<String>,
}

impl<'a> Graph<'a> {
    pub(super) fn new(framework: &'a Framework, assessment: &'a Assessment) -> Self {
        let competency: FastMap<&str, usize> =
            framework.competencies.iter().enumerate().map(|(i, c)| (c.id.as_str(), i)).collect();
        let band: FastMap<&str, usize> =
            framework.bands.iter().enumerate().map(|(i, b)| (b.id.as_str(), i)).collect();
        let track_index: FastMap<&str, usize> =
            framework.tracks.iter().enumerate().map(|(i, t)| (t.id.as_str(), i)).collect();
        let scales: Vec<_> = framework.competencies.iter().map(|c| framework.scale_of(c)).collect();
        // Scales are short: a scan beats hashing.
        let rank_of = |c: usize, id: &str| scales[c].iter().position(|p| p.id == id);
        let level_of = |c: usize, id: &str| rank_of(c, id).map(|r| r as u32 + 1);

        let mut rated = vec![0; framework.competencies.len()];
        for id in assessment.ratings.keys() {
            if let Some(&c) = competency.get(id.as_str()) {
                rated[c] = assessment.proficiency(id).and_then(|p| level_of(c, p)).unwrap_or(0);
            }
        }

        let stride = framework.longest_scale().max(1);
        let mut closers = vec![None::<usize>; stride * framework.competencies.len()];
        for (i, opportunity) in framework.learning.iter().enumerate() {
            for growth in &opportunity.grows {
                let Some(&c) = competency.get(growth.competency.as_str()) else { continue };
                let Some(up_to) = rank_of(c, &growth.up_to) else { continue };
                for slot in &mut closers[c * stride..=c * stride + up_to] {
                    if slot.is_none_or(|o| opportunity.duration_weeks < framework.learning[o].duration_weeks)
                    {
                        *slot = Some(i);
                    }
                }
            }
        }
        let learning_months = closers
            .iter()
            .map(|o| o.map_or(NO_LEARNING, |o| weeks_to_months(framework.learning[o].duration_weeks)))
            .collect();
        let band_months: Vec<Option<u32>> = framework.bands.iter().map(|b| b.typical_months).collect();

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
                    let &c = competency.get(e.competency.as_str())?;
                    Some((c, level_of(c, &e.proficiency)?, e.weight))
                }));
                let band = band.get(level.band.as_str()).copied();
                nodes.push(Node {
                    track: t,
                    level,
                    band,
                    requires: first..requirements.len(),
                    sunset: track.sunset.is_some() || level.sunset.is_some(),
                    // `Framework::months_in_level`, with the band already looked up.
                    level_months: level
                        .typical_months
                        .or_else(|| band_months[band?])
                        .unwrap_or(framework.pacing.months_in_level),
                    points: level.points.as_ref(),
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

        // Edges in order (promotions, then branches, then rules in framework order), then
        // grouped by source with a stable counting sort, so each role's list keeps that order.
        let mut unsorted = Vec::with_capacity(roles + framework.mobility.len());
        for x in 0..nodes.len().saturating_sub(1) {
            if nodes[x + 1].track == nodes[x].track {
                unsorted.push(Edge { from: x, to: x + 1, kind: EdgeKind::Promotion });
            }
        }
        for (t, track) in framework.tracks.iter().enumerate() {
            let Some(from) = track.branches_from.as_ref().and_then(&node_index) else {
                continue;
            };
            if track_first[t] < track_first[t + 1] {
                unsorted.push(Edge { from, to: track_first[t], kind: EdgeKind::Promotion });
            }
        }
        let mut rules = Vec::with_capacity(framework.mobility.len());
        let mut last_track: Option<(&str, usize)> = None;
        let mut positions: Vec<usize> = Vec::new();
        for (r, rule) in framework.mobility.iter().enumerate() {
            let prerequisites = rule
                .prerequisites
                .iter()
                .map(|p| match (p.competency.as_deref(), p.proficiency.as_deref()) {
                    (Some(id), Some(proficiency)) => competency
                        .get(id)
                        .and_then(|&c| Some(Check::Competency(c, level_of(c, proficiency)?)))
                        .unwrap_or(Check::Impossible),
                    _ => Check::Judged,
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
            steps: scales.iter().map(|s| s.len() as u32).collect(),
            stride,
            closers,
            learning_months,
            on_the_job: framework.pacing.on_the_job_months_per_step,
            key: RefCell::new(String::new()),
        }
    }

    pub(super) fn requires(&self, x: usize) -> &[(usize, u32, f64)] {
        &self.requirements[self.nodes[x].requires.clone()]
    }

    pub(super) fn out_edges(&self, x: usize) -> Range<usize> {
        self.edge_start[x]..self.edge_start[x + 1]
    }

    pub(super) fn node_index(&self, role: &RoleRef) -> Option<usize> {
        let &t = self.track_index.get(role.track.as_str())?;
        let position = self.framework.tracks[t].levels.iter().position(|l| l.id == role.level)?;
        Some(self.track_first[t] + position)
    }

    pub(super) fn role(&self, x: usize) -> RoleRef {
        let node = &self.nodes[x];
        RoleRef::new(&self.framework.tracks[node.track].id, &node.level.id)
    }

    pub(super) fn track_id(&self, x: usize) -> &'a str {
        &self.framework.tracks[self.nodes[x].track].id
    }

    /// Edges that leave a reached role by the mobility rule `r`.
    pub(super) fn rule_edges(&self, r: usize) -> impl Iterator<Item = Edge> + '_ {
        self.edges.iter().copied().filter(move |e| e.kind == EdgeKind::Rule(r))
    }

    /// The roles a mobility rule starts from, in track order.
    pub(super) fn rule_sources(&self, r: usize) -> Vec<RoleRef> {
        let mut sources: Vec<usize> = self.rule_edges(r).map(|e| e.from).collect();
        sources.sort_unstable();
        sources.dedup();
        sources.into_iter().map(|x| self.role(x)).collect()
    }
}
