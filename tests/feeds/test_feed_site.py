"""Feeds of built sites: which exist, what is in them, and the W3C validator's rules."""
from __future__ import annotations

import hashlib
import locale
from urllib.parse import urljoin

import feedparser
import lxml.html
import pytest
from lxml import etree

from tests.support.feedrules import NS, atom_problems, feed_files, rfc822_date, rfc3339_date, rss_problems
from tests.support.sitebuilder import make_site, plugins, post

SITE = "https://blog.example.org/"
PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                    "1f15c4890000000d49444154789c63f8ffff3f0005fe02fea7d605a40000000049454e44ae426082")

BODY = """\
Die Welt ist brüchig, sagt [der andere Beitrag](alt.de.md#fazit).

<!-- more -->

## Was folgt

![Ein Bild](../assets/bild.png)

<p class="hinweis">Klick <a href="https://example.com/x">dort</a>.</p>
"""
# Active content never gets this far: the build refuses it (tests/security/test_active_content.py);
# what the feed transform removes anyway is tested in test_feed_xml.py.

POSTS = {
    "docs/assets/bild.png": PNG,
    "tags.yml": "tags:\n  Vertrieb:\n    name: {en: Sales}\n",
    "posts/bani.de.md": post("BANI statt VUCA", "2024-03-31T09:30:00+02:00", tags=["BANI", "Vertrieb"],
                             summary="Warum VUCA nicht mehr reicht.", updated="2024-04-02", body=BODY),
    "posts/bani.en.md": post("BANI instead of VUCA", "2024-03-31T09:30:00+02:00", tags=["BANI", "Sales"],
                             body="The world is brittle.\n\n<!-- more -->\n\nMore.\n"),
    "posts/alt.de.md": post("Ein alter Beitrag", "2023-05-02", tags=["Vertrieb"], body="Alt.\n\n## Fazit\n\nEnde.\n"),
    "posts/mitte.de.md": post("Mittendrin", "2023-11-15", tags=["BANI"]),
    "posts/entwurf.de.md": post("Entwurf", "2024-06-01", tags=["Vertrieb"], draft=True),
    "posts/zukunft.de.md": post("Zukunft", "2999-01-01", tags=["Vertrieb"]),
}

FEEDS = [
    "feed.xml", "atom.xml", "en/feed.xml", "en/atom.xml",
    "tags/bani/feed.xml", "tags/vertrieb/feed.xml", "en/tags/bani/feed.xml", "en/tags/sales/feed.xml",
]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    site = make_site(tmp_path_factory.mktemp("feeds"), POSTS)
    site.build()
    return site


def xml(site, path: str) -> etree._ElementTree:
    return etree.parse(str(site.site_dir / path))


def rss_items(site, path: str) -> list[etree._Element]:
    return xml(site, path).findall("channel/item")


def test_every_feed_of_the_interface_exists_and_no_other(built):
    assert sorted(p.relative_to(built.site_dir).as_posix() for p in feed_files(built.site_dir)) == sorted(FEEDS)


def test_feedparser_reads_every_feed_without_complaint(built):
    for path in FEEDS:
        parsed = feedparser.parse((built.site_dir / path).read_bytes())
        assert parsed.bozo == 0, (path, parsed.get("bozo_exception"))
        assert parsed.version == ("atom10" if path.endswith("atom.xml") else "rss20"), path


def test_every_feed_follows_the_validator_rules(built):
    for path in FEEDS:
        check = atom_problems if path.endswith("atom.xml") else rss_problems
        assert check(xml(built, path), SITE + path) == [], path


def test_items_are_the_published_posts_of_the_language_newest_first(built):
    def titles(path):
        return [item.findtext("title") for item in rss_items(built, path)]

    assert titles("feed.xml") == ["BANI statt VUCA", "Mittendrin", "Ein alter Beitrag"]
    assert titles("en/feed.xml") == ["BANI instead of VUCA"]
    assert titles("tags/vertrieb/feed.xml") == ["BANI statt VUCA", "Ein alter Beitrag"]
    assert titles("en/tags/sales/feed.xml") == ["BANI instead of VUCA"]
    atom = xml(built, "atom.xml").findall("atom:entry", NS)
    assert [entry.findtext("atom:title", namespaces=NS) for entry in atom] == titles("feed.xml")


def test_channel_links_and_language(built):
    de, en = xml(built, "feed.xml").find("channel"), xml(built, "en/feed.xml").find("channel")
    assert (de.findtext("link"), de.findtext("language")) == (SITE, "de")
    assert (en.findtext("link"), en.findtext("language")) == (SITE + "en/", "en")
    assert xml(built, "en/tags/sales/feed.xml").findtext("channel/link") == SITE + "en/tags/sales/"
    atom = xml(built, "en/atom.xml").getroot()
    assert atom.get("{http://www.w3.org/XML/1998/namespace}lang") == "en"
    assert {link.get("rel"): link.get("href") for link in atom.findall("atom:link", NS)} == {
        "self": SITE + "en/atom.xml", "alternate": SITE + "en/",
    }


def test_item_fields(built):
    [item] = [item for item in rss_items(built, "feed.xml") if item.findtext("title") == "BANI statt VUCA"]
    assert item.findtext("link") == item.findtext("guid") == SITE + "posts/bani/"
    assert item.findtext("description") == "Warum VUCA nicht mehr reicht."
    assert [c.text for c in item.findall("category")] == ["BANI", "Vertrieb"]
    assert [c.text for c in item.findall("dc:creator", NS)] == ["Redaktion"]
    assert item.findtext("pubDate") == "Sun, 31 Mar 2024 09:30:00 +0200"
    en = rss_items(built, "en/feed.xml")[0]
    assert [c.text for c in en.findall("category")] == ["BANI", "Sales"]
    assert [c.text for c in en.findall("dc:creator", NS)] == ["Editorial team"]
    entry = xml(built, "atom.xml").find("atom:entry", NS)
    assert entry.findtext("atom:published", namespaces=NS) == "2024-03-31T09:30:00+02:00"
    assert entry.findtext("atom:updated", namespaces=NS) == "2024-04-02T00:00:00+02:00"
    assert [
        (a.findtext("atom:name", namespaces=NS), a.findtext("atom:uri", namespaces=NS))
        for a in entry.findall("atom:author", NS)
    ] == [
        ("Redaktion", SITE + "authors/redaktion/"),
    ]


def test_without_summary_the_excerpt_is_the_description(built):
    assert rss_items(built, "en/feed.xml")[0].findtext("description") == "The world is brittle."


def content_of(site, path: str, title: str) -> lxml.html.HtmlElement:
    [item] = [item for item in rss_items(site, path) if item.findtext("title") == title]
    return lxml.html.fragment_fromstring(item.findtext("content:encoded", namespaces=NS), create_parent="div")


def test_content_is_the_full_post_with_absolute_links(built):
    content = content_of(built, "feed.xml", "BANI statt VUCA")
    assert "Was folgt" in content.text_content()  # after <!-- more -->: the full post, not the excerpt
    assert [a.get("href") for a in content.iter("a")] == [SITE + "posts/alt/#fazit", "https://example.com/x"]
    assert [img.get("src") for img in content.iter("img")] == [SITE + "assets/bild.png"]


def test_content_has_no_active_parts(built):
    content = content_of(built, "feed.xml", "BANI statt VUCA")
    assert content.xpath("//script | //iframe | //@onclick | //a[@class='headerlink']") == []
    assert "Klick dort." in content.text_content()


def test_feed_dates_come_from_posts(built):
    assert xml(built, "feed.xml").findtext("channel/lastBuildDate") == "Tue, 02 Apr 2024 00:00:00 +0200"  # the update
    assert xml(built, "en/feed.xml").findtext("channel/lastBuildDate") == "Sun, 31 Mar 2024 09:30:00 +0200"
    assert xml(built, "atom.xml").findtext("atom:updated", namespaces=NS) == "2024-04-02T00:00:00+02:00"


def test_feed_size_is_configurable(site):
    site.write({f"posts/p{i}.de.md": post(f"Beitrag {i}", f"2024-01-{i + 10}", tags=["KI"]) for i in range(5)})
    site.build(plugins=plugins(feed_size=2))
    assert [item.findtext("title") for item in rss_items(site, "feed.xml")] == ["Beitrag 4", "Beitrag 3"]
    assert len(rss_items(site, "tags/ki/feed.xml")) == 2
    assert len(xml(site, "atom.xml").findall("atom:entry", NS)) == 2


def test_a_language_without_posts_has_valid_empty_feeds(built):
    site = make_site(built.root.parent / "empty")
    site.build()
    for path in ("feed.xml", "atom.xml", "en/feed.xml", "en/atom.xml"):
        assert feedparser.parse((site.site_dir / path).read_bytes()).bozo == 0
        check = atom_problems if path.endswith("atom.xml") else rss_problems
        assert check(xml(site, path), SITE + path) == [], path


def test_drafts_and_scheduled_posts_stay_out_of_feeds_even_in_preview(tmp_path):
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    site = make_site(tmp_path, {k: v for k, v in POSTS.items() if k != "posts/bani.de.md"})
    site.build()  # writes mkdocs.yml
    config = load_config(str(site.root / "mkdocs.yml"))
    config.plugins["feder"].on_startup(command="serve", dirty=False)
    build(config, serve_url="http://127.0.0.1:8000/")
    assert site.exists("posts/entwurf/")  # the preview shows it ...
    feed_titles = [item.findtext("title") for item in rss_items(site, "tags/vertrieb/feed.xml")]
    assert feed_titles == ["Ein alter Beitrag"]  # ... feeds don't
    assert "Entwurf" not in (site.site_dir / "feed.xml").read_text(encoding="utf-8")
    assert "Zukunft" not in (site.site_dir / "atom.xml").read_text(encoding="utf-8")


GERMAN_LOCALES = ("de_DE.UTF-8", "de_DE.utf8", "de_DE", "German_Germany.1252")


def test_dates_are_english_rfc_dates_under_a_german_locale(tmp_path):
    """Where the machine has a German locale, build under it; the dates must not change."""
    previous = locale.setlocale(locale.LC_ALL)
    german = None
    for name in GERMAN_LOCALES:
        try:
            german = locale.setlocale(locale.LC_ALL, name)
            break
        except locale.Error:
            continue
    try:
        site = make_site(tmp_path, POSTS)
        site.build()
    finally:
        locale.setlocale(locale.LC_ALL, previous)
    dates = [item.findtext("pubDate") for item in rss_items(site, "feed.xml")]
    dates.append(xml(site, "feed.xml").findtext("channel/lastBuildDate"))
    assert all(rfc822_date(date) for date in dates), (german, dates)  # English names, numeric zone
    atom = xml(site, "atom.xml")
    stamps = [element.text for element in atom.iter("{http://www.w3.org/2005/Atom}updated", "{http://www.w3.org/2005/Atom}published")]
    assert stamps and all(rfc3339_date(stamp) for stamp in stamps), stamps


def digest(site, paths) -> dict[str, str]:
    return {path: hashlib.sha256((site.site_dir / path).read_bytes()).hexdigest() for path in paths}


def test_two_builds_of_the_same_content_give_identical_feeds_and_sitemap(tmp_path, monkeypatch):
    """The second build pretends to run years later: nothing may depend on the clock."""
    site = make_site(tmp_path, POSTS)
    outputs = [*FEEDS, "sitemap.xml", "sitemap.xml.gz", "robots.txt"]
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    site.build()
    first = digest(site, outputs)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1900000000")
    site.build()
    assert digest(site, outputs) == first


def test_tag_pages_link_their_feed_for_readers(built):
    [link] = built.html("en/tags/sales/").cssselect(".feder-feed a")
    assert urljoin("/en/tags/sales/", link.get("href")) == "/en/tags/sales/feed.xml"
