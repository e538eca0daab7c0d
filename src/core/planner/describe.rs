//! Found routes written out as paths: what each step asks (gaps, milestones, learning,
//! prerequisites) and a label telling the paths apart.

use super::cost::{rank, Detail};
use super::graph::{Edge, EdgeKind, Graph};
use super::model::{Growth, GrowthWay, Path, PathLabel, RouteShape, Step, StepKind};
use super::search::Candidate;
use crate::core::assessment::milestone_key;
use crate::core::assessment::MilestoneStatus::Achieved;
use crate::core::framework::Route;

impl Graph<'_> {
    /// The paths for the kept routes, in order, each labelled so no two read the same.
    pub(super) fn write_out(&self, start: usize, target: usize, kept: &[&Candidate]) -> Vec<Path> {
        let mut labels: Vec<PathLabel> = Vec::new();
        let mut paths = Vec::with_capacity(kept.len());
        for candidate in kept {
            let mut label =
                PathLabel { shape: self.shape(start, target, candidate), from: None, option: None };
            if labels.contains(&label) {
                label.from = candidate
                    .route
                    .iter()
                    .map(|&e| self.edges[e])
                    .find(|e| e.kind.is_move())
                    .map(|e| self.role(e.from));
            }
            let mut n = 2;
            while labels.contains(&label) {
                label.option = Some(n);
                n += 1;
            }
            labels.push(label.clone());
            paths.push(self.path(candidate, label));
        }
        paths
    }

    fn shape(&self, start: usize, target: usize, candidate: &Candidate) -> RouteShape {
        let moves: Vec<Edge> =
            candidate.route.iter().map(|&e| self.edges[e]).filter(|e| e.kind.is_move()).collect();
        match moves.as_slice() {
            [] if self.nodes[start].track == self.nodes[target].track => {
                RouteShape::Within { track: self.track_id(start).to_string() }
            }
            [] => RouteShape::Branch { into: self.track_id(target).to_string() },
            [edge] => {
                let EdgeKind::Rule(r) = edge.kind else { unreachable!("filtered to moves") };
                RouteShape::OneMove {
                    kind: self.framework.mobility[r].kind,
                    into: self.track_id(edge.to).to_string(),
                }
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
                    RouteShape::Moves { count: moves.len(), into: self.track_id(target).to_string() }
                } else {
                    let tracks = through.iter().map(|&t| self.framework.tracks[t].id.clone()).collect();
                    RouteShape::Through { tracks }
                }
            }
        }
    }

    fn path(&self, candidate: &Candidate, label: PathLabel) -> Path {
        let mut steps = Vec::with_capacity(candidate.route.len());
        for &e in &candidate.route {
            let edge = self.edges[e];
            let u = edge.from;
            let projected = self.projection(u);
            let mut detail = Detail::default();
            let months = self.step_months(&projected, edge, Some(&mut detail)).unwrap_or_default();
            let mut gaps = detail.gaps;
            // The largest weighted gap first.
            gaps.sort_by(|a, b| {
                (b.weight * b.steps() as f64)
                    .total_cmp(&(a.weight * a.steps() as f64))
                    .then_with(|| a.competency.cmp(&b.competency))
            });
            let mut growth: Vec<Growth> = detail
                .grow_to
                .iter()
                .map(|&(c, to)| {
                    let from = projected[c];
                    Growth {
                        competency: self.framework.competencies[c].id.clone(),
                        from: rank(from),
                        to: to as usize - 1,
                        months: self.growth_months(c, from, to),
                        way: match self.growth_learning(c, from, to) {
                            Some(o) => GrowthWay::Learning(self.framework.learning[o].id.clone()),
                            None => GrowthWay::OnTheJob,
                        },
                    }
                })
                .collect();
            // The longest first; then in framework order (`grow_to` is in the order asked).
            growth.sort_by_key(|g| std::cmp::Reverse(g.months));
            let mut learning: Vec<String> = Vec::new();
            for &(c, to) in &detail.grow_to {
                if let Some(o) = self.closers[self.slot(c, to)] {
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
            let (kind, route) = match edge.kind {
                EdgeKind::Promotion => (StepKind::Promotion, Route::Promotion),
                EdgeKind::Rule(r) => {
                    let rule = &self.framework.mobility[r];
                    (StepKind::Move { rule: rule.id.clone(), kind: rule.kind }, Route::Mobility(rule))
                }
            };
            let typical_months =
                self.framework.typical_months(self.nodes[u].level, self.nodes[edge.to].level, &route);
            steps.push(Step {
                from: self.role(u),
                to,
                kind,
                gaps,
                points: detail.points,
                growth,
                milestones,
                learning,
                prerequisites: detail.prerequisites,
                typical_months,
                months,
            });
        }
        Path { months: steps.iter().map(|s| s.months).sum(), steps, label }
    }
}
