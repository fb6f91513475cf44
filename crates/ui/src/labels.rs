//! The words of the reader's interface that more than one view shows: each written once, for the app
//! and the pre-rendered pages alike.

pub const WHY_IT_MATTERS: &str = "Why it matters";
pub const STEPS: &str = "How to implement this in your domain";
pub const WHO_BENEFITS: &str = "Who benefits";
pub const TAKEAWAYS: &str = "Key takeaways";
pub const ORIGINAL_POST: &str = "The original post";
pub const CATEGORY: &str = "Category";
pub const LATEST: &str = "Latest";
pub const NO_ARTICLES: &str = "No articles yet.";
pub const NO_ARTICLES_IN_CATEGORY: &str = "No articles in this category yet.";
pub const NOT_FOUND: &str = "Page not found";
pub const NOT_FOUND_DESCRIPTION: &str = "There is nothing at this address.";
pub const SAVED: &str = "Saved articles";
pub const SAVED_DESCRIPTION: &str = "The articles you saved to read later, kept in this browser.";
pub const SAVED_LOADING: &str = "Your saved articles appear here once the page has loaded.";
pub const NOTHING_SAVED: &str = "Nothing saved yet. Press Save on an article to keep it here for later.";
pub const SEARCH: &str = "Search";
pub const SEARCH_LABEL: &str = "Search articles";
pub const SEARCH_PLACEHOLDER: &str = "Search";
pub const SEARCH_INTRO: &str = "Type a word or two in the search box to find articles.";
pub const SEARCH_BROWSE: &str = "Try other words, or browse a category:";
pub const SEARCHING: &str = "Searching…";
pub const SHOW_MORE_RESULTS: &str = "Show more results";
pub const SEARCH_UNAVAILABLE: &str = "Search is unavailable right now";
