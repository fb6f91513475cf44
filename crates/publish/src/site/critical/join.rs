//! Rules with the same declarations, and media rules with the same query, joined into one, where no
//! rule between them can tell.

use super::matching::{Elements, Specimens};
use super::rules::{css_error, custom_name, nested, nested_ref};
use crate::error::Result;
use lightningcss::properties::Property;
use lightningcss::rules::{CssRule, CssRuleList};
use lightningcss::stylesheet::PrinterOptions;
use lightningcss::traits::ToCss;

/// The elements each document has that `rule` styles, whatever the state (a grouping rule's inner
/// rules' elements); `None` where a selector's elements cannot be told.
fn styled(rule: &CssRule<'_>, specimens: &Specimens<'_>) -> Result<Option<Elements>> {
    let mut all = vec![Vec::new(); specimens.documents.len()];
    let mut add = |picked: Elements| all.iter_mut().zip(picked).for_each(|(a, p)| a.extend(p));
    match rule {
        CssRule::Style(style) => {
            for selector in style.selectors.0.iter() {
                let text = selector.to_css_string(PrinterOptions::default()).map_err(css_error)?;
                match specimens.picked(&text) {
                    Some(elements) => add(elements),
                    None => return Ok(None),
                }
            }
        }
        _ => {
            if let Some(inner) = nested_ref(rule) {
                return styled_by_all(inner, specimens);
            }
        }
    }
    Ok(Some(all))
}

fn styled_by_all(rules: &CssRuleList<'_>, specimens: &Specimens<'_>) -> Result<Option<Elements>> {
    let mut all = vec![Vec::new(); specimens.documents.len()];
    for rule in &rules.0 {
        let Some(elements) = styled(rule, specimens)? else { return Ok(None) };
        all.iter_mut().zip(elements).for_each(|(a, e)| a.extend(e));
    }
    Ok(Some(all))
}

/// What two rules to be joined have alike: a style rule's declarations, a media rule's query.
fn join_key(rule: &CssRule<'_>) -> Result<Option<String>> {
    let options = PrinterOptions { minify: true, ..PrinterOptions::default() };
    Ok(match rule {
        CssRule::Style(style) => Some(format!("{{{}", style.declarations.to_css_string(options).map_err(css_error)?)),
        CssRule::Media(media) => Some(format!("@{}", media.query.to_css_string(options).map_err(css_error)?)),
        _ => None,
    })
}

/// What a property sets, loosely: properties of one family may set the same value (a shorthand and
/// its longhands, the logical and the physical sides), so two of a family are taken as one.
fn family(name: &str) -> &str {
    let name = name.trim_start_matches("-webkit-").trim_start_matches("-moz-");
    if name.starts_with("--") {
        return name;
    }
    match name {
        "top" | "right" | "bottom" | "left" => "inset",
        "width" | "height" | "inline-size" | "block-size" => "size",
        "min-width" | "min-height" | "min-inline-size" | "min-block-size" => "min-size",
        "max-width" | "max-height" | "max-inline-size" | "max-block-size" => "max-size",
        "column-gap" | "row-gap" => "gap",
        "line-height" => "font",
        "place-items" | "place-content" | "place-self" | "justify-items" | "justify-content" | "justify-self" => {
            "align"
        }
        _ if name.starts_with("text-wrap") => "white-space",
        _ => name.split('-').next().unwrap_or(name),
    }
}

/// The families of the properties `rule` declares (a grouping rule's inner rules' too); `None` for
/// every property (`all`).
fn families(rule: &CssRule<'_>) -> Option<Vec<String>> {
    let mut names = Vec::new();
    if let CssRule::Style(style) = rule {
        for property in &style.declarations.declarations {
            let id = property.property_id();
            let name = match property {
                Property::Custom(_) | Property::Unparsed(_) => {
                    custom_name(property).unwrap_or_else(|| id.name().to_owned())
                }
                _ => id.name().to_owned(),
            };
            if name == "all" {
                return None;
            }
            names.push(family(&name).to_owned());
        }
        return Some(names);
    }
    for inner in nested_ref(rule).map(|rules| rules.0.as_slice()).unwrap_or_default() {
        names.extend(families(inner)?);
    }
    Some(names)
}

/// Whether `between` may decide a property of an element that `moved` styles, were `moved` later.
fn may_meet(moved: &CssRule<'_>, between: &CssRule<'_>, specimens: &Specimens<'_>) -> Result<bool> {
    let (Some(ours), Some(theirs)) = (families(moved), families(between)) else { return Ok(true) };
    if !ours.iter().any(|family| theirs.contains(family)) {
        return Ok(false);
    }
    let (Some(ours), Some(theirs)) = (styled(moved, specimens)?, styled(between, specimens)?) else { return Ok(true) };
    Ok(ours.iter().zip(&theirs).any(|(ours, theirs)| theirs.iter().any(|element| ours.contains(element))))
}

/// Joins each style rule to the next one of its block with the same declarations (`.a{x}.b{y}.c{x}`
/// is `.b{y}.a,.c{x}`), and each media rule to the next with the same query, where no rule between
/// them may decide one of its properties on an element it styles: moved later, it could win over those.
pub(super) fn join_alike(rules: &mut CssRuleList<'_>, specimens: &Specimens<'_>) -> Result<()> {
    for inner in rules.0.iter_mut().filter_map(nested) {
        join_alike(inner, specimens)?;
    }
    let mut i = 0;
    while let Some((rule, rest)) = rules.0.get(i..).and_then(|tail| tail.split_first()) {
        match later_alike(rule, rest, specimens)? {
            // The rule at `i` goes into the one at `i + 1 + offset`, which then moves down one.
            Some(offset) => {
                let moved = rules.0.remove(i);
                match (moved, rules.0.get_mut(i + offset)) {
                    (CssRule::Style(from), Some(CssRule::Style(to))) => {
                        let mut selectors = from.selectors.0;
                        selectors.extend(std::mem::take(&mut to.selectors.0));
                        to.selectors.0 = selectors;
                    }
                    (CssRule::Media(from), Some(CssRule::Media(to))) => {
                        let mut inner = from.rules.0;
                        inner.append(&mut to.rules.0);
                        to.rules.0 = inner;
                    }
                    _ => {}
                }
            }
            None => i += 1,
        }
    }
    Ok(())
}

/// Where in `rest` (the rules after `rule`) the first rule alike `rule` is, if `rule` can be joined
/// to it: no rule between them may meet it.
fn later_alike(rule: &CssRule<'_>, rest: &[CssRule<'_>], specimens: &Specimens<'_>) -> Result<Option<usize>> {
    let Some(key) = join_key(rule)? else { return Ok(None) };
    for (offset, other) in rest.iter().enumerate() {
        if join_key(other)?.as_ref() == Some(&key) {
            for between in rest.iter().take(offset) {
                if may_meet(rule, between, specimens)? {
                    return Ok(None);
                }
            }
            return Ok(Some(offset));
        }
    }
    Ok(None)
}
