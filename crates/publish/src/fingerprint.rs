//! Fingerprints: 128-bit hashes (XXH3) of what an output file is made from, so publishing again can
//! tell which files cannot have changed without rendering them. Not a security boundary: a collision
//! would only keep a stale file, and content authors gain nothing by crafting one.

use xxhash_rust::xxh3::{xxh3_128, Xxh3};

/// The fingerprint of some bytes.
pub fn of(bytes: &[u8]) -> u128 {
    xxh3_128(bytes)
}

/// One fingerprint for several, in order: different orders or counts give different results.
pub fn combine(parts: impl IntoIterator<Item = u128>) -> u128 {
    let mut hasher = Xxh3::new();
    let mut count: u64 = 0;
    for part in parts {
        hasher.update(&part.to_le_bytes());
        count += 1;
    }
    hasher.update(&count.to_le_bytes());
    hasher.digest128()
}

/// The running program's: pages made by another build of the publisher may differ, so none of them is
/// taken as unchanged. `None` when the program file cannot be read.
pub fn program() -> Option<u128> {
    let bytes = std::fs::read(std::env::current_exe().ok()?).ok()?;
    Some(of(&bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn order_and_count_matter() {
        let (a, b) = (of(b"a"), of(b"b"));
        assert_ne!(combine([a, b]), combine([b, a]));
        assert_ne!(combine([a]), combine([a, 0]));
        assert_eq!(combine([a, b]), combine(vec![a, b]));
    }
}
