//! What is wrong with content, said the way compilers say it:
//! `file:line:column: error[rule]: field: message (fix: how)`.

use digest_model::decode::DecodeError;
use digest_model::locate::locate;
use digest_model::validate::Issue;
use std::fmt;
use std::path::{Path, PathBuf};

/// Whether a problem stops publishing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Severity {
    Error,
    /// Shown, but content with only warnings is published.
    Warning,
}

/// One thing wrong with one file, said the way compilers do:
/// `file:line:column: error[rule]: field: message (fix: how)`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub file: PathBuf,
    /// Line and column, when the problem has a place in the text.
    pub position: Option<(usize, usize)>,
    /// The field path (`source.url`), when the problem is in one field.
    pub field: Option<String>,
    pub severity: Severity,
    /// The rule's short name: `url`, `json`, `unknown-category`, ...
    pub rule: &'static str,
    pub message: String,
    /// How to fix it, when the message does not already say.
    pub fix: Option<&'static str>,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file.display())?;
        if let Some((line, column)) = self.position {
            write!(f, ":{line}:{column}")?;
        }
        let severity = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, ": {severity}[{}]: ", self.rule)?;
        if let Some(field) = &self.field {
            write!(f, "{field}: ")?;
        }
        write!(f, "{}", self.message)?;
        if let Some(fix) = self.fix {
            write!(f, " (fix: {fix})")?;
        }
        Ok(())
    }
}

impl Problem {
    pub fn new(file: &Path, rule: &'static str, message: impl Into<String>) -> Self {
        Self {
            file: file.to_owned(),
            position: None,
            field: None,
            severity: Severity::Error,
            rule,
            message: message.into(),
            fix: None,
        }
    }

    pub fn in_field(file: &Path, field: &str, rule: &'static str, message: impl Into<String>) -> Self {
        Self { field: Some(field.to_owned()), ..Self::new(file, rule, message) }
    }

    pub fn warning(file: &Path, rule: &'static str, message: impl Into<String>) -> Self {
        Self { severity: Severity::Warning, ..Self::new(file, rule, message) }
    }

    pub fn with_fix(self, fix: &'static str) -> Self {
        Self { fix: Some(fix), ..self }
    }

    /// Places the problem at its field's line and column in `text`, the file's text.
    pub fn located_in(self, text: &str) -> Self {
        let position = self.field.as_deref().and_then(|field| locate(text, field));
        Self { position, ..self }
    }

    pub fn from_issue(file: &Path, text: &str, issue: Issue) -> Self {
        Self::in_field(file, &issue.path, issue.rule.name(), issue.message).with_fix(issue.rule.fix()).located_in(text)
    }

    pub fn from_decode(file: &Path, err: DecodeError) -> Self {
        match err {
            DecodeError::Syntax { line, column, message } => {
                let fix = if message.contains("surrogate") {
                    "a \\uD800-\\uDFFF escape must be one half of a pair; write the character itself, or delete it"
                } else {
                    "look just before this place for a missing comma, quote or bracket"
                };
                Self {
                    position: Some((line, column)),
                    ..Self::new(file, "json", format!("invalid JSON: {message}")).with_fix(fix)
                }
            }
            DecodeError::Field { path, line, column, message } => Self {
                position: Some((line, column)),
                ..Self::in_field(file, &path, "type", message).with_fix("see docs/content.md for the field's type")
            },
        }
    }
}

/// The lines to print for `problems`: errors first, then warnings, at most `max` of each (0: all),
/// each kind ending with how many more there are, so a run over a large archive stays readable and
/// still says how much is wrong.
pub fn capped(problems: &[Problem], max: usize) -> Vec<String> {
    let mut lines = Vec::new();
    for (severity, noun) in [(Severity::Error, "error"), (Severity::Warning, "warning")] {
        let of_kind: Vec<&Problem> = problems.iter().filter(|p| p.severity == severity).collect();
        let shown = if max == 0 { of_kind.len() } else { max.min(of_kind.len()) };
        lines.extend(of_kind.iter().take(shown).map(ToString::to_string));
        let rest = of_kind.len() - shown;
        if rest > 0 {
            let plural = if rest == 1 { "" } else { "s" };
            lines.push(format!("... and {rest} more {noun}{plural} (--max-problems 0 lists them all)"));
        }
    }
    lines
}

/// The known name nearest to a misspelt `name`, if it is near enough to be what was meant.
/// ("Did you mean": a misspelt category, tag or label key.)
pub(crate) fn closest<'a>(known: &[&'a str], name: &str) -> Option<&'a str> {
    known
        .iter()
        .map(|k| (strsim::levenshtein(k, name), *k))
        .min()
        .filter(|(distance, _)| *distance <= 3)
        .map(|(_, k)| k)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn caps_each_kind_and_counts_the_rest() {
        let file = Path::new("a.json");
        let mut problems: Vec<Problem> = (0..5).map(|i| Problem::new(file, "json", format!("e{i}"))).collect();
        problems.insert(1, Problem::warning(file, "no-steps", "w0"));
        problems.push(Problem::warning(file, "no-steps", "w1"));
        let lines = capped(&problems, 2);
        assert_eq!(
            lines,
            [
                "a.json: error[json]: e0",
                "a.json: error[json]: e1",
                "... and 3 more errors (--max-problems 0 lists them all)",
                "a.json: warning[no-steps]: w0",
                "a.json: warning[no-steps]: w1",
            ]
        );
        assert_eq!(capped(&problems, 0).len(), 7);
        assert_eq!(capped(&problems, 4)[4], "... and 1 more error (--max-problems 0 lists them all)");
    }
}
