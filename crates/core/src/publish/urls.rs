//! The addresses of every route, as paths (links inside pages) and as absolute URLs (feeds, sitemap,
//! link previews). The same shapes as the app's `src/paths.rs`.

/// The site's base: a path (`""` at the root, `/learn/ai-news`) and, when configured, the origin.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SiteUrls {
    origin: Option<String>,
    base: String,
}

impl SiteUrls {
    /// From the configured site URL (`https://learn.example/ai-news/`), or none.
    pub fn new(site_url: Option<&str>) -> Self {
        let Some(url) = site_url.map(|u| u.trim_end_matches('/')) else {
            return Self { origin: None, base: String::new() };
        };
        let after_scheme = url.find("://").map_or(0, |i| i + 3);
        let path_start = url.get(after_scheme..).and_then(|rest| rest.find('/')).map(|i| i + after_scheme);
        match path_start.and_then(|i| Some((url.get(..i)?, url.get(i..)?))) {
            Some((origin, base)) => Self { origin: Some(origin.to_owned()), base: base.to_owned() },
            None => Self { origin: Some(url.to_owned()), base: String::new() },
        }
    }

    /// Whether absolute URLs can be made (a site URL was configured).
    pub fn has_origin(&self) -> bool {
        self.origin.is_some()
    }

    pub fn home(&self) -> String {
        format!("{}/", self.base)
    }

    pub fn article(&self, slug: &str) -> String {
        format!("{}/articles/{slug}", self.base)
    }

    pub fn category(&self, slug: &str) -> String {
        format!("{}/categories/{slug}", self.base)
    }

    pub fn file(&self, name: &str) -> String {
        format!("{}/{name}", self.base)
    }

    /// `path` (from the methods above) as an absolute URL; the path alone without a site URL.
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
        assert_eq!(urls.article("x"), "/ai-news/articles/x");
        assert_eq!(urls.absolute(&urls.home()), "https://learn.example/ai-news/");
        let root = SiteUrls::new(Some("https://digest.example.org"));
        assert_eq!(root.absolute(&root.category("tools")), "https://digest.example.org/categories/tools");
        let none = SiteUrls::new(None);
        assert!(!none.has_origin());
        assert_eq!(none.home(), "/");
    }
}
