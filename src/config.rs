//! Runtime settings, read from the host element's `data-*` attributes so that a site embedding the app
//! configures it in its own HTML, without rebuilding.

use web_sys::Element;

/// The element the app mounts into.
pub const ROOT_ID: &str = "digest";
/// The class every style of ours hangs from.
pub const ROOT_CLASS: &str = "digest";

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Config {
    /// Where the app's routes start, without a trailing slash: `""` at the site root, `/learn/ai-news`.
    pub base_path: String,
    /// Where the published content lives, without a trailing slash (`data-content-url`).
    pub content_url: String,
    /// Overrides the promo's link from site.json (`data-courses-url`).
    pub courses_url: Option<String>,
}

impl Config {
    pub fn from_element(element: &Element) -> Self {
        let attr = |name: &str| element.get_attribute(name).map(|v| v.trim().to_owned()).filter(|v| !v.is_empty());
        Self::new(attr("data-base-path").as_deref(), attr("data-content-url").as_deref(), attr("data-courses-url"))
    }

    /// Settings from optional raw values; the content defaults to `<base>/data`.
    pub fn new(base_path: Option<&str>, content_url: Option<&str>, courses_url: Option<String>) -> Self {
        let base_path = normalize_base(base_path.unwrap_or_default());
        let content_url = match content_url {
            Some(url) => url.trim_end_matches('/').to_owned(),
            None => format!("{base_path}/data"),
        };
        Self { base_path, content_url, courses_url }
    }
}

/// `learn/ai-news/` -> `/learn/ai-news`; `/` and `` -> ``.
pub fn normalize_base(raw: &str) -> String {
    let trimmed = raw.trim().trim_matches('/');
    if trimmed.is_empty() {
        String::new()
    } else {
        format!("/{trimmed}")
    }
}
