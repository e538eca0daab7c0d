//! Parity: the promise that no track is a second-class route. Breaking it is allowed (it's a
//! warning, not an error) but always made visible.

use std::collections::BTreeMap;

use super::load::Loaded;
use super::model::*;
use super::problem::{Concern, Problem};

/// What the parity report amounts to, for a one-line verdict above the details.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ParitySummary<'a> {
    /// No parity warning: every track is an equal route. `top_band` is the highest band
    /// people management reaches, open without managing anyone; with no active track that
    /// manages people (`people_management` false), the highest band any active role uses.
    Equal { people_management: bool, top_band: Option<&'a Band> },
    /// This many parity warnings ([`Loaded::parity_issues`] says what they are).
    Unequal { issues: usize },
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

    /// Whether the tracks are equal routes, and what that promises.
    pub fn parity_summary(&self) -> ParitySummary<'_> {
        let issues = self.parity_issues().count();
        if issues > 0 {
            return ParitySummary::Unequal { issues };
        }
        let framework = &self.framework;
        let people_management = framework.tracks.iter().any(|t| t.manages_people && t.sunset.is_none());
        // With no warning, every track reaches the top band of people management (or, with
        // no management track, the highest band used): that is what can be promised.
        let top_band = framework
            .roles()
            .filter(|(role, track, _)| {
                !framework.is_sunset(role) && (track.manages_people || !people_management)
            })
            .filter_map(|(_, _, level)| framework.band(&level.band))
            .max_by_key(|band| framework.band_rank(&band.id));
        ParitySummary::Equal { people_management, top_band }
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

fn top_band_reach(framework: &Framework, warnings: &mut Vec<Problem>) {
    let active = || framework.tracks.iter().enumerate().filter(|(_, t)| t.sunset.is_none());
    let Some(management_top) =
        active().filter(|(_, t)| t.manages_people).filter_map(|(_, t)| top_rank(framework, t)).max()
    else {
        return;
    };
    let management_band = &framework.bands[management_top].id;
    for (i, track) in active().filter(|(_, t)| !t.manages_people) {
        if let Some(top) = top_rank(framework, track) {
            let reach = reach_without_managing(framework, track, &mut Vec::new()).unwrap_or(top);
            if reach < management_top {
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
    }
}

fn pay_text(pay: Option<&Compensation>) -> String {
    match pay {
        Some(p) => format!("{}–{} {}", p.min, p.max, p.currency),
        None => "unpublished".to_string(),
    }
}

fn pay_differs_by_track(framework: &Framework, warnings: &mut Vec<Problem>) {
    for (b, band) in framework.bands.iter().enumerate() {
        // Distinct pay ranges at this band, with the tracks paying each.
        let mut ranges: BTreeMap<String, Vec<&str>> = BTreeMap::new();
        for track in framework.tracks.iter().filter(|t| t.sunset.is_none()) {
            for (_, level) in active_levels(track).filter(|(_, l)| l.band == band.id) {
                let pay = level.compensation.as_ref().or(band.compensation.as_ref());
                let names = ranges.entry(pay_text(pay)).or_default();
                if !names.contains(&track.name.as_str()) {
                    names.push(&track.name);
                }
            }
        }
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

fn skipped_bands(framework: &Framework, warnings: &mut Vec<Problem>) {
    for (t, track) in framework.tracks.iter().enumerate().filter(|(_, t)| t.sunset.is_none()) {
        let mut previous: Option<(usize, &Level)> = None;
        for (l, level) in active_levels(track) {
            let Some(rank) = framework.band_rank(&level.band) else { continue };
            if let Some((prev_rank, prev)) = previous {
                for skipped in framework.bands.iter().take(rank).skip(prev_rank + 1) {
                    warnings.push(Problem::parity_warning(
                        format!("tracks[{t}].levels[{l}].band"),
                        format!(
                            "Track \"{}\" skips band {}: it goes from \"{}\" ({}) straight to \"{}\" ({}).",
                            track.name, skipped.id, prev.title, prev.band, level.title, level.band
                        ),
                    ));
                }
            }
            previous = Some((rank, level));
        }
    }
}
