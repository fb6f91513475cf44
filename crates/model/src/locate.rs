//! Between places in a JSON text and field paths such as `source.url` or `steps[2]`, both ways:
//!
//! - [`locate`]: where a field is. Validation finds problems in decoded values, and authors need the
//!   line and column of the field to fix them.
//! - [`path_at`]: which field a place is in. Decoding errors come with a line and column, and readers
//!   of an error need the field.
//!
//! Both scan the text without recursion, so a document nested 100,000 deep costs a scan, not the
//! stack; anything unexpected just means "no position" or a shorter path.

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

/// Where a scan is in one open object or array.
#[derive(Debug)]
enum Frame {
    /// In an object: in the value of the member named here, or (`None`) between members.
    Object(Option<String>),
    /// In an array: in the value of the element at this index, or (`false`) after it.
    Array(usize, bool),
}

fn finish_value(frames: &mut [Frame]) {
    match frames.last_mut() {
        Some(Frame::Object(key)) => *key = None,
        Some(Frame::Array(_, in_value)) => *in_value = false,
        None => {}
    }
}

/// The field path (`source.url`, `steps[2]`, `(document)`) of the value at line `line`, column
/// `column` of `text`, as serde_json reports the place of an error: 1-based, the column in bytes.
pub fn path_at(text: &str, line: usize, column: usize) -> String {
    let line_start: usize = text.split_inclusive('\n').take(line.saturating_sub(1)).map(str::len).sum();
    let bytes = text.as_bytes();
    // The last byte of the value serde_json read; but an object or array it did not expect is reported
    // at the byte before it (nothing else can come right before a `{` or `[`).
    let mut target = line_start + column.saturating_sub(1);
    if matches!(bytes.get(target + 1), Some(b'{' | b'[')) {
        target += 1;
    }
    let mut frames: Vec<Frame> = Vec::new();
    let mut scanner = Scanner { bytes, at: 0 };
    while scanner.at < target {
        let Some(byte) = scanner.peek() else { break };
        match byte {
            b'{' => {
                frames.push(Frame::Object(None));
                scanner.at += 1;
            }
            b'[' => {
                frames.push(Frame::Array(0, true));
                scanner.at += 1;
            }
            b'}' | b']' => {
                frames.pop();
                finish_value(&mut frames);
                scanner.at += 1;
            }
            b',' => {
                if let Some(Frame::Array(index, in_value)) = frames.last_mut() {
                    *index += 1;
                    *in_value = true;
                }
                scanner.at += 1;
            }
            b'"' => {
                let start = scanner.at;
                let Some(raw) = scanner.string() else { break };
                let is_key = matches!(frames.last(), Some(Frame::Object(None)));
                if is_key {
                    let name: String = serde_json::from_slice(&[b"\"", raw, b"\""].concat()).unwrap_or_default();
                    if let Some(Frame::Object(key)) = frames.last_mut() {
                        *key = Some(name);
                    }
                } else if scanner.at > target || start == target {
                    break;
                } else {
                    finish_value(&mut frames);
                }
            }
            b' ' | b'\t' | b'\n' | b'\r' | b':' => scanner.at += 1,
            _ => {
                while !matches!(scanner.peek(), None | Some(b',' | b'}' | b']' | b' ' | b'\t' | b'\n' | b'\r')) {
                    scanner.at += 1;
                }
                if scanner.at > target {
                    break;
                }
                finish_value(&mut frames);
            }
        }
    }
    let mut path = String::new();
    for frame in &frames {
        match frame {
            Frame::Object(Some(key)) => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
            }
            Frame::Array(index, true) => path.push_str(&format!("[{index}]")),
            _ => {}
        }
    }
    if path.is_empty() {
        "(document)".to_owned()
    } else {
        path
    }
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

    /// serde_json's own place for a decoding error, as `decode` gets it.
    fn reported(text: &str) -> (usize, usize) {
        let err = serde_json::from_str::<crate::model::Article>(text).unwrap_err();
        (err.line(), err.column())
    }

    #[test]
    fn the_path_of_the_place_serde_json_reports() {
        let text = "{\n  \"slug\": \"a\",\n  \"steps\": [\"é日本\", 2],\n  \"title\": 5\n}";
        let (line, column) = reported(text);
        assert_eq!((line, column), (3, 25));
        assert_eq!(path_at(text, line, column), "steps[1]");
        let (line, column) = reported(
            r#"{"slug":"a","title":"t","category":"c","published":"p","summary":"s","why_it_matters":"w","source":{"author":"a","platform":"x","quote":"q","url":42}}"#,
        );
        assert_eq!(
            path_at(
                r#"{"slug":"a","title":"t","category":"c","published":"p","summary":"s","why_it_matters":"w","source":{"author":"a","platform":"x","quote":"q","url":42}}"#,
                line,
                column
            ),
            "source.url"
        );
        let missing = r#"{"slug":"a","source":{"author":"a"}}"#;
        let (line, column) = reported(missing);
        assert_eq!(path_at(missing, line, column), "source");
        assert_eq!(path_at(r#"{"slug":"a"}"#, 1, 12), "(document)");
        assert_eq!(path_at(r#"{"title": "no", "skip": {"a": [1, {"b": "}"}]}, "x": "y"}"#, 1, 56), "x");
    }

    #[test]
    fn escaped_keys_and_counts_columns_in_characters() {
        let text = "{\"ti\\u0074le\": \"é\", \"x\": \"日本\", \"y\": 1}";
        assert_eq!(locate(text, "title"), Some((1, 16)));
        assert_eq!(locate(text, "y"), Some((1, 37)));
    }
}
