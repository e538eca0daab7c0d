//! Maps JSON paths (`tracks[0].levels[2].band`) to line and column in the source text, so
//! problems found after parsing still point at the right place in the author's editor.

use std::collections::HashMap;

use super::problem::Position;

/// Positions of every value in an already-valid JSON text, keyed by JSON path.
pub fn value_positions(text: &str) -> HashMap<String, Position> {
    let mut scanner =
        Scanner { text, bytes: text.as_bytes(), i: 0, line: 1, line_start: 0, out: HashMap::new() };
    scanner.value(String::new());
    scanner.out
}

struct Scanner<'a> {
    text: &'a str,
    bytes: &'a [u8],
    i: usize,
    line: usize,
    line_start: usize,
    out: HashMap<String, Position>,
}

impl Scanner<'_> {
    fn position(&self) -> Position {
        let column = self.text[self.line_start..self.i].chars().count() + 1;
        Position { line: self.line, column }
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
                    self.line_start = self.i;
                }
                b' ' | b'\t' | b'\r' | b',' | b':' => self.i += 1,
                _ => break,
            }
        }
    }

    fn value(&mut self, path: String) {
        self.skip_whitespace();
        self.out.insert(path.clone(), self.position());
        match self.peek() {
            Some(b'{') => self.object(&path),
            Some(b'[') => self.array(&path),
            Some(b'"') => {
                self.string();
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

    fn object(&mut self, path: &str) {
        self.i += 1;
        loop {
            self.skip_whitespace();
            match self.peek() {
                Some(b'}') | None => {
                    self.i += 1;
                    return;
                }
                _ => {
                    let key = self.string();
                    let child = if path.is_empty() { key } else { format!("{path}.{key}") };
                    self.value(child);
                }
            }
        }
    }

    fn array(&mut self, path: &str) {
        self.i += 1;
        let mut index = 0;
        loop {
            self.skip_whitespace();
            match self.peek() {
                Some(b']') | None => {
                    self.i += 1;
                    return;
                }
                _ => {
                    self.value(format!("{path}[{index}]"));
                    index += 1;
                }
            }
        }
    }

    /// Reads a string starting at its opening quote and returns its decoded text.
    fn string(&mut self) -> String {
        let start = self.i;
        self.i += 1;
        while let Some(b) = self.peek() {
            self.i += 1;
            match b {
                b'\\' => self.i += 1,
                b'"' => break,
                _ => {}
            }
        }
        let raw = &self.text[start..self.i.min(self.text.len())];
        serde_json::from_str(raw).unwrap_or_else(|_| raw.trim_matches('"').to_string())
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
}
