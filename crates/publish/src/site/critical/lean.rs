//! What the kept rules can do without on a page of ours, since the whole sheet brings it: the
//! declarations no first paint shows, and the `.digest ` a selector starts from where it picks the
//! same elements without it.

use super::matching::Specimens;
use super::rules::{css_error, nested, nested_ref};
use crate::error::Result;
use lightningcss::rules::{CssRule, CssRuleList};
use lightningcss::selector::{Combinator, Component, Selector};
use lightningcss::stylesheet::PrinterOptions;
use lightningcss::traits::ToCss;

/// The declarations whose names start so paint nothing a reader sees before acting: where the pointer
/// rests, and a change's transition (no property changes before the whole sheet comes).
const UNPAINTED: [&str; 3] = ["cursor", "transition", "scroll-behavior"];

/// Whether a kept declaration runs an animation (names one), so that its timings paint.
pub(super) fn names_animation(rules: &CssRuleList<'_>) -> bool {
    rules.0.iter().any(|rule| match rule {
        CssRule::Style(style) => style.declarations.declarations.iter().any(|property| {
            let id = property.property_id();
            matches!(id.name(), "animation" | "animation-name")
        }),
        _ => nested_ref(rule).is_some_and(names_animation),
    })
}

/// Drops the declarations a first paint never shows, and the rules left empty by it.
pub(super) fn drop_unpainted(rules: &mut CssRuleList<'_>, animated: bool) {
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
/// same elements of every specimen (as [`Specimens::picked`] tells them); `None` where it does not,
/// or has none.
fn without_root<'i>(selector: &Selector<'i>, specimens: &Specimens<'_>) -> Result<Option<Selector<'i>>> {
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
    let (Some(long), Some(short)) = (specimens.picked(&long), specimens.picked(&short)) else { return Ok(None) };
    Ok((long == short).then_some(rest))
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
pub(super) fn without_root_class(rules: &mut CssRuleList<'_>, specimens: &Specimens<'_>) -> Result<()> {
    for rule in &mut rules.0 {
        match rule {
            CssRule::Style(style) => {
                for selector in style.selectors.0.iter_mut() {
                    if let Some(shorter) = without_root(selector, specimens)? {
                        *selector = shorter;
                    }
                }
            }
            other => {
                if let Some(inner) = nested(other) {
                    without_root_class(inner, specimens)?;
                }
            }
        }
    }
    Ok(())
}
