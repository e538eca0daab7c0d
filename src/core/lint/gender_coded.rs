//! The balance of masculine- and feminine-coded words in each track's text, as advice.
//!
//! Gaucher, Friesen & Kay (2011), "Evidence that gendered wording in job advertisements
//! exists and sustains gender inequality", Journal of Personality and Social Psychology
//! 101(1), found that advertisements worded with more masculine-coded words were rated less
//! appealing by women, who anticipated belonging less, while feminine-coded wording had no
//! comparable effect on men. So only a lean towards masculine-coded words is reported.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use super::phrases::Phrases;
use super::prose::{Prose, Words};
use super::{words, GENDER_CODED_BALANCE};
use crate::core::framework::{Framework, Problem};

/// Fewer masculine-coded words than this in a whole track is too few to call a lean.
const MIN_MASCULINE: usize = 3;
/// A track leans masculine when its masculine-coded words are more than this many times its
/// feminine-coded ones.
const LEAN_RATIO: usize = 2;

fn masculine() -> &'static Phrases {
    static LIST: OnceLock<Phrases> = OnceLock::new();
    LIST.get_or_init(|| Phrases::new(words::MASCULINE_CODED.iter().copied()))
}

fn feminine() -> &'static Phrases {
    static LIST: OnceLock<Phrases> = OnceLock::new();
    LIST.get_or_init(|| Phrases::new(words::FEMININE_CODED.iter().copied()))
}

/// The coded words found in a track, as written (lowercased), with how often.
#[derive(Default)]
struct Tally {
    masculine: BTreeMap<String, usize>,
    feminine: BTreeMap<String, usize>,
}

fn count(map: &BTreeMap<String, usize>) -> usize {
    map.values().sum()
}

fn listed(map: &BTreeMap<String, usize>) -> String {
    let mut by_count: Vec<(&String, &usize)> = map.iter().collect();
    by_count.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    by_count
        .iter()
        .map(|(word, n)| if **n > 1 { format!("\"{word}\" ×{n}") } else { format!("\"{word}\"") })
        .collect::<Vec<_>>()
        .join(", ")
}

pub(super) fn check(framework: &Framework, texts: &[Prose], findings: &mut Vec<Problem>) {
    let mut tallies: Vec<Tally> = framework.tracks.iter().map(|_| Tally::default()).collect();
    for prose in texts {
        let Some(tally) = prose.track.and_then(|t| tallies.get_mut(t)) else { continue };
        for found in masculine().find(prose) {
            let word =
                (found.first_word..=found.last_word).map(|i| prose.word(i)).collect::<Vec<_>>().join(" ");
            *tally.masculine.entry(word).or_default() += 1;
        }
        for found in feminine().find(prose) {
            let word =
                (found.first_word..=found.last_word).map(|i| prose.word(i)).collect::<Vec<_>>().join(" ");
            *tally.feminine.entry(word).or_default() += 1;
        }
    }
    for (t, (track, tally)) in framework.tracks.iter().zip(&tallies).enumerate() {
        let (m, f) = (count(&tally.masculine), count(&tally.feminine));
        if m < MIN_MASCULINE || m <= LEAN_RATIO * f {
            continue;
        }
        let feminine = match f {
            0 => "none feminine-coded".to_string(),
            1 => format!("1 feminine-coded ({})", listed(&tally.feminine)),
            f => format!("{f} feminine-coded ({})", listed(&tally.feminine)),
        };
        findings.push(Problem::lint(
            GENDER_CODED_BALANCE,
            format!("tracks[{t}]"),
            format!(
                "Track \"{}\" uses {m} masculine-coded words ({}) and {feminine}: research links such wording with women finding a role less appealing (Gaucher, Friesen & Kay, 2011).",
                track.name,
                listed(&tally.masculine)
            ),
        ));
    }
}
