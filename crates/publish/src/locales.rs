//! The interface's texts in each bundled locale: English from the typed table (`digest_ui::i18n::labels`),
//! the others from our translations (`locales/<language>.json`), the site's own `labels` over both.
//! Published as `data/locales/<language>.json` for the app, which fetches the one it speaks, and used
//! here to render the route pages in the site's locale.

use crate::output::Output;
use digest_model::Site;
use digest_ui::i18n::labels::{Label, Labels, Plural};
use digest_ui::i18n::locales::{language, LOCALES};
use std::collections::{BTreeMap, HashMap};

/// Our translations, by language (English is the table's own).
const TRANSLATIONS: [(&str, &str); 5] = [
    ("de", include_str!("../locales/de.json")),
    ("es", include_str!("../locales/es.json")),
    ("fr", include_str!("../locales/fr.json")),
    ("pt", include_str!("../locales/pt.json")),
    ("ar", include_str!("../locales/ar.json")),
];

/// English, every key: a translator or a site sees every text there is.
fn english() -> BTreeMap<String, String> {
    let mut table: BTreeMap<String, String> =
        Label::ALL.iter().map(|label| (label.key().to_owned(), label.english().to_owned())).collect();
    for plural in Plural::ALL {
        let [one, other] = plural.english();
        table.insert(format!("{}.one", plural.key()), one.to_owned());
        table.insert(format!("{}.other", plural.key()), other.to_owned());
    }
    table
}

/// Our translation into `language`, as written (none for English or an unknown language).
pub fn translation(language: &str) -> Option<BTreeMap<String, String>> {
    let (_, json) = TRANSLATIONS.iter().find(|(known, _)| *known == language)?;
    serde_json::from_str(json).ok()
}

/// The texts of `language` for `site`: English, our translation over it, the site's labels over that.
pub fn table(language: &str, site: &Site) -> BTreeMap<String, String> {
    let mut table = english();
    table.extend(translation(language).unwrap_or_default());
    table.extend(site.labels.iter().map(|(key, text)| (key.clone(), text.clone())));
    table
}

/// The site's locale (site.json `locale`, else English), for its route pages.
pub fn site_labels(site: &Site) -> Labels {
    let locale = site.locale.as_deref().unwrap_or(LOCALES[0]);
    let texts: HashMap<String, String> = table(&language(locale), site).into_iter().collect();
    Labels::new(locale, texts)
}

/// Writes `locales/<language>.json` for every bundled locale.
pub fn write(out: &Output, prefix: &str, site: &Site) -> crate::error::Result<()> {
    for language in LOCALES {
        out.file(&format!("{prefix}{}", digest_model::routes::data::locale(language)), None, || {
            serde_json::to_string_pretty(&table(language, site)).map_err(|err| crate::error::Error::json(&err))
        })?;
    }
    Ok(())
}

/// What is wrong with site.json's `locale` and `labels`: a locale we have no texts for, and keys that
/// name no text (field path, rule, message).
pub fn problems(site: &Site) -> Vec<(String, &'static str, String)> {
    let mut problems = Vec::new();
    if let Some(locale) = &site.locale {
        if !LOCALES.contains(&language(locale).as_str()) {
            let message = format!("there are no texts for {locale:?}; the bundled locales are {}", LOCALES.join(", "));
            problems.push(("locale".to_owned(), "unknown-locale", message));
        }
    }
    let keys = Labels::keys();
    let known: Vec<&str> = keys.iter().map(String::as_str).collect();
    for key in site.labels.keys().filter(|key| !keys.contains(key)) {
        let message = match crate::diagnostics::closest(&known, key) {
            Some(known) => format!("{key:?} is not a label; did you mean {known:?}?"),
            None => format!("{key:?} is not a label; docs/content.md lists them"),
        };
        problems.push((format!("labels.{key}"), "unknown-label", message));
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;
    use digest_ui::i18n::plural;

    /// Texts a translation may leave as in English: the same word in both languages.
    const SAME_AS_ENGLISH: [(&str, &str); 7] = [
        ("de", "theme_system"),
        ("de", "listen_pause"),
        ("fr", "listen_pause"),
        ("fr", "pages"),
        ("fr", "feed_page_title"),
        ("fr", "category_page_title"),
        ("de", "feed_page_title"),
    ];

    #[test]
    fn every_translation_has_every_text_and_every_plural_form_its_language_uses() {
        let english = english();
        for (language, _) in TRANSLATIONS {
            let translation = translation(language).unwrap_or_else(|| panic!("{language}.json does not parse"));
            for key in Label::ALL.iter().map(|label| label.key()) {
                assert!(translation.contains_key(key), "{language}.json lacks {key}");
            }
            let forms: std::collections::BTreeSet<&str> =
                (0..=1_000).chain([1_000_000]).map(|n| plural::category(language, n)).collect();
            for plural in Plural::ALL {
                for form in &forms {
                    let key = format!("{}.{form}", plural.key());
                    assert!(translation.contains_key(&key), "{language}.json lacks {key}");
                }
            }
            let keys = Labels::keys();
            for (key, text) in &translation {
                assert!(keys.contains(key), "{language}.json has {key}, which is not a label");
                let same = english.get(key) == Some(text) && !SAME_AS_ENGLISH.contains(&(language, key.as_str()));
                assert!(!same, "{language}.json leaves {key} in English");
                for placeholder in
                    ["{n}", "{query}", "{category}", "{page}", "{pages}", "{platform}", "{author}", "{percent}"]
                {
                    let wanted = english
                        .get(key)
                        .or_else(|| key.rsplit_once('.').and_then(|(base, _)| english.get(&format!("{base}.other"))));
                    // Arabic writes one and two in words, as the language does.
                    let in_words = language == "ar"
                        && placeholder == "{n}"
                        && !key.ends_with(".other")
                        && !key.ends_with(".few")
                        && !key.ends_with(".many");
                    if wanted.is_some_and(|english| english.contains(placeholder)) && !in_words {
                        assert!(text.contains(placeholder), "{language}.json: {key} lacks {placeholder}");
                    }
                }
            }
        }
    }

    #[test]
    fn unknown_locales_and_label_keys_are_named() {
        let mut site: Site = digest_model::decode(
            r#"{"version":1,"title":"T","description":"D","categories":[{"slug":"a","name":"A"}],
                "locale":"tlh","labels":{"latest":"Neu","lastest":"x","wibble":"y"}}"#,
        )
        .unwrap();
        let messages: Vec<String> =
            problems(&site).into_iter().map(|(field, _, message)| format!("{field}: {message}")).collect();
        assert_eq!(
            messages,
            [
                "locale: there are no texts for \"tlh\"; the bundled locales are en, de, es, fr, pt, ar",
                "labels.lastest: \"lastest\" is not a label; did you mean \"latest\"?",
                "labels.wibble: \"wibble\" is not a label; docs/content.md lists them",
            ]
        );
        site.locale = Some("pt-BR".to_owned());
        site.labels.retain(|key, _| key == "latest");
        assert!(problems(&site).is_empty());
        let labels = site_labels(&site);
        assert_eq!(
            (labels.locale(), labels.get(Label::Latest), labels.get(Label::Share)),
            ("pt-BR", "Neu", "Compartilhar")
        );
    }
}
