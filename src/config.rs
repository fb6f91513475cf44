//! Runtime settings, read from the host element's `data-*` attributes so that a site embedding the app
//! configures it in its own HTML, without rebuilding (docs/embedding.md lists them).

use digest_ui::share::ShareBase;
use digest_ui::theme::Theme;
use leptos::prelude::*;
use web_sys::{Element, UrlSearchParams};

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
    /// Whether the host chose the content URL (so a failure to reach it is worth naming).
    pub content_url_set: bool,
    /// Overrides the promo's link from site.json (`data-courses-url`).
    pub courses_url: Option<String>,
    /// Overrides site.json's title (`data-site-name`).
    pub site_name: Option<String>,
    /// The host's theme, used while the reader has chosen none (`data-theme`, or `?theme=` in a frame).
    pub theme: Option<Theme>,
    /// In an iframe of `public/digest-embed.js`: the host page's origin, the only one we talk to.
    pub embed_origin: Option<String>,
    /// In such an iframe: the host page's address (without `?digest=`), which shared links point to.
    pub embed_page: Option<String>,
    /// Whether articles are fetched before they are opened (`data-prefetch="off"` turns it off).
    pub prefetch: bool,
    /// Whether the service worker for offline reading is registered (`data-offline`: the content
    /// command's `--offline` writes it on its pages; a host page opts in with it).
    pub offline: bool,
    /// The locale the reader's interface speaks (`data-locale`, or `?locale=` in a frame).
    pub locale: Option<String>,
    /// Whether the site may have texts of its own (site.json `labels`): only the content command's
    /// pages know, and say `data-site-labels="none"` when it has none.
    pub site_labels: bool,
    /// Whether the keyboard shortcuts act (`data-keys="off"`, or `?keys=off` in a frame, turns them off:
    /// a learning site may have its own).
    pub keys: bool,
}

impl Config {
    pub fn from_element(element: &Element) -> Self {
        let attr = |name: &str| element.get_attribute(name).map(|v| v.trim().to_owned()).filter(|v| !v.is_empty());
        let query = window().location().search().ok().and_then(|s| UrlSearchParams::new_with_str(&s).ok());
        let param = |name: &str| query.as_ref().and_then(|q| q.get(name)).filter(|v| !v.is_empty());
        let base_path = attr("data-base-path").or_else(document_base_path);
        let content_url = attr("data-content-url");
        let embed_origin = param("embed_origin").filter(|o| is_origin(o));
        let embed_page =
            embed_origin.as_ref().and_then(|origin| param("embed_page").filter(|page| is_page_of(page, origin)));
        let theme = attr("data-theme").or_else(|| embed_origin.as_ref().and(param("theme")));
        let embed_origin_locale = embed_origin.as_ref().and(param("locale"));
        let courses_url = attr("data-courses-url").or_else(|| {
            embed_origin.as_ref().and(param("courses")).filter(|url| digest_model::validate::is_web_url(url))
        });
        Self {
            content_url_set: content_url.is_some(),
            ..Self::new(base_path.as_deref(), content_url.as_deref(), courses_url)
        }
        .with(|c| {
            c.site_name = attr("data-site-name");
            c.theme = theme.as_deref().and_then(Theme::parse);
            c.embed_origin = embed_origin;
            c.embed_page = embed_page;
            c.prefetch = attr("data-prefetch").as_deref() != Some("off");
            c.offline = element.has_attribute("data-offline");
            // In a frame the host's choice wins over the locale its pages were published in.
            c.locale = embed_origin_locale.clone().or_else(|| attr("data-locale"));
            c.site_labels = attr("data-site-labels").as_deref() != Some("none");
            c.keys = attr("data-keys").or_else(|| c.embed_origin.as_ref().and(param("keys"))).as_deref() != Some("off");
        })
    }

    /// Settings from optional raw values; the content defaults to `<base>/data`.
    pub fn new(base_path: Option<&str>, content_url: Option<&str>, courses_url: Option<String>) -> Self {
        let base_path = normalize_base(base_path.unwrap_or_default());
        let content_url = match content_url {
            Some(url) => url.trim_end_matches('/').to_owned(),
            None => format!("{base_path}/data"),
        };
        Self {
            base_path,
            content_url,
            content_url_set: false,
            courses_url,
            site_name: None,
            theme: None,
            embed_origin: None,
            embed_page: None,
            prefetch: true,
            offline: false,
            locale: None,
            site_labels: true,
            keys: true,
        }
    }

    fn with(mut self, change: impl FnOnce(&mut Self)) -> Self {
        change(&mut self);
        self
    }

    /// Where shared article links point: the host page in iframe mode, this page's origin otherwise.
    pub fn share_base(&self) -> ShareBase {
        match &self.embed_page {
            Some(page) => ShareBase::HostPage(page.clone()),
            None => ShareBase::Origin(window().location().origin().unwrap_or_default()),
        }
    }

    /// Why the app cannot run on a page at `pathname`, if it cannot: a base path the page is not under.
    pub fn problem(&self, pathname: &str) -> Option<String> {
        let inside = self.base_path.is_empty()
            || pathname == self.base_path
            || pathname.strip_prefix(&self.base_path).is_some_and(|rest| rest.starts_with('/'));
        (!inside).then(|| {
            format!(
                "This page is at {pathname}, which is not under the app's base path {}. Set data-base-path on \
                 the #digest element to the path the app is served under (for this page, a prefix of {pathname}), \
                 or remove it if the app is served at the site's root.",
                self.base_path
            )
        })
    }
}

/// The path of the page's `<base href>` (Trunk writes the public URL there), if it has one.
fn document_base_path() -> Option<String> {
    let base = document().query_selector("base[href]").ok().flatten()?;
    let href = base.get_attribute("href")?;
    let url = web_sys::Url::new_with_base(&href, &window().location().href().ok()?).ok()?;
    Some(url.pathname())
}

/// Whether `text` is exactly an http(s) origin, such as `https://learn.example`.
fn is_origin(text: &str) -> bool {
    web_sys::Url::new(text).is_ok_and(|url| {
        matches!(url.protocol().as_str(), "http:" | "https:") && url.origin() == text.trim_end_matches('/')
    })
}

/// Whether `text` is an http(s) address on `origin`: a frame shares links to its host's page only.
fn is_page_of(text: &str, origin: &str) -> bool {
    digest_model::validate::is_web_url(text) && web_sys::Url::new(text).is_ok_and(|url| url.origin() == origin)
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
impl digest_ui::service::Service for Config {
    /// The settings of a page with no `data-*` attributes.
    fn missing() -> Self {
        Self::new(None, None, None)
    }
}
