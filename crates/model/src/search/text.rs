//! What a word is: a run of letters and digits, lowercased, with Latin diacritics folded ("Naïve"
//! -> "naive"), then stemmed with the Snowball English stemmer ("retrieval" -> "retriev").
//!
//! Without Unicode's tables, which would cost the app more WebAssembly than all of search: a letter
//! is ASCII, or any character past U+00BF that is not punctuation, a symbol or a space of the blocks
//! where those live; case is folded for Latin, Greek and Cyrillic. Both sides use this one
//! definition, so what is indexed is what is searched.

use std::ops::Range;

/// Latin-1 letters U+00C0..=U+00FF, lowercased and without their marks; `*` for those that fold to
/// two letters (handled apart) and `-` for the two that are not letters.
const LATIN_1: &[u8; 64] = b"aaaaaa*ceeeeiiiidnooooo-ouuuuy**aaaaaa*ceeeeiiiidnooooo-ouuuuy*y";
/// Latin Extended-A, U+0100..=U+017F, likewise.
const LATIN_EXTENDED_A: &[u8; 128] = b"aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii**jjkkkllllllllllnnnnnnnnnoooooo**rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";

/// Appends `c` lowercased and folded to `out`.
fn fold_into(c: char, out: &mut String) {
    let code = u32::from(c);
    let table = match code {
        0xC0..=0xFF => LATIN_1.get((code - 0xC0) as usize),
        0x100..=0x17F => LATIN_EXTENDED_A.get((code - 0x100) as usize),
        // Combining marks (text written decomposed): the letter before them already went in.
        0x300..=0x36F => return,
        _ => None,
    };
    match (table, c) {
        (Some(b'*'), 'Æ' | 'æ') => out.push_str("ae"),
        (Some(b'*'), 'Þ' | 'þ') => out.push_str("th"),
        (Some(b'*'), 'ß') => out.push_str("ss"),
        (Some(b'*'), 'Ĳ' | 'ĳ') => out.push_str("ij"),
        (Some(b'*'), 'Œ' | 'œ') => out.push_str("oe"),
        (Some(&letter), _) if letter.is_ascii_lowercase() => out.push(char::from(letter)),
        _ => out.push(lowercase(c)),
    }
}

/// `c` in lower case, for ASCII, Greek and Cyrillic capitals; anything else as it is.
fn lowercase(c: char) -> char {
    let code = u32::from(c);
    let lower = match code {
        0x41..=0x5A | 0x391..=0x3A9 | 0x410..=0x42F => code + 0x20,
        0x400..=0x40F => code + 0x50,
        _ => code,
    };
    char::from_u32(lower).unwrap_or(c)
}

fn is_word_char(c: char) -> bool {
    match u32::from(c) {
        0..=0x7F => c.is_ascii_alphanumeric(),
        // Latin-1 punctuation and symbols, and × and ÷.
        0x80..=0xBF | 0xD7 | 0xF7 => false,
        // General punctuation, super- and subscripts, currency, letterlike symbols to dingbats and
        // arrows: spaces, dashes, quotes, bullets.
        0x2000..=0x2BFF => false,
        // CJK punctuation, full-width forms' punctuation, specials.
        0x3000..=0x303F | 0xFE30..=0xFE4F | 0xFF00..=0xFF0F | 0xFF1A..=0xFF20 | 0xFFF0..=0xFFFF => false,
        // Emoji and pictographs.
        0x1F000..=0x1FAFF => false,
        _ => true,
    }
}

/// Each word of `text`, folded, with where it is in `text`.
pub fn words(text: &str, mut each: impl FnMut(&str, Range<usize>)) {
    let mut folded = String::new();
    let mut start = None;
    for (at, c) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
        if is_word_char(c) {
            if start.is_none() {
                start = Some(at);
                folded.clear();
            }
            fold_into(c, &mut folded);
        } else if let Some(from) = start.take() {
            if !folded.is_empty() {
                each(&folded, from..at);
            }
        }
    }
}

/// The term a folded word is indexed and searched as.
pub fn stem(word: &str) -> String {
    thread_local! {
        static STEMMER: rust_stemmers::Stemmer = rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::English);
    }
    STEMMER.with(|stemmer| stemmer.stem(word).into_owned())
}

/// Whether a folded word is worth a term: single letters are not.
pub fn is_term(word: &str) -> bool {
    word.chars().nth(1).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(text: &str) -> Vec<(String, &str)> {
        let mut found = Vec::new();
        words(text, |word, at| found.push((word.to_owned(), text.get(at).unwrap_or_default())));
        found
    }

    #[test]
    fn words_are_folded_and_located_in_the_original() {
        assert_eq!(
            all("Naïve RAG, GPT-4 & Ærø: ĳssel Œuvre"),
            [
                ("naive".to_owned(), "Naïve"),
                ("rag".to_owned(), "RAG"),
                ("gpt".to_owned(), "GPT"),
                ("4".to_owned(), "4"),
                ("aero".to_owned(), "Ærø"),
                ("ijssel".to_owned(), "ĳssel"),
                ("oeuvre".to_owned(), "Œuvre"),
            ]
        );
        // Decomposed marks fold like composed ones; other scripts are lowercased and kept.
        assert_eq!(all("nai\u{308}ve")[0].0, "naive");
        assert_eq!(all("ΣΟΦΙΑ Привет")[0].0, "σοφια");
        assert_eq!(all("ΣΟΦΙΑ Привет")[1].0, "привет");
        assert_eq!(all("日本語、テスト")[0].0, "日本語");
        // Dashes, quotes, bullets, emoji and no-break spaces separate words.
        let text = "a\u{a0}b—c “d” e•f 🚀g";
        assert_eq!(all(text).into_iter().map(|(w, _)| w).collect::<Vec<_>>(), ["a", "b", "c", "d", "e", "f", "g"]);
        assert_eq!(all("  ,; "), []);
    }

    #[test]
    fn every_latin_letter_folds_to_ascii() {
        for (table, first) in [(&LATIN_1[..], 0xC0u32), (&LATIN_EXTENDED_A[..], 0x100)] {
            for (i, &folded) in (0u32..).zip(table.iter()) {
                let Some(c) = char::from_u32(first + i).filter(|_| folded != b'-') else { continue };
                let mut out = String::new();
                fold_into(c, &mut out);
                assert!(out.is_ascii() && !out.is_empty(), "{c} folds to {out:?}");
            }
        }
        let fold = |s: &str| all(s).into_iter().map(|(w, _)| w).collect::<Vec<_>>().join(" ");
        assert_eq!(fold("ÀÉÎÕÜÇÑ àéîõüçñ ÿ ß ø"), "aeioucn aeioucn y ss o");
        assert_eq!(fold("Ąčďęğħįķłńőŕšťűźżž ſ"), "acdeghiklnorstuzzz s");
    }

    #[test]
    fn stems_are_snowball_english() {
        assert_eq!(stem("retrieval"), "retriev");
        assert_eq!(stem("retrieving"), "retriev");
        assert_eq!(stem("running"), "run");
        assert_eq!(stem("models"), "model");
        assert_eq!(stem("naive"), "naiv");
    }
}
