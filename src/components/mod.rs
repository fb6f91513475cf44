//! One component a file; each file's CSS is `style/components/<name>.css`.

pub mod article_card;
pub mod article_view;
pub mod error_view;
pub mod pagination;
pub mod promo;
pub mod published_date;
pub mod related;
pub mod route_announcer;
pub mod site_footer;
pub mod site_header;
pub mod skeleton;
pub mod source_quote;
pub mod stale_notice;
pub mod static_copy_notice;
pub mod steps;
pub mod takeaways;
pub mod theme_toggle;

pub use article_card::{ArticleCard, CardList};
pub use article_view::ArticleView;
pub use error_view::ErrorView;
pub use pagination::Pagination;
pub use promo::Promo;
pub use published_date::PublishedDate;
pub use related::Related;
pub use route_announcer::{RouteAnnouncement, RouteAnnouncer};
pub use site_footer::SiteFooter;
pub use site_header::SiteHeader;
pub use skeleton::{ArticleSkeleton, CardListSkeleton};
pub use source_quote::SourceQuote;
pub use stale_notice::StaleNotice;
pub use static_copy_notice::StaticCopyNotice;
pub use steps::Steps;
pub use takeaways::Takeaways;
pub use theme_toggle::ThemeToggle;
