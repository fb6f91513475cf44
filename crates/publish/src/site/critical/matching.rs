//! The specimen pages a kind of page is judged by, as a browser may hold them before the app starts,
//! and how a selector is matched against them: without the states a reader causes, pseudo-elements
//! and the attributes our scripts toggle.

use crate::error::{Error, Result};
use lol_html::{element, rewrite_str, RewriteStrSettings};
use scraper::Html;
use std::cell::RefCell;
use std::collections::HashMap;

/// The pseudo-classes of a state the reader puts an element in.
const READER_STATES: [&str; 9] =
    ["hover", "focus", "focus-visible", "focus-within", "active", "checked", "indeterminate", "visited", "target"];

/// Pseudo-elements written with one colon, as CSS 2 did (and as minifiers print them).
const LEGACY_PSEUDO_ELEMENTS: [&str; 4] = ["before", "after", "first-line", "first-letter"];

/// Attributes our scripts set or remove on a page before the app starts (digest-start.js hides a
/// dismissed promo), or the browser does (a `<details>` opened).
const TOGGLED_ATTRIBUTES: [&str; 2] = ["hidden", "open"];

/// What the `<head>` script of index.html puts on `<html>` before the first paint, in the cases a
/// rule can tell apart; without any of them is how a reader without JavaScript gets the page.
const ROOT_MARKS: [&[(&str, &str)]; 2] = [
    &[("data-digest-js", ""), ("data-digest-theme", "dark"), ("data-digest-promo-dismissed", "")],
    &[("data-digest-js", ""), ("data-digest-theme", "light")],
];

/// What stands for a state or pseudo-element in a selector matched against a page: anything.
const ANY: &str = ":where(*)";

/// How a selector is matched against a specimen page.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum Match {
    /// Like this: the selector without pseudo-elements and toggled attributes.
    Loosely(String),
    /// It negates a state: kept, whatever the page holds.
    Always,
    /// It needs a state the reader causes: left to the whole sheet.
    Later,
}

/// How `selector` (as printed) is matched.
pub(super) fn matching(selector: &str) -> Match {
    let mut out = String::with_capacity(selector.len());
    // For each open parenthesis, whether it is a `:not(`.
    let mut open: Vec<bool> = Vec::new();
    let mut chars = selector.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                out.push(c);
                out.extend(chars.next());
            }
            '"' | '\'' => {
                out.push(c);
                while let Some(inner) = chars.next() {
                    out.push(inner);
                    if inner == '\\' {
                        out.extend(chars.next());
                    } else if inner == c {
                        break;
                    }
                }
            }
            '[' => {
                let mut attribute = String::from('[');
                let mut quote = None;
                for inner in chars.by_ref() {
                    attribute.push(inner);
                    match (quote, inner) {
                        (None, '"' | '\'') => quote = Some(inner),
                        (Some(q), _) if q == inner => quote = None,
                        (None, ']') => break,
                        _ => {}
                    }
                }
                let name: String = attribute
                    .chars()
                    .skip(1)
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
                    .collect();
                if TOGGLED_ATTRIBUTES.contains(&name.to_ascii_lowercase().as_str()) {
                    if open.contains(&true) {
                        return Match::Always;
                    }
                    out.push_str(ANY);
                } else {
                    out.push_str(&attribute);
                }
            }
            ':' => {
                let element = chars.next_if_eq(&':').is_some();
                let mut name = String::new();
                while let Some(next) = chars.next_if(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_') {
                    name.push(next);
                }
                let lower = name.to_ascii_lowercase();
                let reader_state = !element && READER_STATES.contains(&lower.as_str());
                if reader_state && open.is_empty() {
                    return Match::Later;
                }
                if reader_state || element || LEGACY_PSEUDO_ELEMENTS.contains(&lower.as_str()) {
                    if open.contains(&true) {
                        return Match::Always;
                    }
                    out.push_str(ANY);
                    // A functional one (`::part(x)`) goes with its argument.
                    if chars.next_if_eq(&'(').is_some() {
                        let mut depth = 1;
                        for inner in chars.by_ref() {
                            depth += match inner {
                                '(' => 1,
                                ')' => -1,
                                _ => 0,
                            };
                            if depth == 0 {
                                break;
                            }
                        }
                    }
                } else {
                    out.push(':');
                    out.push_str(&name);
                    if chars.next_if_eq(&'(').is_some() {
                        open.push(lower == "not");
                        out.push('(');
                    }
                }
            }
            '(' => {
                open.push(false);
                out.push(c);
            }
            ')' => {
                open.pop();
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    Match::Loosely(out)
}

/// The specimen documents as a browser may hold them before the app starts: as written (a reader
/// without JavaScript), and with each of the `<head>` script's marks on `<html>`.
pub(super) fn with_root_marks(document: &str) -> Result<Vec<Html>> {
    let mut documents = vec![Html::parse_document(document)];
    for marks in ROOT_MARKS {
        let marked = rewrite_str(
            document,
            RewriteStrSettings::new().append_element_content_handler(element!("html", |html| {
                for (name, value) in marks {
                    html.set_attribute(name, value)?;
                }
                Ok(())
            })),
        )
        .map_err(|err| Error::Template(format!("could not be read as HTML: {err}")))?;
        documents.push(Html::parse_document(&marked));
    }
    Ok(documents)
}

/// Whether `selector` (as printed) styles the first paint of one of `documents`; a selector the
/// matcher cannot read is kept.
pub(super) fn used(selector: &str, documents: &[Html]) -> bool {
    match matching(selector) {
        Match::Loosely(loose) => match scraper::Selector::parse(&loose) {
            Ok(parsed) => documents.iter().any(|document| document.select(&parsed).next().is_some()),
            Err(_) => true,
        },
        Match::Always => true,
        Match::Later => false,
    }
}

/// Elements of each document.
pub(super) type Elements = Vec<Vec<ego_tree::NodeId>>;

/// The specimen documents, and what each selector picks in them: joining rules asks that of the same
/// selectors again and again.
pub(super) struct Specimens<'d> {
    pub(super) documents: &'d [Html],
    picks: RefCell<HashMap<String, Option<Elements>>>,
}

impl<'d> Specimens<'d> {
    pub(super) fn new(documents: &'d [Html]) -> Self {
        Self { documents, picks: RefCell::default() }
    }

    /// The elements a selector (as printed) picks, as [`used`] matches them; `None` where it cannot
    /// be told.
    pub(super) fn picked(&self, selector: &str) -> Option<Elements> {
        if let Some(known) = self.picks.borrow().get(selector) {
            return known.clone();
        }
        let elements = match matching(selector) {
            Match::Loosely(loose) => scraper::Selector::parse(&loose).ok().map(|query| {
                self.documents.iter().map(|document| document.select(&query).map(|e| e.id()).collect()).collect()
            }),
            _ => None,
        };
        self.picks.borrow_mut().insert(selector.to_owned(), elements.clone());
        elements
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pseudo_elements_and_toggled_attributes_match_anything_reader_states_wait() {
        let loosely = |s: &str| Match::Loosely(s.to_owned());
        assert_eq!(matching(".digest :before"), loosely(".digest :where(*)"));
        assert_eq!(matching("progress::-webkit-progress-value"), loosely("progress:where(*)"));
        assert_eq!(matching("li[hidden]"), loosely("li:where(*)"));
        assert_eq!(matching("a[title=\"x:hover]\"]"), loosely("a[title=\"x:hover]\"]"));
        assert_eq!(matching(":root:not([data-digest-js]) .x"), loosely(":root:not([data-digest-js]) .x"));
        assert_eq!(matching("li:nth-child(2n+1)"), loosely("li:nth-child(2n+1)"));
        assert_eq!(matching(":is(.a:hover, .b) .c"), loosely(":is(.a:where(*), .b) .c"));
        assert_eq!(matching(".a:hover>.b"), Match::Later);
        assert_eq!(matching(".digest :focus-visible"), Match::Later);
        assert_eq!(matching(".a:not(:focus-visible)"), Match::Always);
        assert_eq!(matching("details:not([open])>p"), Match::Always);
    }
}
