//! Where a shared link to an article points, and what the reader is told after sharing. Plain
//! logic, tested natively; `components::share_button` does the sharing.

use crate::i18n::labels::{Label, Labels};
use digest_model::Paths;

/// The address a shared article link starts from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShareBase {
    /// This origin (`https://news.example`): the article's own page, under the base path the reader
    /// is on (standalone and mount modes).
    Origin(String),
    /// The host page that frames the app (iframe mode), which opens `?digest=<route>` in its frame.
    HostPage(String),
}

impl ShareBase {
    /// The link to share for the article `slug`.
    pub fn article_url(&self, paths: &Paths, slug: &str) -> String {
        match self {
            Self::Origin(origin) => format!("{origin}{}", paths.article(slug)),
            Self::HostPage(page) => {
                // The frame's route, as the embed script reads it: the path under the app's base.
                let route = Paths::new("").article(slug);
                let (page, fragment) = page.split_once('#').map_or((page.as_str(), None), |(p, f)| (p, Some(f)));
                let (page, query) = page.split_once('?').map_or((page, ""), |(p, q)| (p, q));
                let kept: Vec<&str> =
                    query.split('&').filter(|pair| !pair.is_empty() && !pair.starts_with("digest=")).collect();
                let mut url = format!("{page}?");
                for pair in kept {
                    url.push_str(pair);
                    url.push('&');
                }
                url.push_str("digest=");
                url.push_str(&route);
                if let Some(fragment) = fragment {
                    url.push('#');
                    url.push_str(fragment);
                }
                url
            }
        }
    }
}

impl ShareBase {
    /// Where a link to `path` on the hosting site (a promo's `/courses`) goes: in a frame, on the host
    /// page's origin rather than the app's.
    pub fn host_link(&self, path: &str) -> String {
        match self {
            Self::HostPage(page) if path.starts_with('/') && !path.starts_with("//") => {
                let after_scheme = page.find("://").map_or(0, |i| i + 3);
                let origin_end = page
                    .get(after_scheme..)
                    .and_then(|rest| rest.find(['/', '?', '#']))
                    .map_or(page.len(), |i| after_scheme + i);
                format!("{}{path}", page.get(..origin_end).unwrap_or_default())
            }
            _ => path.to_owned(),
        }
    }
}

/// How sharing ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Shared {
    /// The browser's share sheet took it.
    Sent,
    /// The reader closed the share sheet.
    Cancelled,
    /// No share sheet: the link is on the clipboard.
    Copied,
    /// No share sheet, and copying was refused: the link is shown to copy by hand.
    NotCopied(String),
}

impl Shared {
    /// What the live region says.
    pub fn message(&self, t: &Labels) -> String {
        match self {
            Self::Sent | Self::Cancelled => String::new(),
            Self::Copied => t.text(Label::LinkCopied),
            Self::NotCopied(url) => t.fill(Label::LinkNotCopied, &[("url", url)]),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_of_its_own_shares_its_address_under_the_base_path() {
        let base = ShareBase::Origin("https://learn.example".into());
        assert_eq!(base.article_url(&Paths::new("/ai-news"), "x"), "https://learn.example/ai-news/articles/x");
        assert_eq!(base.article_url(&Paths::new(""), "x"), "https://learn.example/articles/x");
    }

    #[test]
    fn a_framed_app_shares_the_host_page_with_its_route() {
        let paths = Paths::new("/digest");
        let share = |page: &str| ShareBase::HostPage(page.into()).article_url(&paths, "x");
        assert_eq!(share("https://host.example/learn"), "https://host.example/learn?digest=/articles/x");
        assert_eq!(
            share("https://host.example/learn?lang=fr&digest=/articles/old#news"),
            "https://host.example/learn?lang=fr&digest=/articles/x#news"
        );
    }

    #[test]
    fn host_paths_go_to_the_host_page_origin_in_a_frame() {
        let framed = ShareBase::HostPage("https://learn.example:8443/embed/?digest=/x#top".into());
        assert_eq!(framed.host_link("/courses/agents"), "https://learn.example:8443/courses/agents");
        assert_eq!(framed.host_link("https://other.example/c"), "https://other.example/c");
        assert_eq!(ShareBase::HostPage("https://learn.example".into()).host_link("/c"), "https://learn.example/c");
        assert_eq!(ShareBase::Origin("https://news.example".into()).host_link("/courses"), "/courses");
    }

    #[test]
    fn only_a_copy_speaks() {
        let t = Labels::english();
        assert_eq!(Shared::Sent.message(&t), "");
        assert_eq!(Shared::Cancelled.message(&t), "");
        assert_eq!(Shared::Copied.message(&t), "Link copied to the clipboard.");
        assert!(Shared::NotCopied("https://a/b".into()).message(&t).ends_with("The link is https://a/b"));
    }
}
