//! One component a file; each file's CSS is `style/components/<name>.css`.

pub mod article_card;
pub mod article_text;
pub mod article_view;
pub mod listing_view;
pub mod not_found_view;
pub mod pagination;
pub mod promo;
pub mod published_date;
pub mod related;
pub mod share_button;
pub mod site_footer;
pub mod site_header;
pub mod skip_link;
pub mod source_quote;
pub mod steps;
pub mod takeaways;
pub mod theme_toggle;

pub use article_card::{ArticleCard, CardList};
pub use article_text::ArticleText;
pub use article_view::ArticleView;
pub use listing_view::{CategoryView, FeedView, ListingView};
pub use not_found_view::NotFoundView;
pub use pagination::Pagination;
pub use promo::Promo;
pub use published_date::PublishedDate;
pub use related::Related;
pub use share_button::ShareButton;
pub use site_footer::SiteFooter;
pub use site_header::{HeaderNav, SiteHeader};
pub use skip_link::SkipLink;
pub use source_quote::SourceQuote;
pub use steps::Steps;
pub use takeaways::Takeaways;
pub use theme_toggle::ThemeToggle;
