//! The IDs a reference may name (bands, competencies, tracks, levels, …), checked in constant
//! time, and the closest of them to an unknown ID: the "did you mean" of its message.
//!
//! A message names a few close IDs rather than every known one, so that a file with
//! thousands of bad references gets thousands of short messages (listing every ID in every
//! message made the problems grow with the square of the file). Finding them is bounded too:
//! a short list is compared in full; a long one only around the unknown ID in two sorted
//! orders, by its beginning and by its end, where an ID with one slip of the keyboard sorts.

use std::cell::OnceCell;
use std::collections::{HashMap, HashSet};

use strsim::osa_distance;

/// Lists this short are named in full when a reference misses ("Known: b1, b2.").
pub const LISTED_IN_FULL: usize = 5;
/// How many close IDs a message suggests at most.
pub const SUGGESTED: usize = 3;
/// In a long list, how many IDs on each side of the unknown one, in each sorted order, are
/// compared with it.
const NEIGHBOURS: usize = 16;

/// What to tell the author about an unknown ID, as data; the sentence is made by the caller.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Hint<'a> {
    /// Nothing of this kind exists in the file.
    NoneKnown,
    /// Few enough to name them all, in the file's order.
    All(Vec<&'a str>),
    /// The closest few, closest first.
    Closest(Vec<&'a str>),
    /// None is close; how many there are.
    NoneClose(usize),
}

pub struct KnownIds<'a> {
    /// Each ID once, in the file's order (a repeated ID is reported on its own).
    in_order: Vec<&'a str>,
    /// Each ID's place in `in_order`.
    place: HashMap<&'a str, usize>,
    /// For long lists: the IDs sorted, and sorted by their reversed text. Sorted only when a
    /// hint is first asked for (most files have no unknown ID, and the overview bundle asks
    /// for none, so it carries no sorting code for it).
    sorted: OnceCell<Sorted<'a>>,
}

struct Sorted<'a> {
    by_start: Vec<&'a str>,
    by_end: Vec<(String, &'a str)>,
}

impl<'a> KnownIds<'a> {
    pub fn new(ids: impl IntoIterator<Item = &'a str>) -> Self {
        let mut place = HashMap::new();
        let mut in_order = Vec::new();
        for id in ids {
            if !place.contains_key(id) {
                place.insert(id, in_order.len());
                in_order.push(id);
            }
        }
        KnownIds { in_order, place, sorted: OnceCell::new() }
    }

    fn sorted(&self) -> &Sorted<'a> {
        self.sorted.get_or_init(|| {
            let mut by_start = self.in_order.clone();
            by_start.sort_unstable();
            let mut by_end: Vec<(String, &'a str)> =
                self.in_order.iter().map(|id| (id.chars().rev().collect(), *id)).collect();
            by_end.sort_unstable();
            Sorted { by_start, by_end }
        })
    }

    /// Each ID once, in the file's order.
    pub fn in_order(&self) -> &[&'a str] {
        &self.in_order
    }

    pub fn contains(&self, id: &str) -> bool {
        self.place.contains_key(id)
    }

    /// What to suggest instead of `unknown`.
    pub fn hint(&self, unknown: &str) -> Hint<'a> {
        match self.in_order.len() {
            0 => Hint::NoneKnown,
            n if n <= LISTED_IN_FULL => Hint::All(self.in_order.clone()),
            n => {
                let closest = self.closest(unknown);
                if closest.is_empty() {
                    Hint::NoneClose(n)
                } else {
                    Hint::Closest(closest)
                }
            }
        }
    }

    /// Up to [`SUGGESTED`] of the IDs closest to `unknown`, if within a few edits of it (about
    /// one in three of its characters), in the file's order.
    fn closest(&self, unknown: &str) -> Vec<&'a str> {
        let allowed = unknown.chars().count().div_ceil(3).max(1);
        let candidates: Vec<&'a str> = if self.in_order.len() <= 4 * NEIGHBOURS {
            self.in_order.clone()
        } else {
            let Sorted { by_start, by_end } = self.sorted();
            let mut near = around(by_start, |id| id.cmp(&unknown), |id| *id);
            let reversed: String = unknown.chars().rev().collect();
            near.extend(around(by_end, |(rev, _)| rev.as_str().cmp(&reversed), |(_, id)| *id));
            let mut seen = HashSet::new();
            near.retain(|id| seen.insert(*id));
            near
        };
        let lowered = unknown.to_lowercase();
        let mut scored: Vec<(usize, usize, &'a str)> = candidates
            .into_iter()
            .filter(|id| id.len().abs_diff(unknown.len()) <= 4 * allowed)
            .map(|id| (osa_distance(&lowered, &id.to_lowercase()).min(osa_distance(unknown, id)), id))
            .filter(|(distance, _)| *distance <= allowed)
            .map(|(distance, id)| (distance, self.place[id], id))
            .collect();
        scored.sort_unstable();
        // The closest only: one ID a slip away is the answer, not one of several.
        let best = scored.first().map_or(0, |(distance, _, _)| *distance);
        scored
            .into_iter()
            .take_while(|(distance, _, _)| *distance == best)
            .take(SUGGESTED)
            .map(|(_, _, id)| id)
            .collect()
    }
}

/// The entries around where `probe` would sort in `sorted`.
fn around<'a, T>(
    sorted: &[T],
    probe: impl Fn(&T) -> std::cmp::Ordering,
    id: impl Fn(&T) -> &'a str,
) -> Vec<&'a str> {
    let at = sorted.partition_point(|entry| probe(entry).is_lt());
    let from = at.saturating_sub(NEIGHBOURS);
    let to = (at + NEIGHBOURS).min(sorted.len());
    sorted[from..to].iter().map(id).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_short_list_is_named_in_full_once_each() {
        let known = KnownIds::new(["m2", "m3", "m2"]);
        assert!(known.contains("m3") && !known.contains("m7"));
        assert_eq!(known.hint("m7"), Hint::All(vec!["m2", "m3"]));
        assert_eq!(KnownIds::new([]).hint("x"), Hint::NoneKnown);
    }

    #[test]
    fn a_longer_list_suggests_the_closest_few() {
        let known = KnownIds::new(["design", "testing", "writing", "mentoring", "hiring", "coaching"]);
        assert_eq!(known.hint("writting"), Hint::Closest(vec!["writing"]));
        assert_eq!(known.hint("Hiring"), Hint::Closest(vec!["hiring"]));
        assert_eq!(known.hint("budgeting"), Hint::NoneClose(6));
    }

    #[test]
    fn a_very_long_list_still_finds_a_slip_at_either_end() {
        let ids: Vec<String> = (0..10_000).map(|i| format!("competency-{i:05}")).collect();
        let known = KnownIds::new(ids.iter().map(String::as_str));
        assert_eq!(known.hint("competency-04321x"), Hint::Closest(vec!["competency-04321"]));
        assert_eq!(known.hint("xcompetency-04321"), Hint::Closest(vec!["competency-04321"]));
        let Hint::Closest(near) = known.hint("competency-0432") else { panic!("close ones exist") };
        assert_eq!(near.len(), SUGGESTED);
        assert!(near.iter().all(|id| osa_distance(id, "competency-0432") == 1));
    }
}
