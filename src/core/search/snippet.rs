//! A short excerpt of a field around what matched, with the matching words marked.

use super::spelling::word_spans;

/// Letters of context kept before the first matching word.
const LEAD: usize = 40;
/// Letters an excerpt holds at most (it ends at a word's end).
const WIDTH: usize = 120;

/// An excerpt of a field's text, in parts marked as matching or not.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Snippet {
    pub parts: Vec<SnippetPart>,
    /// Whether text before the excerpt was left out.
    pub cut_before: bool,
    /// Whether text after the excerpt was left out.
    pub cut_after: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SnippetPart {
    pub text: String,
    /// A word that matched the query (as typed, or by a near spelling).
    pub matched: bool,
}

impl Snippet {
    /// The excerpt of `text` around its first word containing one of `found` (lowercase),
    /// with every such word marked.
    pub(super) fn new(text: &str, found: &[&str]) -> Snippet {
        let matches: Vec<(usize, usize)> = word_spans(text)
            .filter(|(_, word)| {
                let word = word.to_lowercase();
                found.iter().any(|f| word.contains(f))
            })
            .map(|(at, word)| (at, at + word.len()))
            .collect();
        let first = matches.first().map_or(0, |(at, _)| *at);
        let start = excerpt_start(text, first);
        let end = excerpt_end(text, start, matches.first().map_or(0, |(_, end)| *end));
        let mut parts = Vec::new();
        let mut at = start;
        for &(from, to) in matches.iter().filter(|(from, to)| *from >= start && *to <= end) {
            if from > at {
                parts.push(SnippetPart { text: text[at..from].to_string(), matched: false });
            }
            parts.push(SnippetPart { text: text[from..to].to_string(), matched: true });
            at = to;
        }
        if end > at {
            parts.push(SnippetPart { text: text[at..end].to_string(), matched: false });
        }
        Snippet { parts, cut_before: start > 0, cut_after: end < text.len() }
    }

    /// The excerpt's text without marks.
    pub fn text(&self) -> String {
        self.parts.iter().map(|p| p.text.as_str()).collect()
    }

    /// The words marked as matching.
    pub fn marked(&self) -> Vec<&str> {
        self.parts.iter().filter(|p| p.matched).map(|p| p.text.as_str()).collect()
    }
}

/// Where an excerpt showing the word at `first` begins: the start of the text when the word
/// is near it, else the start of a word about `LEAD` letters before it.
fn excerpt_start(text: &str, first: usize) -> usize {
    let before = &text[..first];
    match before.char_indices().rev().nth(LEAD) {
        None => 0,
        Some((at, _)) => before[at..].find(' ').map_or(first, |space| at + space + 1),
    }
}

/// Where an excerpt beginning at `start` ends: the end of the text if it fits, else the end
/// of the last whole word within `WIDTH` letters (never before the first match's end).
fn excerpt_end(text: &str, start: usize, first_end: usize) -> usize {
    let rest = &text[start..];
    match rest.char_indices().nth(WIDTH) {
        None => text.len(),
        Some((at, _)) => rest[..at].rfind(' ').map_or(start + at, |space| start + space).max(first_end),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_short_text_is_shown_whole_with_its_matches_marked() {
        let snippet = Snippet::new("Senior Engineer, platform", &["engineer"]);
        assert_eq!(snippet.text(), "Senior Engineer, platform");
        assert_eq!(snippet.marked(), ["Engineer"]);
        assert!(!snippet.cut_before && !snippet.cut_after);
    }

    #[test]
    fn a_long_text_is_cut_at_words_around_the_first_match() {
        let text = format!("{} the needle is here {}", "word ".repeat(40), "more ".repeat(40));
        let snippet = Snippet::new(&text, &["needle"]);
        assert!(snippet.cut_before && snippet.cut_after);
        assert!(snippet.text().starts_with("word ") && snippet.text().ends_with("more"));
        assert!(snippet.text().chars().count() <= WIDTH);
        assert_eq!(snippet.marked(), ["needle"]);
        // Multi-byte letters never split.
        let accents = format!("{} café needle", "é".repeat(200));
        assert_eq!(Snippet::new(&accents, &["needle"]).marked(), ["needle"]);
    }
}
