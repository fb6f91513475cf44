//! The interface in the reader's language, in layers that each name only the ones below:
//!
//! ```text
//! labels.rs    every text of the interface (Label, Plural), a locale's table, use_labels
//!    |
//! format.rs    dates and numbers in a locale: the CLDR tables, or the browser's Intl for a region
//!    |
//! cldr.rs, plural.rs, intl.rs   CLDR's month patterns and grouping, its plural rules, Intl's objects
//!    |
//! locales.rs   the bundled locales and a tag's language
//! ```

pub mod cldr;
pub mod format;
#[cfg(target_arch = "wasm32")]
mod intl;
pub mod labels;
pub mod locales;
pub mod plural;
