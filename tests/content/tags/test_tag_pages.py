"""Tag pages, tag links and related posts in built sites."""
from __future__ import annotations

from urllib.parse import urljoin

import pytest
from mkdocs.exceptions import Abort

from tests.support.sitebuilder import plugins, post

TAGS_YML = """\
tags:
  KI:
    name: {de: KI, en: Artificial Intelligence}
    description:
      de: Maschinen, die lernen.
      en: Machines that learn.
  Vertrieb:
    name: {en: Sales}
aliases:
  AI: KI
"""

POSTS = {
    "tags.yml": TAGS_YML,
    "posts/ki.de.md": post("KI im Vertrieb", "2024-03-01", tags=["KI", "Vertrieb"]),
    "posts/ki.en.md": post("AI in sales", "2024-03-01", tags=["AI", "Sales"]),
    "posts/crm.de.md": post("CRM einführen", "2024-02-01", tags=["Vertrieb", "Ärger"]),
    "posts/apfel.de.md": post("Äpfel und Birnen", "2024-01-01", tags=["apfel", "vertrieb"]),
    "posts/zukunft.de.md": post("Die Zukunft", "2023-12-01", tags=["Zukunft", "ki"]),
    "posts/geheim.de.md": post("Geheim", "2024-04-01", tags=["Geheimsache", "KI"], draft=True),
    "posts/bald.de.md": post("Bald", "2999-01-01", tags=["Zukunft"]),
}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    from tests.support.sitebuilder import make_site

    site = make_site(tmp_path_factory.mktemp("tags"), POSTS)
    site.build(plugins=plugins(per_page=2), nav=["index.md", "archive/index.md", "tags/index.md", "about.md"])
    return site


def resolve(url: str, href: str) -> str:
    return urljoin(f"/{url}", href)


def index_entries(site, url: str, section: int) -> list[tuple[str, str, str]]:
    """(name, target, count) of one section of a tag index: 0 = most used, 1 = all."""
    items = site.html(url).cssselect(".feder-tag-index")[section].cssselect("li")
    return [
        (li.cssselect("a")[0].text, resolve(url, li.cssselect("a")[0].get("href")),
         li.cssselect(".feder-tag-index__count")[0].text)
        for li in items
    ]


def card_titles(site, url: str) -> list[str]:
    return [a.text_content().strip() for a in site.html(url).cssselect(".feder-card__title a")]


def test_tag_index_lists_every_tag_with_its_count_in_german_order(built):
    assert index_entries(built, "tags/", 1) == [
        ("apfel", "/tags/apfel/", "(1 Beitrag)"),
        ("Ärger", "/tags/aerger/", "(1 Beitrag)"),
        ("KI", "/tags/ki/", "(2 Beiträge)"),
        ("Vertrieb", "/tags/vertrieb/", "(3 Beiträge)"),
        ("Zukunft", "/tags/zukunft/", "(1 Beitrag)"),
    ]
    assert index_entries(built, "en/tags/", 1) == [
        ("Artificial Intelligence", "/en/tags/artificial-intelligence/", "(1 post)"),
        ("Sales", "/en/tags/sales/", "(1 post)"),
    ]


def test_tag_index_has_a_most_used_view(built):
    most_used = [name for name, _, _ in index_entries(built, "tags/", 0)]
    assert most_used[:2] == ["Vertrieb", "KI"]
    assert built.html("tags/").cssselect("h1")[0].text == "Themen"
    assert built.html("en/tags/").cssselect("h1")[0].text == "Topics"


def test_drafts_and_scheduled_posts_make_no_tag_pages(built):
    assert not built.exists("tags/geheimsache/")
    assert "Geheim" not in card_titles(built, "tags/ki/")
    assert card_titles(built, "tags/zukunft/") == ["Die Zukunft"]


def test_a_tag_page_lists_its_posts_newest_first_paginated_like_home(built):
    assert card_titles(built, "tags/vertrieb/") == ["KI im Vertrieb", "CRM einführen"]
    assert card_titles(built, "tags/vertrieb/page/2/") == ["Äpfel und Birnen"]
    page = built.html("tags/vertrieb/")
    assert page.cssselect("h1")[0].text == "Beiträge zum Thema Vertrieb"
    [next_link] = page.cssselect('.feder-pagination a[rel="next"]')
    assert resolve("tags/vertrieb/", next_link.get("href")) == "/tags/vertrieb/page/2/"
    assert (
        built.html("tags/vertrieb/page/2/").xpath("//title")[0].text
        == "Beiträge zum Thema Vertrieb – Seite 2 von 2 – Testblog"
    )


def test_english_tag_pages_live_at_the_english_slug(built):
    assert card_titles(built, "en/tags/artificial-intelligence/") == ["AI in sales"]
    assert card_titles(built, "en/tags/sales/") == ["AI in sales"]
    assert not built.exists("en/tags/ki/") and not built.exists("en/tags/ai/")
    page = built.html("en/tags/artificial-intelligence/")
    assert page.cssselect("h1")[0].text == "Posts about Artificial Intelligence"
    assert page.cssselect(".feder-intro")[0].text == "Machines that learn."
    assert page.xpath('//meta[@name="description"]/@content') == ["Machines that learn."]


def test_the_two_tag_pages_are_translations(built):
    switcher = {
        a.get("hreflang"): resolve("tags/ki/", a.get("href"))
        for a in built.html("tags/ki/").cssselect("a.md-select__link")
    }
    assert switcher == {"de": "/tags/ki/", "en": "/en/tags/artificial-intelligence/"}
    hreflang = {
        link.get("hreflang"): link.get("href")
        for link in built.html("en/tags/artificial-intelligence/").xpath("//link[@hreflang]")
    }
    assert hreflang == {
        "de": "https://blog.example.org/tags/ki/",
        "en": "https://blog.example.org/en/tags/artificial-intelligence/",
        "x-default": "https://blog.example.org/tags/ki/",
    }


def test_a_tag_without_translation_switches_to_the_other_home(built):
    switcher = {
        a.get("hreflang"): resolve("tags/zukunft/", a.get("href"))
        for a in built.html("tags/zukunft/").cssselect("a.md-select__link")
    }
    assert switcher == {"de": "/tags/zukunft/", "en": "/en/"}


def post_tags(site, url: str) -> list[tuple[str, str]]:
    return [
        (a.text, resolve(url, a.get("href"))) for a in site.html(url).cssselect(".feder-post__footer .feder-tags a")
    ]


def test_posts_link_their_tags_with_the_names_of_their_language(built):
    assert post_tags(built, "posts/ki/") == [("KI", "/tags/ki/"), ("Vertrieb", "/tags/vertrieb/")]
    assert post_tags(built, "en/posts/ki/") == [
        ("Artificial Intelligence", "/en/tags/artificial-intelligence/"),
        ("Sales", "/en/tags/sales/"),
    ]
    # the most frequent spelling names a tag without an entry, also on posts that spell it otherwise
    assert post_tags(built, "posts/apfel/") == [("apfel", "/tags/apfel/"), ("Vertrieb", "/tags/vertrieb/")]


def test_cards_link_tags_too(built):
    card = built.html("en/").cssselect(".feder-card")[0]
    assert [(a.text, resolve("en/", a.get("href"))) for a in card.cssselect(".feder-tags a")] == [
        ("Artificial Intelligence", "/en/tags/artificial-intelligence/"), ("Sales", "/en/tags/sales/"),
    ]


def test_related_posts_by_shared_tags_then_recency(built):
    related = built.html("posts/ki/").cssselect(".feder-related li a")
    assert [(a.text, resolve("posts/ki/", a.get("href"))) for a in related] == [
        ("CRM einführen", "/posts/crm/"), ("Äpfel und Birnen", "/posts/apfel/"), ("Die Zukunft", "/posts/zukunft/"),
    ]
    assert built.html("en/posts/ki/").cssselect(".feder-related") == []  # no other English post


def test_tag_index_is_in_the_navigation_of_both_languages(built):
    def nav(url):
        links = built.html(url).cssselect(".md-nav--primary a.md-nav__link")
        return {a.text_content().strip(): resolve(url, a.get("href")) for a in links}
    assert nav("about/").get("Themen") == "/tags/"
    assert nav("en/about/").get("Topics") == "/en/tags/"


def build_error(site, mkdocs_log) -> str:
    with pytest.raises(Abort):
        site.build(strict=False)
    return "\n".join(r.getMessage() for r in mkdocs_log.records if r.levelname == "ERROR")


def test_tags_file_errors_fail_the_build_together_with_post_errors(site, mkdocs_log):
    site.write({
        "tags.yml": "tags:\n  KI:\n  ki:\n  '!!':\naliases:\n  AI: KJ\n",
        "posts/a.de.md": post("A", tags=["KI", "!!"]),
    })
    message = build_error(site, mkdocs_log)
    for expected in (
        "posts/a.de.md:6: tags: tag 2 \"!!\" has no letters or digits",
        'tags.yml:3: tags.ki: the tag "ki" becomes the slug "ki", like the tag "KI" on line 2',
        'tags.yml:4: tags.!!: the tag "!!" has no letters or digits',
        'tags.yml:6: aliases.AI: the alias "AI" points to "KJ", which is not a tag in this file',
    ):
        assert expected in message


def test_a_tags_file_that_does_not_parse_fails_the_build(site, mkdocs_log):
    site.write({"tags.yml": "tags:\n  KI: {name: [\n", "posts/a.de.md": post("A", tags=["KI"])})
    assert "tags.yml:2: tags.KI: the brackets { [ are not closed; end them with ]}" in build_error(site, mkdocs_log)


def test_a_site_without_posts_still_has_tag_indexes(site):
    site.build()
    assert site.html("tags/").cssselect(".feder-empty")[0].text == "Hier gibt es noch keine Themen."
    assert site.exists("en/tags/")
