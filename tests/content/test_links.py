"""Where links lead (feder.content.links): the three forms authors write, without MkDocs."""
from __future__ import annotations

import pytest

from feder.content.languages import Languages
from feder.content.links import BrokenLink, LinkablePage, LinkTarget, PageLinks, docs_page, docs_page_url, post_page
from feder.content.urls import Urls
from tests.support.contentloader import load

PAGES = [
    LinkablePage(""), LinkablePage("en/"), LinkablePage("tags/ki/"),
    LinkablePage("posts/a/", "posts/a.de.md"),
    LinkablePage("posts/b/", "posts/2024/b.de.md"),
    LinkablePage("en/posts/b/", "posts/2024/b.en.md"),
    LinkablePage("about/", "docs/about.md"),
    LinkablePage("en/about/", "docs/en/about.md"),
    LinkablePage("guide/", "docs/guide/index.md"),
]
LINKS = PageLinks(PAGES, docs_dir="docs", base_path="/feder/")
POST_A, POST_B_EN, ABOUT, ABOUT_EN = PAGES[3], PAGES[5], PAGES[6], PAGES[7]


def target(link: str, on: LinkablePage) -> tuple[str, str] | None:
    resolved = LINKS.resolve(link, on)
    assert isinstance(resolved, LinkTarget), resolved
    return resolved.page.url, resolved.anchor


@pytest.mark.parametrize(("link", "url", "anchor"), [
    # the source file, relative to the post's file
    ("2024/b.de.md", "posts/b/", ""),
    ("2024/b.en.md#fazit", "en/posts/b/", "fazit"),
    ("../docs/about.md", "about/", ""),
    ("../docs/en/about.md#team", "en/about/", "team"),
    ("/docs/about.md", "about/", ""),
    # the site path, with or without the path of site_url
    ("/posts/b/", "posts/b/", ""),
    ("/en/posts/b/#x", "en/posts/b/", "x"),
    ("/feder/posts/b/", "posts/b/", ""),
    ("/feder/en/about/", "en/about/", ""),
    ("/about/", "about/", ""),
    ("/about", "about/", ""),
    ("/", "", ""),
    ("/feder/", "", ""),
    ("/tags/ki/", "tags/ki/", ""),
    # the relative URL as it works on the built site
    ("../b/", "posts/b/", ""),
    ("../b", "posts/b/", ""),
    ("../b/index.html#y", "posts/b/", "y"),
    ("../../about/", "about/", ""),
    ("../../en/posts/b/", "en/posts/b/", ""),
    ("../../", "", ""),
    # the page itself
    ("#eins", "posts/a/", "eins"),
    ("../a/#eins", "posts/a/", "eins"),
])
def test_every_form_leads_to_the_page(link, url, anchor):
    assert target(link, POST_A) == (url, anchor)


def test_relative_urls_stay_in_the_pages_language():
    assert target("../../about/", POST_B_EN) == ("en/about/", "")
    assert target("../b/", POST_B_EN) == ("en/posts/b/", "")


def test_docs_pages_link_files_on_disk_and_relative_to_the_docs_folder():
    assert target("../posts/a.de.md", ABOUT) == ("posts/a/", "")
    assert target("posts/a.de.md", ABOUT) == ("posts/a/", "")
    assert target("../../posts/2024/b.en.md", ABOUT_EN) == ("en/posts/b/", "")
    assert target("about.md", ABOUT_EN) == ("en/about/", "")
    assert target("../about.md", ABOUT_EN) == ("about/", "")
    assert target("guide/index.md", ABOUT) == ("guide/", "")
    assert target("../posts/a/", ABOUT) == ("posts/a/", "")


@pytest.mark.parametrize(("link", "url", "source"), [
    ("/posts/fehlt/", "posts/fehlt/", None),
    ("/feder/posts/fehlt/#x", "posts/fehlt/", None),
    ("../fehlt/", "posts/fehlt/", None),
    ("b/", "posts/a/b/", None),
    ("fehlt.de.md", None, "posts/fehlt.de.md"),
    ("a.md", None, "posts/a.md"),
    ("../../../x/", None, None),
])
def test_links_to_pages_that_do_not_exist_are_broken(link, url, source):
    assert LINKS.resolve(link, POST_A) == BrokenLink(link, url, source)


@pytest.mark.parametrize("link", [
    "https://example.org/posts/a/", "//example.org/", "mailto:redaktion@example.org",
    "../../assets/bild.png", "/feder/feed.xml", "../../en/atom.xml",
])
def test_links_that_do_not_name_a_page_are_left_alone(link):
    assert LINKS.resolve(link, POST_A) is None


@pytest.mark.parametrize(("path", "url"), [
    ("about.md", "about/"), ("en/about.md", "en/about/"), ("index.md", ""), ("en/index.md", "en/"),
    ("guide/index.md", "guide/"), ("guide/README.md", "guide/"),
])
def test_docs_page_urls_follow_mkdocs(path, url):
    assert docs_page_url(path) == url


def test_pages_are_found_by_url_and_source():
    assert LINKS.page("en/about/") is ABOUT_EN
    assert LINKS.page_of_source("posts/a.de.md") is POST_A
    assert "tags/ki/" in LINKS.urls


def test_pages_from_the_content_without_mkdocs(tmp_path):
    content = load(tmp_path, {"posts/2024/b.en.md": "---\ntitle: B\ndate: 2024-03-31\n---\nText.\n"})
    links = PageLinks([*(post_page(p, Urls(Languages(("de", "en")))) for p in content.posts), docs_page("en/about.md")])
    on = links.page_of_source("docs/en/about.md")
    assert on == LinkablePage("en/about/", "docs/en/about.md")
    assert target_in(links, "../../posts/2024/b.en.md", on) == "en/posts/b/"
    assert target_in(links, "../posts/b/", on) == "en/posts/b/"


def target_in(links: PageLinks, link: str, on: LinkablePage) -> str:
    resolved = links.resolve(link, on)
    assert isinstance(resolved, LinkTarget), resolved
    return resolved.page.url
