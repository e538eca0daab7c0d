//! Look-ups the structural rules repeat thousands of times on a large framework, built once:
//! each competency's scale by ID, and how far each learning opportunity grows each competency.
//! (`Framework::proficiency_rank` and `learning_reaching` search lists on every call, which
//! is right for one page and too slow for every role × every opportunity.)

use std::collections::HashMap;

use crate::core::framework::{Framework, Proficiency};

pub(super) struct Reach<'a> {
    scales: HashMap<&'a str, &'a [Proficiency]>,
    /// Per competency: (opportunity index, highest rank it grows the competency to).
    learning: HashMap<&'a str, Vec<(usize, usize)>>,
}

impl<'a> Reach<'a> {
    pub fn new(framework: &'a Framework) -> Self {
        let scales: HashMap<&str, &[Proficiency]> =
            framework.competencies.iter().map(|c| (c.id.as_str(), framework.scale_of(c))).collect();
        let mut reach = Reach { scales, learning: HashMap::new() };
        for (o, opportunity) in framework.learning.iter().enumerate() {
            for growth in &opportunity.grows {
                if let Some(rank) = reach.rank(&growth.competency, &growth.up_to) {
                    reach.learning.entry(growth.competency.as_str()).or_default().push((o, rank));
                }
            }
        }
        reach
    }

    /// Position of a proficiency on the competency's own scale, 0 for the lowest.
    pub fn rank(&self, competency: &str, proficiency: &str) -> Option<usize> {
        self.scales.get(competency)?.iter().position(|p| p.id == proficiency)
    }

    pub fn step(&self, competency: &str, rank: usize) -> Option<&'a Proficiency> {
        self.scales.get(competency)?.get(rank)
    }

    /// The opportunities that grow the competency at least up to `rank`.
    pub fn opportunities_reaching(&self, competency: &str, rank: usize) -> impl Iterator<Item = usize> + '_ {
        self.learning.get(competency).into_iter().flatten().filter(move |(_, r)| *r >= rank).map(|(o, _)| *o)
    }

    /// The highest step any opportunity grows the competency to.
    pub fn highest(&self, competency: &str) -> Option<usize> {
        self.learning.get(competency)?.iter().map(|(_, r)| *r).max()
    }
}
