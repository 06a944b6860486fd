"""Preview cards in a built site: every shareable page has its own, linked from its head."""
from __future__ import annotations

import hashlib
from pathlib import Path
from urllib.parse import unquote

import pytest
import yaml
from mkdocs.commands.build import build
from mkdocs.config import load_config
from PIL import Image

from tests.support.sitebuilder import Site, config_dict, make_site, plugins, post

SITE = "https://blog.example.org/"
TRICKY = 'Preise & "Rabatte" <im> Vertrieb: Ä/Ö/Ü'
POSTS = {
    "tags.yml": "tags:\n  Vertrieb:\n    name: {en: Sales}\n",
    "posts/bani.de.md": post("BANI statt VUCA", "2024-02-12", tags=["Vertrieb", "BANI"]),
    "posts/bani.en.md": post("BANI instead of VUCA", "2024-02-12", tags=["Sales", "BANI"]),
    "posts/preise.de.md": post(TRICKY, "2024-01-05", tags=["Vertrieb"]),
    "posts/titelbild.de.md": post("Mit Titelbild", "2023-12-01", tags=["BANI"], cover="assets/titelbild.png"),
    "docs/assets/titelbild.png": b"\x89PNG not really",
}
# The first page of each kind, in both languages, and the card it must have.
EXPECTED = {
    "posts/bani/": "assets/cards/posts/bani.png", "en/posts/bani/": "assets/cards/en/posts/bani.png",
    "": "assets/cards/index.png", "en/": "assets/cards/en.png",
    "archive/": "assets/cards/archive.png", "en/archive/": "assets/cards/en/archive.png",
    "tags/": "assets/cards/tags.png", "en/tags/": "assets/cards/en/tags.png",
    "tags/vertrieb/": "assets/cards/tags/vertrieb.png", "en/tags/sales/": "assets/cards/en/tags/sales.png",
    "authors/redaktion/": "assets/cards/authors/redaktion.png",
    "en/authors/redaktion/": "assets/cards/en/authors/redaktion.png",
    "about/": "assets/cards/about.png", "en/about/": "assets/cards/en/about.png",
    "impressum/": "assets/cards/impressum.png", "en/datenschutz/": "assets/cards/en/datenschutz.png",
}


def build_site(site: Site, settings: dict | None = None, **feder_options):
    """Build through MkDocs' API; returns the `feder` plugin, which holds the build's cache."""
    (site.root / "mkdocs.yml").write_text(yaml.safe_dump(
        config_dict(plugins=plugins(per_page=1, **feder_options), **(settings or {})), allow_unicode=True,
    ), encoding="utf-8")
    config = load_config(str(site.root / "mkdocs.yml"), strict=True)
    build(config)
    return config.plugins["feder"]


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Site:
    site = make_site(tmp_path_factory.mktemp("cards"), POSTS)
    build_site(site)
    return site


def pages(site: Site) -> list[str]:
    urls = []
    for path in sorted(site.site_dir.rglob("index.html")):
        url = path.parent.relative_to(site.site_dir).as_posix()
        urls.append("" if url == "." else url + "/")
    return urls


def head(site: Site, url: str) -> dict[str, list[str]]:
    page = site.html(url)
    found: dict[str, list[str]] = {}
    for element in page.xpath("//head/meta[@property or @name]"):
        found.setdefault(element.get("property") or element.get("name"), []).append(element.get("content"))
    return found


def card_file(site: Site, url: str) -> Path:
    image = head(site, url)["og:image"][0]
    assert image.startswith(SITE), image
    return site.site_dir / unquote(image.removeprefix(SITE))


def test_every_page_links_a_card_that_exists(built):
    for url in pages(built):
        tags = head(built, url)
        if url == "posts/titelbild/":
            continue
        path = card_file(built, url)
        assert path.is_file(), url
        Image.open(path).verify()
        assert Image.open(path).size == (1200, 630)
        size = (tags["og:image:width"], tags["og:image:height"], tags["og:image:type"])
        assert size == (["1200"], ["630"], ["image/png"]), url
        assert tags["twitter:card"] == ["summary_large_image"] and tags["twitter:image"] == tags["og:image"], url
        assert tags["og:image:alt"] == tags["twitter:image:alt"] and tags["og:image:alt"][0], url


def test_each_kind_of_page_in_each_language_has_its_own_card(built):
    for url, path in EXPECTED.items():
        assert head(built, url)["og:image"] == [SITE + path], url
        assert head(built, url)["og:image:alt"] == head(built, url)["og:title"], url
    digests = {hashlib.sha256((built.site_dir / path).read_bytes()).hexdigest() for path in EXPECTED.values()}
    assert len(digests) == len(EXPECTED)  # German and English differ, two posts differ, every page differs


def test_later_pages_of_a_list_share_the_first_pages_card(built):
    assert built.exists("page/2/") and built.exists("tags/vertrieb/page/2/")
    assert head(built, "page/2/")["og:image"] == head(built, "")["og:image"]
    assert head(built, "tags/vertrieb/page/2/")["og:image"] == head(built, "tags/vertrieb/")["og:image"]
    assert head(built, "page/2/")["og:image:alt"] == head(built, "")["og:title"]


def test_a_cover_wins_over_the_card(built):
    tags = head(built, "posts/titelbild/")
    assert tags["og:image"] == [SITE + "assets/titelbild.png"] == tags["twitter:image"]
    assert tags["og:image:alt"] == ["Mit Titelbild"] and tags["og:image:type"] == ["image/png"]
    assert "og:image:width" not in tags  # the cover's size is not known
    assert not (built.site_dir / "assets/cards/posts/titelbild.png").exists()


def test_titles_reach_the_head_escaped_and_never_name_a_file(built):
    tags = head(built, "posts/preise/")
    assert tags["og:image"] == [SITE + "assets/cards/posts/preise.png"] and tags["og:image:alt"] == [TRICKY]
    names = {path.name for path in (built.site_dir / "assets/cards").rglob("*")}
    assert not any(char in name for name in names for char in '&"<> ')


def test_json_ld_names_the_card_as_the_posts_image(built):
    import json

    [data] = [
        json.loads(script.text)
        for script in built.html("en/posts/bani/").xpath('//script[@type="application/ld+json"]')
    ]
    assert data["image"] == SITE + "assets/cards/en/posts/bani.png"


def cards_of(site: Site) -> dict[str, bytes]:
    return {
        path.relative_to(site.site_dir).as_posix(): path.read_bytes()
        for path in sorted((site.site_dir / "assets/cards").rglob("*.png"))
    }


def test_cards_are_drawn_once_then_copied_and_are_the_same_bytes(tmp_path):
    site = make_site(tmp_path, POSTS)
    cold = build_site(site).cache.cards
    first = cards_of(site)
    assert cold.drawn == len(first) >= len(EXPECTED) and cold.copied == 0
    warm = build_site(site).cache.cards
    assert (warm.drawn, warm.copied) == (0, len(first))
    assert cards_of(site) == first
    build_site(site, cache=False)
    assert cards_of(site) == first
    site.write({"posts/bani.de.md": POSTS["posts/bani.de.md"].replace("BANI statt VUCA", "BANI statt VUCA!")})
    edited = build_site(site).cache.cards
    assert edited.drawn == 1 and cards_of(site)["assets/cards/posts/bani.png"] != first["assets/cards/posts/bani.png"]


def test_cards_can_be_switched_off(tmp_path):
    site = make_site(tmp_path, POSTS)
    build_site(site, cards=False)
    assert not (site.site_dir / "assets" / "cards").exists()
    assert "og:image" not in head(site, "posts/bani/") and head(site, "posts/titelbild/")["og:image"]
    assert head(site, "posts/bani/")["twitter:card"] == ["summary"]


def test_the_card_shows_what_the_post_says_in_its_language(tmp_path):
    from feder.cards import CardText

    plugin = build_site(make_site(tmp_path, POSTS))
    texts = plugin.views.sharing.cards(plugin.site)
    assert texts["assets/cards/posts/bani.png"] == CardText(
        "BANI statt VUCA", "Testblog", "Vertrieb", ("12. Februar 2024", "Redaktion"))
    assert texts["assets/cards/en/posts/bani.png"] == CardText(
        "BANI instead of VUCA", "Testblog", "Sales", ("February 12, 2024", "Editorial team"))
    assert texts["assets/cards/tags/vertrieb.png"] == CardText(
        "Beiträge zum Thema Vertrieb", "Testblog", "Vertrieb", ("2 Beiträge",)
    )
    assert texts["assets/cards/en/tags/sales.png"].byline == ("1 post",)
    assert texts["assets/cards/index.png"] == CardText("Testblog", byline=("3 Beiträge",))
    assert texts["assets/cards/about.png"].title == "Über uns" and texts["assets/cards/en/about.png"].title == "About"
    assert "assets/cards/posts/titelbild.png" not in texts


def test_cards_take_the_colours_of_the_themes_palette(tmp_path):
    site = make_site(tmp_path, {"posts/a.de.md": post("Grün und Gelb", tags=["Farbe"])})
    (site.root / "mkdocs.yml").write_text(yaml.safe_dump(config_dict(
        theme={"name": "material", "language": "de", "font": False, "palette": {"primary": "teal", "accent": "amber"}},
    ), allow_unicode=True), encoding="utf-8")
    build(load_config(str(site.root / "mkdocs.yml"), strict=True))
    card = Image.open(site.site_dir / "assets/cards/posts/a.png").convert("RGB")
    assert card.getpixel((600, 600)) == (0x00, 0x94, 0x85)  # Material's teal
    assert card.getpixel((4, 300)) == (0xFF, 0xAA, 0x00)  # its amber accent, the stripe on the left


def test_a_page_whose_path_needs_escaping_links_its_card(tmp_path):
    site = make_site(tmp_path, {"docs/Preise und Märkte.md": "# Preise, Märkte\n\nText.\n"})
    build_site(site, {"not_in_nav": "/impressum.md\n/datenschutz.md\n/Preise und Märkte.md\n"})
    [url] = [url for url in pages(site) if url.startswith("Preise")]
    tags = head(site, url)
    assert tags["og:image"] == [SITE + "assets/cards/Preise%20und%20M%C3%A4rkte.png"] and tags["og:image:alt"] == [
        "Preise, Märkte"
    ]
    assert card_file(site, url).is_file()
