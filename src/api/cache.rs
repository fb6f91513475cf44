//! The documents already fetched, as checked values, and how long each may be shown without asking
//! the server again.

use std::any::Any;
use std::rc::Rc;

/// A document fetched, decoded and validated: the value itself, so that reading it again (a
/// prefetched article opened, back and forward) costs no decoding.
pub(super) struct Cached {
    pub value: Rc<dyn Any>,
    /// The [`Api::refresh`] generation it was fetched in.
    pub generation: u32,
    pub fetched_at_ms: f64,
}

impl Cached {
    /// Whether it may be shown without asking the server: fetched in this refresh generation, and
    /// recently.
    pub fn is_fresh(&self, generation: u32, now_ms: f64) -> bool {
        self.generation == generation && now_ms - self.fetched_at_ms < FRESH_MS
    }
}

/// How long a fetched file is reused without asking the server again.
const FRESH_MS: f64 = 5.0 * 60.0 * 1000.0;
