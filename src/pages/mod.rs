//! One page a file. Each page reads its route, fetches its content through [`crate::api`], and renders
//! components; `region` holds what every page's loading and error states share.

pub mod article;
pub mod category;
pub mod feed;
pub mod not_found;
mod page_number;
pub(crate) mod region;
pub mod saved;
pub mod search;

pub use article::ArticlePage;
pub use category::CategoryPage;
pub use feed::FeedPage;
pub use not_found::NotFoundPage;
pub use saved::SavedPage;
pub use search::SearchPage;
