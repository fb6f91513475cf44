//! The app's own components: loading and error states, notices and the live region. What the
//! pre-rendered pages show too lives in `digest_ui`. One component a file.

pub mod app_header;
pub mod continue_offer;
pub mod error_view;
pub mod keys_help;
pub mod listen_button;
pub mod offline_notice;
pub mod route_announcer;
pub mod saved_notice;
pub mod skeleton;
pub mod stale_notice;
pub mod static_copy_notice;

pub use app_header::AppHeader;
pub use continue_offer::ContinueOffer;
pub use error_view::ErrorView;
pub use keys_help::KeysHelp;
pub use listen_button::ListenButton;
pub use offline_notice::OfflineNotice;
pub use route_announcer::RouteAnnouncer;
pub use saved_notice::SavedNotice;
pub use skeleton::{ArticleSkeleton, CardListSkeleton};
pub use stale_notice::StaleNotice;
pub use static_copy_notice::StaticCopyNotice;
