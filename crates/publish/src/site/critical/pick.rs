//! Which rules of the stylesheet a kind of page keeps: those its specimens can use, the keyframes
//! they name and the custom properties they read.

use super::matching::used;
use super::rules::{css_error, custom_name, nested};
use crate::error::Result;
use lightningcss::declaration::DeclarationBlock;
use lightningcss::properties::Property;
use lightningcss::rules::{CssRule, CssRuleList};
use lightningcss::stylesheet::PrinterOptions;
use lightningcss::traits::ToCss;
use scraper::Html;

fn normal(block: &mut DeclarationBlock<'_>) {
    let important = std::mem::take(&mut block.important_declarations);
    block.declarations.extend(important);
}

/// Keeps in `rules` what `documents` can use; style rules lose `!important`. The kept style rules
/// are added to `kept_text`, where a keyframes rule's name must then be found for it to stay.
pub(super) fn keep_used(rules: &mut CssRuleList<'_>, documents: &[Html], kept_text: &mut String) -> Result<()> {
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
pub(super) fn drop_unnamed_keyframes(rules: &mut CssRuleList<'_>, kept_text: &str) -> Result<()> {
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

/// Drops the custom properties that no kept declaration uses, directly or through another one (the
/// tokens of parts a kind of page does not show).
pub(super) fn drop_unused_properties(rules: &mut CssRuleList<'_>) -> Result<()> {
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
