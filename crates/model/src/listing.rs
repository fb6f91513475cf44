//! Pagination of the feed and of category pages.

use crate::model::ListingPage;
use std::ops::Range;

/// How a listing of `total` items splits into pages of `page_size`. There is always at least one
/// page, so an empty feed or category still has a page 1 that says so.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Pagination {
    total: usize,
    size: usize,
}

impl Pagination {
    pub fn new(total: usize, page_size: u32) -> Self {
        Self { total, size: usize::try_from(page_size.max(1)).unwrap_or(usize::MAX) }
    }

    pub fn total(&self) -> u32 {
        u32::try_from(self.total).unwrap_or(u32::MAX)
    }

    pub fn pages(&self) -> u32 {
        u32::try_from(self.total.div_ceil(self.size).max(1)).unwrap_or(u32::MAX)
    }

    /// The positions of page `page`'s items (pages count from 1); empty past the last page.
    pub fn range(&self, page: u32) -> Range<usize> {
        let index = usize::try_from(page.saturating_sub(1)).unwrap_or(usize::MAX);
        let start = index.saturating_mul(self.size).min(self.total);
        start..start.saturating_add(self.size).min(self.total)
    }
}

/// The page number from a `?page=` query value: absent means 1; anything but a positive whole number
/// is `None`, which the app shows as a page that does not exist.
pub fn parse_page_param(value: Option<&str>) -> Option<u32> {
    match value {
        None => Some(1),
        Some(text) => text.parse::<u32>().ok().filter(|&n| n >= 1),
    }
}

impl ListingPage {
    pub fn previous(&self) -> Option<u32> {
        (self.page > 1).then(|| self.page - 1)
    }

    pub fn next(&self) -> Option<u32> {
        (self.page < self.pages).then(|| self.page + 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(items: usize, size: u32, page: u32) -> ListingPage {
        let pagination = Pagination::new(items, size);
        ListingPage { page, pages: pagination.pages(), total: pagination.total(), items: vec![] }
    }

    #[test]
    fn splits_into_full_pages_and_a_remainder() {
        let pagination = Pagination::new(23, 10);
        assert_eq!((pagination.pages(), pagination.total()), (3, 23));
        assert_eq!([pagination.range(1), pagination.range(2), pagination.range(3)], [0..10, 10..20, 20..23]);
        assert_eq!(pagination.range(4), 23..23);
    }

    #[test]
    fn an_empty_listing_has_one_empty_page() {
        let pagination = Pagination::new(0, 10);
        assert_eq!((pagination.pages(), pagination.range(1)), (1, 0..0));
    }

    #[test]
    fn a_page_size_of_zero_counts_as_one() {
        assert_eq!(Pagination::new(3, 0).pages(), 3);
    }

    #[test]
    fn previous_and_next_stop_at_the_ends() {
        let [first, middle, last] = [1, 2, 3].map(|n| page(5, 2, n));
        assert_eq!((first.previous(), first.next()), (None, Some(2)));
        assert_eq!((middle.previous(), middle.next()), (Some(1), Some(3)));
        assert_eq!((last.previous(), last.next()), (Some(2), None));
    }

    #[test]
    fn page_param_accepts_positive_numbers_only() {
        assert_eq!(parse_page_param(None), Some(1));
        assert_eq!(parse_page_param(Some("3")), Some(3));
        for bad in ["0", "-1", "two", "", "1.5", "99999999999"] {
            assert_eq!(parse_page_param(Some(bad)), None, "{bad}");
        }
    }
}
