//! The field path an issue names, built up as the checks go down: `source.url`, `steps[2]`.

use super::{Issue, Rule};

/// A field path being built up: `source.url`, `steps[2]`.
#[derive(Clone, Debug, Default)]
pub struct Path(String);

impl Path {
    pub fn root() -> Self {
        Self::default()
    }

    pub fn field(&self, name: &str) -> Self {
        if self.0.is_empty() {
            Self(name.to_owned())
        } else {
            Self(format!("{}.{name}", self.0))
        }
    }

    pub fn index(&self, i: usize) -> Self {
        Self(format!("{}[{i}]", self.0))
    }

    pub fn issue(&self, issues: &mut Vec<Issue>, rule: Rule, message: impl Into<String>) {
        let path = if self.0.is_empty() { "(document)".to_owned() } else { self.0.clone() };
        issues.push(Issue { path, rule, message: message.into() });
    }
}
