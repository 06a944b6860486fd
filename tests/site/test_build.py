"""Build small bilingual sites through MkDocs' Python API and check the HTML."""
from __future__ import annotations

import json
from urllib.parse import urljoin, urlsplit

import pytest
from mkdocs.exceptions import Abort

from tests.support.sitebuilder import post

PAGES = [
    "", "en/", "posts/bani/", "en/posts/bani/", "posts/nur-deutsch/", "archive/", "en/archive/",
    "authors/redaktion/", "en/authors/redaktion/", "about/", "en/about/",
    "impressum/", "en/impressum/", "datenschutz/", "en/datenschutz/",
]

POSTS = {
    "posts/bani.de.md": post("BANI statt VUCA", "2024-03-31", tags=["BANI", "Vertrieb"], body=(
        "Die Welt ist brüchig, sagt [der andere Beitrag](nur-deutsch.de.md).\n\n<!-- more -->\n\n"
        "## Was folgt\n\nMehr.\n")),
    "posts/bani.en.md": post("BANI instead of VUCA", "2024-03-31", tags=["BANI", "Sales"], body=(
        "The world is brittle.\n\n<!-- more -->\n\n## What follows\n\nMore.\n")),
    "posts/nur-deutsch.de.md": post("Nur auf Deutsch", "2023-05-02", summary="Eine Zusammenfassung."),
}


@pytest.fixture
def built(site):
    site.write(POSTS)
    site.build()
    return site


def test_every_url_of_the_interface_exists(built):
    missing = [url for url in PAGES if not built.exists(url)]
    assert missing == []


def test_pages_know_their_language(built):
    for url in PAGES:
        expected = "en" if url.startswith("en/") else "de"
        assert built.html(url).get("lang") == expected, url


def test_material_ui_strings_follow_the_page_language(built):
    def header(url):
        return built.html(url).cssselect("nav.md-header__inner")[0].get("aria-label")
    assert (header("posts/bani/"), header("en/posts/bani/")) == ("Kopfzeile", "Header")


def switcher(site, url: str) -> dict[str, str]:
    """Language -> absolute path the switcher links to."""
    links = site.html(url).cssselect("a.md-select__link")
    return {a.get("hreflang"): urljoin(f"/{url}", a.get("href")) for a in links}


def test_switcher_links_to_the_translation(built):
    assert switcher(built, "posts/bani/") == {"de": "/posts/bani/", "en": "/en/posts/bani/"}
    assert switcher(built, "en/about/") == {"de": "/about/", "en": "/en/about/"}


def test_switcher_without_translation_links_to_the_other_home(built):
    assert switcher(built, "posts/nur-deutsch/") == {"de": "/posts/nur-deutsch/", "en": "/en/"}


def alternates(site, url: str) -> dict[str, str]:
    links = site.html(url).xpath('//head/link[@rel="alternate"][@hreflang]')
    return {link.get("hreflang"): link.get("href") for link in links}


def test_hreflang_links_are_absolute_reciprocal_and_include_x_default(built):
    de, en = alternates(built, "posts/bani/"), alternates(built, "en/posts/bani/")
    assert de == en == {
        "de": "https://blog.example.org/posts/bani/",
        "en": "https://blog.example.org/en/posts/bani/",
        "x-default": "https://blog.example.org/posts/bani/",
    }
    for url in PAGES:
        for lang, href in alternates(built, url).items():
            other = urlsplit(href).path.lstrip("/")
            assert alternates(built, other) == alternates(built, url), (url, lang)


def test_pages_without_translation_have_no_hreflang(built):
    assert alternates(built, "posts/nur-deutsch/") == {}


def test_canonical_is_the_pages_own_absolute_url(built):
    [canonical] = built.html("en/posts/bani/").xpath('//link[@rel="canonical"]/@href')
    assert canonical == "https://blog.example.org/en/posts/bani/"


def card_titles(site, url: str) -> list[str]:
    return [a.text_content().strip() for a in site.html(url).cssselect(".feder-card__title a")]


def test_lists_show_only_posts_of_their_language(built):
    assert card_titles(built, "") == ["BANI statt VUCA", "Nur auf Deutsch"]
    assert card_titles(built, "en/") == ["BANI instead of VUCA"]
    assert card_titles(built, "en/authors/redaktion/") == ["BANI instead of VUCA"]
    archive = [a.text_content() for a in built.html("en/archive/").cssselect(".feder-archive__list a")]
    assert archive == ["BANI instead of VUCA"]


def test_list_entries_have_localised_date_authors_reading_time_tags_and_excerpt(built):
    de_card = built.html("").cssselect(".feder-card")[0]
    en_card = built.html("en/").cssselect(".feder-card")[0]
    assert de_card.cssselect("time")[0].text == "31. März 2024"
    assert de_card.cssselect("time")[0].get("datetime") == "2024-03-31"
    assert en_card.cssselect("time")[0].text == "March 31, 2024"
    assert de_card.cssselect(".feder-meta__reading-time")[0].text == "1 Min. Lesezeit"
    assert en_card.cssselect(".feder-meta__reading-time")[0].text == "1 min read"
    assert [a.text for a in de_card.cssselect(".feder-meta__authors a")] == ["Redaktion"]
    assert [a.text for a in en_card.cssselect(".feder-meta__authors a")] == ["Editorial team"]
    assert [t.text_content() for t in en_card.cssselect(".feder-tags__tag")] == ["BANI", "Sales"]
    teaser = de_card.cssselect(".feder-card__teaser")[0]
    assert "Die Welt ist brüchig" in teaser.text_content() and "Mehr." not in teaser.text_content()


def test_excerpt_links_still_work_on_the_list(built):
    link = built.html("").cssselect(".feder-card__teaser a")[0].get("href")
    assert urljoin("/", link) == "/posts/nur-deutsch/"


def test_summary_replaces_the_excerpt_in_lists(built):
    second = built.html("").cssselect(".feder-card__teaser")[1]
    assert second.text_content().strip() == "Eine Zusammenfassung."


def test_post_page_has_meta_bio_and_neighbours(built):
    page = built.html("posts/bani/")
    assert page.cssselect("article.feder-post h1")[0].text == "BANI statt VUCA"
    assert page.cssselect(".feder-author__bio")[0].text == "Die Redaktion."
    older = page.cssselect(".feder-post-nav__older")[0]
    assert urljoin("/posts/bani/", older.get("href")) == "/posts/nur-deutsch/"
    assert not page.cssselect(".feder-post-nav__newer")
    assert not built.html("en/posts/bani/").cssselect(".feder-post-nav")  # only post in English


def test_post_shows_updated_date(site):
    site.write({"posts/a.de.md": post("A", "2024-01-10", updated="2024-02-01")})
    site.build()
    times = site.html("posts/a/").cssselect(".feder-post__header time")
    assert [(t.get("datetime"), t.text) for t in times] == [
        ("2024-01-10", "10. Januar 2024"), ("2024-02-01", "Aktualisiert am 1. Februar 2024")]


def test_every_page_links_the_legal_pages_of_its_language(built):
    for url in PAGES:
        hrefs = {urljoin(f"/{url}", a.get("href")) for a in built.html(url).cssselect("footer .feder-legal a")}
        prefix = "/en/" if url.startswith("en/") else "/"
        assert hrefs == {f"{prefix}impressum/", f"{prefix}datenschutz/"}, url


def test_posts_stay_out_of_the_navigation(built):
    nav_links = built.html("posts/bani/").cssselect(".md-nav--primary .md-nav__link[href]")
    targets = {urljoin("/posts/bani/", a.get("href")) for a in nav_links}
    assert targets == {"/", "/archive/", "/about/"}
    en_targets = {
        urljoin("/en/", a.get("href")) for a in built.html("en/").cssselect(".md-nav--primary .md-nav__link[href]")
    }
    assert en_targets == {"/en/", "/en/archive/", "/en/about/"}


def test_pagination(site):
    site.write({f"posts/p{i:02d}.de.md": post(f"Beitrag {i:02d}", f"2024-01-{i:02d}") for i in range(1, 24)})
    site.build()
    assert len(card_titles(site, "")) == 10 and card_titles(site, "")[0] == "Beitrag 23"
    assert card_titles(site, "page/3/") == ["Beitrag 03", "Beitrag 02", "Beitrag 01"]
    assert not site.exists("page/4/") and not site.exists("page/1/")
    nav = site.html("page/2/").cssselect(".feder-pagination a")
    assert {a.get("rel"): urljoin("/page/2/", a.get("href")) for a in nav} == {"prev": "/", "next": "/page/3/"}


def test_drafts_and_scheduled_posts_are_left_out(site):
    site.write({
        "posts/fertig.de.md": post("Fertig", "2024-01-01"),
        "posts/entwurf.de.md": post("Entwurf", "2024-01-02", draft=True),
        "posts/zukunft.de.md": post("Zukunft", "2999-01-01"),
    })
    site.build()
    assert site.exists("posts/fertig/")
    assert not site.exists("posts/entwurf/") and not site.exists("posts/zukunft/")
    assert card_titles(site, "") == ["Fertig"]


def test_body_is_never_taken_for_metadata(site):
    site.write({"posts/a.de.md": post("A", body="Fazit: BANI verlangt Resilienz.\n\nMehr.\n")})
    site.build()
    assert "Fazit: BANI verlangt Resilienz." in site.html("posts/a/").cssselect(".feder-post__body")[0].text_content()


def build_error(site, mkdocs_log, **overrides) -> str:
    """Build, expect failure, and return what MkDocs logged as errors."""
    with pytest.raises(Abort):
        site.build(**overrides)
    return "\n".join(r.getMessage() for r in mkdocs_log.records if r.levelname == "ERROR")


def test_malformed_post_fails_the_build_and_keeps_the_old_site(built, mkdocs_log):
    before = (built.site_dir / "posts/bani/index.html").read_bytes()
    built.write({"posts/kaputt.de.md": "---\ntitle: Kaputt\ndate: 2019-02-30\ntags: [On]\n---\nText.\n"})
    message = build_error(built, mkdocs_log, strict=False)
    assert "posts/kaputt.de.md:3: date: `2019-02-30` is not a valid date" in message
    assert "posts/kaputt.de.md:4: tags: tag 1 is `On`, which YAML reads as the boolean true" in message
    assert (built.site_dir / "posts/bani/index.html").read_bytes() == before


def test_unknown_frontmatter_key_warns_and_strict_build_fails(site, mkdocs_log):
    site.write({"posts/a.de.md": "---\ntitle: A\ndate: 2024-01-01\nsumary: x\n---\nText.\n"})
    with pytest.raises(Abort):
        site.build(strict=True)
    assert any("posts/a.de.md:4: sumary: unknown key" in m for m in mkdocs_log.messages)


def test_broken_link_in_a_post_names_the_real_file(site, mkdocs_log):
    site.write({"posts/a.de.md": post("A", body="Siehe [fehlt](fehlt.de.md).\n")})
    with pytest.raises(Abort):
        site.build(strict=True)
    assert any("posts/a.de.md" in m and "fehlt.de.md" in m for m in mkdocs_log.messages)


def test_docs_page_in_the_way_of_a_generated_page(site, mkdocs_log):
    site.write({"docs/index.md": "# Start\n", "posts/a.de.md": post("A")})
    assert (
        "docs/index.md:1: file name: would be written to index.html, where feder writes the home page"
        in build_error(site, mkdocs_log)
    )


def test_site_url_is_required(site, mkdocs_log):
    assert "site_url is not set in mkdocs.yml" in build_error(site, mkdocs_log, site_url=None)


def test_title_is_escaped_in_title_header_and_heading(site):
    nasty = 'Ein <b>"Test"</b> & </script><script>alert(1)</script>'
    site.write({"posts/a.de.md": post(nasty)})
    site.build()
    page = site.html("posts/a/")
    assert page.xpath("//title")[0].text == f"{nasty} – Testblog"
    assert page.cssselect("article h1")[0].text_content() == nasty
    assert page.cssselect('[data-md-component="header-topic"] .md-ellipsis')[0].text_content().strip() == nasty
    # JSON-LD is data, not code: it carries the title, escaped so that it cannot end the element.
    code = [script for script in page.iter("script") if script.get("type") != "application/ld+json"]
    assert all(script.get("src") or "alert(1)" not in (script.text or "") for script in code)
    data = [json.loads(s.text) for s in page.iter("script") if s.get("type") == "application/ld+json"]
    assert [item["headline"] for item in data] == [nasty]


def test_preview_shows_drafts_and_scheduled_posts_marked(site):
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    site.write({
        "posts/fertig.de.md": post("Fertig", "2024-01-01"),
        "posts/entwurf.de.md": post("Entwurf", "2024-01-02", draft=True),
        "posts/zukunft.de.md": post("Zukunft", "2999-01-01"),
    })
    site.build()  # writes mkdocs.yml
    config = load_config(str(site.root / "mkdocs.yml"))
    config.plugins["feder"].on_startup(command="serve", dirty=False)
    build(config, serve_url="http://127.0.0.1:8000/")
    assert site.html("posts/entwurf/").cssselect(".feder-state")[0].text == "Entwurf – wird nicht veröffentlicht"
    assert site.html("posts/zukunft/").cssselect(".feder-state")[0].text == "Geplant – erscheint am 1. Januar 2999"
    assert card_titles(site, "") == ["Zukunft", "Entwurf", "Fertig"]
    assert [s.text for s in site.html("").cssselect(".feder-card .feder-state")] == [
        "Geplant – erscheint am 1. Januar 2999", "Entwurf – wird nicht veröffentlicht"]
