//! Finding listed words and phrases in a text's words. An entry is one or more words
//! separated by spaces; a final `*` makes its last word a stem ("nurtur*" finds "nurture",
//! "nurturing"). At each word the longest entry that matches wins, and matching goes on
//! after it, so "he or she" is found once rather than as "he" and "she".

use std::collections::HashMap;

use super::prose::Words;

/// A word list, indexed by first word so a text is scanned once whatever the list's length.
pub(super) struct Phrases {
    entries: Vec<Vec<&'static str>>,
    stems: Vec<bool>,
    by_first_word: HashMap<&'static str, Vec<usize>>,
    /// Entries whose first (and only) word is a stem, by the stem's first `STEM_KEY` bytes.
    by_stem: HashMap<&'static str, Vec<usize>>,
}

/// Stems are indexed by their first bytes, so a word is only compared with the few stems
/// that start like it; every stem in a list is at least this long.
const STEM_KEY: usize = 3;

fn stem_key(word: &str) -> Option<&str> {
    word.get(..STEM_KEY)
}

/// An entry found in a text: which one, and the words it covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Found {
    pub entry: usize,
    pub first_word: usize,
    pub last_word: usize,
}

impl Phrases {
    pub fn new(list: impl IntoIterator<Item = &'static str>) -> Self {
        let mut phrases = Phrases {
            entries: Vec::new(),
            stems: Vec::new(),
            by_first_word: HashMap::new(),
            by_stem: HashMap::new(),
        };
        for (index, entry) in list.into_iter().enumerate() {
            let stem = entry.ends_with('*');
            let words: Vec<&'static str> = entry.trim_end_matches('*').split(' ').collect();
            if stem && words.len() == 1 {
                let key = stem_key(words[0]).expect("stems are at least STEM_KEY bytes long");
                phrases.by_stem.entry(key).or_default().push(index);
            } else {
                phrases.by_first_word.entry(words[0]).or_default().push(index);
            }
            phrases.entries.push(words);
            phrases.stems.push(stem);
        }
        phrases
    }

    fn matches_at(&self, entry: usize, words: &impl Words, at: usize) -> bool {
        let wanted = &self.entries[entry];
        if words.count() - at < wanted.len() {
            return false;
        }
        let last = wanted.len() - 1;
        wanted.iter().enumerate().all(|(i, want)| {
            let word = words.word(at + i);
            if i == last && self.stems[entry] {
                word.starts_with(want)
            } else {
                *want == word
            }
        })
    }

    /// Every entry found in the words, in order, none overlapping.
    pub fn find(&self, words: &impl Words) -> Vec<Found> {
        let mut found = Vec::new();
        let mut at = 0;
        while at < words.count() {
            let first = words.word(at);
            let by_stem = stem_key(first).and_then(|key| self.by_stem.get(key));
            let candidates =
                self.by_first_word.get(first).into_iter().flatten().chain(by_stem.into_iter().flatten());
            let best = candidates
                .copied()
                .filter(|&entry| self.matches_at(entry, words, at))
                .max_by_key(|&entry| (self.entries[entry].len(), std::cmp::Reverse(entry)));
            match best {
                Some(entry) => {
                    let len = self.entries[entry].len();
                    found.push(Found { entry, first_word: at, last_word: at + len - 1 });
                    at += len;
                }
                None => at += 1,
            }
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_longest_entry_wins_and_stems_match_word_starts() {
        let phrases = Phrases::new(["he", "he or she", "nurtur*", "as needed"]);
        let words = ["he", "or", "she", "nurtures", "as", "needed", "he"];
        let found: Vec<(usize, usize, usize)> =
            phrases.find(&words.as_slice()).iter().map(|f| (f.entry, f.first_word, f.last_word)).collect();
        assert_eq!(found, [(1, 0, 2), (2, 3, 3), (3, 4, 5), (0, 6, 6)]);
    }

    #[test]
    fn a_phrase_cut_short_by_the_end_is_not_found() {
        let phrases = Phrases::new(["as needed"]);
        assert!(phrases.find(&["as"].as_slice()).is_empty());
    }
}
