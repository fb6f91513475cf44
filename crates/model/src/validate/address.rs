//! Values that name something: slugs (in URLs and file names), web URLs (the only URLs that become
//! links), language tags and dates.

use super::text::{is_invisible, unfit};
use super::{Issue, Path, Rule};
use crate::rules::limits;
use crate::time::parse_rfc3339;

/// Whether `slug` is usable in a URL path and a file name: lowercase ASCII letters, digits and
/// single hyphens.
pub fn is_slug(slug: &str) -> bool {
    !slug.is_empty()
        && slug.len() <= limits::SLUG
        && slug.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !slug.starts_with('-')
        && !slug.ends_with('-')
        && !slug.contains("--")
}

/// Whether `url` is an absolute `http:` or `https:` URL with a host: the only URLs that become links.
pub fn is_web_url(url: &str) -> bool {
    let scheme_len = ["https://", "http://"]
        .into_iter()
        .find(|scheme| url.get(..scheme.len()).is_some_and(|s| s.eq_ignore_ascii_case(scheme)))
        .map(str::len);
    let Some(rest) = scheme_len.and_then(|len| url.get(len..)) else { return false };
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    url.len() <= limits::URL
        && !host.is_empty()
        && !host.contains('@')
        && !url.chars().any(|c| c.is_whitespace() || c.is_control() || is_invisible(c) || unfit(c).is_some())
}

/// Whether `url` is a web URL or a path on the hosting site (`/courses`), as the promo may link to.
pub fn is_web_url_or_site_path(url: &str) -> bool {
    is_web_url(url)
        || (url.starts_with('/')
            && !url.starts_with("//")
            && !url.contains('\\')
            && url.len() <= limits::URL
            && !url.chars().any(|c| c.is_whitespace() || c.is_control() || is_invisible(c) || unfit(c).is_some()))
}

/// Whether `tag` looks like a BCP 47 language tag: `en`, `pt-BR`, `zh-Hant-TW`.
pub fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let language = parts.next().unwrap_or_default();
    tag.len() <= limits::LANGUAGE_TAG
        && (2..=3).contains(&language.len())
        && language.bytes().all(|b| b.is_ascii_alphabetic())
        && parts.all(|part| (1..=8).contains(&part.len()) && part.bytes().all(|b| b.is_ascii_alphanumeric()))
}

pub(super) fn language_tag(at: &Path, tag: &str, issues: &mut Vec<Issue>) {
    if !is_language_tag(tag) {
        at.issue(issues, Rule::Language, "must be a language tag such as en, de or pt-BR");
    }
}

pub(super) fn slug(at: &Path, value: &str, issues: &mut Vec<Issue>) {
    if !is_slug(value) {
        at.issue(
            issues,
            Rule::Slug,
            format!(
                "{value:?} is not a slug: use lowercase letters, digits and single hyphens, at most {} characters",
                limits::SLUG
            ),
        );
    }
}

pub(super) fn timestamp(at: &Path, value: &str, issues: &mut Vec<Issue>) {
    if parse_rfc3339(value).is_none() {
        at.issue(
            issues,
            Rule::Date,
            format!("{value:?} is not an RFC 3339 date-time such as \"2026-11-20T09:30:00Z\""),
        );
    }
}

pub(super) fn web_url(at: &Path, value: &str, issues: &mut Vec<Issue>) {
    if !is_web_url(value) {
        at.issue(issues, Rule::Url, "must be an http:// or https:// URL with a host, without spaces");
    }
}
