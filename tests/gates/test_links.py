"""Gate 2: every internal href, src and #anchor of the built site resolves (no network)."""
from __future__ import annotations

from pathlib import Path

from tests.gates.linkcheck import check_links

SITE_URL = "https://example.github.io/blog/"


def tree(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def page(body: str, head: str = "") -> str:
    return f"<!doctype html><html lang='de'><head><title>t</title>{head}</head><body>{body}</body></html>"


def found(root: Path) -> list[str]:
    return [f"{b.source}: {b.url}" for b in check_links(root, SITE_URL)]


def test_resolving_links_relative_and_absolute_and_anchors(tmp_path):
    root = tree(tmp_path, {
        "index.html": page(
            '<a href="posts/x/">x</a> <a href="posts/x/#teil-2">part</a> <a href="#top">top</a>'
            '<a href="https://example.github.io/blog/posts/x/">public</a> <a href="posts/x">no slash</a>'
            '<a href="https://other.example.org/">elsewhere</a> <a href="mailto:a@b.example">mail</a>'
            '<img src="img/a%20b.png" srcset="img/a%20b.png 1x, img/a%20b.png 2x" alt="">',
            head='<link rel="stylesheet" href="style.css"><link rel="canonical" href="https://example.github.io/blog/">',
        ).replace("<body>", "<body id='top'>"),
        "posts/x/index.html": page('<h2 id="teil-2">2</h2><a href="../../">home</a>'),
        "img/a b.png": "png",
        "style.css": 'a { background: url("img/a%20b.png") } b { mask: url("data:image/svg+xml;x") }',
    })
    assert found(root) == []


def test_broken_links_are_reported_with_file_and_line(tmp_path):
    root = tree(tmp_path, {
        "index.html": page('\n<a href="posts/gone/">gone</a>\n<a href="posts/x/#nirgends">anchor</a>'),
        "posts/x/index.html": page('<h2 id="teil-2">2</h2><script src="../../missing.js"></script>'),
        "assets/style.css": "a { background: url(../fonts/roboto.woff2) }",
        "assets/old.css": "a { background: url(../../fonts/roboto.woff2) }",
    })
    broken = check_links(root, SITE_URL)
    assert sorted(str(b) for b in broken) == [
        "assets/old.css:1: ../../fonts/roboto.woff2: points outside the site's path /blog/",
        "assets/style.css:1: ../fonts/roboto.woff2: no such file in the built site",
        "index.html:2: posts/gone/: no such file in the built site",
        "index.html:3: posts/x/#nirgends: no element with id 'nirgends' in posts/x/index.html",
        "posts/x/index.html:1: ../../missing.js: no such file in the built site",
    ]


def test_links_to_the_public_address_must_exist_too(tmp_path):
    root = tree(tmp_path, {
        "index.html": page("", head='<link rel="alternate" hreflang="en" href="https://example.github.io/blog/en/">'),
        "sitemap.xml": (
            '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            "<url><loc>https://example.github.io/blog/</loc></url>"
            "<url><loc>https://example.github.io/blog/posts/alt/</loc></url></urlset>"
        ),
        "feed.xml": '<feed xmlns="http://www.w3.org/2005/Atom"><link href="https://example.github.io/elsewhere/"/></feed>',
    })
    assert sorted(found(root)) == [
        "feed.xml: https://example.github.io/elsewhere/",
        "index.html: https://example.github.io/blog/en/",
        "sitemap.xml: https://example.github.io/blog/posts/alt/",
    ]


def test_javascript_urls_are_reported(tmp_path):
    root = tree(tmp_path, {"index.html": page('<a href="javascript:alert(1)">x</a>')})
    assert found(root) == ["index.html: javascript:alert(1)"]


def test_gate_every_internal_link_of_the_site_resolves(built_site):
    broken = check_links(built_site.root, built_site.site_url)
    assert not broken, f"{len(broken)} broken link(s):\n" + "\n".join(map(str, broken))
