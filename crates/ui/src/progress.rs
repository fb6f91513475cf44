//! Which "how to implement this" steps a reader has ticked, and how that is stored.

use std::collections::BTreeSet;

/// The ticked steps of one article, by index.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StepProgress {
    done: BTreeSet<usize>,
}

impl StepProgress {
    /// Reads a stored value such as `[0,2]`; `None` for anything else (corrupted, foreign, from an
    /// older format), which the reader is told about and which starts over with nothing ticked.
    pub fn from_stored(stored: &str) -> Option<Self> {
        serde_json::from_str::<Vec<usize>>(stored).ok().map(|list| Self { done: BTreeSet::from_iter(list) })
    }

    /// The value to store: `[0,2]`.
    pub fn to_stored(&self) -> String {
        let list: Vec<usize> = self.done.iter().copied().collect();
        serde_json::to_string(&list).unwrap_or_else(|_| "[]".to_owned())
    }

    pub fn is_done(&self, step: usize) -> bool {
        self.done.contains(&step)
    }

    pub fn toggle(&mut self, step: usize) {
        if !self.done.remove(&step) {
            self.done.insert(step);
        }
    }

    pub fn reset(&mut self) {
        self.done.clear();
    }

    pub fn is_empty(&self) -> bool {
        self.done.is_empty()
    }

    /// Ticked steps among the first `total` (an article may have lost steps since they were ticked).
    pub fn done_count(&self, total: usize) -> usize {
        self.done.range(..total).count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn toggles_and_counts() {
        let mut p = StepProgress::default();
        p.toggle(1);
        p.toggle(3);
        assert_eq!(p.done_count(5), 2);
        p.toggle(1);
        assert!(!p.is_done(1) && p.is_done(3));
        assert_eq!(p.done_count(5), 1);
        p.reset();
        assert!(p.is_empty());
    }

    #[test]
    fn round_trips_through_storage() {
        let mut p = StepProgress::default();
        p.toggle(2);
        p.toggle(0);
        assert_eq!(p.to_stored(), "[0,2]");
        assert_eq!(StepProgress::from_stored(&p.to_stored()), Some(p));
    }

    #[test]
    fn corrupted_or_foreign_values_are_refused() {
        for bad in ["", "{", "true", "{\"a\":1}", "[-1]", "[\"x\"]", "null"] {
            assert_eq!(StepProgress::from_stored(bad), None, "{bad}");
        }
        assert_eq!(StepProgress::from_stored("[]"), Some(StepProgress::default()));
    }

    #[test]
    fn ticks_beyond_the_current_steps_do_not_count() {
        let p = StepProgress::from_stored("[0,7]").unwrap();
        assert_eq!(p.done_count(3), 1);
    }

    proptest::proptest! {
        /// Whatever is stored under our key (another version's format, another site's value), reading
        /// it is a typed answer, never a panic.
        #[test]
        fn any_stored_text_reads_without_panicking(text in "\\PC*", total in 0usize..100) {
            let _ = StepProgress::from_stored(&text).map(|p| p.done_count(total));
        }
    }
}
