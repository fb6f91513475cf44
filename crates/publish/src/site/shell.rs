//! The built `index.html` made ready to be every route page's shell, with an HTML parser (lol_html:
//! Trunk's minified output leaves attributes unquoted, which no regular expression should be trusted
//! with):
//!
//! - the stylesheets Trunk linked are inlined into one `<style>`, so a page paints after one round
//!   trip; the start script keeps the app's stylesheet address in `data-css` for mount mode, where the
//!   host page links it;
//! - no `preload` or `modulepreload` link is left: the JS and wasm must not compete with the first
//!   paint; and the start script (digest-start.js, which fetches them after it) is inlined, so that
//!   nothing but the page itself is requested before it paints;
//! - the Content-Security-Policy allows exactly the inline `<style>` and `<script>` left, by their
//!   hashes, and nothing else inline.
//!
//! A shell this module made is made again to the same bytes, so publishing twice is idempotent.

use crate::error::{Error, Result};
use base64::Engine;
use digest_ui::i18n::labels::Labels;
use lol_html::html_content::ContentType;
use lol_html::{element, rewrite_str, text, RewriteStrSettings};
use sha2::{Digest, Sha256};
use std::cell::RefCell;
use std::path::Path;

/// The policy without its hashes: everything from our own origin, and wasm compiled with
/// `'wasm-unsafe-eval'`, never with `eval`.
const POLICY: [(&str, &str); 9] = [
    ("default-src", "'self'"),
    ("script-src", "'self' 'wasm-unsafe-eval'"),
    ("style-src", "'self'"),
    ("img-src", "'self' data:"),
    ("font-src", "'self'"),
    ("connect-src", "'self'"),
    ("object-src", "'none'"),
    ("base-uri", "'self'"),
    ("form-action", "'self'"),
];

/// Stylesheets whose file name starts with this style our own page's `<body>`: inlined into route
/// pages, never linked by a host page in mount mode.
const STANDALONE_PREFIX: &str = "standalone-";

/// Where the inline `<style>` goes: the first stylesheet link's place.
const STYLE_MARK: &str = "<!--digest-style-->";

/// What an inline element of the shell is, for the policy.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Inline {
    Script,
    Style,
    /// A `<script>` of data (JSON-LD), which browsers never run.
    Data,
}

/// A route page's shell, and the policy its inline parts need.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Shell {
    pub html: String,
    /// The whole `Content-Security-Policy` value.
    pub policy: String,
}

fn file_name(href: &str) -> &str {
    let path = href.split(['?', '#']).next().unwrap_or(href);
    path.rsplit('/').next().unwrap_or(path)
}

fn hash(text: &str) -> String {
    format!("'sha256-{}'", base64::engine::general_purpose::STANDARD.encode(Sha256::digest(text.as_bytes())))
}

fn rewrite(html: &str, settings: RewriteStrSettings<'_, '_>) -> Result<String> {
    rewrite_str(html, settings).map_err(|err| Error::Template(format!("could not be read as HTML: {err}")))
}

/// `dist`'s file named like the last segment of `href`, to be inlined into an element that ends with
/// `end` (`</style`, `</script`), which the file must therefore not hold.
fn inlinable(dist: &Path, href: &str, end: &'static str) -> Result<String> {
    let path = dist.join(file_name(href));
    let text = std::fs::read_to_string(&path).map_err(Error::io("read", &path))?;
    if text.to_ascii_lowercase().contains(end) {
        return Err(Error::NotInlinable { path, end });
    }
    Ok(text.trim_end().to_owned())
}

/// Prepares `html`; the stylesheets and start script it links are read from `dist` by their file names.
/// `offline`: the app's element gets `data-offline`, which has the app register the service worker.
/// `labels` are the site's texts; `own_labels`, whether site.json changes any of them (if not, an
/// English page tells the app it need not load its texts: they are the ones it carries).
pub fn prepare(html: &str, dist: &Path, offline: bool, labels: Labels, own_labels: bool) -> Result<Shell> {
    let hrefs: RefCell<Vec<String>> = RefCell::default();
    let failure: RefCell<Option<Error>> = RefCell::default();
    let html = rewrite(
        html,
        RewriteStrSettings::new()
            .append_element_content_handler(element!("script[src][data-js][data-wasm]", |script| {
                let src = script.get_attribute("src").unwrap_or_default();
                match inlinable(dist, &src, "</script") {
                    Ok(code) => {
                        script.remove_attribute("src");
                        script.remove_attribute("defer");
                        script.set_inner_content(&code, ContentType::Html);
                    }
                    Err(err) => *failure.borrow_mut() = Some(err),
                }
                Ok(())
            }))
            .append_element_content_handler(element!("link[rel~=stylesheet][href]", |link| {
                let first = hrefs.borrow().is_empty();
                hrefs.borrow_mut().push(link.get_attribute("href").unwrap_or_default());
                link.replace(if first { STYLE_MARK } else { "" }, ContentType::Html);
                Ok(())
            }))
            .append_element_content_handler(element!("link[rel~=preload], link[rel~=modulepreload]", |link| {
                link.remove();
                Ok(())
            }))
            .append_element_content_handler(element!("html", |html| {
                html.set_attribute("lang", labels.locale())?;
                html.set_attribute("dir", labels.dir())?;
                // digest's own page: no host stylesheet to be isolated from (style/isolation.css).
                html.set_attribute("data-digest-page", "")?;
                Ok(())
            }))
            .append_element_content_handler(element!("#digest", |root| {
                // The app speaks the locale the pages were written in.
                root.set_attribute("data-locale", labels.locale())?;
                root.set_attribute("lang", labels.locale())?;
                root.set_attribute("dir", labels.dir())?;
                if own_labels {
                    root.remove_attribute("data-site-labels");
                } else {
                    root.set_attribute("data-site-labels", "none")?;
                }
                if offline {
                    root.set_attribute("data-offline", "")?;
                } else {
                    root.remove_attribute("data-offline");
                }
                Ok(())
            })),
    )?;
    if let Some(failure) = failure.into_inner() {
        return Err(failure);
    }
    let hrefs = hrefs.into_inner();
    let css = hrefs.iter().map(|href| inlinable(dist, href, "</style")).collect::<Result<String>>()?;
    let html = html.replacen(STYLE_MARK, &format!("<style>{css}</style>"), 1);
    // The app's own sheets, for a host page to link; none when the shell was prepared before.
    let app_sheets: Vec<&str> =
        hrefs.iter().map(String::as_str).filter(|h| !file_name(h).starts_with(STANDALONE_PREFIX)).collect();
    with_policy(&html, &app_sheets.join(" "))
}

/// Records the app's stylesheets on the start script, and hashes the inline parts into the policy.
fn with_policy(html: &str, app_sheets: &str) -> Result<Shell> {
    // Each inline script or style, in document order: whether it is a script the browser runs (data
    // blocks such as JSON-LD are not, and the policy has nothing to allow for them), and its text.
    let inline: RefCell<Vec<(Inline, String)>> = RefCell::default();
    let runs = |kind: &str| matches!(kind.trim().to_ascii_lowercase().as_str(), "" | "module" | "text/javascript");
    let html = rewrite(
        html,
        RewriteStrSettings::new()
            .append_element_content_handler(element!("script[data-js][data-wasm]", |script| {
                if !app_sheets.is_empty() {
                    script.set_attribute("data-css", app_sheets)?;
                }
                Ok(())
            }))
            .append_element_content_handler(element!("script:not([src]), style", |element| {
                let kind = match element.tag_name().as_str() {
                    "style" => Inline::Style,
                    _ if runs(&element.get_attribute("type").unwrap_or_default()) => Inline::Script,
                    _ => Inline::Data,
                };
                inline.borrow_mut().push((kind, String::new()));
                Ok(())
            }))
            .append_element_content_handler(text!("script:not([src]), style", |chunk| {
                if let Some((_, text)) = inline.borrow_mut().last_mut() {
                    text.push_str(chunk.as_str());
                }
                Ok(())
            })),
    )?;
    let inline = inline.into_inner();
    let hashes = |which: Inline| -> Vec<String> {
        inline.iter().filter(|(kind, _)| *kind == which).map(|(_, text)| hash(text)).collect()
    };
    let (script_hashes, style_hashes) = (hashes(Inline::Script), hashes(Inline::Style));
    let policy = POLICY
        .iter()
        .map(|&(directive, sources)| {
            let extra = match directive {
                "script-src" => &script_hashes,
                "style-src" => &style_hashes,
                _ => return format!("{directive} {sources}"),
            };
            std::iter::once(format!("{directive} {sources}")).chain(extra.iter().cloned()).collect::<Vec<_>>().join(" ")
        })
        .collect::<Vec<_>>()
        .join("; ");
    Ok(Shell { html, policy })
}

#[cfg(test)]
mod tests {
    use super::*;

    const INDEX: &str = "<!doctype html><html lang=en><head><script>theme()</script><title>T</title>\
        <script defer src=/digest-start.js data-js=/digest-1.js data-wasm=/digest-1_bg.wasm></script>\
        <link rel=modulepreload href=/digest-1.js><link as=fetch href=/digest-1_bg.wasm rel=preload>\
        <link href=/digest-2.css rel=stylesheet><link href=/standalone-3.css rel=stylesheet></head>\
        <body><div id=digest></div></body></html>";

    /// A dist folder of its own for each test (they run at once), removed when dropped.
    fn dist() -> tempfile::TempDir {
        let scratch = tempfile::tempdir().unwrap();
        let dir = scratch.path();
        std::fs::write(dir.join("digest-2.css"), ".digest{color:red}\n").unwrap();
        std::fs::write(dir.join("standalone-3.css"), "body{margin:0}").unwrap();
        std::fs::write(dir.join("digest-start.js"), "start()\n").unwrap();
        scratch
    }

    #[test]
    fn inlines_the_stylesheets_drops_preloads_and_hashes_the_inline_parts() {
        let shell = prepare(INDEX, dist().path(), false, Labels::english(), false).unwrap();
        assert_eq!(
            shell.html,
            "<!doctype html><html lang=\"en\" dir=\"ltr\" data-digest-page=\"\"><head><script>theme()</script><title>T</title>\
            <script data-js=/digest-1.js data-wasm=/digest-1_bg.wasm data-css=\"/digest-2.css\">start()</script>\
            <style>.digest{color:red}body{margin:0}</style></head>\
            <body><div id=digest data-locale=\"en\" lang=\"en\" dir=\"ltr\" data-site-labels=\"none\"></div></body></html>"
        );
        assert_eq!(
            shell.policy,
            format!(
                "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' {} {}; style-src 'self' {}; img-src 'self' data:; \
                 font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'",
                hash("theme()"),
                hash("start()"),
                hash(".digest{color:red}body{margin:0}")
            )
        );
    }

    #[test]
    fn a_prepared_shell_is_prepared_again_to_the_same_bytes() {
        let dist = dist();
        let dist = dist.path();
        let once = prepare(INDEX, dist, true, Labels::english(), false).unwrap();
        assert_eq!(prepare(&once.html, dist, true, Labels::english(), false).unwrap(), once);
        assert!(once.html.contains("data-offline"));
        assert!(
            !prepare(&once.html, dist, false, Labels::english(), false).unwrap().html.contains("data-offline"),
            "turned off again"
        );
    }

    #[test]
    fn json_ld_needs_no_hash_and_a_missing_sheet_is_named() {
        let page = "<head><script type=application/ld+json>{}</script></head>";
        let dist = dist();
        let dist = dist.path();
        assert!(prepare(page, dist, false, Labels::english(), false)
            .unwrap()
            .policy
            .contains("script-src 'self' 'wasm-unsafe-eval';"));
        let err = prepare("<link rel=stylesheet href=/gone-1.css>", dist, false, Labels::english(), false).unwrap_err();
        assert!(err.to_string().contains("gone-1.css"), "{err}");
    }

    #[test]
    fn known_hash() {
        // The value browsers compute for `<script>alert(1)</script>`.
        assert_eq!(hash("alert(1)"), "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
    }
}
