//! Free-text search across tracks, roles and competencies: every word of the query must be
//! found in one of a hit's fields, as typed or (for a word the framework never uses) under a
//! near spelling. Each hit says which fields matched, with an excerpt; when nothing matches,
//! a query made of the framework's own words may be suggested.

mod fields;
mod snippet;
mod spelling;

pub use fields::{Field, Target};
pub use snippet::{Snippet, SnippetPart};

use crate::core::framework::Framework;
use fields::{Document, Entry};
use spelling::{query_words, Vocabulary};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub target: Target,
    pub title: String,
    /// Short context shown under the title: the track of a role, the theme of a competency.
    pub context: String,
    /// Why it matched: the fields holding the query's words, in the order a page shows them
    /// (the title first), each field once.
    pub reasons: Vec<Reason>,
    /// Edits between the query's words and the words found: 0 when all were found as typed.
    pub distance: usize,
}

/// A field that matched, with an excerpt around the match.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reason {
    pub field: Field,
    pub snippet: Snippet,
}

/// A word of the query the framework never uses, and the near spellings searched instead.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NearSpelling {
    pub typed: String,
    /// The framework's words found in the hits in its place, nearest first.
    pub found: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Results {
    /// Exact matches first (title matches before the rest), then by fewest edits; framework
    /// order otherwise. Only the first ones asked for ([`SearchIndex::search_first`]): a hit's
    /// excerpts are made when it is shown, never for thousands at once.
    pub hits: Vec<Hit>,
    /// How many documents match in all (at least `hits.len()`).
    pub total: usize,
    /// Every match, ranked, without excerpts: what [`SearchIndex::more_hits`] turns into hits.
    ranked: Vec<Matched>,
    /// The query's words searched for under near spellings.
    pub near_spellings: Vec<NearSpelling>,
    /// When nothing matches: a query made of the framework's own words that finds something.
    pub suggestion: Option<String>,
}

/// The framework's text ready to search, built once and queried as the person types.
pub struct SearchIndex<'a> {
    documents: Vec<Document>,
    entries: Vec<Entry<'a>>,
    /// Each entry's text, lowercased.
    lowercase: Vec<String>,
    vocabulary: Vocabulary,
}

/// A matching document before its excerpts are made: which of its fields hold the query's
/// words, and the spellings found.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Matched {
    document: usize,
    /// The matching entries, each once, in the order found.
    entries: Vec<usize>,
    /// The spelling of each query word found, in the query's order.
    found: Vec<String>,
    distance: usize,
    in_title: bool,
}

/// The words one query word is searched as, with their edits from it.
struct Spellings {
    typed: String,
    candidates: Vec<(String, usize)>,
}

impl<'a> SearchIndex<'a> {
    pub fn new(framework: &'a Framework) -> Self {
        let (documents, entries) = fields::collect(framework);
        let lowercase: Vec<String> = entries.iter().map(|e| e.text.to_lowercase()).collect();
        let vocabulary = Vocabulary::new(lowercase.iter().map(String::as_str));
        SearchIndex { documents, entries, lowercase, vocabulary }
    }

    /// Everything matching `query`, every hit with its excerpts. An empty query finds
    /// nothing and suggests nothing.
    pub fn search(&self, query: &str) -> Results {
        self.search_first(query, usize::MAX)
    }

    /// What matches `query`, with the first `limit` hits made (excerpts and all) and the
    /// true count of every match: matching is one pass over the fields, ranking is bucketed
    /// (linear), and excerpts, the costly part, are made only for the hits shown.
    pub fn search_first(&self, query: &str, limit: usize) -> Results {
        let words = query_words(query);
        if words.is_empty() {
            return Results::default();
        }
        let spellings: Vec<Spellings> = words.iter().map(|word| self.spellings(word)).collect();
        let ranked = self.ranked(&spellings);
        let near_spellings = spellings
            .iter()
            .filter(|s| s.candidates.iter().all(|(_, distance)| *distance > 0) && !s.candidates.is_empty())
            .map(|s| NearSpelling { typed: s.typed.clone(), found: found_in(&ranked, &s.candidates) })
            .filter(|near| !near.found.is_empty())
            .collect();
        let suggestion = if ranked.is_empty() { self.suggestion(&words) } else { None };
        let hits = ranked.iter().take(limit).map(|m| self.hit(m)).collect();
        Results { hits, total: ranked.len(), ranked, near_spellings, suggestion }
    }

    /// The hits ranked `range` among `results` (cut to the matches there are), excerpts
    /// made: the next page of a search.
    pub fn more_hits(&self, results: &Results, range: std::ops::Range<usize>) -> Vec<Hit> {
        let end = range.end.min(results.ranked.len());
        let start = range.start.min(end);
        results.ranked[start..end].iter().map(|m| self.hit(m)).collect()
    }

    /// A word the framework uses (inside any of its words) is searched as typed; only a word
    /// it never uses is searched under near spellings, so a correct word never brings in
    /// others merely spelt like it.
    fn spellings(&self, word: &str) -> Spellings {
        let candidates = if self.vocabulary.contains_part(word) {
            vec![(word.to_string(), 0)]
        } else {
            self.vocabulary.near_spellings(word)
        };
        Spellings { typed: word.to_string(), candidates }
    }

    fn ranked(&self, spellings: &[Spellings]) -> Vec<Matched> {
        let mut matches: Vec<Option<Matched>> = Vec::new();
        let mut start = 0;
        while start < self.entries.len() {
            let document = self.entries[start].document;
            let end = start + self.entries[start..].iter().take_while(|e| e.document == document).count();
            matches.push(self.matched(document, start..end, spellings));
            start = end;
        }
        // Fewest edits first, then title matches, framework order otherwise. Bucketed rather
        // than sorted: there are few distinct ranks, and no sort code in the public bundle.
        let most = matches.iter().flatten().map(|m| m.distance).max().unwrap_or(0);
        let mut ranked = Vec::new();
        for distance in 0..=most {
            for title in [true, false] {
                for slot in matches.iter_mut() {
                    if matches!(slot, Some(m) if m.distance == distance && m.in_title == title) {
                        ranked.extend(slot.take());
                    }
                }
            }
        }
        ranked
    }

    /// The document whose fields are `entries`, if every word is in one of them.
    fn matched(
        &self,
        document: usize,
        entries: std::ops::Range<usize>,
        spellings: &[Spellings],
    ) -> Option<Matched> {
        let mut reasons: Vec<usize> = Vec::new();
        let mut found: Vec<String> = Vec::new();
        let mut distance = 0;
        let mut in_title = true;
        for word in spellings {
            // The first field holding the word under its nearest spelling found here.
            let (entry, candidate, edits) = word
                .candidates
                .iter()
                .filter_map(|(candidate, edits)| {
                    entries
                        .clone()
                        .find(|&e| self.lowercase[e].contains(candidate.as_str()))
                        .map(|e| (e, candidate, *edits))
                })
                .min_by_key(|(entry, _, edits)| (*edits, *entry))?;
            distance += edits;
            in_title &= entry == entries.start && self.entries[entry].field.is_title();
            if !reasons.contains(&entry) {
                reasons.push(entry);
            }
            found.push(candidate.clone());
        }
        Some(Matched { document, entries: reasons, found, distance, in_title })
    }

    /// A match as a hit: its matching fields in the document's order, each with an excerpt.
    fn hit(&self, matched: &Matched) -> Hit {
        let found: Vec<&str> = matched.found.iter().map(String::as_str).collect();
        let mut entries = matched.entries.clone();
        entries.sort_unstable();
        let reasons = entries
            .into_iter()
            .map(|e| Reason {
                field: self.entries[e].field.clone(),
                snippet: Snippet::new(self.entries[e].text, &found),
            })
            .collect();
        let Document { target, title, context } = self.documents[matched.document].clone();
        Hit { target, title, context, reasons, distance: matched.distance }
    }

    /// Each word replaced by the framework's nearest word when it uses no such word (words
    /// with none near enough left out), offered only if it differs and finds something.
    fn suggestion(&self, words: &[String]) -> Option<String> {
        let suggested: Vec<&str> = words
            .iter()
            .filter_map(|word| {
                if self.vocabulary.contains_part(word) {
                    Some(word.as_str())
                } else {
                    self.vocabulary.suggestion(word)
                }
            })
            .collect();
        let suggestion = suggested.join(" ");
        (!suggested.is_empty() && suggested != words && !self.search_words(&suggestion).is_empty())
            .then_some(suggestion)
    }

    /// The matches for `query`, without suggesting anything further.
    fn search_words(&self, query: &str) -> Vec<Matched> {
        let spellings: Vec<Spellings> = query_words(query).iter().map(|word| self.spellings(word)).collect();
        self.ranked(&spellings)
    }
}

/// The candidates (nearest first) that some match found.
fn found_in(ranked: &[Matched], candidates: &[(String, usize)]) -> Vec<String> {
    let used: std::collections::HashSet<&str> =
        ranked.iter().flat_map(|m| &m.found).map(String::as_str).collect();
    candidates
        .iter()
        .filter(|(candidate, _)| used.contains(candidate.as_str()))
        .map(|(c, _)| c.clone())
        .collect()
}

impl Field {
    /// Whether this is the title of its track, role or competency.
    pub fn is_title(&self) -> bool {
        matches!(self, Field::TrackName | Field::RoleTitle | Field::CompetencyName)
    }
}

/// The hits for `query` in `framework` (an index built for one query).
pub fn search(framework: &Framework, query: &str) -> Vec<Hit> {
    SearchIndex::new(framework).search(query).hits
}
