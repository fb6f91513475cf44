//! Text that can be published: no characters that feeds and HTML parsers refuse, within its length,
//! and lists within their count.

use super::{Path, Rule};
use crate::Issue;

/// Zero-width and direction-override characters, which can make text or a link read as something else.
pub(super) fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}')
}

/// Why `c` cannot be published in text, if it cannot. XML (feeds, sitemap) has no way to write these
/// at all, and HTML parsers treat them as errors. Tab, line feed and carriage return are text; the
/// vertical tab, form feed and next-line controls are whitespace, which [`normalize_text`] turns
/// into spaces before anything is checked or published. Lone surrogates never get this far: JSON
/// decoding refuses them.
pub fn unfit(c: char) -> Option<&'static str> {
    match c {
        '\t' | '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' => None,
        '\0'..='\u{1F}' | '\u{7F}' => Some("a control character"),
        '\u{80}'..='\u{9F}' => {
            Some("a control character, which usually means the text was decoded with the wrong encoding")
        }
        '\u{FDD0}'..='\u{FDEF}' => Some("a noncharacter"),
        _ if u32::from(c) & 0xFFFE == 0xFFFE => Some("a noncharacter"),
        _ => None,
    }
}

/// Whether `value` may hold a character [`unfit`] refuses: a control byte, DEL, or a lead byte of
/// U+0080-U+00BF (C2), of U+F000-U+FFFF (EF: the noncharacters of the BMP), or of a supplementary
/// plane (F0-F4). Most text has none, and this byte scan is far cheaper than decoding every character
/// (a fifth of checking a large archive).
pub(super) fn may_be_unfit(value: &str) -> bool {
    value.bytes().any(|b| (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r')) || b == 0x7F || b == 0xC2 || b >= 0xEF)
}

pub(super) fn characters(at: &Path, value: &str, issues: &mut Vec<Issue>) {
    if !may_be_unfit(value) {
        return;
    }
    if let Some((i, c, what)) = value.chars().enumerate().find_map(|(i, c)| unfit(c).map(|what| (i, c, what))) {
        at.issue(issues, Rule::Character, format!("character {} is U+{:04X}, {what}", i + 1, u32::from(c)));
    }
}

pub(super) fn text(at: &Path, value: &str, max: usize, issues: &mut Vec<Issue>) {
    if value.trim().is_empty() {
        at.issue(issues, Rule::Empty, "must not be empty");
    } else if value.chars().count() > max {
        at.issue(issues, Rule::TooLong, format!("is {} characters long; the limit is {max}", value.chars().count()));
    } else {
        characters(at, value, issues);
    }
}

pub(super) fn list(at: &Path, items: &[String], max_items: usize, max_len: usize, issues: &mut Vec<Issue>) {
    if items.len() > max_items {
        at.issue(issues, Rule::TooMany, format!("has {} items; the limit is {max_items}", items.len()));
    }
    for (i, item) in items.iter().enumerate().take(max_items) {
        text(&at.index(i), item, max_len, issues);
    }
}
