//! Gendered terms (`gendered-wording`) and terms that exclude by age, origin, ability or
//! sameness (`exclusionary-wording`), each found with its suggested alternative, in every text
//! of the framework.

use std::sync::OnceLock;

use super::phrases::Phrases;
use super::prose::Prose;
use super::{words, EXCLUSIONARY_WORDING, GENDERED_WORDING};
use crate::core::framework::Problem;

fn phrases(list: &'static [(&'static str, &'static str)]) -> Phrases {
    Phrases::new(list.iter().map(|(term, _)| *term))
}

fn gendered() -> &'static Phrases {
    static LIST: OnceLock<Phrases> = OnceLock::new();
    LIST.get_or_init(|| phrases(words::GENDERED))
}

fn exclusionary() -> &'static Phrases {
    static LIST: OnceLock<Phrases> = OnceLock::new();
    LIST.get_or_init(|| phrases(words::EXCLUSIONARY))
}

pub(super) fn check(texts: &[Prose], findings: &mut Vec<Problem>) {
    for prose in texts {
        for found in gendered().find(prose) {
            let (_, instead) = words::GENDERED[found.entry];
            findings.push(Problem::lint(
                GENDERED_WORDING,
                prose.path.clone(),
                format!(
                    "\"{}\" is gendered; write \"{instead}\" instead.",
                    prose.quote(found.first_word, found.last_word)
                ),
            ));
        }
        for found in exclusionary().find(prose) {
            let (_, instead) = words::EXCLUSIONARY[found.entry];
            findings.push(Problem::lint(
                EXCLUSIONARY_WORDING,
                prose.path.clone(),
                format!(
                    "\"{}\" can exclude people who could do the job; instead: {instead}.",
                    prose.quote(found.first_word, found.last_word)
                ),
            ));
        }
    }
}
