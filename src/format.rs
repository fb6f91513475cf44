//! Dates for people, in the reader's own locale, by the browser's `Intl` (no date tables in our wasm).

use js_sys::{Array, Date, Function, Intl, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

/// `2026-11-20T09:30:00Z` as the reader's locale writes a date ("Nov 20, 2026", "20 nov. 2026"); the
/// date part of the input when the browser cannot format it.
pub fn date(iso: &str) -> String {
    localized(iso).unwrap_or_else(|| iso.get(..10).unwrap_or(iso).to_owned())
}

fn localized(iso: &str) -> Option<String> {
    let date = Date::new(&JsValue::from_str(iso));
    if date.get_time().is_nan() {
        return None;
    }
    DATE_FORMAT.with(|format| format.as_ref()?.call1(&JsValue::NULL, &date).ok()?.as_string())
}

thread_local! {
    /// `Intl.DateTimeFormat`'s bound `format`, made once: creating a formatter costs far more than
    /// using one, and a page of cards formats many dates.
    static DATE_FORMAT: Option<Function> = date_format();
}

fn date_format() -> Option<Function> {
    let options = Object::new();
    for (key, value) in [("year", "numeric"), ("month", "short"), ("day", "numeric")] {
        Reflect::set(&options, &key.into(), &value.into()).ok()?;
    }
    Intl::DateTimeFormat::new(&Array::new(), &options).format().dyn_into().ok()
}

/// "4 min read".
pub fn reading_time(minutes: u32) -> String {
    format!("{minutes} min read")
}
