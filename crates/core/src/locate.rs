//! Where a field is in a JSON text: validation finds problems in decoded values, and authors need the
//! line and column of the field to fix them. The text has already been decoded, so it is valid JSON;
//! anything unexpected just means "no position".
//!
//! Values off the path are skipped without recursion, so a document nested 100,000 deep in a field we
//! do not read costs a scan, not the stack.

/// One step of a field path such as `categories[1].slug`.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Step<'a> {
    Key(&'a str),
    Index(usize),
}

/// `source.url` -> [Key(source), Key(url)]; `steps[2]` -> [Key(steps), Index(2)]; `(document)` -> [].
fn steps(path: &str) -> Option<Vec<Step<'_>>> {
    let mut out = Vec::new();
    if path == "(document)" || path.is_empty() {
        return Some(out);
    }
    for part in path.split('.') {
        let (key, mut rest) = part.split_once('[').map_or((part, ""), |(k, r)| (k, r));
        if !key.is_empty() {
            out.push(Step::Key(key));
        }
        while let Some((index, after)) = rest.split_once(']') {
            out.push(Step::Index(index.parse().ok()?));
            rest = after.strip_prefix('[').unwrap_or(after);
        }
    }
    Some(out)
}

/// The 1-based line and column (in characters) where the value at `path` starts in `text`.
pub fn locate(text: &str, path: &str) -> Option<(usize, usize)> {
    let mut scanner = Scanner { bytes: text.as_bytes(), at: 0 };
    for step in steps(path)? {
        scanner.whitespace();
        match step {
            Step::Key(key) => scanner.enter_member(key)?,
            Step::Index(index) => scanner.enter_element(index)?,
        }
    }
    scanner.whitespace();
    let before = text.get(..scanner.at)?;
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    Some((line, column))
}

struct Scanner<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Scanner<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn whitespace(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    fn expect(&mut self, byte: u8) -> Option<()> {
        self.whitespace();
        (self.peek()? == byte).then(|| self.at += 1)
    }

    /// Reads a string starting at its opening quote; returns its raw contents (escapes left as is).
    fn string(&mut self) -> Option<&[u8]> {
        self.expect(b'"')?;
        let start = self.at;
        loop {
            match self.peek()? {
                b'\\' => self.at += 2,
                b'"' => break,
                _ => self.at += 1,
            }
        }
        let raw = self.bytes.get(start..self.at)?;
        self.at += 1;
        Some(raw)
    }

    /// Skips one value of any kind and depth.
    fn skip_value(&mut self) -> Option<()> {
        self.whitespace();
        let mut depth = 0usize;
        loop {
            match self.peek()? {
                b'"' => {
                    self.string()?;
                }
                b'{' | b'[' => {
                    depth += 1;
                    self.at += 1;
                }
                b'}' | b']' => {
                    depth = depth.checked_sub(1)?;
                    self.at += 1;
                }
                b',' | b':' if depth > 0 => self.at += 1,
                b' ' | b'\t' | b'\n' | b'\r' => self.at += 1,
                _ => {
                    // A number, true, false or null: up to the next delimiter.
                    while !matches!(self.peek(), None | Some(b',' | b'}' | b']' | b' ' | b'\t' | b'\n' | b'\r')) {
                        self.at += 1;
                    }
                }
            }
            if depth == 0 {
                return Some(());
            }
        }
    }

    /// Moves to the value of member `key` of the object here.
    fn enter_member(&mut self, key: &str) -> Option<()> {
        self.expect(b'{')?;
        loop {
            let raw = self.string()?;
            let name: String = serde_json::from_slice(&[b"\"", raw, b"\""].concat()).ok()?;
            self.expect(b':')?;
            if name == key {
                return Some(());
            }
            self.skip_value()?;
            self.expect(b',')?;
        }
    }

    /// Moves to element `index` of the array here.
    fn enter_element(&mut self, index: usize) -> Option<()> {
        self.expect(b'[')?;
        for _ in 0..index {
            self.skip_value()?;
            self.expect(b',')?;
        }
        Some(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "{\n  \"title\": \"T\",\n  \"skip\": {\"a\": [1, {\"b\": \"}\\\"]\"}], \"c\": null},\n  \"steps\": [\"one\",\n    \"two\"],\n  \"source\": { \"url\": \"https://x\" }\n}";

    #[test]
    fn finds_fields_and_elements() {
        assert_eq!(locate(TEXT, "title"), Some((2, 12)));
        assert_eq!(locate(TEXT, "steps[0]"), Some((4, 13)));
        assert_eq!(locate(TEXT, "steps[1]"), Some((5, 5)));
        assert_eq!(locate(TEXT, "source.url"), Some((6, 22)));
        assert_eq!(locate(TEXT, "(document)"), Some((1, 1)));
    }

    #[test]
    fn nested_paths_and_missing_fields() {
        let text = r#"{"categories":[{"slug":"a"},{"name":"N","slug":"b"}]}"#;
        assert_eq!(locate(text, "categories[1].slug"), Some((1, 48)));
        assert_eq!(locate(text, "categories[2].slug"), None);
        assert_eq!(locate(text, "nothing"), None);
    }

    #[test]
    fn deep_nesting_off_the_path_is_skipped_without_recursion() {
        let text = format!(r#"{{"extra":{}{},"title":"x"}}"#, "[".repeat(100_000), "]".repeat(100_000));
        assert_eq!(locate(&text, "title"), Some((1, 200_019)));
    }

    #[test]
    fn escaped_keys_and_counts_columns_in_characters() {
        let text = "{\"ti\\u0074le\": \"é\", \"x\": \"日本\", \"y\": 1}";
        assert_eq!(locate(text, "title"), Some((1, 16)));
        assert_eq!(locate(text, "y"), Some((1, 37)));
    }
}
