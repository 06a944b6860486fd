"""Every feder template escapes what it prints; Material's templates keep printing HTML as they are.

Autoescape is decided by the Jinja environment per template file (feder.autoescape),
so a `{% block %}` that a child template defines or overrides is escaped too: the hole
of `{% autoescape true %}` regions, which do not reach into nested blocks.
"""
from __future__ import annotations

import re
from pathlib import Path

import jinja2
import material
from markupsafe import Markup

import feder
from feder.autoescape import autoescape_own_templates
from feder.views import escaped_metadata, page_title

OURS = Path(feder.__file__).parent / "templates"
MATERIAL = Path(material.__file__).parent / "templates"
HOSTILE = '</p><script>alert(1)</script>"><img src=x onerror=alert(1)><!--'

# `|safe` is allowed only where the value is HTML that is not content text: the rendered post
# (checked for active content by feder.checks), the theme's own UI strings, and the output of
# Material's nav-item macros (HTML from titles and frontmatter escaped before).
SAFE_ALLOWED = {
    "feder/post.html": ["page.content | safe"],
    # Material's `config` block (its JSON made with `tojson`), template output; a plain str when a
    # template of Material's (404.html) is rendered, which the autoescaped main.html would escape.
    "main.html": ["super() | safe", "super() | safe"],
    "partials/language.html": ["(lang.t(key) or fallback.t(key) or key) | safe"],
    "partials/nav.html": ["item.render(nav_item, path, 1) | safe"],
}


def theme_environment(*folders: Path) -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader([str(folder) for folder in folders]))
    autoescape_own_templates(env, [OURS])
    return env


def test_every_feder_template_file_is_compiled_with_autoescape():
    env = theme_environment(OURS, MATERIAL)
    names = sorted(path.relative_to(OURS).as_posix() for path in OURS.rglob("*.html"))
    assert names and [name for name in names if not env.autoescape(name)] == []


def test_material_templates_are_compiled_as_mkdocs_compiles_them():
    env = theme_environment(OURS, MATERIAL)
    for name in ("base.html", "partials/content.html", "partials/nav-item.html", "partials/toc-item.html", "404.html"):
        assert env.autoescape(name) is False, name


def test_a_site_template_that_shadows_ours_follows_material_conventions(tmp_path):
    """A site's custom_dir comes before feder's folder: its file is not ours."""
    (tmp_path / "partials").mkdir()
    (tmp_path / "partials" / "copyright.html").write_text("{{ value }}", encoding="utf-8")
    env = theme_environment(tmp_path, OURS, MATERIAL)
    assert env.autoescape("partials/copyright.html") is False
    assert env.autoescape("partials/header.html") is True


def test_a_block_nested_in_a_parent_block_is_escaped(tmp_path):
    """The reproduced hole: a bio printed in `{% block feder_intro %}` inside `{% block content %}`."""
    theirs, ours = tmp_path / "theirs", tmp_path / "ours"
    theirs.mkdir()
    ours.mkdir()
    (theirs / "base.html").write_text("<main>{% block content %}{{ html }}{% endblock %}</main>", encoding="utf-8")
    (ours / "list.html").write_text(
        '{% extends "base.html" %}{% block content %}<h1>{{ title }}</h1>'
        "{% block intro %}<p>{{ bio }}</p>{% endblock %}{% endblock %}",
        encoding="utf-8",
    )
    (ours / "tag.html").write_text('{% extends "list.html" %}{% block intro %}<p>{{ bio }}</p>{% endblock %}',
                                   encoding="utf-8")
    env = jinja2.Environment(loader=jinja2.FileSystemLoader([str(ours), str(theirs)]))
    autoescape_own_templates(env, [ours])
    for name in ("list.html", "tag.html"):
        html = env.get_template(name).render(title=HOSTILE, bio=HOSTILE)
        assert "<script>" not in html and "<img" not in html and "<!--" not in html, name
    assert env.get_template("base.html").render(html="<b>page</b>") == "<main><b>page</b></main>"


def test_no_feder_template_switches_escaping_off():
    found = {}
    for path in sorted(OURS.rglob("*.html")):
        text = path.read_text(encoding="utf-8")
        name = path.relative_to(OURS).as_posix()
        assert not re.search(r"autoescape\s+false", text), name
        safe = [match.group(1).strip() for match in re.finditer(r"\{\{-?\s*([^{}]*?\|\s*safe)\s*-?\}\}", text)]
        if safe:
            found[name] = safe
    assert found == SAFE_ALLOWED


def test_docs_page_metadata_is_escaped_for_the_theme_and_keeps_working():
    meta = escaped_metadata({
        "title": HOSTILE, "subtitle": f"S {HOSTILE}", "hide": ["toc", "navigation"], "search": {"exclude": True},
        "template": "main.html", "order": 3, "tags": [{"name": HOSTILE}],
    })
    assert "<" not in meta["subtitle"] and isinstance(meta["subtitle"], Markup)
    assert Markup(meta["subtitle"]).unescape() == f"S {HOSTILE}"
    assert "toc" in meta["hide"] and meta["search"] == {"exclude": True} and meta["template"] == "main.html"
    assert meta["order"] == 3 and "<" not in meta["tags"][0]["name"]


def test_docs_page_titles_are_escaped_text_whatever_mkdocs_took_them_from():
    # From the frontmatter (escaped before), from the first heading (HTML text), from a file name (text).
    assert page_title(escaped_metadata({"t": "A <b> & B"})["t"]) == Markup("A &lt;b&gt; &amp; B")
    assert page_title("Fragen &amp; Antworten &lt;b&gt;") == Markup("Fragen &amp; Antworten &lt;b&gt;")
    assert page_title('Über <img src=x onerror="alert(1)"> uns') == Markup("Über uns")
    assert page_title("AT&T a<b") == Markup("AT&amp;T a&lt;b")
