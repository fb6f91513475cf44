//! Dates and numbers in the reader's locale. The bundled languages' CLDR formats (`cldr.rs`) write
//! them: rendered to HTML by the publisher, dates in UTC; in the browser, dates in
//! the reader's time zone. A locale with a region (`en-GB`, `pt-PT`, `de-CH`), which those tables do not
//! know, is formatted in the browser by `Intl`.

use super::cldr;

/// `2026-11-20T09:30:00Z` as `locale` writes a date ("Nov 20, 2026", "20. Nov. 2026").
pub fn date(iso: &str, locale: &str) -> String {
    localized(iso, locale).unwrap_or_else(|| iso.get(..10).unwrap_or(iso).to_owned())
}

/// `n` with the locale's digits and grouping ("1,234", "1.234", "1 234").
#[cfg(target_arch = "wasm32")]
pub fn number(locale: &str, n: usize) -> String {
    use super::intl::{self, PerLocale};
    use js_sys::{Function, Intl, Object};
    use wasm_bindgen::JsValue;
    thread_local! {
        static FORMAT: PerLocale<Function> = const { PerLocale::new() };
    }
    if super::locales::cover(locale) {
        return cldr::group(locale, n);
    }
    #[allow(clippy::cast_precision_loss)]
    let value = JsValue::from_f64(n as f64);
    let make = |locales: &js_sys::Array| Some(Intl::NumberFormat::new(locales, &Object::new()).format());
    intl::with(&FORMAT, locale, make, |format| format.call1(&JsValue::NULL, &value).ok()?.as_string())
        .unwrap_or_else(|| n.to_string())
}

#[cfg(not(target_arch = "wasm32"))]
pub fn number(locale: &str, n: usize) -> String {
    cldr::group(locale, n)
}

#[cfg(not(target_arch = "wasm32"))]
fn localized(iso: &str, locale: &str) -> Option<String> {
    cldr::written(iso, locale, |_| 0)
}

#[cfg(target_arch = "wasm32")]
fn localized(iso: &str, locale: &str) -> Option<String> {
    use super::intl::{self, PerLocale};
    use js_sys::{Date, Function};
    use wasm_bindgen::JsValue;
    thread_local! {
        static FORMAT: PerLocale<Function> = const { PerLocale::new() };
    }
    if super::locales::cover(locale) {
        // The reader's offset from UTC on that day (`getTimezoneOffset` counts minutes west).
        #[allow(clippy::cast_precision_loss, clippy::cast_possible_truncation)]
        let east = |utc: i64| -(Date::new(&JsValue::from_f64(utc as f64 * 1000.0)).get_timezone_offset() as i64) * 60;
        return cldr::written(iso, locale, east);
    }
    let date = Date::new(&JsValue::from_str(iso));
    if date.get_time().is_nan() {
        return None;
    }
    intl::with(&FORMAT, locale, date_format, |format| format.call1(&JsValue::NULL, &date).ok()?.as_string())
}

/// `Intl.DateTimeFormat`'s bound `format` for a day, month and year.
#[cfg(target_arch = "wasm32")]
fn date_format(locales: &js_sys::Array) -> Option<js_sys::Function> {
    use js_sys::{Intl, Object, Reflect};
    use wasm_bindgen::JsCast;
    let options = Object::new();
    for (key, value) in [("year", "numeric"), ("month", "short"), ("day", "numeric")] {
        Reflect::set(&options, &key.into(), &value.into()).ok()?;
    }
    Intl::DateTimeFormat::new(locales, &options).format().dyn_into().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rendered_to_html_dates_are_in_utc_in_the_locale() {
        assert_eq!(date("2026-11-20T00:30:00+01:00", "en"), "Nov 19, 2026");
        assert_eq!(date("2026-05-03T12:00:00Z", "de"), "3. Mai 2026");
        assert_eq!(date("not a date at all", "en"), "not a date");
    }
}
