//! Which plural form a number takes in a locale: CLDR's rules for whole numbers in the bundled
//! languages; in the browser, for a locale with a region, `Intl.PluralRules` (as for dates, `cldr.rs`).

use super::locales::language;

/// Every plural category, as `Intl.PluralRules` names them.
pub const CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

#[cfg(target_arch = "wasm32")]
pub fn category(locale: &str, n: usize) -> &'static str {
    use super::intl::{self, PerLocale};
    use js_sys::{Intl, Object};
    thread_local! {
        static RULES: PerLocale<Intl::PluralRules> = const { PerLocale::new() };
    }
    if super::locales::cover(locale) {
        return rules(locale, n);
    }
    #[allow(clippy::cast_precision_loss)]
    let number = n as f64;
    let make = |locales: &js_sys::Array| Some(Intl::PluralRules::new(locales, &Object::new()));
    let selected: Option<String> = intl::with(&RULES, locale, make, |rules| Some(rules.select(number).into()));
    selected
        .and_then(|name| CATEGORIES.iter().copied().find(|c| *c == name))
        .unwrap_or_else(|| rules(&language(locale), n))
}

#[cfg(not(target_arch = "wasm32"))]
pub fn category(locale: &str, n: usize) -> &'static str {
    rules(&language(locale), n)
}

/// CLDR's plural rules for whole numbers in the bundled languages (and English's for others).
fn rules(language: &str, n: usize) -> &'static str {
    let millions = n != 0 && n.is_multiple_of(1_000_000);
    match language {
        "ar" => match (n, n % 100) {
            (0, _) => "zero",
            (1, _) => "one",
            (2, _) => "two",
            (_, 3..=10) => "few",
            (_, 11..=99) => "many",
            _ => "other",
        },
        "fr" | "pt" if n <= 1 => "one",
        "fr" | "pt" | "es" if millions => "many",
        _ if n == 1 => "one",
        _ => "other",
    }
}

#[cfg(test)]
mod tests {
    use super::category;

    #[test]
    fn whole_numbers_follow_cldr() {
        let forms = |locale: &str| [0, 1, 2, 3, 11, 100, 102, 1_000_000].map(|n| category(locale, n));
        assert_eq!(forms("en"), ["other", "one", "other", "other", "other", "other", "other", "other"]);
        assert_eq!(forms("fr"), ["one", "one", "other", "other", "other", "other", "other", "many"]);
        assert_eq!(forms("pt-BR"), ["one", "one", "other", "other", "other", "other", "other", "many"]);
        assert_eq!(forms("es"), ["other", "one", "other", "other", "other", "other", "other", "many"]);
        assert_eq!(forms("ar"), ["zero", "one", "two", "few", "many", "other", "other", "other"]);
    }
}
