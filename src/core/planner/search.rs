//! Finding routes: Dijkstra's algorithm under limits, ranked by the tie rule, and the
//! alternatives searched by taking parts of the best route away.

use std::cmp::Reverse;
use std::collections::{BTreeSet, BinaryHeap};

use super::cost::BLOCKED;
use super::graph::{EdgeKind, Graph};
use super::model::Constraints;

/// What a search may not use.
#[derive(Clone)]
pub(super) struct Limits {
    /// Tracks whose roles may not be entered (the start is always allowed).
    pub(super) closed: Vec<bool>,
    pub(super) banned_rule: Option<usize>,
    pub(super) banned_edge: Option<usize>,
    pub(super) no_moves: bool,
    /// Same-band moves cost ¾ of their months.
    pub(super) lateral: bool,
}

impl Limits {
    pub(super) fn new(graph: &Graph, constraints: &Constraints, lateral: bool) -> Self {
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
pub(super) type Rank = u128;

/// The rank of a node not reached.
pub(super) const UNREACHED: Rank = Rank::MAX;

fn rank(cost: u64, steps: u32, moves: u32) -> Rank {
    (Rank::from(cost) << 64) | (Rank::from(steps) << 32) | Rank::from(moves)
}

/// The outcome of one search: per node, its rank, months and the edge taken into it.
pub(super) struct Search {
    pub(super) rank: Vec<Rank>,
    pub(super) months: Vec<u32>,
    pub(super) pred: Vec<Option<usize>>,
}

impl Search {
    pub(super) fn reached(&self, x: usize) -> bool {
        self.rank[x] != UNREACHED
    }
}

/// A found route: its edges, and its nodes.
pub(super) struct Candidate {
    pub(super) route: Vec<usize>,
    pub(super) nodes: Vec<usize>,
    pub(super) rank: Rank,
    pub(super) months: u32,
}

impl Graph<'_> {
    /// Dijkstra's algorithm from `start`, stopping once `target` is settled (or exploring
    /// everything reachable when there is no target). O(E log V).
    pub(super) fn search(&self, start: usize, target: Option<usize>, limits: &Limits) -> Search {
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

    pub(super) fn candidate(&self, search: &Search, start: usize, target: usize) -> Option<Candidate> {
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
    pub(super) fn alternatives(
        &self,
        start: usize,
        target: usize,
        limits: &Limits,
        best: &Candidate,
    ) -> Vec<Candidate> {
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
    pub(super) fn signature(&self, candidate: &Candidate) -> (BTreeSet<usize>, BTreeSet<EdgeKind>) {
        let tracks = candidate.nodes.iter().map(|&x| self.nodes[x].track).collect();
        let kinds = candidate.route.iter().map(|&e| self.edges[e].kind).collect();
        (tracks, kinds)
    }
}
