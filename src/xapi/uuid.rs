//! Version 4 UUIDs: the ids of statements and of a session the LMS gave none, and the check of a
//! registration the host or the LMS gives.

use leptos::prelude::*;

/// A new version 4 UUID, from the browser's random numbers.
pub fn new() -> String {
    // Math.random where there is no crypto (it is everywhere the app runs): never a constant.
    let mut bytes = [0u8; 16].map(|_| (js_sys::Math::random() * 256.0) as u8);
    if let Ok(crypto) = window().crypto() {
        let _ = crypto.get_random_values_with_u8_array(&mut bytes);
    }
    v4(bytes)
}

/// Whether `text` is a UUID (`8-4-4-4-12` hexadecimal digits).
pub fn is_uuid(text: &str) -> bool {
    let groups: Vec<&str> = text.split('-').collect();
    groups.iter().map(|group| group.len()).eq([8, 4, 4, 4, 12])
        && groups.iter().all(|group| group.chars().all(|c| c.is_ascii_hexdigit()))
}

/// A version 4 UUID from 16 random bytes.
pub fn v4(mut bytes: [u8; 16]) -> String {
    if let Some(version) = bytes.get_mut(6) {
        *version = (*version & 0x0f) | 0x40;
    }
    if let Some(variant) = bytes.get_mut(8) {
        *variant = (*variant & 0x3f) | 0x80;
    }
    let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    let part = |from: usize, to: usize| hex.get(from..to).unwrap_or_default();
    format!("{}-{}-{}-{}-{}", part(0, 8), part(8, 12), part(12, 16), part(16, 20), part(20, 32))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uuids_are_version_4() {
        let id = v4([0xff; 16]);
        assert_eq!(id, "ffffffff-ffff-4fff-bfff-ffffffffffff");
        assert!(is_uuid(&id) && is_uuid(&v4([0; 16])));
        assert!(!is_uuid("ffffffff-ffff-4fff-bfff-fffffffffff") && !is_uuid("gfffffff-ffff-4fff-bfff-ffffffffffff"));
    }
}
