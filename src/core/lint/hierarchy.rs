//! Hierarchy-centric wording on tracks whose roles don't manage people: growth told in direct
//! reports or headcount (`hierarchy-wording`), and management presented as where the track
//! leads (`management-as-the-way-up`, in the track's description or its top level). A phrase
//! just after a negation ("without direct reports") says the opposite and is left alone.

use std::sync::OnceLock;

use super::phrases::Phrases;
use super::prose::{Prose, Words};
use super::{words, HIERARCHY_WORDING, MANAGEMENT_AS_THE_WAY_UP};
use crate::core::framework::{Framework, Problem};

fn hierarchy() -> &'static Phrases {
    static LIST: OnceLock<Phrases> = OnceLock::new();
    LIST.get_or_init(|| Phrases::new(words::HIERARCHY.iter().copied()))
}

fn way_up() -> &'static Phrases {
    static LIST: OnceLock<Phrases> = OnceLock::new();
    LIST.get_or_init(|| Phrases::new(words::WAY_UP.iter().copied()))
}

/// True when one of the few words before word `first` negates what follows.
fn negated(prose: &Prose, first: usize) -> bool {
    (first.saturating_sub(words::NEGATION_REACH)..first).any(|i| words::NEGATIONS.contains(&prose.word(i)))
}

pub(super) fn check(framework: &Framework, texts: &[Prose], findings: &mut Vec<Problem>) {
    for prose in texts {
        let Some(track) = prose.track.and_then(|t| framework.tracks.get(t)) else { continue };
        if track.manages_people {
            continue;
        }
        for found in hierarchy().find(prose).into_iter().filter(|f| !negated(prose, f.first_word)) {
            findings.push(Problem::lint(
                HIERARCHY_WORDING,
                prose.path.clone(),
                format!(
                    "\"{}\" measures growth in management, but \"{}\" is a track without direct reports: describe scope, impact and influence instead.",
                    prose.quote(found.first_word, found.last_word),
                    track.name
                ),
            ));
        }
        let top_level = track.levels.len().checked_sub(1);
        let describes_the_track = prose.level.is_none() || prose.level == top_level;
        if !describes_the_track {
            continue;
        }
        for found in way_up().find(prose).into_iter().filter(|f| !negated(prose, f.first_word)) {
            let place = if prose.level.is_none() { "the track's description" } else { "its top level" };
            findings.push(Problem::lint(
                MANAGEMENT_AS_THE_WAY_UP,
                prose.path.clone(),
                format!(
                    "\"{}\" in {place} presents management as the way up from \"{}\": describe growth within the track, and list the move to management as a mobility rule.",
                    prose.quote(found.first_word, found.last_word),
                    track.name
                ),
            ));
        }
    }
}
