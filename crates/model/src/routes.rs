//! Every address of the reader, in one place: the app builds its links here and the publisher its
//! files and URLs, so the two cannot drift apart. Paths carry the base path the reader is served
//! under (`""` at a site's root, `/learn/ai-news` in a learning site).

/// Builds the path of every page under a base path, which has no trailing slash.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Paths {
    base: String,
}

impl Paths {
    /// `base`: `""`, or a path such as `/learn/ai-news` without a trailing slash.
    pub fn new(base: &str) -> Self {
        Self { base: base.to_owned() }
    }

    /// The base path itself, `""` at the root.
    pub fn base(&self) -> &str {
        &self.base
    }

    /// The feed's first page.
    pub fn home(&self) -> String {
        format!("{}/", self.base)
    }

    /// Page `page` of the feed: `/page/2`; page 1 is the home page itself. A path rather than a
    /// query, so that every page has a file a static host can serve.
    pub fn feed_page(&self, page: u32) -> String {
        if page <= 1 {
            self.home()
        } else {
            format!("{}/page/{page}", self.base)
        }
    }

    pub fn article(&self, slug: &str) -> String {
        format!("{}/articles/{slug}", self.base)
    }

    pub fn category(&self, slug: &str) -> String {
        self.category_page(slug, 1)
    }

    /// Page `page` of a category: `/categories/tools/page/2`; page 1 is the category's own address.
    pub fn category_page(&self, slug: &str, page: u32) -> String {
        if page <= 1 {
            format!("{}/categories/{slug}", self.base)
        } else {
            format!("{}/categories/{slug}/page/{page}", self.base)
        }
    }

    /// The reader's saved articles.
    pub fn saved(&self) -> String {
        format!("{}/saved", self.base)
    }

    /// Search, for `query` (none: the page without a query). The query is the address's `q`.
    pub fn search(&self, query: &str) -> String {
        if query.is_empty() {
            format!("{}/search", self.base)
        } else {
            format!("{}/search?q={}", self.base, encode_query(query))
        }
    }

    /// The file a route page is published as, relative to the site's root folder: `articles/x.html`,
    /// `page/2.html`, `index.html` for the home page. `path` is one of this type's paths.
    pub fn file_of(&self, path: &str) -> String {
        let route = path.strip_prefix(self.base.as_str()).unwrap_or(path).trim_matches('/');
        if route.is_empty() {
            "index.html".to_owned()
        } else {
            format!("{route}.html")
        }
    }

    /// A file at the top of the site: `feed.xml`, `sitemap.xml`.
    pub fn file(&self, name: &str) -> String {
        format!("{}/{name}", self.base)
    }
}

/// `text` as a query value: what `encodeURIComponent` leaves alone stays, a space is `+`, anything
/// else is percent-encoded.
fn encode_query(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => out.push(char::from(byte)),
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

/// The data files the app fetches, relative to the data folder: the publisher writes each where the
/// app reads it, both through these.
pub mod data {
    /// The site: its name, categories and promos.
    pub const SITE: &str = "site.json";

    /// The folders that hold nothing but listing and article files.
    pub const FOLDERS: [&str; 3] = ["feed", "categories", "articles"];

    /// Page `page` of the feed.
    pub fn feed(page: u32) -> String {
        format!("feed/{page}.json")
    }

    /// Page `page` of the category `slug`.
    pub fn category(slug: &str, page: u32) -> String {
        format!("categories/{slug}/{page}.json")
    }

    /// The article `slug`, with its reading time and related articles.
    pub fn article(slug: &str) -> String {
        format!("articles/{slug}.json")
    }

    /// The interface's texts in `language`.
    pub fn locale(language: &str) -> String {
        format!("locales/{language}.json")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_path_starts_with_the_base() {
        let paths = Paths::new("/learn/ai-news");
        assert_eq!(paths.home(), "/learn/ai-news/");
        assert_eq!(paths.feed_page(1), "/learn/ai-news/");
        assert_eq!(paths.feed_page(2), "/learn/ai-news/page/2");
        assert_eq!(paths.article("x"), "/learn/ai-news/articles/x");
        assert_eq!(paths.category("tools"), "/learn/ai-news/categories/tools");
        assert_eq!(paths.category_page("tools", 3), "/learn/ai-news/categories/tools/page/3");
        assert_eq!(paths.file("feed.xml"), "/learn/ai-news/feed.xml");
        assert_eq!(paths.saved(), "/learn/ai-news/saved");
        assert_eq!(paths.search(""), "/learn/ai-news/search");
        assert_eq!(paths.search("naïve RAG & co/x?"), "/learn/ai-news/search?q=na%C3%AFve+RAG+%26+co%2Fx%3F");
        let root = Paths::new("");
        assert_eq!(root.home(), "/");
        assert_eq!(root.article("x"), "/articles/x");
    }

    #[test]
    fn each_route_has_a_file() {
        let paths = Paths::new("/learn/ai-news");
        assert_eq!(paths.file_of(&paths.home()), "index.html");
        assert_eq!(paths.file_of(&paths.feed_page(2)), "page/2.html");
        assert_eq!(paths.file_of(&paths.article("x")), "articles/x.html");
        assert_eq!(paths.file_of(&paths.category_page("tools", 3)), "categories/tools/page/3.html");
        assert_eq!(Paths::new("").file_of("/categories/tools"), "categories/tools.html");
        assert_eq!(paths.file_of(&paths.saved()), "saved.html");
        assert_eq!(paths.file_of(&paths.search("")), "search.html");
    }
}
