//! Whitespace-like controls turned into spaces before content is checked or published.

use crate::model::{Article, Site};

/// Turns the whitespace-like controls (vertical tab, form feed, next line) into spaces: text pasted
/// from a PDF or a word processor carries them, and they mean a break between words.
pub fn normalize_text(text: &mut String) {
    // A byte scan first (U+0085 is C2 85): a search for chars decodes every character.
    let may_hold = text.bytes().any(|b| matches!(b, 0x0B | 0x0C | 0xC2));
    if may_hold && text.contains(['\u{0B}', '\u{0C}', '\u{85}']) {
        *text = text.replace(['\u{0B}', '\u{0C}', '\u{85}'], " ");
    }
}

/// Content whose text fields can be normalised with [`normalize_text`] before it is checked.
pub trait Normalize {
    fn normalize(&mut self);
}

impl Normalize for Site {
    fn normalize(&mut self) {
        normalize_text(&mut self.title);
        normalize_text(&mut self.description);
        for category in &mut self.categories {
            normalize_text(&mut category.name);
            normalize_text(&mut category.description);
        }
        if let Some(promo) = &mut self.promo {
            for text in [&mut promo.heading, &mut promo.text, &mut promo.cta] {
                normalize_text(text);
            }
        }
    }
}

impl Normalize for Article {
    fn normalize(&mut self) {
        for text in [&mut self.title, &mut self.summary, &mut self.why_it_matters, &mut self.source.quote] {
            normalize_text(text);
        }
        for list in [&mut self.steps, &mut self.who_benefits, &mut self.takeaways] {
            list.iter_mut().for_each(normalize_text);
        }
    }
}
