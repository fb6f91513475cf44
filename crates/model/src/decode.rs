//! JSON decoding that says where a file is wrong: line and column for syntax, a field path for the rest.

use crate::locate::path_at;
use serde::de::DeserializeOwned;
use std::fmt;

/// Why a JSON document could not be read as the expected type.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// Not JSON at all, or cut short.
    Syntax { line: usize, column: usize, message: String },
    /// JSON, but a field is missing or of the wrong type. `path` is like `source.url` or `steps[2]`.
    Field { path: String, line: usize, column: usize, message: String },
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::Syntax { line, column, message } => {
                write!(f, "invalid JSON at line {line}, column {column}: {message}")
            }
            DecodeError::Field { path, line, column, message } => {
                write!(f, "{path}: {message} (line {line}, column {column})")
            }
        }
    }
}

impl std::error::Error for DecodeError {}

/// Decodes `text` as a `T`, reporting the first problem with its position and field path. The path
/// is found from the position ([`path_at`]) rather than tracked while decoding: the same answer, for
/// far less code in the app's WebAssembly.
pub fn decode<T: DeserializeOwned>(text: &str) -> Result<T, DecodeError> {
    serde_json::from_str(text).map_err(|err| {
        let (line, column) = (err.line(), err.column());
        let message = bare_message(&err);
        match err.classify() {
            serde_json::error::Category::Data => {
                DecodeError::Field { path: path_at(text, line, column), line, column, message }
            }
            _ => DecodeError::Syntax { line, column, message },
        }
    })
}

/// serde_json's message without the " at line L column C" it appends, which we report separately.
fn bare_message(err: &serde_json::Error) -> String {
    let full = err.to_string();
    match full.rsplit_once(" at line ") {
        Some((message, _)) => message.to_owned(),
        None => full,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Article;

    #[test]
    fn syntax_errors_carry_line_and_column() {
        let err = decode::<Article>("{\n  \"slug\": \"a\",\n  oops\n}").unwrap_err();
        match err {
            DecodeError::Syntax { line, column, message } => {
                assert_eq!((line, column), (3, 3));
                assert_eq!(message, "key must be a string");
            }
            other => panic!("expected a syntax error, got {other:?}"),
        }
    }

    #[test]
    fn truncated_documents_are_syntax_errors() {
        assert!(matches!(decode::<Article>("{\"slug\": \"a\""), Err(DecodeError::Syntax { .. })));
    }

    #[test]
    fn wrong_types_name_the_field_path() {
        let text = r#"{"slug":"a","title":"t","category":"c","published":"2026-01-01T00:00:00Z",
            "summary":"s","why_it_matters":"w","steps":["one", 2],
            "source":{"author":"a","platform":"x","quote":"q","url":"https://x.com/a"}}"#;
        let err = decode::<Article>(text).unwrap_err();
        match err {
            DecodeError::Field { path, message, .. } => {
                assert_eq!(path, "steps[1]");
                assert_eq!(message, "invalid type: integer `2`, expected a string");
            }
            other => panic!("expected a field error, got {other:?}"),
        }
    }

    #[test]
    fn missing_fields_are_named() {
        let err = decode::<Article>(r#"{"slug":"a"}"#).unwrap_err();
        assert!(err.to_string().contains("missing field `title`"), "{err}");
    }

    #[test]
    fn trailing_garbage_is_a_syntax_error() {
        let text = r#"{"author":"a","platform":"x","quote":"q","url":"https://x.com/a"} extra"#;
        assert!(matches!(decode::<crate::model::Source>(text), Err(DecodeError::Syntax { .. })));
    }
}
