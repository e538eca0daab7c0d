//! Vague or hedged phrasing in milestones ("more ownership", "as needed", "try to"): a
//! milestone is evidence that something happened, so it must be observable and checkable.

use std::sync::OnceLock;

use super::phrases::Phrases;
use super::prose::Prose;
use super::{words, VAGUE_WORDING};
use crate::core::framework::Problem;

fn vague() -> &'static Phrases {
    static LIST: OnceLock<Phrases> = OnceLock::new();
    LIST.get_or_init(|| Phrases::new(words::VAGUE.iter().copied()))
}

pub(super) fn check(texts: &[Prose], findings: &mut Vec<Problem>) {
    for prose in texts.iter().filter(|prose| prose.milestone) {
        for found in vague().find(prose) {
            findings.push(Problem::lint(
                VAGUE_WORDING,
                prose.path.clone(),
                format!(
                    "\"{}\" is vague in a milestone: say what can be observed, how it is measured and by when.",
                    prose.quote(found.first_word, found.last_word)
                ),
            ));
        }
    }
}
