"""What search engines, social networks and feed readers find in every page's head."""
from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urljoin

import lxml.html
import pytest

from tests.support.sitebuilder import make_site, post

SITE = "https://blog.example.org/"

POSTS = {
    "tags.yml": "tags:\n  Vertrieb:\n    name: {en: Sales}\n",
    "posts/bani.de.md": post("BANI statt VUCA", "2024-03-31T09:30:00+02:00", tags=["BANI", "Vertrieb"],
                             summary="Warum VUCA nicht mehr reicht.", updated="2024-04-02", cover="assets/bani.png"),
    "posts/bani.en.md": post("BANI instead of VUCA", "2024-03-31T09:30:00+02:00", tags=["BANI", "Sales"]),
    "posts/nur-deutsch.de.md": post("Nur auf Deutsch", "2023-05-02", tags=["Vertrieb"]),
}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    site = make_site(tmp_path_factory.mktemp("meta"), POSTS)
    site.build()
    return site


def html_pages(site) -> list[str]:
    """Every page of the built site as a site-relative URL (`` for the home page)."""
    pages = []
    for path in sorted(site.site_dir.rglob("index.html")):
        url = path.parent.relative_to(site.site_dir).as_posix()
        pages.append("" if url == "." else url + "/")
    return pages


def meta(page, attribute: str = "property") -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for element in page.xpath(f"//head/meta[@{attribute}]"):
        found.setdefault(element.get(attribute), []).append(element.get("content"))
    return found


def json_ld(page) -> list[dict]:
    return [json.loads(script.text) for script in page.xpath('//script[@type="application/ld+json"]')]


def test_canonical_is_each_pages_own_absolute_url(built):
    for url in html_pages(built):
        assert built.html(url).xpath('//link[@rel="canonical"]/@href') == [SITE + url], url


def feeds_of(site, url: str) -> list[tuple[str, str]]:
    links = site.html(url).xpath('//head/link[@rel="alternate"][@type]')
    return [(link.get("type"), urljoin(f"/{url}", link.get("href"))) for link in links]


def test_every_page_links_its_languages_feeds(built):
    for url in html_pages(built):
        prefix = "/en/" if url.startswith("en/") else "/"
        expected = [("application/rss+xml", f"{prefix}feed.xml"), ("application/atom+xml", f"{prefix}atom.xml")]
        assert feeds_of(built, url)[:2] == expected, url
        for _, href in feeds_of(built, url):
            assert (built.site_dir / href.lstrip("/")).is_file(), (url, href)


def test_tag_pages_also_link_their_tag_feed(built):
    assert feeds_of(built, "en/tags/sales/")[2:] == [("application/rss+xml", "/en/tags/sales/feed.xml")]
    assert feeds_of(built, "tags/vertrieb/")[2:] == [("application/rss+xml", "/tags/vertrieb/feed.xml")]
    assert feeds_of(built, "tags/")[2:] == [] and feeds_of(built, "posts/bani/")[2:] == []


def test_feed_links_have_titles(built):
    titles = built.html("en/tags/sales/").xpath('//head/link[@rel="alternate"][@type]/@title')
    assert titles == ["Testblog (English) (RSS)", "Testblog (English) (Atom)", "Testblog: Sales (RSS)"]


def test_the_404_page_links_the_default_feeds(built):
    page = lxml.html.parse(str(built.site_dir / "404.html")).getroot()
    assert page.xpath('//head/link[@rel="alternate"][@type]/@href')[:2] != []


def test_open_graph_and_twitter_on_a_post(built):
    page = built.html("posts/bani/")
    assert meta(page) == {
        "og:type": ["article"],
        "og:site_name": ["Testblog"],
        "og:title": ["BANI statt VUCA"],
        "og:description": ["Warum VUCA nicht mehr reicht."],
        "og:url": [SITE + "posts/bani/"],
        "og:locale": ["de_DE"],
        "og:locale:alternate": ["en_US"],
        "og:image": [SITE + "assets/bani.png"],
        "og:image:type": ["image/png"],
        "og:image:alt": ["BANI statt VUCA"],
        "article:published_time": ["2024-03-31T09:30:00+02:00"],
        "article:modified_time": ["2024-04-02T00:00:00+02:00"],
        "article:tag": ["BANI", "Vertrieb"],
    }
    assert meta(page, "name")["twitter:card"] == ["summary_large_image"]
    assert meta(page, "name")["twitter:image"] == [SITE + "assets/bani.png"]
    assert meta(page, "name")["twitter:title"] == ["BANI statt VUCA"]


def test_open_graph_in_english_and_without_translation_or_cover(built):
    en = meta(built.html("en/posts/bani/"))
    assert (en["og:locale"], en["og:locale:alternate"], en["article:tag"]) == (["en_US"], ["de_DE"], ["BANI", "Sales"])
    assert en["og:image"] == [SITE + "assets/cards/en/posts/bani.png"]  # no cover: its preview card
    assert meta(built.html("en/posts/bani/"), "name")["twitter:card"] == ["summary_large_image"]
    alone = meta(built.html("posts/nur-deutsch/"))
    assert "og:locale:alternate" not in alone
    assert alone["article:modified_time"] == alone["article:published_time"] == ["2023-05-02T00:00:00+02:00"]


def test_open_graph_on_other_pages(built):
    home = meta(built.html("en/"))
    assert (home["og:type"], home["og:title"], home["og:url"], home["og:locale"]) == (
        ["website"], ["Testblog"], [SITE + "en/"], ["en_US"])
    assert "article:published_time" not in home
    assert meta(built.html("tags/vertrieb/"))["og:title"] == ["Beiträge zum Thema Vertrieb"]


def test_json_ld_blog_posting(built):
    [data] = json_ld(built.html("posts/bani/"))
    assert data == {
        "@context": "https://schema.org",
        "@type": "BlogPosting",
        "@id": SITE + "posts/bani/",
        "url": SITE + "posts/bani/",
        "mainEntityOfPage": SITE + "posts/bani/",
        "headline": "BANI statt VUCA",
        "description": "Warum VUCA nicht mehr reicht.",
        "datePublished": "2024-03-31T09:30:00+02:00",
        "dateModified": "2024-04-02T00:00:00+02:00",
        "inLanguage": "de",
        "author": [{"@type": "Person", "name": "Redaktion", "url": SITE + "authors/redaktion/"}],
        "keywords": ["BANI", "Vertrieb"],
        "isPartOf": {"@type": "Blog", "name": "Testblog", "url": SITE},
        "publisher": {"@type": "Organization", "name": "Testblog", "url": SITE},
        "image": SITE + "assets/bani.png",
        "workTranslation": [
            {"@type": "BlogPosting", "@id": SITE + "en/posts/bani/", "url": SITE + "en/posts/bani/", "inLanguage": "en"}
        ],
    }


def test_json_ld_of_a_translation_and_of_a_post_without_one(built):
    [en] = json_ld(built.html("en/posts/bani/"))
    assert en["translationOfWork"] == {
        "@type": "BlogPosting", "@id": SITE + "posts/bani/", "url": SITE + "posts/bani/", "inLanguage": "de",
    }
    assert "workTranslation" not in en
    assert (en["inLanguage"], en["keywords"], en["author"][0]["name"]) == ("en", ["BANI", "Sales"], "Editorial team")
    [alone] = json_ld(built.html("posts/nur-deutsch/"))
    assert "workTranslation" not in alone and "translationOfWork" not in alone


def test_only_posts_carry_json_ld(built):
    for url in html_pages(built):
        expected = 1 if "/posts/" in f"/{url}" else 0
        assert len(json_ld(built.html(url))) == expected, url


def test_json_ld_and_meta_use_absolute_covers_as_given(tmp_path):
    site = make_site(Path(tmp_path), {"posts/a.de.md": post("A", cover="https://images.example.org/a.jpg")})
    site.build()
    assert meta(site.html("posts/a/"))["og:image"] == ["https://images.example.org/a.jpg"]
    assert json_ld(site.html("posts/a/"))[0]["image"] == "https://images.example.org/a.jpg"
