"""Posts rendered with one converter per build (feder.plugins.blog.converter) are what MkDocs renders."""
from __future__ import annotations

import hashlib

import markdown
import pytest
from mkdocs.structure.pages import Page

from feder.plugins.blog.converter import PostConverter, PostPage
from tests.support.sitebuilder import make_site, post

# Everything an extension could carry from one post into the next: footnotes, headings whose
# ids repeat across posts, abbreviations, raw HTML with ids, links to other posts and their anchors.
FIRST = """Ein Absatz mit Fußnote[^1] und einem [Link](zweiter.de.md#fazit).

<!-- more -->

## Fazit

*[CLV]: Customer Lifetime Value

Der CLV zählt.

<div markdown id="kasten">**Kasten** im HTML</div>

[^1]: Die Fußnote.
"""
SECOND = """Zweiter Text[^a] ohne Abkürzung: CLV.

## Fazit

## Fazit

[Zurück](erster.de.md#kasten)

[^a]: Noch eine Fußnote.
"""
POSTS = {
    "posts/erster.de.md": post("Erster", "2024-03-01", body=FIRST),
    "posts/zweiter.de.md": post("Zweiter", "2024-03-02", body=SECOND),
    "posts/zweiter.en.md": post("Second", "2024-03-02", body="Just text, no footnote.\n\n## Fazit\n"),
    "posts/leer.de.md": post("Leer", "2024-03-03", body=""),
}
EXTENSIONS = ["toc", "abbr", "attr_list", "md_in_html", "footnotes", "pymdownx.superfences"]


def _site_bytes(site_dir) -> dict[str, str]:
    return {path.relative_to(site_dir).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
            for path in sorted(site_dir.rglob("*")) if path.is_file()}


@pytest.mark.parametrize("cache", [False, True])
def test_posts_rendered_with_one_converter_are_what_mkdocs_renders(tmp_path, mkdocs_log, monkeypatch, cache):
    built = []
    original = markdown.Markdown.__init__

    def counting(self, *args, **kwargs):
        built.append(self)
        original(self, *args, **kwargs)

    monkeypatch.setattr(markdown.Markdown, "__init__", counting)
    shared = make_site(tmp_path / "shared", POSTS)
    options = [{"feder": {"default_author": "redaktion", "cache": cache}}]
    shared.build(markdown_extensions=EXTENSIONS, plugins=options)
    converters = len(built)
    if cache:  # again, with every post from the render cache: no converter for them at all
        built.clear()
        shared.build(markdown_extensions=EXTENSIONS, plugins=options)
        assert len(built) <= converters - 1

    monkeypatch.setattr(PostPage, "render", Page.render)
    built.clear()
    plain = make_site(tmp_path / "plain", POSTS)
    plain.build(markdown_extensions=EXTENSIONS, plugins=[{"feder": {"default_author": "redaktion", "cache": False}}])
    assert converters < len(built)  # MkDocs: one per post
    assert _site_bytes(shared.site_dir) == _site_bytes(plain.site_dir)
    # the first post's footnote and abbreviation stay its own
    assert shared.html("posts/erster/").cssselect("abbr")
    assert not shared.html("posts/zweiter/").cssselect("abbr")
    assert len(shared.html("posts/zweiter/").cssselect(".footnote li")) == 1


def test_an_extension_not_known_to_reset_its_state_gets_mkdocs_rendering(tmp_path):
    site = make_site(tmp_path, POSTS)
    from mkdocs.config import load_config

    site.build(markdown_extensions=[*EXTENSIONS, "pymdownx.snippets"])  # builds: rendered page by page
    config = load_config(str(site.root / "mkdocs.yml"))
    assert not PostConverter(config).reusable
    config = load_config(str(site.root / "mkdocs.yml"))
    config.markdown_extensions[:] = [e for e in config.markdown_extensions if e != "pymdownx.snippets"]
    assert PostConverter(config).reusable
