"""Links between posts and pages in the built site: every form resolves, MkDocs checks the rest."""
from __future__ import annotations

import posixpath
from urllib.parse import urlsplit

import pytest
from mkdocs.exceptions import Abort

from tests.support.sitebuilder import post

SITE_URL = "https://example.org/feder/"

LINKING_POST = """Vorne.

- [Datei](ziel.de.md)
- [Datei mit Anker](ziel.de.md#zweiter-teil)
- [Pfad](/posts/ziel/)
- [Pfad mit Präfix](/feder/posts/ziel/#zweiter-teil)
- [Englisch](/en/posts/ziel/)
- [Relativ](../ziel/)
- [Relativ ohne Schrägstrich](../ziel)
- [Seite relativ](../../about/)
- [Seite als Datei](../docs/about.md)
- [Seite als Pfad](/about/)
- [Startseite](/feder/)
- [Schlagwort](/tags/vertrieb/)
"""
EXPECTED = [
    "posts/ziel/", "posts/ziel/#zweiter-teil", "posts/ziel/", "posts/ziel/#zweiter-teil", "en/posts/ziel/",
    "posts/ziel/", "posts/ziel/", "about/", "about/", "about/", "", "tags/vertrieb/",
]
FILES = {
    "posts/quelle.de.md": post("Quelle", body=LINKING_POST, tags=["Vertrieb"]),
    "posts/quelle.en.md": post(
        "Source", body="[Relative](../ziel/) [About](../../about/#team) [German](/posts/ziel/)\n"
    ),
    "posts/ziel.de.md": post("Ziel", body="Erst.\n\n## Zweiter Teil\n\nText.\n"),
    "posts/ziel.en.md": post("Target", body="First.\n"),
    "docs/about.md": "# Über uns\n\n[Beitrag](../posts/ziel.de.md) [Pfad](/posts/ziel/) [Relativ](../posts/ziel/)\n",
    "docs/en/about.md": "# About\n\n## Team\n\n[Post](../posts/ziel/) [File](../../posts/ziel.en.md)\n",
}


def links(site, url: str) -> list[str]:
    """The page's links in its content, as site-relative URLs (`posts/x/#anchor`)."""
    base = "/" + url
    found = []
    html = site.html(url)
    body = (html.cssselect(".feder-post__body") or html.cssselect("article.md-content__inner"))[0]
    for a in body.cssselect("a[href]:not(.headerlink)"):
        parts = urlsplit(a.get("href"))
        path = posixpath.normpath(posixpath.join(base, parts.path)).lstrip("/")
        if parts.path.endswith("/") and path:
            path += "/"
        found.append(path + (f"#{parts.fragment}" if parts.fragment else ""))
    return found


@pytest.fixture
def built(site, mkdocs_log):
    site.write(FILES)
    site.build(site_url=SITE_URL)
    return site


def test_every_form_leads_to_the_page_in_the_built_site(built):
    assert links(built, "posts/quelle/") == EXPECTED
    for link in EXPECTED:
        assert built.exists(link.partition("#")[0]), link


def test_links_keep_the_language_of_the_page_they_are_on(built):
    assert links(built, "en/posts/quelle/") == ["en/posts/ziel/", "en/about/#team", "posts/ziel/"]
    assert links(built, "en/about/") == ["en/posts/ziel/", "en/posts/ziel/"]
    assert links(built, "about/") == ["posts/ziel/", "posts/ziel/", "posts/ziel/"]


def test_no_warning_for_any_form(built, mkdocs_log):
    assert [m for m in mkdocs_log.messages] == []


def test_a_missing_anchor_behind_a_site_path_fails_the_strict_build(site, mkdocs_log):
    site.write({**FILES, "posts/quelle.de.md": post("Quelle", body="[x](/posts/ziel/#gibt-es-nicht)\n")})
    with pytest.raises(Abort):
        site.build(site_url=SITE_URL)
    assert any("posts/quelle.de.md" in m and "gibt-es-nicht" in m for m in mkdocs_log.messages)


def test_a_link_to_a_missing_post_still_fails_the_strict_build(site, mkdocs_log):
    site.write({**FILES, "posts/quelle.de.md": post("Quelle", body="[x](../fehlt/)\n")})
    with pytest.raises(Abort):
        site.build(site_url=SITE_URL)
    assert any("posts/quelle.de.md" in m and "../fehlt/" in m for m in mkdocs_log.messages)


def test_a_link_follows_its_target_across_cached_builds(site, mkdocs_log):
    """The render cache keeps a post's HTML; a link must not outlive the post it leads to."""
    site.write(FILES)
    site.build(site_url=SITE_URL)
    (site.root / "posts/ziel.de.md").unlink()
    with pytest.raises(Abort):
        site.build(site_url=SITE_URL)
    assert any("posts/quelle.de.md:11: link: `/posts/ziel/` leads to /posts/ziel/, which is not a page" in m
               for m in mkdocs_log.messages)
