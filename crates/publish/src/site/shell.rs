//! The built `index.html` made ready to be every route page's shell, with an HTML parser (lol_html:
//! Trunk's minified output leaves attributes unquoted, which no regular expression should be trusted
//! with):
//!
//! - the stylesheets Trunk linked make way for one `<style>`, which each kind of page fills with the
//!   rules it can use (`critical/`), so a page paints after one round trip; the start script keeps
//!   the app's stylesheet address in `data-css`, for the app to link it whole before it starts, and for
//!   a host page in mount mode; the `<style>` keeps the addresses it was made of in `data-sheets`, so
//!   that a page made from this shell is a shell again;
//! - no `preload` or `modulepreload` link is left: the JS and wasm must not compete with the first
//!   paint; the start script (digest-start.js, which fetches them after it) stays a file, one cached
//!   file rather than 4 kB in every page, in the `<template>` the `<head>` script takes it from
//!   after the first paint (index.html);
//! - the Content-Security-Policy allows exactly the inline `<script>`s left and each kind's `<style>`,
//!   by their hashes, and nothing else inline.
//!
//! A shell this module made is made again to the same bytes, so publishing twice is idempotent.

use crate::error::{Error, Result};
use crate::site::html::escape;
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

/// The attribute of the inline `<style>` that lists the stylesheets it was made of.
const SHEETS: &str = "data-sheets";

/// What marks the `<noscript>` that links the app's whole stylesheet for a reader without JavaScript.
const WHOLE: &str = "data-digest-whole";

/// What an inline element of the shell is, for the policy.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Inline {
    Script,
    Style,
    /// A `<script>` of data (JSON-LD), which browsers never run.
    Data,
}

/// A route page's shell: the page with a place for its inline stylesheet, and the stylesheets that
/// fill it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Shell {
    /// The page, with [`STYLE_MARK`] where the `<style>` goes (when it links any stylesheet).
    html: String,
    /// The addresses of the stylesheets, in the page's order.
    sheets: Vec<String>,
    /// The app's stylesheets' text: each kind of page inlines the rules it can use.
    pub app_css: String,
    /// The page's own stylesheets' text (standalone.css), inlined whole after the app's rules.
    pub page_css: String,
}

fn file_name(href: &str) -> &str {
    let path = href.split(['?', '#']).next().unwrap_or(href);
    path.rsplit('/').next().unwrap_or(path)
}

/// Whether `href` is one of the app's stylesheets (not our own page's).
fn is_app_sheet(href: &str) -> bool {
    !file_name(href).starts_with(STANDALONE_PREFIX)
}

fn hash(text: &str) -> String {
    format!("'sha256-{}'", base64::engine::general_purpose::STANDARD.encode(Sha256::digest(text.as_bytes())))
}

fn rewrite(html: &str, settings: RewriteStrSettings<'_, '_>) -> Result<String> {
    rewrite_str(html, settings).map_err(|err| Error::Template(format!("could not be read as HTML: {err}")))
}

/// `dist`'s file named like the last segment of `href`, to be inlined into an element that ends with
/// `end` (`</style`), which the file must therefore not hold.
fn inlinable(dist: &Path, href: &str, end: &'static str) -> Result<String> {
    let path = dist.join(file_name(href));
    let text = std::fs::read_to_string(&path).map_err(Error::io("read", &path))?;
    if text.to_ascii_lowercase().contains(end) {
        return Err(Error::NotInlinable { path, end });
    }
    Ok(text.trim_end().to_owned())
}

/// Prepares `html`; the stylesheets it links are read from `dist` by their file names.
/// `offline`: the app's element gets `data-offline`, which has the app register the service worker.
/// `labels` are the site's texts; `own_labels`, whether site.json changes any of them (if not, an
/// English page tells the app it need not load its texts: they are the ones it carries).
pub fn prepare(html: &str, dist: &Path, offline: bool, labels: Labels, own_labels: bool) -> Result<Shell> {
    let hrefs: RefCell<Vec<String>> = RefCell::default();
    let failure: RefCell<Option<Error>> = RefCell::default();
    let html = rewrite(
        html,
        RewriteStrSettings::new()
            .append_element_content_handler(element!("link[rel~=stylesheet][href]", |link| {
                if link.get_attribute(WHOLE).is_some() {
                    link.remove();
                    return Ok(());
                }
                let first = hrefs.borrow().is_empty();
                hrefs.borrow_mut().push(link.get_attribute("href").unwrap_or_default());
                link.replace(if first { STYLE_MARK } else { "" }, ContentType::Html);
                Ok(())
            }))
            // A page made from a shell: its stylesheet is made again from the files it names, and the
            // link for readers without JavaScript with it.
            .append_element_content_handler(element!("noscript[data-digest-whole]", |noscript| {
                noscript.remove();
                Ok(())
            }))
            .append_element_content_handler(element!("style", |style| {
                let Some(sheets) = style.get_attribute(SHEETS) else {
                    *failure.borrow_mut() = Some(Error::Template(
                        "holds a <style> that names no stylesheet (data-sheets): it was made by an older \
                         digest-content; publish from a new build of the app (make build, or make publish)"
                            .to_owned(),
                    ));
                    return Ok(());
                };
                let first = hrefs.borrow().is_empty();
                hrefs.borrow_mut().extend(sheets.split_whitespace().map(str::to_owned));
                style.replace(if first { STYLE_MARK } else { "" }, ContentType::Html);
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
    let sheets = hrefs.into_inner();
    let text = |hrefs: Vec<&String>| -> Result<String> {
        hrefs.into_iter().map(|href| inlinable(dist, href, "</style")).collect()
    };
    let (app, page): (Vec<&String>, Vec<&String>) = sheets.iter().partition(|href| is_app_sheet(href));
    let app_sheets = app.iter().map(|href| href.as_str()).collect::<Vec<_>>().join(" ");
    let (app_css, page_css) = (text(app)?, text(page)?);
    let html = rewrite(
        &html,
        RewriteStrSettings::new().append_element_content_handler(element!("script[data-js][data-wasm]", |script| {
            if !app_sheets.is_empty() {
                script.set_attribute("data-css", &app_sheets)?;
            }
            Ok(())
        })),
    )?;
    Ok(Shell { html, sheets, app_css, page_css })
}

impl Shell {
    /// The page with no stylesheet of its own (the specimens' matching ignores comments).
    pub fn html(&self) -> &str {
        &self.html
    }

    /// The page with `css` as its inline stylesheet, and the app's whole stylesheet linked for a
    /// reader without JavaScript (`critical/` leaves the rules of the states a reader causes to it;
    /// with JavaScript, the start script links it).
    pub fn with_style(&self, css: &str) -> String {
        let whole: String = self
            .sheets
            .iter()
            .filter(|href| is_app_sheet(href))
            .map(|href| format!("<link rel=\"stylesheet\" href=\"{}\" {WHOLE}>", escape(href)))
            .collect();
        let noscript = if whole.is_empty() { String::new() } else { format!("<noscript {WHOLE}>{whole}</noscript>") };
        let style = format!("<style {SHEETS}=\"{}\">{css}</style>{noscript}", escape(&self.sheets.join(" ")));
        self.html.replacen(STYLE_MARK, &style, 1)
    }

    /// The whole `Content-Security-Policy` value for pages made of this shell with each of `styles`
    /// as their inline stylesheet.
    pub fn policy<'s>(&self, styles: impl IntoIterator<Item = &'s str>) -> Result<String> {
        policy(&self.html, styles)
    }
}

/// Hashes the inline parts of `html`, and each of `styles`, into the policy.
fn policy<'s>(html: &str, styles: impl IntoIterator<Item = &'s str>) -> Result<String> {
    // Each inline script or style, in document order: whether it is a script the browser runs (data
    // blocks such as JSON-LD are not, and the policy has nothing to allow for them), and its text.
    let inline: RefCell<Vec<(Inline, String)>> = RefCell::default();
    let runs = |kind: &str| matches!(kind.trim().to_ascii_lowercase().as_str(), "" | "module" | "text/javascript");
    rewrite(
        html,
        RewriteStrSettings::new()
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
    let script_hashes = hashes(Inline::Script);
    let mut style_hashes = hashes(Inline::Style);
    for style in styles {
        let style = hash(style);
        if !style_hashes.contains(&style) {
            style_hashes.push(style);
        }
    }
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
    Ok(policy)
}

#[cfg(test)]
mod tests {
    use super::*;

    const INDEX: &str = "<!doctype html><html lang=en><head><script>theme()</script><title>T</title>\
        <template data-digest-start><script src=/digest-start.js data-js=/digest-1.js data-wasm=/digest-1_bg.wasm></script></template>\
        <link rel=modulepreload href=/digest-1.js><link as=fetch href=/digest-1_bg.wasm rel=preload>\
        <link href=/digest-2.css rel=stylesheet><link href=/standalone-3.css rel=stylesheet></head>\
        <body><div id=digest></div></body></html>";

    /// A dist folder of its own for each test (they run at once), removed when dropped.
    fn dist() -> tempfile::TempDir {
        let scratch = tempfile::tempdir().unwrap();
        let dir = scratch.path();
        std::fs::write(dir.join("digest-2.css"), ".digest{color:red}\n").unwrap();
        std::fs::write(dir.join("standalone-3.css"), "body{margin:0}").unwrap();
        scratch
    }

    #[test]
    fn makes_way_for_one_style_drops_preloads_and_hashes_the_inline_parts() {
        let shell = prepare(INDEX, dist().path(), false, Labels::english(), false).unwrap();
        assert_eq!(
            shell.with_style("X"),
            "<!doctype html><html lang=\"en\" dir=\"ltr\" data-digest-page=\"\"><head><script>theme()</script><title>T</title>\
            <template data-digest-start><script src=/digest-start.js data-js=/digest-1.js data-wasm=/digest-1_bg.wasm data-css=\"/digest-2.css\"></script></template>\
            <style data-sheets=\"/digest-2.css /standalone-3.css\">X</style>\
            <noscript data-digest-whole><link rel=\"stylesheet\" href=\"/digest-2.css\" data-digest-whole></noscript></head>\
            <body><div id=digest data-locale=\"en\" lang=\"en\" dir=\"ltr\" data-site-labels=\"none\"></div></body></html>"
        );
        assert_eq!((shell.app_css.as_str(), shell.page_css.as_str()), (".digest{color:red}", "body{margin:0}"));
        assert_eq!(
            shell.policy(["A", "B", "A"]).unwrap(),
            format!(
                "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' {}; style-src 'self' {} {}; img-src 'self' data:; \
                 font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'",
                hash("theme()"),
                hash("A"),
                hash("B")
            )
        );
    }

    #[test]
    fn a_page_made_from_a_shell_is_the_same_shell_again() {
        let dist = dist();
        let dist = dist.path();
        let once = prepare(INDEX, dist, true, Labels::english(), false).unwrap();
        let page = once.with_style("a kind's rules");
        assert_eq!(prepare(&page, dist, true, Labels::english(), false).unwrap(), once);
        assert!(once.html().contains("data-offline"));
        assert!(
            !prepare(&page, dist, false, Labels::english(), false).unwrap().html().contains("data-offline"),
            "turned off again"
        );
    }

    #[test]
    fn json_ld_needs_no_hash_and_a_missing_or_unnamed_sheet_is_named() {
        let page = "<head><script type=application/ld+json>{}</script></head>";
        let dist = dist();
        let dist = dist.path();
        let shell = prepare(page, dist, false, Labels::english(), false).unwrap();
        assert!(shell.policy([]).unwrap().contains("script-src 'self' 'wasm-unsafe-eval';"));
        let err = prepare("<link rel=stylesheet href=/gone-1.css>", dist, false, Labels::english(), false).unwrap_err();
        assert!(err.to_string().contains("gone-1.css"), "{err}");
        let err = prepare("<style>.a{}</style>", dist, false, Labels::english(), false).unwrap_err();
        assert!(err.to_string().contains("make build"), "{err}");
    }

    #[test]
    fn known_hash() {
        // The value browsers compute for `<script>alert(1)</script>`.
        assert_eq!(hash("alert(1)"), "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
    }
}
