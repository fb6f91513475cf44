//! Reading lightningcss's rule tree, as every step of the inline CSS does: the rules inside a grouping
//! rule, the name a custom property declares, and its errors as ours.

use crate::error::Error;
use lightningcss::properties::custom::CustomPropertyName;
use lightningcss::properties::Property;
use lightningcss::rules::{CssRule, CssRuleList};
use lightningcss::stylesheet::PrinterOptions;
use lightningcss::traits::ToCss;

pub(super) fn css_error(err: impl std::fmt::Display) -> Error {
    Error::Template(format!("has a stylesheet that could not be read: {err}"))
}

/// The rules inside a grouping rule (`@media`, `@supports`, `@layer`), kept or dropped as the top
/// level's are.
pub(super) fn nested<'a, 'i>(rule: &'a mut CssRule<'i>) -> Option<&'a mut CssRuleList<'i>> {
    match rule {
        CssRule::Media(media) => Some(&mut media.rules),
        CssRule::Supports(supports) => Some(&mut supports.rules),
        CssRule::LayerBlock(layer) => Some(&mut layer.rules),
        _ => None,
    }
}

/// [`nested`], to read.
pub(super) fn nested_ref<'a, 'i>(rule: &'a CssRule<'i>) -> Option<&'a CssRuleList<'i>> {
    match rule {
        CssRule::Media(media) => Some(&media.rules),
        CssRule::Supports(supports) => Some(&supports.rules),
        CssRule::LayerBlock(layer) => Some(&layer.rules),
        _ => None,
    }
}

/// The name of the custom property (`--x`) that `property` declares, if it declares one (a property
/// lightningcss does not know, such as `text-wrap`, is read as "custom" too, under its own name).
pub(super) fn custom_name(property: &Property<'_>) -> Option<String> {
    match property {
        Property::Custom(custom) => match &custom.name {
            CustomPropertyName::Custom(name) => name.to_css_string(PrinterOptions::default()).ok(),
            _ => None,
        },
        _ => None,
    }
}
