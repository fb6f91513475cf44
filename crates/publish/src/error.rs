//! What stops a publish once the content has passed its checks (the content's own problems are
//! [`Problem`]s): each error says what the run was doing, and to which file.

use crate::diagnostics::Problem;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Cloneable (its sources shared): a page or an index made once serves every file made from it, and
/// so does its failure.
#[derive(Clone, Debug, thiserror::Error)]
pub enum Error {
    /// A file or folder could not be read, written, listed or removed.
    #[error("cannot {action} {}: {source}", path.display())]
    Io { action: &'static str, path: PathBuf, source: Arc<io::Error> },
    /// An article's file could not be read again to make its pages.
    #[error("{0}")]
    Reread(Box<Problem>),
    /// An article passed its checks when it was loaded, and its file changed before its pages were made.
    #[error("{} changed while publishing and is no longer valid; publish again", .0.display())]
    Changed(PathBuf),
    /// A value could not be written as JSON or XML.
    #[error("cannot write {format}: {message}")]
    Encode { format: &'static str, message: String },
    /// The built page the route pages are made from (Trunk's index.html) cannot serve as their template.
    #[error("index.html {0}")]
    Template(String),
    /// A stylesheet of the build that cannot be inlined into a page's `<style>`.
    #[error("{} cannot be inlined: it holds \"{end}\"", path.display())]
    NotInlinable { path: PathBuf, end: &'static str },
    /// Another run is publishing into the same folder.
    #[error(
        "another publish is writing into {}: {holder}; wait for it to finish (a run that was killed does not hold the folder)",
        folder.display()
    )]
    Busy { folder: PathBuf, holder: String },
    /// The folder to publish into holds no build of the app, whose index.html every page is made from.
    #[error(
        "{} has no index.html, the app's page that every route page is made from: publish into a build of the app \
         (make build writes dist/; make publish CONTENT=… OUT=… SITE=… builds the app and publishes into OUT), \
         or write only the data the app fetches with digest-content build <content> <data folder>",
        .0.display()
    )]
    NoApp(PathBuf),
    /// The run's own bookkeeping failed: a rank with no article, a thread that stopped.
    #[error("{0}")]
    Internal(String),
}

impl Error {
    /// For `map_err`: doing `action` to `path` failed.
    pub fn io<'a>(action: &'static str, path: &'a Path) -> impl Fn(io::Error) -> Self + 'a {
        move |source| Self::Io { action, path: path.to_owned(), source: Arc::new(source) }
    }

    pub fn json(err: &serde_json::Error) -> Self {
        Self::Encode { format: "JSON", message: err.to_string() }
    }

    pub fn xml(err: &io::Error) -> Self {
        Self::Encode { format: "XML", message: err.to_string() }
    }
}

/// What a step of the publish gives back.
pub type Result<T> = std::result::Result<T, Error>;
