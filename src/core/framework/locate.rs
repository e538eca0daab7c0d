//! Maps JSON paths (`tracks[0].levels[2].band`) to line and column in the source text, so
//! problems found after parsing still point at the right place in the author's editor.
//!
//! One pass over the text, whatever its shape: the column is counted forward from the last
//! value placed rather than from the start of the line, so a framework written on one line
//! (minified, as build tools write it) costs the same as a pretty-printed one. Only the
//! paths asked for are kept, and the scan stops once they are all found.

use std::collections::{HashMap, HashSet};
use std::fmt::Write;

use super::problem::Position;

/// Positions of every value in an already-valid JSON text, keyed by JSON path.
pub fn value_positions(text: &str) -> HashMap<String, Position> {
    Scanner::new(text, Wanted::All).run()
}

/// Positions of the values at `paths` only (those present in the text), in one pass over
/// `text` that ends at the last of them.
pub fn positions_of<'p>(text: &str, paths: impl IntoIterator<Item = &'p str>) -> HashMap<String, Position> {
    let wanted: HashSet<&str> = paths.into_iter().collect();
    if wanted.is_empty() {
        return HashMap::new();
    }
    Scanner::new(text, Wanted::Only(wanted)).run()
}

enum Wanted<'p> {
    All,
    Only(HashSet<&'p str>),
}

struct Scanner<'a, 'p> {
    bytes: &'a [u8],
    i: usize,
    line: usize,
    /// The column (in characters) of the byte at `counted_to`, on the current line.
    column: usize,
    counted_to: usize,
    /// The JSON path of the value being read, grown and cut back as the scan goes in and out.
    path: String,
    wanted: Wanted<'p>,
    out: HashMap<String, Position>,
}

impl<'a, 'p> Scanner<'a, 'p> {
    fn new(text: &'a str, wanted: Wanted<'p>) -> Self {
        Scanner {
            bytes: text.as_bytes(),
            i: 0,
            line: 1,
            column: 1,
            counted_to: 0,
            path: String::new(),
            wanted,
            out: HashMap::new(),
        }
    }

    fn run(mut self) -> HashMap<String, Position> {
        self.value();
        self.out
    }

    fn done(&self) -> bool {
        match &self.wanted {
            Wanted::All => false,
            Wanted::Only(paths) => self.out.len() == paths.len(),
        }
    }

    /// Where the scan is: the characters since the last count are added to the column (UTF-8
    /// continuation bytes don't start a character), so each byte is counted once.
    fn position(&mut self) -> Position {
        let since = &self.bytes[self.counted_to..self.i];
        self.column += since.iter().filter(|&&b| (b & 0xC0) != 0x80).count();
        self.counted_to = self.i;
        Position { line: self.line, column: self.column }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.i).copied()
    }

    fn skip_whitespace(&mut self) {
        while let Some(b) = self.peek() {
            match b {
                b'\n' => {
                    self.i += 1;
                    self.line += 1;
                    self.column = 1;
                    self.counted_to = self.i;
                }
                b' ' | b'\t' | b'\r' | b',' | b':' => self.i += 1,
                _ => break,
            }
        }
    }

    fn value(&mut self) {
        self.skip_whitespace();
        let keep = match &self.wanted {
            Wanted::All => true,
            Wanted::Only(paths) => paths.contains(self.path.as_str()),
        };
        if keep {
            let position = self.position();
            self.out.insert(self.path.clone(), position);
        }
        match self.peek() {
            Some(b'{') => self.object(),
            Some(b'[') => self.array(),
            Some(b'"') => {
                self.string_end();
            }
            Some(_) => {
                while let Some(b) = self.peek() {
                    if matches!(b, b',' | b']' | b'}') || b.is_ascii_whitespace() {
                        break;
                    }
                    self.i += 1;
                }
            }
            None => {}
        }
    }

    fn object(&mut self) {
        self.i += 1;
        let parent = self.path.len();
        loop {
            self.skip_whitespace();
            if self.done() {
                return;
            }
            match self.peek() {
                Some(b'}') | None => {
                    self.i += 1;
                    return;
                }
                _ => {
                    let start = self.i;
                    self.string_end();
                    let key = self.key(start);
                    if parent > 0 {
                        self.path.push('.');
                    }
                    self.path.push_str(&key);
                    self.value();
                    self.path.truncate(parent);
                }
            }
        }
    }

    fn array(&mut self) {
        self.i += 1;
        let parent = self.path.len();
        let mut index = 0;
        loop {
            self.skip_whitespace();
            if self.done() {
                return;
            }
            match self.peek() {
                Some(b']') | None => {
                    self.i += 1;
                    return;
                }
                _ => {
                    let _ = write!(self.path, "[{index}]");
                    self.value();
                    self.path.truncate(parent);
                    index += 1;
                }
            }
        }
    }

    /// Moves past a string starting at its opening quote.
    fn string_end(&mut self) {
        self.i += 1;
        while let Some(b) = self.peek() {
            self.i += 1;
            match b {
                b'\\' => self.i += 1,
                b'"' => break,
                _ => {}
            }
        }
        self.i = self.i.min(self.bytes.len());
    }

    /// The decoded text of the key read from `start` to here (escapes are rare in keys, so
    /// only a key holding one is decoded by serde_json).
    fn key(&self, start: usize) -> String {
        let raw = String::from_utf8_lossy(&self.bytes[start..self.i]);
        if !raw.contains('\\') {
            return raw.trim_matches('"').to_string();
        }
        serde_json::from_str(&raw).unwrap_or_else(|_| raw.trim_matches('"').to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_nested_values_by_path() {
        let text = "{\n  \"tracks\": [\n    {\"id\": \"t\", \"levels\": [ {\"band\": \"b9\"} ]}\n  ]\n}";
        let positions = value_positions(text);
        assert_eq!(positions["tracks"], Position { line: 2, column: 13 });
        assert_eq!(positions["tracks[0].id"], Position { line: 3, column: 12 });
        assert_eq!(positions["tracks[0].levels[0].band"], Position { line: 3, column: 38 });
    }

    #[test]
    fn counts_columns_in_characters_and_handles_escapes() {
        let text = "{\"n\u{e9}\\\"x\": \"\u{e9}\u{e9}\", \"b\": 1}";
        let positions = value_positions(text);
        assert_eq!(positions["n\u{e9}\"x"].column, 11);
        assert_eq!(positions["b"].column, 22);
    }

    #[test]
    fn finds_only_the_paths_asked_for_at_the_same_places() {
        let text = "{\"a\": [1, {\"b\": \"\u{e9}\"}], \"c\": {\"d\": [true, null]}}";
        let all = value_positions(text);
        let some = positions_of(text, ["a[1].b", "c.d[1]", "missing"]);
        assert_eq!(some.len(), 2);
        assert_eq!(some["a[1].b"], all["a[1].b"]);
        assert_eq!(some["c.d[1]"], all["c.d[1]"]);
    }

    #[test]
    fn a_minified_and_a_pretty_text_place_a_value_alike() {
        let value: serde_json::Value =
            serde_json::from_str("{\"x\": [{\"y\": \"\u{e9}t\u{e9}\"}, {\"y\": 2}], \"z\": 3}").unwrap();
        let minified = serde_json::to_string(&value).unwrap();
        let pretty = serde_json::to_string_pretty(&value).unwrap();
        assert_eq!(positions_of(&minified, ["x[1].y"])["x[1].y"], Position { line: 1, column: 24 });
        assert_eq!(positions_of(&pretty, ["x[1].y"])["x[1].y"], Position { line: 7, column: 12 });
    }
}
