"""What `make build` publishes, read by the clients that read it in the world rather than by our own
regular expressions: feedparser (what many feed readers are built on) for RSS, jsonfeed-util for
JSON Feed 1.1, extruct (the metadata extractor crawlers are built like) for Open Graph and JSON-LD,
and lxml's strict XML parser for the sitemap.

Run by `make test-published` over dist/ (or $DIST).
"""

import json
import os
import pathlib
from datetime import datetime
from email.utils import parsedate_to_datetime

import extruct
import feedparser
import jsonfeed
import lxml.etree
import lxml.html
import pytest

DIST = pathlib.Path(os.environ.get("DIST", "dist"))
SITE = json.loads((DIST / "data/site.json").read_text(encoding="utf-8"))
ARTICLES = {
    path.stem: json.loads(path.read_text(encoding="utf-8"))["article"]
    for path in sorted((DIST / "data/articles").glob("*.json"))
}
NEWEST_FIRST = sorted(ARTICLES.values(), key=lambda a: a["published"], reverse=True)
ORIGIN = SITE["url"].rstrip("/")


def text_of(html):
    """The text a reader sees in an HTML fragment."""
    return " ".join(lxml.html.fragment_fromstring(html, create_parent="div").text_content().split())


def slug_of(url):
    return url.rstrip("/").rsplit("/", 1)[1]


def test_rss_reads_in_feedparser_with_every_article_in_full():
    feed = feedparser.parse((DIST / "feed.xml").read_bytes())
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "rss20"
    assert feed.feed.title == SITE["title"]
    assert feed.feed.link == f"{ORIGIN}/"
    assert [slug_of(e.link) for e in feed.entries] == [a["slug"] for a in NEWEST_FIRST[:50]]
    for entry in feed.entries:
        article = ARTICLES[slug_of(entry.link)]
        assert entry.title == article["title"]
        assert entry.id == entry.link == f"{ORIGIN}/articles/{article['slug']}"
        assert entry.summary == article["summary"]
        assert entry.published_parsed is not None
        body = text_of(entry.content[0].value)
        assert " ".join(article["why_it_matters"].split()) in body
        assert " ".join(article["source"]["quote"].split()) in body
        assert entry.tags[0].term == next(c["name"] for c in SITE["categories"] if c["slug"] == article["category"])


def test_json_feed_reads_in_a_json_feed_1_1_parser():
    raw = json.loads((DIST / "feed.json").read_text(encoding="utf-8"))
    assert raw["version"] == "https://jsonfeed.org/version/1.1"
    feed = jsonfeed.Feed.parse(raw)
    assert feed.title == SITE["title"]
    assert feed.home_page_url == f"{ORIGIN}/"
    assert feed.feed_url == f"{ORIGIN}/feed.json"
    assert [slug_of(item.url) for item in feed.items] == [a["slug"] for a in NEWEST_FIRST[:50]]
    for item in feed.items:
        article = ARTICLES[slug_of(item.url)]
        assert item.id == item.url
        assert item.title == article["title"]
        assert item.summary == article["summary"]
        assert item.external_url == article["source"]["url"]
        assert " ".join(article["why_it_matters"].split()) in text_of(item.content_html)
        assert item.date_published == article["published"]


def test_sitemap_is_well_formed_xml_with_every_route():
    root = lxml.etree.parse(str(DIST / "sitemap.xml")).getroot()
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    locs = root.xpath("//s:url/s:loc/text()", namespaces=ns)
    assert f"{ORIGIN}/" in locs
    for category in SITE["categories"]:
        assert f"{ORIGIN}/categories/{category['slug']}" in locs
    for slug in ARTICLES:
        assert f"{ORIGIN}/articles/{slug}" in locs
    assert len(locs) == len(set(locs))


def previews(path):
    """What a link preview reads: the Open Graph properties (each with every value it has) and the
    JSON-LD as extruct extracts them, the Twitter card tags and the document title."""
    html = path.read_text(encoding="utf-8")
    data = extruct.extract(html, base_url=ORIGIN, syntaxes=["opengraph", "json-ld"])
    assert len(data["opengraph"]) == 1
    og = {}
    for key, value in data["opengraph"][0]["properties"]:
        og.setdefault(key, []).append(value)
    document = lxml.html.fromstring(html)
    twitter = {}
    for tag in document.xpath("//meta[starts-with(@name, 'twitter:')]"):
        twitter.setdefault(tag.get("name"), []).append(tag.get("content"))
    return og, data["json-ld"], twitter, document.findtext(".//title")


@pytest.mark.parametrize("slug", sorted(ARTICLES))
def test_an_article_link_preview_names_the_article_once_and_the_site_once(slug):
    article = ARTICLES[slug]
    og, json_ld, twitter, title = previews(DIST / "articles" / f"{slug}.html")
    assert og["og:title"] == [article["title"]]
    assert og["og:site_name"] == [SITE["title"]]
    assert og["og:type"] == ["article"]
    assert og["og:url"] == [f"{ORIGIN}/articles/{slug}"]
    assert og["og:description"] == [article["summary"]]
    assert twitter["twitter:title"] == [article["title"]]
    # The document title may name the site; the preview's title must not repeat it.
    assert title == f"{article['title']} · {SITE['title']}"
    [news] = [item for item in json_ld if item.get("@type") == "NewsArticle"]
    assert news["headline"] == article["title"]
    assert news["isBasedOn"]["url"] == article["source"]["url"]


@pytest.mark.parametrize("category", SITE["categories"], ids=lambda c: c["slug"])
def test_a_category_link_preview_names_the_category(category):
    og, _, twitter, title = previews(DIST / "categories" / f"{category['slug']}.html")
    assert og["og:title"] == twitter["twitter:title"] == [category["name"]]
    assert og["og:site_name"] == [SITE["title"]]
    assert title == f"{category['name']} · {SITE['title']}"


def test_the_home_page_preview_is_the_site():
    og, _, twitter, title = previews(DIST / "index.html")
    assert og["og:title"] == og["og:site_name"] == twitter["twitter:title"] == [SITE["title"]]
    assert title == SITE["title"]


def test_rss_dates_are_the_articles_dates():
    feed = feedparser.parse((DIST / "feed.xml").read_bytes())
    raw = lxml.etree.parse(str(DIST / "feed.xml"))
    for entry, date in zip(feed.entries, raw.xpath("//item/pubDate/text()")):
        article = ARTICLES[slug_of(entry.link)]
        assert parsedate_to_datetime(date) == datetime.fromisoformat(article["published"])
