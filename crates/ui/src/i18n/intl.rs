//! The browser's `Intl` objects, each kind made once per locale: making a formatter costs far more
//! than using one, a page of cards formats many dates and numbers, and one locale serves a whole
//! visit.

use js_sys::Array;
use std::cell::RefCell;
use std::thread::LocalKey;
use wasm_bindgen::JsValue;

/// One `Intl` object, kept for the locale it was made for.
pub struct PerLocale<T>(RefCell<Option<(String, T)>>);

impl<T> PerLocale<T> {
    pub const fn new() -> Self {
        Self(RefCell::new(None))
    }
}

/// `apply` to `cache`'s object for `locale`, made by `make` when it holds none for that locale.
pub fn with<T: 'static, R>(
    cache: &'static LocalKey<PerLocale<T>>,
    locale: &str,
    make: impl FnOnce(&Array) -> Option<T>,
    apply: impl FnOnce(&T) -> Option<R>,
) -> Option<R> {
    cache.with(|cache| {
        let mut slot = cache.0.borrow_mut();
        if slot.as_ref().is_none_or(|(made_for, _)| made_for != locale) {
            *slot = make(&Array::of1(&JsValue::from_str(locale))).map(|made| (locale.to_owned(), made));
        }
        slot.as_ref().and_then(|(_, made)| apply(made))
    })
}
