//! localStorage (and [`session`] storage) that never fails loudly: private modes, full quotas and disabled storage all read as
//! "nothing stored" and writes are best effort, because remembered ticks are a convenience.

/// Every key we store starts with this, so we never touch a host page's own keys.
const PREFIX: &str = "digest:";

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

fn get_in(storage: Option<web_sys::Storage>, key: &str) -> Option<String> {
    storage?.get_item(&format!("{PREFIX}{key}")).ok().flatten()
}

fn set_in(storage: Option<web_sys::Storage>, key: &str, value: &str) -> bool {
    storage.is_some_and(|s| s.set_item(&format!("{PREFIX}{key}"), value).is_ok())
}

pub fn get(key: &str) -> Option<String> {
    get_in(local_storage(), key)
}

/// Returns whether the value was stored.
pub fn set(key: &str, value: &str) -> bool {
    set_in(local_storage(), key, value)
}

pub fn remove(key: &str) {
    if let Some(storage) = local_storage() {
        let _ = storage.remove_item(&format!("{PREFIX}{key}"));
    }
}

/// Every stored `(key, value)` whose key starts with `prefix`, the prefix taken off.
pub fn entries(prefix: &str) -> Vec<(String, String)> {
    let Some(storage) = local_storage() else { return Vec::new() };
    let full = format!("{PREFIX}{prefix}");
    let keys: Vec<String> = (0..storage.length().unwrap_or(0))
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|k| k.starts_with(&full))
        .collect();
    keys.into_iter()
        .filter_map(|key| {
            let value = storage.get_item(&key).ok().flatten()?;
            Some((key.strip_prefix(&full)?.to_owned(), value))
        })
        .collect()
}

/// This tab's sessionStorage: what lasts while the tab is open, reloads included.
pub mod session {
    fn storage() -> Option<web_sys::Storage> {
        web_sys::window()?.session_storage().ok().flatten()
    }

    pub fn get(key: &str) -> Option<String> {
        super::get_in(storage(), key)
    }

    /// Returns whether the value was stored.
    pub fn set(key: &str, value: &str) -> bool {
        super::set_in(storage(), key, value)
    }
}
