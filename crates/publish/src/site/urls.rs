//! The site's addresses as absolute URLs, for feeds, the sitemap and link previews: the routes' paths
//! (`digest_model::Paths`, the same the app links with) after the configured origin.

use digest_model::Paths;

/// The route the not-found page is made for: it matches no address, so the app, when it starts,
/// renders its own not-found page in its place.
pub const NOT_FOUND_ROUTE: &str = "*";

/// The site's base: its paths, and the origin when a site URL is configured.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SiteUrls {
    origin: Option<String>,
    paths: Paths,
}

impl SiteUrls {
    /// From the configured site URL (`https://learn.example/ai-news/`), or none.
    pub fn new(site_url: Option<&str>) -> Self {
        let Some(url) = site_url.map(|u| u.trim_end_matches('/')) else {
            return Self { origin: None, paths: Paths::new("") };
        };
        let after_scheme = url.find("://").map_or(0, |i| i + 3);
        let path_start = url.get(after_scheme..).and_then(|rest| rest.find('/')).map(|i| i + after_scheme);
        match path_start.and_then(|i| Some((url.get(..i)?, url.get(i..)?))) {
            Some((origin, base)) => Self { origin: Some(origin.to_owned()), paths: Paths::new(base) },
            None => Self { origin: Some(url.to_owned()), paths: Paths::new("") },
        }
    }

    pub fn paths(&self) -> &Paths {
        &self.paths
    }

    /// Whether absolute URLs can be made (a site URL was configured).
    pub fn has_origin(&self) -> bool {
        self.origin.is_some()
    }

    /// `path` (from [`Paths`]) as an absolute URL; the path alone without a site URL.
    pub fn absolute(&self, path: &str) -> String {
        format!("{}{path}", self.origin.as_deref().unwrap_or_default())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_origin_and_base_path() {
        let urls = SiteUrls::new(Some("https://learn.example/ai-news/"));
        assert_eq!(urls.paths().article("x"), "/ai-news/articles/x");
        assert_eq!(urls.absolute(&urls.paths().home()), "https://learn.example/ai-news/");
        let root = SiteUrls::new(Some("https://digest.example.org"));
        assert_eq!(root.absolute(&root.paths().category("tools")), "https://digest.example.org/categories/tools");
        let none = SiteUrls::new(None);
        assert!(!none.has_origin());
        assert_eq!(none.paths().home(), "/");
    }
}
