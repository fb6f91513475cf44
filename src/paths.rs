//! Every href the app renders, built here so each one carries the base path (leptos_router does not
//! prefix plain links with `<Router base>`).

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Paths {
    base: String,
}

impl Paths {
    /// `base` as [`crate::config::normalize_base`] returns it.
    pub fn new(base: &str) -> Self {
        Self { base: base.to_owned() }
    }

    pub fn home(&self) -> String {
        format!("{}/", self.base)
    }

    /// Page `page` of the feed; page 1 is the home page itself.
    pub fn feed_page(&self, page: u32) -> String {
        if page <= 1 {
            self.home()
        } else {
            format!("{}/?page={page}", self.base)
        }
    }

    pub fn article(&self, slug: &str) -> String {
        format!("{}/articles/{slug}", self.base)
    }

    pub fn category(&self, slug: &str) -> String {
        self.category_page(slug, 1)
    }

    pub fn category_page(&self, slug: &str, page: u32) -> String {
        if page <= 1 {
            format!("{}/categories/{slug}", self.base)
        } else {
            format!("{}/categories/{slug}?page={page}", self.base)
        }
    }
}
