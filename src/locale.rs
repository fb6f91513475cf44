//! The reader's language: the locale the host page asked for (`data-locale`, written by the content
//! command from site.json on its own pages), and that locale's texts, published by the content
//! command as `<content>/locales/<language>.json` (the bundled translation with the site's own
//! `labels`). Whatever goes wrong, the reader still starts, in English, and the console says why.

use crate::http;
use digest_model::validate::is_language_tag;
use digest_ui::i18n::labels::Labels;
use digest_ui::i18n::locales::{language, LOCALES};
use std::collections::HashMap;

/// The labels for `requested` (a locale tag such as `de` or `pt-BR`; none means English).
/// `site_labels`: whether the site may have texts of its own; English without them is what the app
/// carries, and needs no request.
pub async fn load(content_url: &str, requested: Option<&str>, site_labels: bool) -> Labels {
    let requested = requested.unwrap_or(LOCALES[0]);
    let Some(language) = bundled(requested) else {
        warn(&format!(
            "no bundled locale for data-locale=\"{requested}\" (bundled: {}); using English",
            LOCALES.join(", ")
        ));
        return Labels::english();
    };
    if language == LOCALES[0] && !site_labels {
        return if requested == LOCALES[0] { Labels::english() } else { Labels::new(requested, HashMap::new()) };
    }
    let url = format!("{content_url}/{}", digest_model::routes::data::locale(language));
    let table = match http::get_text(&url).await {
        Ok(text) => Labels::from_json(requested, &text),
        Err(error) => Err(format!("{error:?}")),
    };
    table.unwrap_or_else(|problem| {
        warn(&format!("could not load the texts for \"{requested}\" from {url} ({problem}); using English"));
        Labels::english()
    })
}

/// The bundled language of a locale tag: `pt-BR` -> `pt`; none for a language we have no texts for.
fn bundled(locale: &str) -> Option<&'static str> {
    let language = language(locale);
    LOCALES.iter().copied().find(|known| is_language_tag(locale) && *known == language)
}

fn warn(message: &str) {
    web_sys::console::warn_1(&format!("digest: {message}").into());
}

#[cfg(test)]
mod tests {
    use super::bundled;

    #[test]
    fn locale_tags_find_their_bundled_language() {
        assert_eq!(bundled("de"), Some("de"));
        assert_eq!(bundled("pt-BR"), Some("pt"));
        assert_eq!(bundled("AR"), Some("ar"));
        assert_eq!(bundled("tlh"), None);
        assert_eq!(bundled("de/../../x"), None);
        assert_eq!(bundled(""), None);
    }
}
