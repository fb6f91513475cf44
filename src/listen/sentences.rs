//! An article's text cut into the sentences it is read aloud in, one utterance each: Chrome's voices
//! stop after about 15 seconds of one utterance, and the sentence being read is highlighted. A
//! sentence longer than [`MAX_CHARS`] is cut again at a comma, semicolon, colon or dash, or else at a
//! space, so that no utterance runs much past 15 seconds.

use std::ops::Range;

/// About 15 seconds at a voice's usual pace.
pub const MAX_CHARS: usize = 200;

/// Words after which a full stop does not end the sentence, by language (lowercase, with their dots).
fn abbreviations(language: &str) -> &'static [&'static str] {
    match language {
        "en" => &["e.g.", "i.e.", "mr.", "mrs.", "ms.", "dr.", "prof.", "vs.", "no.", "approx.", "fig."],
        "de" => &[
            "z.", "b.", "z.b.", "d.", "h.", "d.h.", "bzw.", "ca.", "nr.", "dr.", "prof.", "vgl.", "u.", "a.", "u.a.",
            "s.",
        ],
        "fr" => &["p.", "ex.", "m.", "mme.", "env.", "cf.", "dr.", "n°.", "no."],
        "es" => &["p.", "ej.", "sr.", "sra.", "dr.", "dra.", "núm.", "aprox.", "ud.", "uds."],
        "pt" => &["p.", "ex.", "sr.", "sra.", "dr.", "dra.", "n.º", "aprox.", "pág."],
        _ => &[],
    }
}

fn ends_sentence(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…' | '؟' | '۔')
}

fn closes(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | '»' | ')' | ']' | '」')
}

/// The sentences of `text` in `language` (a BCP 47 tag: only its language counts), as byte ranges
/// without their surrounding white space, in order.
pub fn split(text: &str, language: &str) -> Vec<Range<usize>> {
    let language = language.split(['-', '_']).next().unwrap_or_default().to_ascii_lowercase();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let char_at = |i: usize| chars.get(i).map(|&(_, c)| c);
    let byte_at = |i: usize| chars.get(i).map_or(text.len(), |&(at, _)| at);
    let mut sentences = Vec::new();
    let (mut start, mut i) = (0, 0);
    while let Some(&(at, c)) = chars.get(i) {
        if c == '\n' {
            push(text, start..at, &mut sentences);
            start = at + 1;
        } else if ends_sentence(c) {
            let mut end = i + 1;
            loop {
                while char_at(end).is_some_and(|c| ends_sentence(c) || closes(c)) {
                    end += 1;
                }
                // French sets its closing guillemet apart: « … utile. »
                let mut mark = end;
                while char_at(mark).is_some_and(|c| c.is_whitespace() && c != '\n') {
                    mark += 1;
                }
                if mark > end && char_at(mark).is_some_and(closes) {
                    end = mark + 1;
                } else {
                    break;
                }
            }
            let before = text.get(start..at + c.len_utf8()).unwrap_or_default();
            if char_at(end).is_none_or(char::is_whitespace) && !(c == '.' && keeps_going(before, &language)) {
                push(text, start..byte_at(end), &mut sentences);
                start = byte_at(end);
            }
            i = end;
            continue;
        }
        i += 1;
    }
    push(text, start..text.len(), &mut sentences);
    sentences
}

/// Whether a full stop at the end of `before` is not a sentence's end: an abbreviation, an initial
/// ("J. R. R."), or in German an ordinal number ("am 3. November").
fn keeps_going(before: &str, language: &str) -> bool {
    let word = before.rsplit(char::is_whitespace).next().unwrap_or_default();
    let word = word.trim_start_matches(['(', '"', '“', '«', '¿', '¡']);
    let lower = word.to_lowercase();
    let stem = lower.trim_end_matches('.');
    let mut letters = stem.chars();
    let single = letters.next().is_some() && letters.next().is_none();
    let initial = single && word.chars().next().is_some_and(char::is_uppercase);
    let ordinal = language == "de" && !stem.is_empty() && stem.chars().all(|c| c.is_ascii_digit());
    initial || ordinal || abbreviations(language).contains(&lower.as_str())
}

/// Adds the trimmed `range` of `text`, cut again where it is too long to say in one breath.
fn push(text: &str, range: Range<usize>, sentences: &mut Vec<Range<usize>>) {
    let Some(slice) = text.get(range.clone()) else { return };
    let mut from = range.start + (slice.len() - slice.trim_start().len());
    let end = range.end - (slice.len() - slice.trim_end().len());
    while let Some(rest) = text.get(from..end).filter(|rest| !rest.is_empty()) {
        if rest.chars().count() <= MAX_CHARS {
            sentences.push(from..end);
            return;
        }
        let Some(cut) = cut_point(rest) else {
            sentences.push(from..end);
            return;
        };
        sentences.push(from..from + cut);
        let after = rest.get(cut..).unwrap_or_default();
        from += cut + (after.len() - after.trim_start().len());
    }
}

/// Where to cut a long sentence: after the last pause (`,` `;` `:` `،` `–` `—`) within its first
/// [`MAX_CHARS`] characters, or else at its last space there; a byte offset, never 0.
fn cut_point(text: &str) -> Option<usize> {
    let limit = text.char_indices().nth(MAX_CHARS).map_or(text.len(), |(at, _)| at);
    let head = text.get(..limit)?;
    let pause = head
        .char_indices()
        .map(|(at, c)| (at + c.len_utf8(), c))
        .filter(|&(after, c)| {
            matches!(c, ',' | ';' | ':' | '،' | '؛' | '–' | '—')
                && head.get(after..).is_some_and(|rest| rest.starts_with(' '))
        })
        .map(|(after, _)| after)
        .rfind(|&after| after > limit / 3);
    pause.or_else(|| head.rfind(' ').filter(|&at| at > 0))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences<'a>(text: &'a str, language: &str) -> Vec<&'a str> {
        split(text, language).into_iter().map(|r| text.get(r).unwrap_or("<not on a character boundary>")).collect()
    }

    #[test]
    fn english() {
        assert_eq!(
            sentences("Agents act. Do they? Yes! Costs fell by 3.5 percent, e.g. for Dr. Smith and J. R. Jones. “Undo it.” Then ship…", "en"),
            [
                "Agents act.",
                "Do they?",
                "Yes!",
                "Costs fell by 3.5 percent, e.g. for Dr. Smith and J. R. Jones.",
                "“Undo it.”",
                "Then ship…"
            ]
        );
    }

    #[test]
    fn german() {
        assert_eq!(
            sentences("Am 3. November kam z. B. das Modell. Es liest ca. 400 Dateien, d. h. alles! Wirklich?", "de-DE"),
            ["Am 3. November kam z. B. das Modell.", "Es liest ca. 400 Dateien, d. h. alles!", "Wirklich?"]
        );
    }

    #[test]
    fn french() {
        assert_eq!(
            sentences(
                "Les agents agissent, p. ex. en écrivant du code. Pourquoi ? « Parce que c’est utile. » Voilà !",
                "fr"
            ),
            ["Les agents agissent, p. ex. en écrivant du code.", "Pourquoi ?", "« Parce que c’est utile. »", "Voilà !"]
        );
    }

    #[test]
    fn spanish() {
        assert_eq!(
            sentences("¿Funciona? ¡Sí! El Sr. García lo probó, p. ej. con 20 casos. Después lo publicó.", "es"),
            ["¿Funciona?", "¡Sí!", "El Sr. García lo probó, p. ej. con 20 casos.", "Después lo publicó."]
        );
    }

    #[test]
    fn portuguese() {
        assert_eq!(
            sentences("A Sra. Costa mediu a latência. Caiu pela metade! E o custo? Também, p. ex. em 40%.", "pt-BR"),
            ["A Sra. Costa mediu a latência.", "Caiu pela metade!", "E o custo?", "Também, p. ex. em 40%."]
        );
    }

    #[test]
    fn arabic() {
        assert_eq!(
            sentences("يعمل الوكيل بسرعة. هل يمكن التراجع؟ نعم، دائمًا! هذا مهم.", "ar"),
            ["يعمل الوكيل بسرعة.", "هل يمكن التراجع؟", "نعم، دائمًا!", "هذا مهم."]
        );
    }

    #[test]
    fn lines_and_white_space_and_text_without_a_stop() {
        assert_eq!(sentences("  First line\nSecond line  \n\n", "en"), ["First line", "Second line"]);
        assert_eq!(sentences("   ", "en"), Vec::<&str>::new());
        assert_eq!(sentences("", "ar"), Vec::<&str>::new());
        assert_eq!(sentences("Version 2.0 ships today", "en"), ["Version 2.0 ships today"]);
    }

    #[test]
    fn long_sentences_are_cut_at_a_pause_or_a_space_and_nothing_is_lost() {
        let long =
            format!("{}, and then {} and finally the end.", "word ".repeat(30).trim(), "more ".repeat(40).trim());
        let parts = sentences(&long, "en");
        assert!(parts.len() >= 2, "{parts:?}");
        assert!(parts.iter().all(|p| p.chars().count() <= MAX_CHARS), "{parts:?}");
        assert!(parts[0].ends_with(','), "cut after the comma: {:?}", parts[0]);
        let rejoined: Vec<&str> = parts.iter().flat_map(|p| p.split_whitespace()).collect();
        assert_eq!(rejoined, long.split_whitespace().collect::<Vec<_>>());
        let unbroken = "x".repeat(MAX_CHARS * 2 + 10);
        assert_eq!(sentences(&unbroken, "en"), [unbroken.as_str()]);
    }

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        /// Any text (any script, any punctuation) cuts into ranges on character boundaries, in order,
        /// none empty, without losing a word.
        #[test]
        fn any_text_cuts_cleanly(text in "\\PC{0,400}", language in "(en|de|fr|es|pt|ar)") {
            let ranges = split(&text, &language);
            let mut last = 0;
            for range in &ranges {
                proptest::prop_assert!(range.start >= last && range.start < range.end);
                proptest::prop_assert!(text.is_char_boundary(range.start) && text.is_char_boundary(range.end));
                last = range.end;
            }
            let words: Vec<&str> = ranges.iter().flat_map(|r| text.get(r.clone()).unwrap_or_default().split_whitespace()).collect();
            proptest::prop_assert_eq!(words, text.split_whitespace().collect::<Vec<_>>());
        }
    }
}
