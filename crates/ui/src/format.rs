//! Dates and reading times for people. In the browser, dates are in the reader's own locale and time
//! zone, by `Intl` (no date tables in our wasm); rendered to HTML by the publisher, they are written
//! in English, in UTC, until the app takes the page over.

/// `2026-11-20T09:30:00Z` as the reader's locale writes a date ("Nov 20, 2026", "20 nov. 2026").
pub fn date(iso: &str) -> String {
    localized(iso)
        .or_else(|| digest_model::time::display_date(iso))
        .unwrap_or_else(|| iso.get(..10).unwrap_or(iso).to_owned())
}

/// "4 min read".
pub fn reading_time(minutes: u32) -> String {
    format!("{minutes} min read")
}

#[cfg(not(target_arch = "wasm32"))]
fn localized(_iso: &str) -> Option<String> {
    None
}

#[cfg(target_arch = "wasm32")]
fn localized(iso: &str) -> Option<String> {
    use js_sys::Date;
    use wasm_bindgen::JsValue;
    let date = Date::new(&JsValue::from_str(iso));
    if date.get_time().is_nan() {
        return None;
    }
    DATE_FORMAT.with(|format| format.as_ref()?.call1(&JsValue::NULL, &date).ok()?.as_string())
}

#[cfg(target_arch = "wasm32")]
thread_local! {
    /// `Intl.DateTimeFormat`'s bound `format`, made once: creating a formatter costs far more than
    /// using one, and a page of cards formats many dates.
    static DATE_FORMAT: Option<js_sys::Function> = date_format();
}

#[cfg(target_arch = "wasm32")]
fn date_format() -> Option<js_sys::Function> {
    use js_sys::{Array, Intl, Object, Reflect};
    use wasm_bindgen::JsCast;
    let options = Object::new();
    for (key, value) in [("year", "numeric"), ("month", "short"), ("day", "numeric")] {
        Reflect::set(&options, &key.into(), &value.into()).ok()?;
    }
    Intl::DateTimeFormat::new(&Array::new(), &options).format().dyn_into().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rendered_to_html_dates_are_english_and_utc() {
        assert_eq!(date("2026-11-20T00:30:00+01:00"), "Nov 19, 2026");
        assert_eq!(date("not a date at all"), "not a date");
        assert_eq!(reading_time(4), "4 min read");
    }
}
