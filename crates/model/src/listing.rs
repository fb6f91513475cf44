//! Pagination of the feed and of category pages.

use crate::model::{ArticleSummary, ListingPage};

/// Splits `items` (already in display order) into pages of `page_size`. There is always at least one
/// page, so an empty feed or category still has a page 1 that says so.
pub fn paginate(items: &[ArticleSummary], page_size: u32) -> Vec<ListingPage> {
    let size = usize::try_from(page_size.max(1)).unwrap_or(usize::MAX);
    let total = u32::try_from(items.len()).unwrap_or(u32::MAX);
    let chunks: Vec<&[ArticleSummary]> = if items.is_empty() { vec![&[]] } else { items.chunks(size).collect() };
    let pages = u32::try_from(chunks.len()).unwrap_or(u32::MAX);
    (1..).zip(chunks).map(|(page, chunk)| ListingPage { page, pages, total, items: chunk.to_vec() }).collect()
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

    fn items(n: usize) -> Vec<ArticleSummary> {
        (0..n)
            .map(|i| ArticleSummary {
                slug: format!("a{i}"),
                title: format!("A {i}"),
                category: "c".into(),
                published: "2026-01-01T00:00:00Z".into(),
                summary: String::new(),
                reading_minutes: 1,
            })
            .collect()
    }

    #[test]
    fn splits_into_full_pages_and_a_remainder() {
        let pages = paginate(&items(23), 10);
        assert_eq!(pages.len(), 3);
        assert_eq!(pages.iter().map(|p| p.items.len()).collect::<Vec<_>>(), [10, 10, 3]);
        assert!(pages.iter().all(|p| p.pages == 3 && p.total == 23));
        assert_eq!(pages[2].page, 3);
        assert_eq!(pages[2].items[0].slug, "a20");
    }

    #[test]
    fn an_empty_listing_has_one_empty_page() {
        let pages = paginate(&[], 10);
        assert_eq!(pages, vec![ListingPage { page: 1, pages: 1, total: 0, items: vec![] }]);
    }

    #[test]
    fn previous_and_next_stop_at_the_ends() {
        let pages = paginate(&items(5), 2);
        assert_eq!((pages[0].previous(), pages[0].next()), (None, Some(2)));
        assert_eq!((pages[1].previous(), pages[1].next()), (Some(1), Some(3)));
        assert_eq!((pages[2].previous(), pages[2].next()), (Some(2), None));
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
