"""Fragments rendered once for many pages (feder.plugins.blog.fragments) are what each page would render."""
from __future__ import annotations

import hashlib
from types import SimpleNamespace

import jinja2
import pytest

from feder.plugins.blog import fragments
from feder.plugins.blog.fragments import Fragments
from tests.support.sitebuilder import make_site, post

POSTS = {
    "posts/erster.de.md": post("Erster", "2024-03-01", tags=["Vertrieb", "Daten & Analyse"]),
    "posts/zweiter.de.md": post("Zweiter", "2024-03-02", tags=["Vertrieb"], authors=["redaktion"]),
    "posts/zweiter.en.md": post("Second", "2024-03-02", tags=["Sales"]),
    "posts/dritter.de.md": post("Dritter", "2024-03-03", tags=["Daten & Analyse"]),
}


def _site_bytes(site_dir) -> dict[str, str]:
    return {path.relative_to(site_dir).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
            for path in sorted(site_dir.rglob("*")) if path.is_file()}


@pytest.mark.parametrize("search", [False, True], ids=["without search", "with search"])
def test_a_site_with_fragments_is_the_site_without(tmp_path, mkdocs_log, monkeypatch, search):
    """Every page type in both languages (posts, home, tag, author and archive pages, docs pages, 404):
    the navigation, cards, header, Material's configuration and, with the search, its dialog."""
    plugins = [{"feder": {"default_author": "redaktion", "per_page": 2, "cache": False}}]
    plugins += ["feder-search"] if search else []
    with_fragments = make_site(tmp_path / "with", POSTS)
    with_fragments.build(plugins=plugins)
    uncached = jinja2.pass_context(lambda self, context, *key, caller, **options: caller())
    monkeypatch.setattr(Fragments, "cached", uncached)
    without = make_site(tmp_path / "without", POSTS)
    without.build(plugins=plugins)
    assert _site_bytes(with_fragments.site_dir) == _site_bytes(without.site_dir)
    # the navigation still marks the page it leads to
    assert with_fragments.html("about/").cssselect(".md-nav--primary .md-nav__link--active")
    assert not with_fragments.html("posts/erster/").cssselect(".md-nav--primary .md-nav__link--active")
    if search:  # each page's dialog points at its own language's index, relative to the page
        assert with_fragments.html("posts/erster/").cssselect("[data-feder-search-index]")[0].get(
            "data-feder-search-index") == "../../pagefind/"
        assert with_fragments.html("en/posts/zweiter/").cssselect("[data-feder-search-index]")[0].get(
            "data-feder-search-index") == "../../pagefind/"


@pytest.mark.parametrize("autoescape", [True, False])
def test_links_in_a_fragment_are_relative_to_each_page_and_escaped_as_the_template_does(autoescape):
    env = jinja2.Environment(autoescape=autoescape)
    Fragments().install(env)
    template = env.from_string(
        '{% for i in [1, 2] %}{% call feder_cached("k") %}<a href="{{ target | url }}">{{ name }}</a>'
        "{% endcall %}{% endfor %}"
    )
    pages = [SimpleNamespace(url=url) for url in ("", "tags/a-b/", "tags/a-b/page/2/")]
    seen = [template.render(page=page, base_url="", target="tags/x&y/", name="<b>") for page in pages]
    plain = jinja2.Environment(autoescape=autoescape)
    plain.filters["url"] = jinja2.pass_context(
        lambda context, value: fragments.normalize_url(str(value), page=context["page"], base=context["base_url"])
    )
    expected = plain.from_string('{% for i in [1, 2] %}<a href="{{ target | url }}">{{ name }}</a>{% endfor %}')
    assert seen == [expected.render(page=page, base_url="", target="tags/x&y/", name="<b>") for page in pages]
    assert ('href="../x&amp;y/"' if autoescape else 'href="../x&y/"') in seen[1]


def test_a_fragment_without_a_key_is_rendered_every_time():
    env = jinja2.Environment()
    Fragments().install(env)
    counter = iter(range(10))
    template = env.from_string('{% call feder_cached(none) %}{{ next() }}{% endcall %}')
    assert [template.render(page=None, base_url="", next=lambda: next(counter)) for _ in range(2)] == ["0", "1"]


def test_a_fragment_is_rendered_once_per_key_of_objects_and_tuples():
    """The navigation's key is a tuple made afresh on every page (`nav_key`): equal keys find the fragment."""
    env = jinja2.Environment()
    Fragments().install(env)
    counter = iter(range(10))
    template = env.from_string('{% call feder_cached(("nav", nav, lang), card) %}{{ next() }}{% endcall %}')
    nav, card, other = object(), object(), object()
    seen = [template.render(page=None, base_url="", next=lambda: next(counter), nav=nav, card=c, lang=lang)
            for c, lang in ((card, "de"), (card, "de"), (card, "en"), (other, "de"), (card, "de"))]
    assert seen == ["0", "0", "1", "2", "0"]
