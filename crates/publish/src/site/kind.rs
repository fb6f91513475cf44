//! The kinds of route page: each inlines the CSS its pages can use (`critical/`), so each has its own
//! shell.

/// A kind of route page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PageKind {
    Article,
    /// The feed's and the categories' pages.
    Listing,
    Search,
    Saved,
    NotFound,
}

impl PageKind {
    pub const ALL: [PageKind; 5] =
        [PageKind::Article, PageKind::Listing, PageKind::Search, PageKind::Saved, PageKind::NotFound];
}

/// One `T` for each kind of page.
#[derive(Clone, Debug)]
pub struct ByKind<T> {
    article: T,
    listing: T,
    search: T,
    saved: T,
    not_found: T,
}

impl<T> ByKind<T> {
    /// Each kind's value, made in the order of [`PageKind::ALL`].
    pub fn try_new<E>(mut make: impl FnMut(PageKind) -> Result<T, E>) -> Result<Self, E> {
        Ok(Self {
            article: make(PageKind::Article)?,
            listing: make(PageKind::Listing)?,
            search: make(PageKind::Search)?,
            saved: make(PageKind::Saved)?,
            not_found: make(PageKind::NotFound)?,
        })
    }

    pub fn get(&self, kind: PageKind) -> &T {
        match kind {
            PageKind::Article => &self.article,
            PageKind::Listing => &self.listing,
            PageKind::Search => &self.search,
            PageKind::Saved => &self.saved,
            PageKind::NotFound => &self.not_found,
        }
    }

    /// The values in the order of [`PageKind::ALL`].
    pub fn values(&self) -> impl Iterator<Item = &T> {
        PageKind::ALL.into_iter().map(|kind| self.get(kind))
    }
}
