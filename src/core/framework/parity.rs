//! Parity: the promise that no track is a second-class route. Breaking it is allowed (it's a
//! warning, not an error) but always made visible.

use std::collections::{BTreeMap, HashMap};

use super::load::Loaded;
use super::model::*;
use super::problem::{Concern, Problem};

/// What candidates can be told about parity: each promise the core can check against the
/// file, kept or not. The app says only what these facts support.
#[derive(Debug, Clone, PartialEq)]
pub struct ParityFacts<'a> {
    /// Whether any active role manages people (on an active track that does).
    pub people_management: bool,
    /// The highest band people management reaches; with no active track that manages people,
    /// the highest band any active role uses.
    pub top_band: Option<&'a Band>,
    /// Active tracks that don't manage people and stop below `top_band`, even along a
    /// non-managing track that branches from them (empty without people management).
    pub below_top: Vec<&'a Track>,
    /// Whether pay is published, and whether a band pays the same on every track.
    pub pay: PayParity<'a>,
    /// Active tracks that skip a band between two of their levels.
    pub skipping: Vec<&'a Track>,
    /// The bands skipped in all, summed over `skipping` (one parity warning each).
    pub gaps: usize,
}

/// Pay by band across tracks, over the bands active roles use.
#[derive(Debug, Clone, PartialEq)]
pub enum PayParity<'a> {
    /// No active role has a published pay range: nothing can be said about pay.
    NotPublished,
    /// Every band that publishes pay pays the same on every track; `every_band` says whether
    /// all the bands in use publish it.
    SameByBand { every_band: bool },
    /// These bands pay differently by track (or publish pay on some tracks only).
    DiffersByTrack { bands: Vec<&'a Band> },
}

impl ParityFacts<'_> {
    /// Every promise holds: no parity warning.
    pub fn all_kept(&self) -> bool {
        self.warning_count() == 0
    }

    /// How many parity warnings [`parity_warnings`] gives for the same file: one per track
    /// below the top, per band paying differently, per band skipped.
    pub fn warning_count(&self) -> usize {
        let pay = match &self.pay {
            PayParity::DiffersByTrack { bands } => bands.len(),
            _ => 0,
        };
        self.below_top.len() + pay + self.gaps
    }
}

impl Loaded {
    /// The warnings that say how the tracks are unequal.
    pub fn parity_issues(&self) -> impl Iterator<Item = &Problem> {
        self.warnings.iter().filter(|w| w.concern == Concern::Parity)
    }

    /// The warnings for the framework's authors about its content (a role without criteria,
    /// a track outside every family, thresholds that fall…).
    pub fn content_warnings(&self) -> impl Iterator<Item = &Problem> {
        self.warnings.iter().filter(|w| w.concern == Concern::Content)
    }
}

impl Framework {
    /// What the file lets us promise about parity (the same rules as [`parity_warnings`]).
    pub fn parity_facts(&self) -> ParityFacts<'_> {
        let below = stopping_below_management(self);
        let people_management = below.is_some();
        let top_rank = match &below {
            Some((management_top, _)) => Some(*management_top),
            None => {
                let ranks = BandRanks::new(self);
                active_tracks(self).filter_map(|(_, t)| ranks.top(t)).max()
            }
        };
        let below_top =
            below.map(|(_, tracks)| tracks.into_iter().map(|(_, t, _)| t).collect()).unwrap_or_default();
        let ranks = BandRanks::new(self);
        let mut skipping: Vec<&Track> = Vec::new();
        let mut gaps = 0;
        for (track_index, track) in active_tracks(self) {
            let before = gaps;
            for_each_gap(self, &ranks, track_index, track, |_| gaps += 1);
            if gaps > before {
                skipping.push(track);
            }
        }
        ParityFacts {
            people_management,
            top_band: top_rank.map(|rank| &self.bands[rank]),
            below_top,
            pay: pay_parity(self),
            skipping,
            gaps,
        }
    }
}

fn pay_parity(framework: &Framework) -> PayParity<'_> {
    let bands = pay_by_band(framework);
    let differing: Vec<&Band> =
        bands.iter().filter(|(_, _, ranges)| ranges.len() > 1).map(|(_, band, _)| *band).collect();
    if !differing.is_empty() {
        return PayParity::DiffersByTrack { bands: differing };
    }
    let published = |ranges: &BTreeMap<String, Vec<&str>>| !ranges.contains_key(UNPUBLISHED);
    match bands.iter().filter(|(_, _, ranges)| published(ranges)).count() {
        0 => PayParity::NotPublished,
        n => PayParity::SameByBand { every_band: n == bands.len() },
    }
}

/// Warnings for every way the tracks are unequal.
pub fn parity_warnings(framework: &Framework) -> Vec<Problem> {
    let mut warnings = Vec::new();
    top_band_reach(framework, &mut warnings);
    pay_differs_by_track(framework, &mut warnings);
    skipped_bands(framework, &mut warnings);
    warnings
}

fn active_levels(track: &Track) -> impl Iterator<Item = (usize, &Level)> {
    track.levels.iter().enumerate().filter(|(_, l)| l.sunset.is_none())
}

/// Each band's rank by its ID, looked up once per level instead of a scan of the bands (a
/// file with many bands and tracks would otherwise cost bands × levels).
struct BandRanks<'a>(HashMap<&'a str, usize>);

impl<'a> BandRanks<'a> {
    fn new(framework: &'a Framework) -> Self {
        let mut ranks = HashMap::with_capacity(framework.bands.len());
        for (rank, band) in framework.bands.iter().enumerate() {
            // The first band of an ID, as `Framework::band_rank` finds it.
            ranks.entry(band.id.as_str()).or_insert(rank);
        }
        BandRanks(ranks)
    }

    fn rank(&self, id: &str) -> Option<usize> {
        self.0.get(id).copied()
    }

    fn top(&self, track: &Track) -> Option<usize> {
        active_levels(track).filter_map(|(_, l)| self.rank(&l.band)).max()
    }
}

/// For each track (by index), the highest band someone can reach from it without managing
/// people: its own top, or further along a non-managing track that branches from it (a shared
/// trunk that splits), however deep the branching goes.
///
/// Computed bottom-up in one pass over the branching (each track branches from at most one
/// other): leaves first, each track's reach handed to the track it branches from, with no
/// recursion, so a long chain of branches neither overflows the stack nor costs tracks².
/// Tracks left on a cycle (an error the validator reports) share the highest reach on it.
fn reach_without_managing(framework: &Framework, ranks: &BandRanks) -> Vec<Option<usize>> {
    let tracks = &framework.tracks;
    let mut index: HashMap<&str, usize> = HashMap::with_capacity(tracks.len());
    for (i, track) in tracks.iter().enumerate() {
        index.entry(track.id.as_str()).or_insert(i);
    }
    // The track each counted branch hands its reach to: only active, non-managing branches.
    let parent: Vec<Option<usize>> = tracks
        .iter()
        .map(|t| {
            let counted = t.sunset.is_none() && !t.manages_people;
            let from = t.branches_from.as_ref().filter(|_| counted)?;
            index.get(from.track.as_str()).copied()
        })
        .collect();
    let mut reach: Vec<Option<usize>> = tracks.iter().map(|t| ranks.top(t)).collect();
    let mut waiting = vec![0usize; tracks.len()];
    for &p in parent.iter().flatten() {
        waiting[p] += 1;
    }
    let mut ready: Vec<usize> = (0..tracks.len()).filter(|&i| waiting[i] == 0).collect();
    while let Some(i) = ready.pop() {
        if let Some(p) = parent[i] {
            reach[p] = reach[p].max(reach[i]);
            waiting[p] -= 1;
            if waiting[p] == 0 {
                ready.push(p);
            }
        }
    }
    // What is still waiting lies on a cycle (each track has one parent, so cycles are simple).
    for start in 0..tracks.len() {
        if waiting[start] == 0 {
            continue;
        }
        let mut cycle = vec![start];
        let mut next = parent[start];
        while let Some(i) = next.filter(|&i| i != start) {
            cycle.push(i);
            next = parent[i];
        }
        let highest = cycle.iter().filter_map(|&i| reach[i]).max();
        for i in cycle {
            reach[i] = highest;
            waiting[i] = 0;
        }
    }
    reach
}

fn active_tracks(framework: &Framework) -> impl Iterator<Item = (usize, &Track)> {
    framework.tracks.iter().enumerate().filter(|(_, t)| t.sunset.is_none())
}

/// The top band rank people management reaches, and each active non-managing track (index,
/// track, its own top rank) that can't reach it; `None` without people management.
#[allow(clippy::type_complexity)]
fn stopping_below_management(framework: &Framework) -> Option<(usize, Vec<(usize, &Track, usize)>)> {
    let ranks = BandRanks::new(framework);
    let management_top =
        active_tracks(framework).filter(|(_, t)| t.manages_people).filter_map(|(_, t)| ranks.top(t)).max()?;
    let reach = reach_without_managing(framework, &ranks);
    let below = active_tracks(framework)
        .filter(|(_, t)| !t.manages_people)
        .filter_map(|(i, track)| {
            let top = ranks.top(track)?;
            let reach = reach[i].unwrap_or(top);
            (reach < management_top).then_some((i, track, top))
        })
        .collect();
    Some((management_top, below))
}

fn top_band_reach(framework: &Framework, warnings: &mut Vec<Problem>) {
    let Some((management_top, below)) = stopping_below_management(framework) else { return };
    let management_band = &framework.bands[management_top].id;
    for (i, track, top) in below {
        warnings.push(Problem::parity_warning(
            format!("tracks[{i}]"),
            format!(
                "Track \"{}\" tops out at band {}, but people management reaches band {}: \
                 people who don't manage can't reach the same grade.",
                track.name, framework.bands[top].id, management_band
            ),
        ));
    }
}

const UNPUBLISHED: &str = "unpublished";

fn pay_text(pay: Option<&Compensation>) -> String {
    match pay {
        Some(p) => format!("{}–{} {}", p.min, p.max, p.currency),
        None => UNPUBLISHED.to_string(),
    }
}

/// For each band active roles use (with its index): the distinct pay ranges paid at it, each
/// with the tracks paying it ("unpublished" for roles without a range). One pass over the
/// levels, so many bands and tracks cost bands + levels, not their product.
#[allow(clippy::type_complexity)]
fn pay_by_band(framework: &Framework) -> Vec<(usize, &Band, BTreeMap<String, Vec<&str>>)> {
    let ranks = BandRanks::new(framework);
    let mut by_band: Vec<BTreeMap<String, Vec<&str>>> = vec![BTreeMap::new(); framework.bands.len()];
    for (_, track) in active_tracks(framework) {
        for (_, level) in active_levels(track) {
            let Some(b) = ranks.rank(&level.band) else { continue };
            let band = &framework.bands[b];
            let pay = pay_text(level.compensation.as_ref().or(band.compensation.as_ref()));
            let tracks = by_band[b].entry(pay).or_default();
            // A track's name once per band and range, as the message names it: tracks are
            // walked one at a time, so a repeat of this one can only be the last name.
            if tracks.last() != Some(&track.name.as_str()) {
                tracks.push(&track.name);
            }
        }
    }
    by_band
        .into_iter()
        .enumerate()
        .filter(|(_, ranges)| !ranges.is_empty())
        .map(|(b, ranges)| (b, &framework.bands[b], ranges))
        .collect()
}

fn pay_differs_by_track(framework: &Framework, warnings: &mut Vec<Problem>) {
    for (b, band, ranges) in pay_by_band(framework) {
        if ranges.len() > 1 {
            let detail: Vec<String> =
                ranges.iter().map(|(pay, tracks)| format!("{pay} on {}", tracks.join(", "))).collect();
            warnings.push(Problem::parity_warning(
                format!("bands[{b}]"),
                format!("Band {} pays differently by track: {}.", band.id, detail.join("; ")),
            ));
        }
    }
}

/// A band a track skips between two of its active levels.
struct Skip<'a> {
    track_index: usize,
    level_index: usize,
    track: &'a Track,
    skipped: &'a Band,
    previous: &'a Level,
    level: &'a Level,
}

/// Calls `gap` for every band `track` skips between two of its active levels (time: its
/// levels plus the gaps found), each level's band looked up once.
fn for_each_gap<'a>(
    framework: &'a Framework,
    ranks: &BandRanks,
    track_index: usize,
    track: &'a Track,
    mut gap: impl FnMut(Skip<'a>),
) {
    let mut previous: Option<(usize, &Level)> = None;
    for (level_index, level) in active_levels(track) {
        let Some(rank) = ranks.rank(&level.band) else { continue };
        if let Some((prev_rank, prev)) = previous {
            for skipped in framework.bands.iter().take(rank).skip(prev_rank + 1) {
                gap(Skip { track_index, level_index, track, skipped, previous: prev, level });
            }
        }
        previous = Some((rank, level));
    }
}

fn skipped_bands(framework: &Framework, warnings: &mut Vec<Problem>) {
    let ranks = BandRanks::new(framework);
    for (track_index, track) in active_tracks(framework) {
        for_each_gap(framework, &ranks, track_index, track, |skip| {
            let (prev, level) = (skip.previous, skip.level);
            warnings.push(Problem::parity_warning(
                format!("tracks[{}].levels[{}].band", skip.track_index, skip.level_index),
                format!(
                    "Track \"{}\" skips band {}: it goes from \"{}\" ({}) straight to \"{}\" ({}).",
                    skip.track.name, skip.skipped.id, prev.title, prev.band, level.title, level.band
                ),
            ));
        });
    }
}
