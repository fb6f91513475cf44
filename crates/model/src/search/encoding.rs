//! The bytes of a shard: for each term, in order, the ids of the articles with it in their title and
//! of those with it anywhere. A set of ids is written as a list of gaps or as a bitmap, whichever is
//! smaller, so that no set is ever much larger than one bit an article.
//!
//! Every byte but a term's own is below 0x80 (numbers carry 6 bits a byte, bitmaps 7), so a shard is
//! valid UTF-8 text: the app fetches it like every other content file, with the same retries,
//! cache and checks, for about a seventh more bytes before compression.

use std::fmt;

/// The first byte of every shard: the layout's version.
const VERSION: u8 = 1;
const LIST: u8 = 0;
const BITMAP: u8 = 1;

/// The articles that have a term: in their title, and anywhere (title included). Ids ascending.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Postings {
    pub title: Vec<u32>,
    pub any: Vec<u32>,
}

/// A decoded shard: its terms, ascending, with their postings.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Shard {
    pub terms: Vec<(String, Postings)>,
}

/// Why a shard's bytes could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Corrupt(pub &'static str);

impl fmt::Display for Corrupt {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "the search index is damaged ({})", self.0)
    }
}

const MORE: u8 = 0x40;
const BITS: u32 = 6;
const BITMAP_BITS: u32 = 7;

fn put_varint(out: &mut Vec<u8>, mut n: u32) {
    while n >= u32::from(MORE) {
        out.push((n as u8 & (MORE - 1)) | MORE);
        n >>= BITS;
    }
    out.push(n as u8);
}

fn put_set(out: &mut Vec<u8>, ids: &[u32]) {
    let mut list = Vec::with_capacity(ids.len() * 2);
    let mut last = 0;
    for (i, &id) in ids.iter().enumerate() {
        put_varint(&mut list, if i == 0 { id } else { id - last });
        last = id;
    }
    let bitmap_len = ids.last().map_or(0, |&max| (max / BITMAP_BITS) as usize + 1);
    if bitmap_len < list.len() {
        let mut bitmap = vec![0u8; bitmap_len];
        for &id in ids {
            if let Some(byte) = bitmap.get_mut((id / BITMAP_BITS) as usize) {
                *byte |= 1 << (id % BITMAP_BITS);
            }
        }
        out.push(BITMAP);
        put_varint(out, u32::try_from(bitmap_len).unwrap_or(u32::MAX));
        out.extend_from_slice(&bitmap);
    } else {
        out.push(LIST);
        put_varint(out, u32::try_from(ids.len()).unwrap_or(u32::MAX));
        out.extend_from_slice(&list);
    }
}

impl Shard {
    /// `terms` must be ascending, each set ascending without repeats.
    pub fn encode<'a>(terms: impl IntoIterator<Item = (&'a str, &'a Postings)>) -> Vec<u8> {
        let mut out = vec![VERSION];
        for (term, postings) in terms {
            put_varint(&mut out, u32::try_from(term.len()).unwrap_or(u32::MAX));
            out.extend_from_slice(term.as_bytes());
            put_set(&mut out, &postings.title);
            put_set(&mut out, &postings.any);
        }
        out
    }

    /// Reads a shard of an index of `articles` articles; ids beyond it are damage.
    pub fn decode(text: &str, articles: u32) -> Result<Self, Corrupt> {
        let bytes = text.as_bytes();
        let mut reader = Reader { bytes, at: 0, articles };
        if reader.byte()? != VERSION {
            return Err(Corrupt("unknown version"));
        }
        let mut terms = Vec::new();
        while reader.at < bytes.len() {
            let len = reader.varint()? as usize;
            let term = std::str::from_utf8(reader.take(len)?).map_err(|_| Corrupt("a term is not text"))?.to_owned();
            let title = reader.set()?;
            let any = reader.set()?;
            terms.push((term, Postings { title, any }));
        }
        Ok(Self { terms })
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
    articles: u32,
}

impl Reader<'_> {
    fn byte(&mut self) -> Result<u8, Corrupt> {
        let byte = *self.bytes.get(self.at).ok_or(Corrupt("cut short"))?;
        self.at += 1;
        Ok(byte)
    }

    fn take(&mut self, len: usize) -> Result<&[u8], Corrupt> {
        let end = self.at.checked_add(len).filter(|&end| end <= self.bytes.len()).ok_or(Corrupt("cut short"))?;
        let taken = self.bytes.get(self.at..end).ok_or(Corrupt("cut short"))?;
        self.at = end;
        Ok(taken)
    }

    fn varint(&mut self) -> Result<u32, Corrupt> {
        let mut value: u32 = 0;
        for shift in (0..32).step_by(BITS as usize) {
            let byte = self.byte()?;
            if byte >= 0x80 {
                return Err(Corrupt("not an index"));
            }
            let part = u32::from(byte & (MORE - 1));
            value |= part.checked_shl(shift).filter(|v| v >> shift == part).ok_or(Corrupt("a number is too long"))?;
            if byte & MORE == 0 {
                return Ok(value);
            }
        }
        Err(Corrupt("a number is too long"))
    }

    fn set(&mut self) -> Result<Vec<u32>, Corrupt> {
        let kind = self.byte()?;
        let len = self.varint()? as usize;
        let ids = match kind {
            LIST => {
                // Every id takes at least one byte: a count beyond what is left is damage, not a
                // reason to reserve memory for it.
                if len > self.bytes.len() - self.at {
                    return Err(Corrupt("cut short"));
                }
                let mut ids = Vec::with_capacity(len);
                let mut id: u32 = 0;
                for i in 0..len {
                    let gap = self.varint()?;
                    id = if i == 0 {
                        gap
                    } else {
                        id.checked_add(gap).filter(|_| gap > 0).ok_or(Corrupt("ids out of order"))?
                    };
                    ids.push(id);
                }
                ids
            }
            BITMAP => {
                let bitmap = self.take(len)?;
                if bitmap.iter().any(|&byte| byte >= 0x80) {
                    return Err(Corrupt("not an index"));
                }
                (0u32..)
                    .zip(bitmap)
                    .flat_map(|(at, &byte)| {
                        (0..BITMAP_BITS)
                            .filter(move |bit| byte & (1 << bit) != 0)
                            .map(move |bit| at * BITMAP_BITS + bit)
                    })
                    .collect()
            }
            _ => return Err(Corrupt("unknown set")),
        };
        if ids.last().is_some_and(|&id| id >= self.articles) {
            return Err(Corrupt("an id beyond the articles"));
        }
        Ok(ids)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn postings(title: &[u32], any: &[u32]) -> Postings {
        Postings { title: title.to_vec(), any: any.to_vec() }
    }

    #[test]
    fn sparse_sets_are_lists_and_dense_ones_bitmaps() {
        let sparse = Shard::encode([("model", &postings(&[], &[5, 90_000]))]);
        let dense_ids: Vec<u32> = (0..1000).step_by(2).collect();
        let dense = Shard::encode([("the", &postings(&[], &dense_ids))]);
        assert!(sparse.len() < 16, "{}", sparse.len());
        assert!(dense.len() <= 1 + 1 + 3 + 2 + 1 + 2 + 1000 / 7 + 1, "{}", dense.len());
        let text = String::from_utf8(dense).expect("a shard is text");
        assert_eq!(Shard::decode(&text, 1000).unwrap().terms[0].1.any, dense_ids);
    }

    #[test]
    fn damage_is_an_error_never_a_panic_or_a_huge_allocation() {
        let good = String::from_utf8(Shard::encode([("agent", &postings(&[1], &[1, 7]))])).unwrap();
        assert_eq!(Shard::decode(&good, 8).unwrap().terms.len(), 1);
        assert_eq!(Shard::decode(&good, 7), Err(Corrupt("an id beyond the articles")));
        assert_eq!(Shard::decode(good.strip_suffix(|_| true).unwrap(), 8), Err(Corrupt("cut short")));
        assert_eq!(Shard::decode("\u{2}", 8), Err(Corrupt("unknown version")));
        assert_eq!(
            Shard::decode("\u{1}\u{1}a\u{0}\u{7f}\u{7f}\u{7f}\u{7f}\u{7f}\u{7f}\u{1}", 8),
            Err(Corrupt("a number is too long"))
        );
        assert_eq!(Shard::decode("\u{1}\u{1}a\u{0}\u{3f}", 8), Err(Corrupt("cut short")));
        assert!(Shard::decode("<!doctype html>", 8).is_err());
    }

    proptest! {
        #[test]
        fn sets_round_trip(mut ids in proptest::collection::vec(0u32..200_000, 0..300), term in "[a-zé0-9]{1,12}") {
            ids.sort_unstable();
            ids.dedup();
            let title: Vec<u32> = ids.iter().copied().step_by(3).collect();
            let p = Postings { title, any: ids };
            let text = String::from_utf8(Shard::encode([(term.as_str(), &p)])).unwrap();
            prop_assert_eq!(Shard::decode(&text, 200_000).unwrap(), Shard { terms: vec![(term, p)] });
        }

        #[test]
        fn any_text_decodes_without_panicking(text in "\\PC{0,200}", ascii in proptest::collection::vec(0u8..0x80, 0..200)) {
            let _ = Shard::decode(&text, 1000);
            let _ = Shard::decode(std::str::from_utf8(&ascii).unwrap(), 1000);
        }
    }
}
