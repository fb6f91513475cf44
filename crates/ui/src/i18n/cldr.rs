//! The bundled languages' CLDR tables for dates and numbers: the formats as `Intl` writes them (`{year: "numeric",
//! month: "short", day: "numeric"}`), taken from it, so a pre-rendered page says what the app then says
//! (tests/e2e/locales.spec.mjs compares). Pages rendered to HTML have no `Intl`; in the browser these
//! tables serve a bundled language without a region too, because making an `Intl.DateTimeFormat`
//! costs more than building the whole article (docs/performance.md).

use super::locales::language;

/// Each month's date pattern by language; `{d}` is the day and `{y}` the year.
fn months(language: &str) -> [&'static str; 12] {
    match language {
        "de" => [
            "{d}. Jan. {y}",
            "{d}. Feb. {y}",
            "{d}. März {y}",
            "{d}. Apr. {y}",
            "{d}. Mai {y}",
            "{d}. Juni {y}",
            "{d}. Juli {y}",
            "{d}. Aug. {y}",
            "{d}. Sept. {y}",
            "{d}. Okt. {y}",
            "{d}. Nov. {y}",
            "{d}. Dez. {y}",
        ],
        "es" => [
            "{d} ene {y}",
            "{d} feb {y}",
            "{d} mar {y}",
            "{d} abr {y}",
            "{d} may {y}",
            "{d} jun {y}",
            "{d} jul {y}",
            "{d} ago {y}",
            "{d} sept {y}",
            "{d} oct {y}",
            "{d} nov {y}",
            "{d} dic {y}",
        ],
        "fr" => [
            "{d} janv. {y}",
            "{d} févr. {y}",
            "{d} mars {y}",
            "{d} avr. {y}",
            "{d} mai {y}",
            "{d} juin {y}",
            "{d} juil. {y}",
            "{d} août {y}",
            "{d} sept. {y}",
            "{d} oct. {y}",
            "{d} nov. {y}",
            "{d} déc. {y}",
        ],
        "pt" => [
            "{d} de jan. de {y}",
            "{d} de fev. de {y}",
            "{d} de mar. de {y}",
            "{d} de abr. de {y}",
            "{d} de mai. de {y}",
            "{d} de jun. de {y}",
            "{d} de jul. de {y}",
            "{d} de ago. de {y}",
            "{d} de set. de {y}",
            "{d} de out. de {y}",
            "{d} de nov. de {y}",
            "{d} de dez. de {y}",
        ],
        "ar" => [
            "{d} يناير {y}",
            "{d} فبراير {y}",
            "{d} مارس {y}",
            "{d} أبريل {y}",
            "{d} مايو {y}",
            "{d} يونيو {y}",
            "{d} يوليو {y}",
            "{d} أغسطس {y}",
            "{d} سبتمبر {y}",
            "{d} أكتوبر {y}",
            "{d} نوفمبر {y}",
            "{d} ديسمبر {y}",
        ],
        _ => [
            "Jan {d}, {y}",
            "Feb {d}, {y}",
            "Mar {d}, {y}",
            "Apr {d}, {y}",
            "May {d}, {y}",
            "Jun {d}, {y}",
            "Jul {d}, {y}",
            "Aug {d}, {y}",
            "Sep {d}, {y}",
            "Oct {d}, {y}",
            "Nov {d}, {y}",
            "Dec {d}, {y}",
        ],
    }
}

/// The date of `iso`, `east` seconds ahead of UTC, as `locale` writes it.
pub fn written(iso: &str, locale: &str, east: impl FnOnce(i64) -> i64) -> Option<String> {
    let seconds = digest_model::time::parse_rfc3339(iso)?;
    let days = (seconds + east(seconds)).div_euclid(86_400);
    let (year, month, day) = digest_model::time::civil_from_days(days);
    let pattern = usize::try_from(month - 1).ok().and_then(|i| months(&language(locale)).get(i).copied())?;
    Some(pattern.replace("{d}", &day.to_string()).replace("{y}", &year.to_string()))
}

/// `n` grouped in thousands as `locale` does: Spanish leaves four digits alone, French groups with a
/// narrow no-break space.
pub fn group(locale: &str, n: usize) -> String {
    let language = language(locale);
    let separator = match language.as_str() {
        "de" | "es" | "pt" => ".",
        "fr" => "\u{202f}",
        _ => ",",
    };
    let digits = n.to_string();
    if digits.len() <= 3 || (language == "es" && digits.len() == 4) {
        return digits;
    }
    let mut out = String::new();
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(separator);
        }
        out.push(digit);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_numbers_as_intl_writes_them() {
        let on = |locale| written("2026-11-23T14:00:00Z", locale, |_| 0).unwrap();
        assert_eq!(
            ["en", "de", "es", "fr", "pt-BR", "ar"].map(on),
            ["Nov 23, 2026", "23. Nov. 2026", "23 nov 2026", "23 nov. 2026", "23 de nov. de 2026", "23 نوفمبر 2026"]
        );
        assert_eq!(written("nonsense", "en", |_| 0), None);
        assert_eq!(written("2026-11-23T23:30:00Z", "en", |_| 3600).as_deref(), Some("Nov 24, 2026"));
        assert_eq!(written("2026-11-23T00:30:00Z", "de", |_| -3600).as_deref(), Some("22. Nov. 2026"));
        assert_eq!(
            [1234, 12345, 1_234_567].map(|n| group("es", n)),
            ["1234".to_owned(), "12.345".to_owned(), "1.234.567".to_owned()]
        );
        assert_eq!(group("fr", 1234), "1\u{202f}234");
        assert_eq!(group("en", 999), "999");
        assert_eq!(group("ar", 1_234_567), "1,234,567");
    }
}
