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
//!
//! What only a host page or a reader's action needs is left out of the kept rules as well, since the
//! whole sheet brings it: the `.digest ` each selector starts from (a page of ours is the reader alone,
//! so it is dropped where the rest of the selector picks the same elements of every specimen), the
//! declarations a first paint never shows (the pointer's `cursor`, transitions, and animation timings
//! when no kept rule runs an animation), and the tokens' long names (`tokens.rs`). Rules with the same
//! declarations, and media rules with the same query, are joined where no rule between them can tell.

use crate::error::{Error, Result};
use lightningcss::declaration::DeclarationBlock;
use lightningcss::properties::custom::CustomPropertyName;
use lightningcss::properties::Property;
use lightningcss::rules::{CssRule, CssRuleList};
use lightningcss::selector::{Combinator, Component, Selector};
use lightningcss::stylesheet::{ParserOptions, PrinterOptions, StyleSheet};
use lightningcss::traits::ToCss;
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
        Match::Loosely(loose) => match scraper::Selector::parse(&loose) {
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

/// [`nested`], to read.
fn nested_ref<'a, 'i>(rule: &'a CssRule<'i>) -> Option<&'a CssRuleList<'i>> {
    match rule {
        CssRule::Media(media) => Some(&media.rules),
        CssRule::Supports(supports) => Some(&supports.rules),
        CssRule::LayerBlock(layer) => Some(&layer.rules),
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

/// The declarations whose names start so paint nothing a reader sees before acting: where the pointer
/// rests, and a change's transition (no property changes before the whole sheet comes).
const UNPAINTED: [&str; 3] = ["cursor", "transition", "scroll-behavior"];

/// Whether a kept declaration runs an animation (names one), so that its timings paint.
fn names_animation(rules: &CssRuleList<'_>) -> bool {
    rules.0.iter().any(|rule| match rule {
        CssRule::Style(style) => style.declarations.declarations.iter().any(|property| {
            let id = property.property_id();
            matches!(id.name(), "animation" | "animation-name")
        }),
        _ => nested_ref(rule).is_some_and(names_animation),
    })
}

/// Drops the declarations a first paint never shows, and the rules left empty by it.
fn drop_unpainted(rules: &mut CssRuleList<'_>, animated: bool) {
    rules.0.retain_mut(|rule| match rule {
        CssRule::Style(style) => {
            style.declarations.declarations.retain(|property| {
                let id = property.property_id();
                let name = id.name();
                !(UNPAINTED.iter().any(|unpainted| name.starts_with(unpainted))
                    || (!animated && name.starts_with("animation")))
            });
            !style.declarations.declarations.is_empty()
        }
        other => match nested(other) {
            Some(inner) => {
                drop_unpainted(inner, animated);
                !inner.0.is_empty()
            }
            None => true,
        },
    });
}

/// `selector` without its compound `.digest ` (the reader's root, an ancestor), where the rest picks the
/// same elements of every document (as [`used`] matches them); `None` where it does not, or has none.
fn without_root<'i>(selector: &Selector<'i>, documents: &[Html]) -> Result<Option<Selector<'i>>> {
    let parts: Vec<Component<'i>> = selector.iter_raw_parse_order_from(0).cloned().collect();
    let is_root = |i: usize| {
        matches!(parts.get(i), Some(Component::Class(class)) if class.0.as_ref() == "digest")
            && (i == 0 || matches!(parts.get(i - 1), Some(Component::Combinator(_))))
            && matches!(parts.get(i + 1), Some(Component::Combinator(Combinator::Descendant)))
    };
    let Some(root) = (0..parts.len()).find(|&i| is_root(i)) else { return Ok(None) };
    let rest = in_builder_order([parts.get(..root), parts.get(root + 2..)].into_iter().flatten().flatten());
    let text = |s: &Selector<'_>| s.to_css_string(PrinterOptions::default()).map_err(css_error);
    let (long, short) = (text(selector)?, text(&rest)?);
    // A selector the builder writes back otherwise (a pseudo-element moved) keeps its root.
    if long.replacen(".digest ", "", 1) != short {
        return Ok(None);
    }
    let (Match::Loosely(long), Match::Loosely(short)) = (matching(&long), matching(&short)) else {
        return Ok(None);
    };
    let (Ok(long), Ok(short)) = (scraper::Selector::parse(&long), scraper::Selector::parse(&short)) else {
        return Ok(None);
    };
    let same = documents
        .iter()
        .all(|document| document.select(&long).map(|e| e.id()).eq(document.select(&short).map(|e| e.id())));
    Ok(same.then_some(rest))
}

/// The selector of `parts` (in parse order, as `iter_raw_parse_order_from` gives them): the builder
/// takes each compound's simple selectors the other way round.
fn in_builder_order<'a, 'i: 'a>(parts: impl Iterator<Item = &'a Component<'i>>) -> Selector<'i> {
    let mut ordered = Vec::new();
    let mut compound = Vec::new();
    for part in parts {
        if let Component::Combinator(_) = part {
            ordered.extend(compound.drain(..).rev());
            ordered.push(part.clone());
        } else {
            compound.push(part.clone());
        }
    }
    ordered.extend(compound.into_iter().rev());
    Selector::from(ordered)
}

/// Drops the `.digest ` compound of selectors wherever [`without_root`] allows it.
fn without_root_class(rules: &mut CssRuleList<'_>, documents: &[Html]) -> Result<()> {
    for rule in &mut rules.0 {
        match rule {
            CssRule::Style(style) => {
                for selector in style.selectors.0.iter_mut() {
                    if let Some(shorter) = without_root(selector, documents)? {
                        *selector = shorter;
                    }
                }
            }
            other => {
                if let Some(inner) = nested(other) {
                    without_root_class(inner, documents)?;
                }
            }
        }
    }
    Ok(())
}

/// Elements of each document.
type Elements = Vec<Vec<ego_tree::NodeId>>;

/// The specimen documents, and what each selector picks in them: joining rules asks that of the same
/// selectors again and again.
struct Specimens<'d> {
    documents: &'d [Html],
    picks: RefCell<HashMap<String, Option<Elements>>>,
}

impl<'d> Specimens<'d> {
    fn new(documents: &'d [Html]) -> Self {
        Self { documents, picks: RefCell::default() }
    }

    /// The elements a selector (as printed) picks, as [`used`] matches them; `None` where it cannot
    /// be told.
    fn picked(&self, selector: &str) -> Option<Elements> {
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
fn join_alike(rules: &mut CssRuleList<'_>, specimens: &Specimens<'_>) -> Result<()> {
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
    let animated = names_animation(&sheet.rules);
    drop_unpainted(&mut sheet.rules, animated);
    drop_unnamed_keyframes(&mut sheet.rules, &kept_text)?;
    drop_unused_properties(&mut sheet.rules)?;
    without_root_class(&mut sheet.rules, &documents)?;
    join_alike(&mut sheet.rules, &Specimens::new(&documents))?;
    Ok(super::tokens::shorten(&print(&sheet)?))
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
            "@layer digest{.digest{color:red;text-wrap:balance;margin:2px;padding:1px}.used{margin:0}.used-too{padding:0}\
             :root:not([data-digest-js]) .app{display:none}:root[data-digest-theme=dark] .digest{color:#fff}\
             @media (width>=40rem){.used{margin:2px}}}"
        );
    }

    #[test]
    fn leaves_out_the_root_class_where_it_picks_the_same_elements_and_what_no_first_paint_shows() {
        let sheet = "@layer digest{.digest *,.digest .bar::-webkit-progress-bar{box-sizing:border-box!important}\
            .digest .bar{cursor:pointer!important;transition:width .2s!important;color:red!important}\
            .digest b{color:blue!important}.digest .x:after{content:\"x\"!important}\
            .digest .only-cursor{cursor:pointer!important}\
            @media (prefers-reduced-motion:reduce){.digest *{transition-duration:.01ms!important;animation-duration:.01ms!important}}}";
        let page = "<html><body><div class=digest><progress class=bar></progress><p class='x only-cursor'>\
            <b>in</b></p></div><b>out</b></body></html>";
        assert_eq!(
            used_css(sheet, &[page.to_owned()]).unwrap(),
            "@layer digest{.digest *,.bar::-webkit-progress-bar{box-sizing:border-box}.bar{color:red}\
             .digest b{color:#00f}.x:after{content:\"x\"}}"
        );
        let animated = format!(
            "{sheet}.digest .spin{{animation:1s digest-spin!important}}@keyframes digest-spin{{to{{rotate:1turn}}}}"
        );
        let page = "<html><body><div class=digest><i class=spin></i></div></body></html>";
        let css = used_css(&animated, &[page.to_owned()]).unwrap();
        assert!(css.contains("animation-duration:.01ms") && !css.contains("transition"), "{css}");
    }

    #[test]
    fn keyframes_go_with_the_rules_that_name_them() {
        let page = "<div class=digest><i class=spin></i></div>";
        let css = used_css(SHEET, &[page.to_owned()]).unwrap();
        assert!(css.contains("@keyframes digest-spin"), "{css}");
        assert!(!css.contains("digest-fade"), "{css}");
    }
}
