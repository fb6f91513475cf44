//! The rules of the app's stylesheet that a kind of page can use, to be inlined into its pages: the
//! rest comes with the app, which links the whole stylesheet before it starts (public/digest-start.js).
//!
//! What a page inlines is what its first paint needs: it shows exactly as with the whole sheet. A rule
//! is kept when one of its selectors matches an element of the kind's specimen pages (`specimen.rs`),
//! read by an HTML5 parser as a browser would, with `<html>` as a reader without JavaScript gets it and
//! as the `<head>` script marks it (JavaScript on, each theme, a promo dismissed). A selector is
//! matched without its pseudo-elements (their element is what must exist) and the attributes our
//! scripts toggle before the app (`hidden`, `open`). A selector that needs a state the reader causes
//! (`:hover`, `:focus`, `:checked`, ...) is left to the whole sheet: the start script links it once the
//! page has painted, and a reader without JavaScript gets it from a `<noscript>` link (`shell.rs`).
//! Where such a state is negated (`:not(:hover)`), the rule is kept.
//!
//! The kept rules stay in the stylesheet's `@layer` and order, without `!important`: a page of ours has
//! no other stylesheet to win over, and once the app links the whole sheet, its `!important`
//! declarations and later order decide every property exactly as the sheet alone does.

use crate::error::{Error, Result};
use lightningcss::declaration::DeclarationBlock;
use lightningcss::properties::custom::CustomPropertyName;
use lightningcss::properties::Property;
use lightningcss::rules::{CssRule, CssRuleList};
use lightningcss::stylesheet::{ParserOptions, PrinterOptions, StyleSheet};
use lightningcss::traits::ToCss;
use lol_html::{element, rewrite_str, RewriteStrSettings};
use scraper::{Html, Selector};

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

fn css_error(err: impl std::fmt::Display) -> Error {
    Error::Template(format!("has a stylesheet that could not be read: {err}"))
}

/// How a selector is matched against a specimen page.
#[derive(Debug, PartialEq, Eq)]
enum Match {
    /// Like this: the selector without pseudo-elements and toggled attributes.
    Loosely(String),
    /// It negates a state: kept, whatever the page holds.
    Always,
    /// It needs a state the reader causes: left to the whole sheet.
    Later,
}

/// How `selector` (as printed) is matched.
fn matching(selector: &str) -> Match {
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
fn with_root_marks(document: &str) -> Result<Vec<Html>> {
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
fn used(selector: &str, documents: &[Html]) -> bool {
    match matching(selector) {
        Match::Loosely(loose) => match Selector::parse(&loose) {
            Ok(parsed) => documents.iter().any(|document| document.select(&parsed).next().is_some()),
            Err(_) => true,
        },
        Match::Always => true,
        Match::Later => false,
    }
}

/// The rules inside a grouping rule (`@media`, `@supports`, `@layer`), kept or dropped as the top
/// level's are.
fn nested<'a, 'i>(rule: &'a mut CssRule<'i>) -> Option<&'a mut CssRuleList<'i>> {
    match rule {
        CssRule::Media(media) => Some(&mut media.rules),
        CssRule::Supports(supports) => Some(&mut supports.rules),
        CssRule::LayerBlock(layer) => Some(&mut layer.rules),
        _ => None,
    }
}

fn normal(block: &mut DeclarationBlock<'_>) {
    let important = std::mem::take(&mut block.important_declarations);
    block.declarations.extend(important);
}

/// Keeps in `rules` what `documents` can use; style rules lose `!important`. The kept style rules
/// are added to `kept_text`, where a keyframes rule's name must then be found for it to stay.
fn keep_used(rules: &mut CssRuleList<'_>, documents: &[Html], kept_text: &mut String) -> Result<()> {
    let mut kept = Vec::with_capacity(rules.0.len());
    for mut rule in std::mem::take(&mut rules.0) {
        let keep = match &mut rule {
            CssRule::Style(style) => {
                let mut selectors = Vec::new();
                for selector in std::mem::take(&mut style.selectors.0) {
                    let text = selector.to_css_string(PrinterOptions::default()).map_err(css_error)?;
                    if used(&text, documents) {
                        selectors.push(selector);
                    }
                }
                style.selectors.0 = selectors.into();
                normal(&mut style.declarations);
                !style.selectors.0.is_empty()
            }
            other => match nested(other) {
                Some(inner) => {
                    keep_used(inner, documents, kept_text)?;
                    !inner.0.is_empty()
                }
                // Anything else (@keyframes, @font-face, @property, ...) is kept: it styles nothing by
                // itself (the keyframes no kept rule names go afterwards).
                None => true,
            },
        };
        if keep {
            if let CssRule::Style(_) = rule {
                kept_text.push_str(&rule.to_css_string(PrinterOptions::default()).map_err(css_error)?);
            }
            kept.push(rule);
        }
    }
    rules.0 = kept;
    Ok(())
}

/// Drops the keyframes that `kept_text` does not name.
fn drop_unnamed_keyframes(rules: &mut CssRuleList<'_>, kept_text: &str) -> Result<()> {
    for inner in rules.0.iter_mut().filter_map(nested) {
        drop_unnamed_keyframes(inner, kept_text)?;
    }
    let mut failure = None;
    rules.0.retain(|rule| match rule {
        CssRule::Keyframes(frames) => match frames.name.to_css_string(PrinterOptions::default()) {
            Ok(name) => kept_text.contains(&name),
            Err(err) => {
                failure = Some(css_error(err));
                true
            }
        },
        _ => true,
    });
    failure.map_or(Ok(()), Err)
}

/// The custom properties (`--digest-*`) that `text` names.
fn named_properties(text: &str, into: &mut Vec<String>) {
    let mut rest = text;
    while let Some(start) = rest.find("--") {
        let tail = rest.get(start..).unwrap_or_default();
        let end = tail.find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_')).unwrap_or(tail.len());
        let name = tail.get(..end).unwrap_or_default();
        if !into.iter().any(|known| known == name) {
            into.push(name.to_owned());
        }
        rest = tail.get(end.max(2)..).unwrap_or_default();
    }
}

/// The declaration lists of the style rules in `rules`.
fn declarations<'a, 'i>(rules: &'a mut CssRuleList<'i>, into: &mut Vec<&'a mut Vec<Property<'i>>>) {
    for rule in &mut rules.0 {
        match rule {
            CssRule::Style(style) => into.push(&mut style.declarations.declarations),
            other => {
                if let Some(inner) = nested(other) {
                    declarations(inner, into);
                }
            }
        }
    }
}

/// The name of the custom property (`--x`) that `property` declares, if it declares one (a property
/// lightningcss does not know, such as `text-wrap`, is read as "custom" too, under its own name).
fn custom_name(property: &Property<'_>) -> Option<String> {
    match property {
        Property::Custom(custom) => match &custom.name {
            CustomPropertyName::Custom(name) => name.to_css_string(PrinterOptions::default()).ok(),
            _ => None,
        },
        _ => None,
    }
}

/// Drops the custom properties that no kept declaration uses, directly or through another one (the
/// tokens of parts a kind of page does not show).
fn drop_unused_properties(rules: &mut CssRuleList<'_>) -> Result<()> {
    let mut blocks = Vec::new();
    declarations(rules, &mut blocks);
    let mut used = Vec::new();
    let mut customs = Vec::new();
    for property in blocks.iter().flat_map(|block| block.iter()) {
        let text = property.to_css_string(false, PrinterOptions::default()).map_err(css_error)?;
        match custom_name(property) {
            Some(name) => customs.push((name.clone(), text.get(name.len()..).unwrap_or_default().to_owned())),
            None => named_properties(&text, &mut used),
        }
    }
    loop {
        let before = used.len();
        for (name, value) in &customs {
            if used.contains(name) {
                named_properties(value, &mut used);
            }
        }
        if used.len() == before {
            break;
        }
    }
    for block in blocks {
        block.retain(|property| custom_name(property).is_none_or(|name| used.contains(&name)));
    }
    Ok(())
}

fn print(sheet: &StyleSheet<'_, '_>) -> Result<String> {
    Ok(sheet.to_css(PrinterOptions { minify: true, ..PrinterOptions::default() }).map_err(css_error)?.code)
}

/// The rules of `css` that the pages `specimens` (whole HTML documents) can use, minified.
pub fn used_css(css: &str, specimens: &[String]) -> Result<String> {
    let mut documents = Vec::new();
    for specimen in specimens {
        documents.extend(with_root_marks(specimen)?);
    }
    let mut sheet = StyleSheet::parse(css, ParserOptions::default()).map_err(css_error)?;
    let mut kept_text = String::new();
    keep_used(&mut sheet.rules, &documents, &mut kept_text)?;
    drop_unnamed_keyframes(&mut sheet.rules, &kept_text)?;
    drop_unused_properties(&mut sheet.rules)?;
    print(&sheet)
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

    const SHEET: &str = "@layer digest{.digest{--digest-x:1px;--digest-y:var(--digest-z);--digest-z:2px;\
        --digest-unused:3px;color:red!important;text-wrap:balance!important;margin:var(--digest-y)!important;padding:var(--digest-x)!important}.digest .used{margin:0!important}\
        .digest .unused,.digest .used-too{padding:0!important}.digest a:hover{color:blue!important}\
        :root:not([data-digest-js]) .digest .app{display:none!important}\
        :root[data-digest-theme=dark] .digest{color:#fff!important}\
        @media (width>=40rem){.digest .unused{margin:1px!important}.digest .used{margin:2px!important}}\
        .digest .spin{animation:1s digest-spin!important}@keyframes digest-spin{to{rotate:1turn}}\
        @keyframes digest-fade{to{opacity:0}}}";

    #[test]
    fn keeps_what_the_page_can_use_in_the_sheets_order_without_important_and_unused_tokens() {
        let page = "<!doctype html><html><body><div class=digest><p class=used-too>x</p>\
            <p class=used>y</p><a href=/>z</a><p class=app></p></div></body></html>";
        assert_eq!(
            used_css(SHEET, &[page.to_owned()]).unwrap(),
            "@layer digest{.digest{--digest-x:1px;--digest-y:var(--digest-z);--digest-z:2px;color:red;text-wrap:balance;\
             margin:var(--digest-y);padding:var(--digest-x)}.digest .used{margin:0}.digest .used-too{padding:0}\
             :root:not([data-digest-js]) .digest .app{display:none}\
             :root[data-digest-theme=dark] .digest{color:#fff}@media (width>=40rem){.digest .used{margin:2px}}}"
        );
    }

    #[test]
    fn keyframes_go_with_the_rules_that_name_them() {
        let page = "<div class=digest><i class=spin></i></div>";
        let css = used_css(SHEET, &[page.to_owned()]).unwrap();
        assert!(css.contains("@keyframes digest-spin"), "{css}");
        assert!(!css.contains("digest-fade"), "{css}");
    }
}
