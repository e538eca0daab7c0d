//! Every piece of text an author wrote, gathered once with its JSON path and who it belongs
//! to, lowercased once and split into words once: the word rules only walk slices.

use std::ops::Range;

use crate::core::framework::*;

/// Words by position: a text's, or (in tests) a plain list.
pub(super) trait Words {
    fn count(&self) -> usize;
    fn word(&self, i: usize) -> &str;
}

impl Words for &[&str] {
    fn count(&self) -> usize {
        self.len()
    }
    fn word(&self, i: usize) -> &str {
        self[i]
    }
}

impl Words for Prose<'_> {
    fn count(&self) -> usize {
        self.words.len()
    }
    /// A word, lowercased. Anything that isn't a letter or a digit separates words, so
    /// "man-hours" is "man" "hours" and "he/she" is "he" "she".
    fn word(&self, i: usize) -> &str {
        &self.lower[self.words[i].clone()]
    }
}

/// What a piece of text is, which decides the rules that read it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    /// A name or title: a few words, never long.
    Name,
    /// A descriptor-like statement read in a table or a card: a competency's descriptor, a
    /// role's summary, impact, autonomy or influence, an expectation's text, a band's scope,
    /// a milestone's evidence or verification.
    Statement,
    /// Free description: purpose, a track's or competency's description, a process.
    Description,
    /// One example, signal, outcome or prerequisite in a list.
    Item,
}

/// One piece of text: where it is, what it is, whose it is, and its words.
pub(super) struct Prose<'a> {
    pub path: String,
    pub kind: Kind,
    /// The track (index in `tracks`) the text belongs to, if any.
    pub track: Option<usize>,
    /// The level (index in its track's `levels`) the text belongs to, if any.
    pub level: Option<usize>,
    /// True for a milestone's title, evidence and verification.
    pub milestone: bool,
    pub text: &'a str,
    lower: String,
    words: Vec<Range<usize>>,
}

impl<'a> Prose<'a> {
    fn new(path: String, kind: Kind, text: &'a str) -> Self {
        let lower = text.to_lowercase();
        let words = word_ranges(&lower);
        Prose { path, kind, track: None, level: None, milestone: false, text, lower, words }
    }

    /// The text from word `first` to word `last` (inclusive), as written when the text is
    /// ASCII (lowercasing then keeps every byte in place), else lowercased.
    pub fn quote(&self, first: usize, last: usize) -> &str {
        let range = self.words[first].start..self.words[last].end;
        if self.text.is_ascii() {
            &self.text[range]
        } else {
            &self.lower[range]
        }
    }

    /// The number of words in each sentence. A sentence ends at '.', '!' or '?' followed by
    /// a space or the end ("2.5" and "e.g.x" don't end one; "e.g. this" does, which only
    /// makes sentences look shorter than they are).
    pub fn sentence_lengths(&self) -> Vec<usize> {
        let mut lengths = Vec::new();
        let mut current = 0;
        for (i, word) in self.words.iter().enumerate() {
            current += 1;
            let gap = match self.words.get(i + 1) {
                Some(next) => &self.lower[word.end..next.start],
                None => &self.lower[word.end..],
            };
            let ends = gap.contains(['.', '!', '?'])
                && (gap.contains(char::is_whitespace) || i + 1 == self.words.len());
            if ends {
                lengths.push(current);
                current = 0;
            }
        }
        if current > 0 {
            lengths.push(current);
        }
        lengths
    }
}

fn word_ranges(lower: &str) -> Vec<Range<usize>> {
    let mut words = Vec::new();
    let mut start = None;
    for (i, c) in lower.char_indices() {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                words.push(s..i);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        words.push(s..lower.len());
    }
    words
}

/// Every authored text of the framework, with its path. Blank texts are left out (blank
/// milestone fields are `milestones.rs`'s concern).
pub(super) fn gather(framework: &Framework) -> Vec<Prose<'_>> {
    let mut out = Gatherer { texts: Vec::new(), track: None, level: None, milestone: false };
    out.add("meta.purpose".into(), Kind::Description, &framework.meta.purpose);
    if let Some(process) = &framework.governance.promotion {
        out.promotion("governance.promotion", process);
    }
    for (b, band) in framework.bands.iter().enumerate() {
        out.add(format!("bands[{b}].name"), Kind::Name, &band.name);
        out.add(format!("bands[{b}].scope"), Kind::Statement, &band.scope);
        out.add(format!("bands[{b}].impact"), Kind::Statement, &band.impact);
        out.add(format!("bands[{b}].autonomy"), Kind::Statement, &band.autonomy);
    }
    out.steps("proficiency_scale", &framework.proficiency_scale);
    for (s, scale) in framework.scales.iter().enumerate() {
        out.add(format!("scales[{s}].name"), Kind::Name, &scale.name);
        out.steps(&format!("scales[{s}].levels"), &scale.levels);
    }
    for (f, family) in framework.families.iter().enumerate() {
        out.add(format!("families[{f}].name"), Kind::Name, &family.name);
        out.add(format!("families[{f}].description"), Kind::Description, &family.description);
    }
    for (c, competency) in framework.competencies.iter().enumerate() {
        let path = format!("competencies[{c}]");
        out.add(format!("{path}.name"), Kind::Name, &competency.name);
        out.add(format!("{path}.description"), Kind::Description, &competency.description);
        for (key, descriptor) in &competency.descriptors {
            let path = format!("{path}.descriptors.{key}");
            match descriptor {
                Descriptor::Text(text) => out.add(path, Kind::Statement, text),
                Descriptor::Detailed(detailed) => {
                    out.add(format!("{path}.text"), Kind::Statement, &detailed.text);
                    out.items(&path, &detailed.examples, &detailed.signals);
                }
            }
        }
    }
    for (t, track) in framework.tracks.iter().enumerate() {
        out.track = Some(t);
        out.level = None;
        let path = format!("tracks[{t}]");
        out.add(format!("{path}.name"), Kind::Name, &track.name);
        out.add(format!("{path}.description"), Kind::Description, &track.description);
        for (l, level) in track.levels.iter().enumerate() {
            out.level = Some(l);
            out.level(&format!("{path}.levels[{l}]"), level);
        }
    }
    out.track = None;
    out.level = None;
    for (i, learning) in framework.learning.iter().enumerate() {
        out.add(format!("learning[{i}].title"), Kind::Name, &learning.title);
        out.add(format!("learning[{i}].description"), Kind::Description, &learning.description);
    }
    for (i, rule) in framework.mobility.iter().enumerate() {
        for (o, outcome) in rule.outcomes.iter().enumerate() {
            out.add(format!("mobility[{i}].outcomes[{o}]"), Kind::Item, outcome);
        }
        for (p, prerequisite) in rule.prerequisites.iter().enumerate() {
            out.add(format!("mobility[{i}].prerequisites[{p}].summary"), Kind::Item, &prerequisite.summary);
        }
    }
    out.texts
}

struct Gatherer<'a> {
    texts: Vec<Prose<'a>>,
    track: Option<usize>,
    level: Option<usize>,
    milestone: bool,
}

impl<'a> Gatherer<'a> {
    fn add(&mut self, path: String, kind: Kind, text: &'a str) {
        if text.trim().is_empty() {
            return;
        }
        let mut prose = Prose::new(path, kind, text);
        prose.track = self.track;
        prose.level = self.level;
        prose.milestone = self.milestone;
        self.texts.push(prose);
    }

    fn items(&mut self, path: &str, examples: &'a [String], signals: &'a [String]) {
        for (i, example) in examples.iter().enumerate() {
            self.add(format!("{path}.examples[{i}]"), Kind::Item, example);
        }
        for (i, signal) in signals.iter().enumerate() {
            self.add(format!("{path}.signals[{i}]"), Kind::Item, signal);
        }
    }

    fn steps(&mut self, path: &str, steps: &'a [Proficiency]) {
        for (i, step) in steps.iter().enumerate() {
            self.add(format!("{path}[{i}].name"), Kind::Name, &step.name);
            self.add(format!("{path}[{i}].description"), Kind::Statement, &step.description);
        }
    }

    fn promotion(&mut self, path: &str, process: &'a PromotionProcess) {
        self.add(format!("{path}.decided_by"), Kind::Description, &process.decided_by);
        self.add(format!("{path}.evidence"), Kind::Description, &process.evidence);
        if let Some(calibration) = &process.calibration {
            self.add(format!("{path}.calibration"), Kind::Description, calibration);
        }
        if let Some(interviews) = &process.interviews {
            self.add(format!("{path}.interviews"), Kind::Description, interviews);
        }
    }

    fn level(&mut self, path: &str, level: &'a Level) {
        self.add(format!("{path}.title"), Kind::Name, &level.title);
        self.add(format!("{path}.summary"), Kind::Statement, &level.summary);
        self.add(format!("{path}.impact"), Kind::Statement, &level.impact);
        self.add(format!("{path}.autonomy"), Kind::Statement, &level.autonomy);
        self.add(format!("{path}.influence"), Kind::Statement, &level.influence);
        self.items(path, &level.examples, &level.signals);
        for (e, expectation) in level.expectations.iter().enumerate() {
            let path = format!("{path}.expectations[{e}]");
            if let Some(text) = &expectation.text {
                self.add(format!("{path}.text"), Kind::Statement, text);
            }
            self.items(&path, &expectation.examples, &expectation.signals);
        }
        for (m, milestone) in level.milestones.iter().enumerate() {
            let path = format!("{path}.milestones[{m}]");
            self.milestone = true;
            self.add(format!("{path}.title"), Kind::Name, &milestone.title);
            self.add(format!("{path}.evidence"), Kind::Statement, &milestone.evidence);
            self.add(format!("{path}.verification"), Kind::Statement, &milestone.verification);
            self.milestone = false;
            self.items(&path, &milestone.examples, &milestone.signals);
        }
        if let Some(process) = &level.promotion {
            self.promotion(&format!("{path}.promotion"), process);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Kind, Prose, Words};

    #[test]
    fn words_are_lowercased_and_split_at_anything_but_letters_and_digits() {
        let prose = Prose::new(String::new(), Kind::Item, "He/she logs man-hours, v2.5 Ünïcode");
        let words: Vec<&str> = (0..prose.count()).map(|i| prose.word(i)).collect();
        assert_eq!(words, ["he", "she", "logs", "man", "hours", "v2", "5", "ünïcode"]);
    }

    #[test]
    fn sentences_end_at_a_stop_followed_by_space_or_the_end() {
        let prose = Prose::new(String::new(), Kind::Item, "One two three. Version 2.5 is out! Done");
        assert_eq!(prose.sentence_lengths(), [3, 5, 1]);
    }

    #[test]
    fn quotes_ascii_text_as_written() {
        let prose = Prose::new(String::new(), Kind::Item, "Ask the Chairman today");
        assert_eq!(prose.quote(2, 3), "Chairman today");
    }
}
