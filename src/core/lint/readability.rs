//! Overlong texts (`overlong-text`) and long sentences (`long-sentences`). The limits are
//! generous on purpose: they catch the text nobody will read in a table cell, not style.

use super::prose::{Kind, Prose, Words};
use super::{LONG_SENTENCES, OVERLONG_TEXT};
use crate::core::framework::Problem;

/// Most words in a statement read in a table or card: a descriptor, a role's summary, an
/// expectation's text, a milestone's evidence.
const STATEMENT_WORDS: usize = 50;
/// Most words in a free description (purpose, a track's description).
const DESCRIPTION_WORDS: usize = 120;
/// Most words in one example, signal or outcome.
const ITEM_WORDS: usize = 40;
/// Most words in one sentence.
const SENTENCE_WORDS: usize = 35;
/// Most words per sentence on average, in a text of at least `AVERAGE_FROM` sentences.
const AVERAGE_SENTENCE_WORDS: usize = 25;
const AVERAGE_FROM: usize = 3;

pub(super) fn check(texts: &[Prose], findings: &mut Vec<Problem>) {
    for prose in texts {
        let limit = match prose.kind {
            Kind::Name => continue,
            Kind::Statement => STATEMENT_WORDS,
            Kind::Description => DESCRIPTION_WORDS,
            Kind::Item => ITEM_WORDS,
        };
        let words = prose.count();
        if words > limit {
            findings.push(Problem::lint(
                OVERLONG_TEXT,
                prose.path.clone(),
                format!("This text has {words} words, more than {limit}: shorten it, or move detail into examples or signals."),
            ));
        }
        let sentences = prose.sentence_lengths();
        let longest = sentences.iter().copied().max().unwrap_or(0);
        let average = words / sentences.len().max(1);
        if longest > SENTENCE_WORDS {
            findings.push(Problem::lint(
                LONG_SENTENCES,
                prose.path.clone(),
                format!("A sentence here has {longest} words, more than {SENTENCE_WORDS}: split it."),
            ));
        } else if sentences.len() >= AVERAGE_FROM && average > AVERAGE_SENTENCE_WORDS {
            findings.push(Problem::lint(
                LONG_SENTENCES,
                prose.path.clone(),
                format!("Its sentences average {average} words, more than {AVERAGE_SENTENCE_WORDS}: split the longest."),
            ));
        }
    }
}
