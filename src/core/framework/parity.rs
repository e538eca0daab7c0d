//! Parity: the promise that no track is a second-class route. Breaking it is allowed (it's a
//! warning, not an error) but always made visible.

use std::collections::BTreeMap;

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
        self.below_top.is_empty()
            && self.skipping.is_empty()
            && !matches!(self.pay, PayParity::DiffersByTrack { .. })
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
            None => active_tracks(self).filter_map(|(_, t)| top_rank(self, t)).max(),
        };
        let below_top =
            below.map(|(_, tracks)| tracks.into_iter().map(|(_, t, _)| t).collect()).unwrap_or_default();
        let mut skipping: Vec<&Track> = Vec::new();
        for skip in skipped(self) {
            if !skipping.iter().any(|t| t.id == skip.track.id) {
                skipping.push(skip.track);
            }
        }
        ParityFacts {
            people_management,
            top_band: top_rank.map(|rank| &self.bands[rank]),
            below_top,
            pay: pay_parity(self),
            skipping,
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

fn top_rank(framework: &Framework, track: &Track) -> Option<usize> {
    active_levels(track).filter_map(|(_, l)| framework.band_rank(&l.band)).max()
}

/// The highest band someone can reach from `track` without managing people: its own top, or
/// further along a non-managing track that branches from it (a shared trunk that splits).
fn reach_without_managing(framework: &Framework, track: &Track, seen: &mut Vec<String>) -> Option<usize> {
    if seen.contains(&track.id) {
        return None; // a cycle is the validator's to report
    }
    seen.push(track.id.clone());
    let branches = framework
        .tracks
        .iter()
        .filter(|t| t.sunset.is_none() && !t.manages_people)
        .filter(|t| t.branches_from.as_ref().is_some_and(|from| from.track == track.id))
        .filter_map(|t| reach_without_managing(framework, t, seen))
        .max();
    top_rank(framework, track).max(branches)
}

fn active_tracks(framework: &Framework) -> impl Iterator<Item = (usize, &Track)> {
    framework.tracks.iter().enumerate().filter(|(_, t)| t.sunset.is_none())
}

/// The top band rank people management reaches, and each active non-managing track (index,
/// track, its own top rank) that can't reach it; `None` without people management.
#[allow(clippy::type_complexity)]
fn stopping_below_management(framework: &Framework) -> Option<(usize, Vec<(usize, &Track, usize)>)> {
    let management_top = active_tracks(framework)
        .filter(|(_, t)| t.manages_people)
        .filter_map(|(_, t)| top_rank(framework, t))
        .max()?;
    let below = active_tracks(framework)
        .filter(|(_, t)| !t.manages_people)
        .filter_map(|(i, track)| {
            let top = top_rank(framework, track)?;
            let reach = reach_without_managing(framework, track, &mut Vec::new()).unwrap_or(top);
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
/// with the tracks paying it ("unpublished" for roles without a range).
#[allow(clippy::type_complexity)]
fn pay_by_band(framework: &Framework) -> Vec<(usize, &Band, BTreeMap<String, Vec<&str>>)> {
    framework
        .bands
        .iter()
        .enumerate()
        .filter_map(|(b, band)| {
            let mut ranges: BTreeMap<String, Vec<&str>> = BTreeMap::new();
            for (_, track) in active_tracks(framework) {
                for (_, level) in active_levels(track).filter(|(_, l)| l.band == band.id) {
                    let pay = level.compensation.as_ref().or(band.compensation.as_ref());
                    let names = ranges.entry(pay_text(pay)).or_default();
                    if !names.contains(&track.name.as_str()) {
                        names.push(&track.name);
                    }
                }
            }
            (!ranges.is_empty()).then_some((b, band, ranges))
        })
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

fn skipped(framework: &Framework) -> Vec<Skip<'_>> {
    let mut skips = Vec::new();
    for (track_index, track) in active_tracks(framework) {
        let mut previous: Option<(usize, &Level)> = None;
        for (level_index, level) in active_levels(track) {
            let Some(rank) = framework.band_rank(&level.band) else { continue };
            if let Some((prev_rank, prev)) = previous {
                for skipped in framework.bands.iter().take(rank).skip(prev_rank + 1) {
                    skips.push(Skip { track_index, level_index, track, skipped, previous: prev, level });
                }
            }
            previous = Some((rank, level));
        }
    }
    skips
}

fn skipped_bands(framework: &Framework, warnings: &mut Vec<Problem>) {
    for skip in skipped(framework) {
        let (prev, level) = (skip.previous, skip.level);
        warnings.push(Problem::parity_warning(
            format!("tracks[{}].levels[{}].band", skip.track_index, skip.level_index),
            format!(
                "Track \"{}\" skips band {}: it goes from \"{}\" ({}) straight to \"{}\" ({}).",
                skip.track.name, skip.skipped.id, prev.title, prev.band, level.title, level.band
            ),
        ));
    }
}
