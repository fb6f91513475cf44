//! The built `index.html` as a template for route pages: its title, its description meta tag, the end
//! of its head and its loading placeholder are replaced per page; everything else (the hashed
//! scripts and styles Trunk wrote) is kept as it is.

use crate::error::{Error, Result};
use crate::site::html::escape;

/// What a route page puts in its head.
#[derive(Clone, Debug, Default)]
pub struct Head {
    pub title: String,
    pub description: String,
    /// Canonical links, Open Graph and Twitter tags, JSON-LD: already-escaped HTML.
    pub extra: String,
}

/// `index.html` cut at the places a route page fills in.
#[derive(Clone, Debug)]
pub struct Template {
    /// Up to the title's text; from the title's end to the description tag; from there to `</head>`;
    /// from there to the placeholder; after the placeholder.
    parts: [String; 5],
}

fn find_from(html: &str, needle: &str, from: usize) -> Option<usize> {
    html.get(from..)?.find(needle).map(|i| i + from)
}

impl Template {
    /// Cuts `html` (as Trunk built it, or a page this template rendered), or says which anchor is
    /// missing.
    pub fn parse(html: &str) -> Result<Self> {
        let missing = |what: &str| Error::Template(format!("has no {what}; route pages cannot be made from it"));
        let title_start = html.find("<title>").map(|i| i + "<title>".len()).ok_or_else(|| missing("<title>"))?;
        let title_end = find_from(html, "</title>", title_start).ok_or_else(|| missing("</title>"))?;
        let marker = find_from(html, "data-digest-static", title_end)
            .ok_or_else(|| missing("<meta name=description data-digest-static> after the title"))?;
        let meta_start = html.get(..marker).and_then(|h| h.rfind("<meta")).ok_or_else(|| missing("<meta> start"))?;
        let meta_end = find_from(html, ">", marker).map(|i| i + 1).ok_or_else(|| missing("<meta> end"))?;
        let head_end = find_from(html, "</head>", meta_end).ok_or_else(|| missing("</head>"))?;
        // What a previous render added to the head is dropped, so publishing twice gives the same page.
        let extra_start = find_from(html, HEAD_START, meta_end).filter(|&i| i < head_end).unwrap_or(head_end);
        let (body_start, body_end) = match find_from(html, STATIC_START, head_end) {
            Some(start) => {
                let end = find_from(html, STATIC_END, start).ok_or_else(|| missing("end of the static content"))?;
                (start, end + STATIC_END.len())
            }
            None => {
                let boot =
                    find_from(html, "digest-boot", head_end).ok_or_else(|| missing("digest-boot placeholder"))?;
                let start =
                    html.get(..boot).and_then(|h| h.rfind("<div")).ok_or_else(|| missing("placeholder <div>"))?;
                let end = find_from(html, "</div>", boot).ok_or_else(|| missing("placeholder end"))?;
                (start, end + "</div>".len())
            }
        };
        let part = |from: usize, to: usize| {
            html.get(from..to).map(str::to_owned).ok_or_else(|| missing("well-formed anchors"))
        };
        Ok(Self {
            parts: [
                part(0, title_start)?,
                part(title_end, meta_start)?,
                part(meta_end, extra_start)?,
                part(head_end, body_start)?,
                part(body_end, html.len())?,
            ],
        })
    }

    /// What every page made from this template shares: a change here changes every page.
    pub fn fingerprint(&self) -> u128 {
        crate::fingerprint::combine(self.parts.iter().map(|part| crate::fingerprint::of(part.as_bytes())))
    }

    /// A route page: `route` is the path the page is for (the app keeps the static content only when
    /// it starts on that same route), `body` the static content.
    pub fn render(&self, head: &Head, route: &str, body: &str) -> String {
        let [start, after_title, after_meta, after_head, end] = &self.parts;
        format!(
            r#"{start}{}{after_title}<meta name="description" data-digest-static content="{}">{after_meta}{HEAD_START}{}{HEAD_END}{after_head}{STATIC_START} data-route="{}">{body}{STATIC_END}{end}"#,
            escape(&head.title),
            escape(&head.description),
            head.extra,
            escape(route),
        )
    }
}

const HEAD_START: &str = "<!--digest-head-->";
const HEAD_END: &str = "<!--/digest-head-->";
const STATIC_START: &str = r#"<div class="digest-static""#;
const STATIC_END: &str = "</div><!--/digest-static-->";

#[cfg(test)]
mod tests {
    use super::*;

    const INDEX: &str = r#"<!doctype html><html lang=en><title>Old</title><meta content="old" data-digest-static name=description><script type=module>init()</script></head><body><div class=digest id=digest><div aria-busy=true class=digest-boot><p>Loading…</p></div></div><script>theme()</script></body></html>"#;

    #[test]
    fn fills_title_description_head_and_body() {
        let template = Template::parse(INDEX).unwrap();
        let head = Head {
            title: "A <b> title".into(),
            description: "Say \"hi\"".into(),
            extra: "<link rel=canonical href=/x>".into(),
        };
        assert_eq!(
            template.render(&head, "/articles/x", "<main>hi</main>"),
            r#"<!doctype html><html lang=en><title>A &lt;b&gt; title</title><meta name="description" data-digest-static content="Say &quot;hi&quot;"><script type=module>init()</script><!--digest-head--><link rel=canonical href=/x><!--/digest-head--></head><body><div class=digest id=digest><div class="digest-static" data-route="/articles/x"><main>hi</main></div><!--/digest-static--></div><script>theme()</script></body></html>"#
        );
    }

    #[test]
    fn a_rendered_page_is_a_template_again() {
        let template = Template::parse(INDEX).unwrap();
        let head = Head { title: "T".into(), description: "D".into(), extra: "<meta property=x content=y>".into() };
        let page = template.render(&head, "/a", "<main>one</main>");
        let again = Template::parse(&page).unwrap();
        assert_eq!(again.render(&head, "/a", "<main>one</main>"), page);
        let other = Head { title: "U".into(), description: "E".into(), extra: String::new() };
        assert_eq!(again.render(&other, "/b", "<p>two</p>"), template.render(&other, "/b", "<p>two</p>"));
    }

    #[test]
    fn says_which_anchor_is_missing() {
        let err = Template::parse(&INDEX.replace("digest-boot", "other")).unwrap_err();
        assert!(err.to_string().contains("digest-boot placeholder"), "{err}");
        assert!(Template::parse("<html></html>").unwrap_err().to_string().contains("<title>"));
    }
}
