//! Words and near spellings: how text splits into words, the framework's vocabulary, which of
//! its words a mistyped word was probably meant to be, and what to suggest when nothing matches.

use strsim::osa_distance;

/// Characters that make up a word: anything but spaces and punctuation. (Punctuation is
/// ASCII's and the typographic marks framework text uses; testing this rather than
/// `char::is_alphanumeric` keeps Unicode's letter tables out of the public bundle.)
fn is_word_char(c: char) -> bool {
    !(c.is_whitespace()
        || (c.is_ascii_punctuation() && c != '\'')
        || matches!(c, '\u{2010}'..='\u{2027}' if c != '\u{2019}')
        || matches!(c, '\u{00a0}'..='\u{00bf}' | '\u{00d7}' | '\u{00f7}'))
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

/// The words of `text` with where each starts, as written. An apostrophe belongs to a word
/// only inside it ("don't"), not as a quotation mark around it.
pub(super) fn word_spans(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split(|c: char| !is_word_char(c))
        .map(|word| word.trim_matches(is_apostrophe))
        .filter(|word| !word.is_empty())
        .map(move |word| (word.as_ptr() as usize - text.as_ptr() as usize, word))
}

/// The words of a query, lowercased, each once, in the order typed.
pub(super) fn query_words(query: &str) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    for (_, word) in word_spans(query) {
        let word = word.to_lowercase();
        if !words.contains(&word) {
            words.push(word);
        }
    }
    words
}

/// How many edits (insertions, deletions, substitutions, swaps of neighbours) a word of this
/// many letters may be away from a framework word and still count as a typo of it. Short words
/// have too many neighbours to guess from.
fn typo_allowance(letters: usize) -> usize {
    match letters {
        0..=4 => 0,
        5..=8 => 1,
        _ => 2,
    }
}

/// How far a suggestion may be from what was typed: further than a typo, since it is only
/// offered, never searched for unasked.
fn suggestion_allowance(letters: usize) -> usize {
    match letters {
        0..=3 => 1,
        4..=8 => 2,
        _ => 3,
    }
}

/// Every distinct word of the framework's text (lowercased), alphabetically, with how often
/// it occurs (equally near words favour common ones).
pub(super) struct Vocabulary {
    words: Vec<(String, usize)>,
}

impl Vocabulary {
    pub fn new<'t>(texts: impl Iterator<Item = &'t str>) -> Self {
        // Kept sorted by inserting in place: a framework uses a few thousand distinct words,
        // and this needs no sort or hash map code in the public bundle.
        let mut words: Vec<(String, usize)> = Vec::new();
        for text in texts {
            for (_, word) in word_spans(text) {
                let word = word.to_lowercase();
                match words.binary_search_by(|(known, _)| known.as_str().cmp(&word)) {
                    Ok(at) => words[at].1 += 1,
                    Err(at) => words.insert(at, (word, 1)),
                }
            }
        }
        Vocabulary { words }
    }

    /// Whether some framework word contains `word` as typed (search matches inside words).
    pub fn contains_part(&self, word: &str) -> bool {
        self.words.iter().any(|(known, _)| known.contains(word))
    }

    /// The framework's words that `typed` is probably a typo of, with their distance, nearest
    /// first (then alphabetically). A word also counts when `typed` is a typo of its beginning
    /// ("managr" for "management"), as search matches the beginnings of words.
    pub fn near_spellings(&self, typed: &str) -> Vec<(String, usize)> {
        let letters = typed.chars().count();
        let allowance = typo_allowance(letters);
        if allowance == 0 {
            return Vec::new();
        }
        let near: Vec<(&str, usize)> = self
            .words
            .iter()
            .filter_map(|(known, _)| {
                prefix_distance(typed, letters, known, allowance).map(|distance| (known.as_str(), distance))
            })
            .collect();
        // Nearest first without a sort: there are at most `allowance` distances.
        (1..=allowance)
            .flat_map(|distance| near.iter().filter(move |(_, d)| *d == distance))
            .map(|(word, distance)| (word.to_string(), *distance))
            .collect()
    }

    /// The framework word nearest to `typed` as a whole word, if one is near enough to offer;
    /// of equally near words, the most frequent.
    pub fn suggestion(&self, typed: &str) -> Option<&str> {
        let letters = typed.chars().count();
        let allowance = suggestion_allowance(letters);
        self.words
            .iter()
            .filter(|(known, _)| known.chars().count().abs_diff(letters) <= allowance)
            .map(|(known, count)| (osa_distance(typed, known), count, known))
            .filter(|(distance, _, _)| *distance <= allowance)
            // The first of the nearest and most frequent: alphabetical among ties.
            .min_by_key(|(distance, count, _)| (*distance, usize::MAX - **count))
            .map(|(_, _, known)| known.as_str())
    }
}

/// Edits between `typed` and `known` or a beginning of it, if within `allowance`.
fn prefix_distance(typed: &str, letters: usize, known: &str, allowance: usize) -> Option<usize> {
    let known_letters = known.chars().count();
    if known_letters + allowance < letters {
        return None;
    }
    let shortest = letters.saturating_sub(allowance).max(1);
    let longest = (letters + allowance).min(known_letters);
    (shortest..=longest)
        .map(|length| {
            let beginning = match known.char_indices().nth(length) {
                Some((end, _)) => &known[..end],
                None => known,
            };
            osa_distance(typed, beginning)
        })
        .filter(|distance| *distance <= allowance)
        .min()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_keep_their_positions_and_apostrophes() {
        let text = "Don't stop — 'front-end', C++";
        let spans: Vec<(usize, &str)> = word_spans(text).collect();
        assert_eq!(spans.iter().map(|(_, w)| *w).collect::<Vec<_>>(), ["Don't", "stop", "front", "end", "C"]);
        assert!(spans.iter().all(|(at, w)| &text[*at..*at + w.len()] == *w));
        assert_eq!(query_words("Senior  senior Enginer"), ["senior", "enginer"]);
    }

    #[test]
    fn near_spellings_allow_more_edits_for_longer_words() {
        let vocabulary = Vocabulary::new(["manager management engineer lead load"].into_iter());
        let near = |typed: &str| {
            let mut words: Vec<String> =
                vocabulary.near_spellings(typed).into_iter().map(|(w, _)| w).collect();
            words.sort();
            words
        };
        assert_eq!(near("managr"), ["management", "manager"], "a typo of the whole word or its beginning");
        assert_eq!(near("enginer"), ["engineer"]);
        assert!(near("laed").is_empty(), "four letters are too short to guess from");
        assert_eq!(vocabulary.suggestion("mnagr"), Some("manager"));
        assert_eq!(vocabulary.suggestion("zebra"), None);
    }
}
