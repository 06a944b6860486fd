"""sitemap.xml with language alternates, and robots.txt."""
from __future__ import annotations

import gzip

import pytest
from lxml import etree

from tests.support.sitebuilder import make_site, post

SITE = "https://blog.example.org/"
NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}

POSTS = {
    "tags.yml": "tags:\n  Vertrieb:\n    name: {en: Sales}\n",
    "posts/bani.de.md": post("BANI statt VUCA", "2024-03-31", tags=["Vertrieb"], updated="2024-04-02"),
    "posts/bani.en.md": post("BANI instead of VUCA", "2024-03-31", tags=["Sales"]),
    "posts/nur-deutsch.de.md": post("Nur auf Deutsch", "2023-05-02"),
    "posts/entwurf.de.md": post("Entwurf", "2023-06-01", draft=True),
    "posts/zukunft.de.md": post("Zukunft", "2999-01-01"),
}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    site = make_site(tmp_path_factory.mktemp("sitemap"), POSTS)
    site.build()
    return site


def entries(site) -> dict[str, etree._Element]:
    tree = etree.parse(str(site.site_dir / "sitemap.xml"))
    return {url.findtext("s:loc", namespaces=NS): url for url in tree.findall("s:url", NS)}


def alternates(url: etree._Element) -> dict[str, str]:
    return {link.get("hreflang"): link.get("href") for link in url.findall("xhtml:link", NS)}


def test_the_sitemap_lists_every_published_page(built):
    pages = set()
    for path in built.site_dir.rglob("index.html"):
        url = path.parent.relative_to(built.site_dir).as_posix()
        pages.add(SITE if url == "." else f"{SITE}{url}/")
    assert set(entries(built)) == pages
    assert SITE + "posts/entwurf/" not in pages and SITE + "posts/zukunft/" not in pages
    assert {SITE + "tags/vertrieb/", SITE + "en/tags/sales/", SITE + "tags/", SITE + "impressum/"} <= pages


def test_translated_pages_carry_their_alternates(built):
    found = entries(built)
    expected = {"de": SITE + "posts/bani/", "en": SITE + "en/posts/bani/", "x-default": SITE + "posts/bani/"}
    assert alternates(found[SITE + "posts/bani/"]) == alternates(found[SITE + "en/posts/bani/"]) == expected
    assert alternates(found[SITE + "en/tags/sales/"]) == {
        "de": SITE + "tags/vertrieb/", "en": SITE + "en/tags/sales/", "x-default": SITE + "tags/vertrieb/",
    }
    assert alternates(found[SITE + "posts/nur-deutsch/"]) == {}
    for link in etree.parse(str(built.site_dir / "sitemap.xml")).findall(".//xhtml:link", NS):
        assert link.get("rel") == "alternate"


def test_last_changes_come_from_content(built):
    found = entries(built)
    assert found[SITE + "posts/bani/"].findtext("s:lastmod", namespaces=NS) == "2024-04-02T00:00:00+02:00"
    # before DST
    assert found[SITE + "en/posts/bani/"].findtext("s:lastmod", namespaces=NS) == "2024-03-31T00:00:00+01:00"
    assert found[SITE].findtext("s:lastmod", namespaces=NS) == "2024-04-02T00:00:00+02:00"  # its newest post
    assert found[SITE + "impressum/"].find("s:lastmod", NS) is None


def test_the_compressed_sitemap_is_the_same(built):
    assert (
        gzip.decompress((built.site_dir / "sitemap.xml.gz").read_bytes())
        == (built.site_dir / "sitemap.xml").read_bytes()
    )


def test_robots_txt_points_to_the_sitemap(built):
    assert (built.site_dir / "robots.txt").read_text(encoding="utf-8") == (
        f"User-agent: *\nAllow: /\n\nSitemap: {SITE}sitemap.xml\n"
    )


def test_a_robots_txt_in_docs_wins(tmp_path):
    site = make_site(tmp_path, {"docs/robots.txt": "User-agent: *\nDisallow: /\n"})
    site.build()
    assert (site.site_dir / "robots.txt").read_text(encoding="utf-8") == "User-agent: *\nDisallow: /\n"


def test_site_in_a_sub_folder(tmp_path):
    site = make_site(tmp_path, {"posts/a.de.md": post("A")})
    site.build(site_url="https://example.github.io/blog/")
    assert "https://example.github.io/blog/posts/a/" in entries(site)
    assert "Sitemap: https://example.github.io/blog/sitemap.xml" in (site.site_dir / "robots.txt").read_text(
        encoding="utf-8"
    )
