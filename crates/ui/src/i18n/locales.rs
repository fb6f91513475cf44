//! The bundled locales: the bottom of the i18n layers, which every other one names.

/// The bundled locales, by language: the first is the default.
pub const LOCALES: [&str; 6] = ["en", "de", "es", "fr", "pt", "ar"];

/// The language of a locale tag: `pt-BR` -> `pt`.
pub fn language(locale: &str) -> String {
    locale.split(['-', '_']).next().unwrap_or_default().to_ascii_lowercase()
}

/// Whether the bundled CLDR tables write `locale` as `Intl` does: a bundled language, with no region.
pub fn cover(locale: &str) -> bool {
    LOCALES.contains(&locale)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn covered_locales_are_bundled_languages_without_a_region() {
        assert!(cover("pt") && !cover("pt-PT") && !cover("it"));
        assert_eq!(language("pt-BR"), "pt");
        assert_eq!(language("EN_gb"), "en");
    }
}
