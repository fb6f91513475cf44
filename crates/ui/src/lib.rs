//! digest's views: one component a file, each a view of plain data. The app mounts them in the
//! browser; the publisher renders the same components to HTML for the pre-rendered route pages, so a
//! change to a component changes both.
//!
//! A component never reads the browser while rendering: storage, the clipboard and the document are
//! used in Effects and event handlers only, which do not run when rendering to HTML.

pub mod clipboard;
pub mod components;
pub mod host_events;
pub mod i18n;
pub mod later;
pub mod progress;
pub mod reading;
pub mod reading_store;
pub mod saved;
pub mod saved_store;
pub mod service;
pub mod share;
pub mod storage;
pub mod theme;
pub mod titles;
pub mod visits;
