"""Rendered post HTML shown elsewhere: excerpts and links that still work."""
from __future__ import annotations

import lxml.html

from feder.content.html import absolute_links, excerpt_html, plain_text, rebase_links

POST_HTML = (
    '<p>Siehe <a href="../andere/">andere</a>, <a href="#abschnitt">unten</a>, '
    '<img src="../../assets/bild.png" alt="Bild"> und <a href="https://example.org/">extern</a>.</p>\n'
    "<!-- more -->\n<h2 id=\"abschnitt\">Abschnitt</h2>"
)


def links(html: str) -> list[str]:
    root = lxml.html.fragment_fromstring(html, create_parent="div")
    return [el.get("href") or el.get("src") for el in root.iter("a", "img")]


def test_excerpt_stops_at_the_more_marker():
    assert "Abschnitt" not in excerpt_html(POST_HTML)
    assert excerpt_html("<h2>Titel</h2><p>Erster</p><p>Zweiter</p>") == "<p>Erster</p>"


def test_rebased_links_resolve_to_the_same_targets():
    html = rebase_links(excerpt_html(POST_HTML), "posts/bani/", "page/2/")
    assert links(html) == ["../../posts/andere/", "../../posts/bani/#abschnitt", "../../assets/bild.png", "https://example.org/"]
    assert links(rebase_links(excerpt_html(POST_HTML), "posts/bani/", "")) == [
        "posts/andere/", "posts/bani/#abschnitt", "assets/bild.png", "https://example.org/"]


def test_absolute_links_for_feeds():
    html = absolute_links(excerpt_html(POST_HTML), "en/posts/bani/", "https://blog.example.org/sub/")
    assert links(html) == [
        "https://blog.example.org/sub/en/posts/andere/", "https://blog.example.org/sub/en/posts/bani/#abschnitt",
        "https://blog.example.org/sub/en/assets/bild.png", "https://example.org/"]


def test_plain_text():
    assert plain_text("<p>Ein <em>kurzer</em>\n Text &amp; mehr</p>") == "Ein kurzer Text & mehr"
