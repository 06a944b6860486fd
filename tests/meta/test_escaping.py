"""Every value from frontmatter is escaped for its context: HTML text and attributes, JSON-LD, XML.

A post whose title, summary and tags contain markup, quotes, `&`, a comment opener
and U+2028 builds, each value comes back unchanged wherever it is shown, and no page
or feed gains a script.
"""
from __future__ import annotations

import html
import json

import feedparser
import lxml.html
import pytest
from lxml import etree

from tests.support.feedrules import NS, atom_problems, rss_problems
from tests.support.sitebuilder import make_site, post

EVIL = '</script><script>alert(1)</script> "quoted" & <!-- open \u2028 line'
TITLE = f"Titel {EVIL}"
SUMMARY = f"Zusammenfassung {EVIL}"
TAG = f"Tag {EVIL}"
TAG_SLUG = "tag-script-script-alert-1-script-quoted-open-line"
SITE = "https://blog.example.org/"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    site = make_site(tmp_path_factory.mktemp("escaping"), {
        "posts/boese.de.md": post(TITLE, "2024-03-31", summary=SUMMARY, tags=[TAG, "Harmlos"]),
        "posts/boese.en.md": post(TITLE, "2024-03-31", summary=SUMMARY, tags=[TAG]),
        "posts/harmlos.de.md": post("Harmlos", "2024-03-30", tags=["Harmlos"]),
    })
    site.build()
    return site


def head_meta(page, key: str) -> list[str]:
    return page.xpath(f'//head/meta[@property="{key}" or @name="{key}"]/@content')


def test_the_post_builds_and_its_values_come_back_in_the_page(built):
    page = built.html("posts/boese/")
    assert page.xpath("//title")[0].text == f"{TITLE} – Testblog"
    assert page.cssselect("article h1")[0].text_content() == TITLE
    assert head_meta(page, "description") == [SUMMARY]
    for key in ("og:title", "twitter:title"):
        assert head_meta(page, key) == [TITLE], key
    for key in ("og:description", "twitter:description"):
        assert head_meta(page, key) == [SUMMARY], key
    assert head_meta(page, "article:tag") == [TAG, "Harmlos"]
    assert [a.text for a in page.cssselect(".feder-post__footer .feder-tags a")] == [TAG, "Harmlos"]


def test_json_ld_holds_the_values_and_cannot_end_its_element(built):
    page = built.html("posts/boese/")
    [script] = page.xpath('//script[@type="application/ld+json"]')
    data = json.loads(script.text)
    assert (data["headline"], data["description"], data["keywords"]) == (TITLE, SUMMARY, [TAG, "Harmlos"])
    raw = (built.site_dir / "posts/boese/index.html").read_text(encoding="utf-8")
    start = raw.index('<script type="application/ld+json">')
    body = raw[start:raw.index("</script>", start)]
    assert "<" not in body[len('<script type="application/ld+json">'):]  # nor `</script`, nor `<!--`
    assert "\u2028" not in body and "\u2029" not in body


def scripts(page) -> list[str]:
    """Every script element: its src, its type for data blocks, else its code."""
    return [s.get("src") or s.get("type") or s.text or "" for s in page.iter("script")]


def test_no_extra_script_element_on_any_page(built):
    """The evil post's pages have exactly the scripts of a harmless post's page."""
    harmless = scripts(built.html("posts/harmlos/"))
    assert scripts(built.html("posts/boese/")) == harmless
    assert scripts(built.html(f"tags/{TAG_SLUG}/")) == scripts(built.html("tags/harmlos/"))
    for path in sorted(built.site_dir.rglob("*.html")):
        page = lxml.html.parse(str(path)).getroot()
        for script in page.iter("script"):
            if script.get("type") != "application/ld+json":
                assert "alert(1)" not in (script.text or ""), path


def test_lists_and_tag_pages_show_the_values(built):
    card = built.html("").cssselect(".feder-card")[0]
    assert card.cssselect(".feder-card__title a")[0].text == TITLE
    assert card.cssselect(".feder-card__teaser")[0].text_content() == SUMMARY
    tag_page = built.html(f"tags/{TAG_SLUG}/")
    assert tag_page.cssselect("h1")[0].text == f"Beiträge zum Thema {TAG}"
    assert tag_page.xpath("//title")[0].text == f"Beiträge zum Thema {TAG} – Testblog"
    assert [a.text for a in built.html("tags/").cssselect(".feder-tag-index")[1].cssselect("a")] == ["Harmlos", TAG]


def item(site, path: str) -> etree._Element:
    channel = etree.parse(str(site.site_dir / path)).find("channel")
    return next(item for item in channel.findall("item") if item.findtext("link").endswith("/boese/"))


def test_rss_holds_the_values(built):
    for path in ("feed.xml", f"tags/{TAG_SLUG}/feed.xml", "en/feed.xml"):
        entry = item(built, path)
        assert entry.findtext("title") == TITLE
        assert html.unescape(entry.findtext("description")) == SUMMARY  # HTML that shows the text as written
        assert TAG in [category.text for category in entry.findall("category")]
        assert rss_problems(etree.parse(str(built.site_dir / path)), SITE + path) == []
    parsed = feedparser.parse((built.site_dir / "feed.xml").read_bytes())
    assert parsed.bozo == 0
    [evil] = [entry for entry in parsed.entries if entry.link.endswith("/boese/")]
    assert evil.title == TITLE
    assert TAG in [tag.term for tag in evil.tags]
    assert html.unescape(evil.summary) == SUMMARY


def test_atom_holds_the_values(built):
    feed = etree.parse(str(built.site_dir / "atom.xml"))
    entry = next(e for e in feed.findall("atom:entry", NS) if e.findtext("atom:id", namespaces=NS).endswith("/boese/"))
    assert entry.findtext("atom:title", namespaces=NS) == TITLE
    assert html.unescape(entry.findtext("atom:summary", namespaces=NS)) == SUMMARY
    assert TAG in [category.get("term") for category in entry.findall("atom:category", NS)]
    assert atom_problems(feed, SITE + "atom.xml") == []
    parsed = feedparser.parse((built.site_dir / "atom.xml").read_bytes())
    assert parsed.bozo == 0
    [evil] = [e for e in parsed.entries if e.link.endswith("/boese/")]
    assert evil.title == TITLE and TAG in [tag.term for tag in evil.tags]


def test_no_script_element_in_any_feed(built):
    for path in sorted(built.site_dir.rglob("*.xml")):
        tree = etree.parse(str(path))
        assert list(tree.iter("script", "{*}script")) == [], path
        for content in tree.iter(f"{{{NS['content']}}}encoded", f"{{{NS['atom']}}}content"):
            assert lxml.html.fragment_fromstring(content.text or "<p></p>", create_parent="div").xpath("//script") == []


def test_the_sitemap_stays_well_formed(built):
    urls = etree.parse(str(built.site_dir / "sitemap.xml")).xpath("//*[local-name()='loc']/text()")
    assert SITE + f"tags/{TAG_SLUG}/" in urls
