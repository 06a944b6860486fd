"""The cache of rendered posts: a cached build writes exactly what an uncached build writes.

Every test builds a small site several times through MkDocs' Python API and
compares all written files byte for byte.
"""
from __future__ import annotations

import logging
from pathlib import Path

import pytest
import yaml
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort

from feder.cache import render
from tests.support.sitebuilder import config_dict, post

POSTS = {
    "posts/bani.de.md": post("BANI statt VUCA", "2024-03-31", tags=["BANI"], body=(
        "Die Welt ist brüchig, sagt [der andere Beitrag](nur-deutsch.de.md#zweitens).[^1]\n\n"
        "<!-- more -->\n\n## Was folgt\n\nMehr.\n\n### Im Detail\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n"
        "[^1]: Eine Fußnote.\n")),
    "posts/bani.en.md": post("BANI instead of VUCA", "2024-03-31",
                             body="The world is brittle.\n\n## What follows\n\nMore.\n"),
    "posts/nur-deutsch.de.md": post("Nur auf Deutsch", "2023-05-02", summary="Kurz.", body=(
        "Erstens.\n\n## Zweitens\n\nText mit [Link nach draußen](https://example.org/).\n")),
    "docs/about.md": "# Über uns\n\nSiehe [den Beitrag](posts/nur-deutsch.de.md#zweitens).\n",
}
EXTENSIONS = ["toc", "attr_list", "md_in_html", "tables", "footnotes", "pymdownx.superfences"]


class Builds:
    """Builds one site again and again; remembers the `feder` plugin's cache of the last build."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.cache = None

    def build(self, *, cache: bool = True, strict: bool = True, **overrides) -> dict[str, bytes]:
        settings = config_dict(**{"markdown_extensions": EXTENSIONS, **overrides})
        for plugin in settings["plugins"]:
            if isinstance(plugin, dict) and "feder" in plugin:
                plugin["feder"]["cache"] = cache
        (self.root / "mkdocs.yml").write_text(yaml.safe_dump(settings, allow_unicode=True), encoding="utf-8")
        site_dir = self.root / "site"
        config = load_config(str(self.root / "mkdocs.yml"), strict=strict, site_dir=str(site_dir))
        build(config)
        self.cache = config.plugins["feder"].cache
        return {path.relative_to(site_dir).as_posix(): path.read_bytes()
                for path in sorted(site_dir.rglob("*")) if path.is_file()}

    @property
    def hits(self) -> int:
        return self.cache.render.hits

    @property
    def misses(self) -> int:
        return self.cache.render.misses


@pytest.fixture
def builds(site) -> Builds:
    site.write(POSTS)
    return Builds(site.root)


def test_cached_builds_write_the_same_bytes_as_an_uncached_build(builds):
    uncached = builds.build(cache=False)
    cold = builds.build()
    assert (builds.hits, builds.misses) == (0, 3)
    warm = builds.build()
    assert (builds.hits, builds.misses) == (3, 0)
    assert cold == uncached
    assert warm == uncached


def test_an_edited_post_is_rendered_again(builds, site):
    builds.build()
    site.write(
        {"posts/bani.en.md": post("BANI instead of VUCA", "2024-03-31", body="The world is fragile.\n\n## Next\n")}
    )
    after = builds.build()
    assert (builds.hits, builds.misses) == (2, 1)
    assert after == builds.build(cache=False)
    assert b"The world is fragile." in after["en/posts/bani/index.html"]


def test_a_changed_configuration_renders_every_post_again(builds):
    builds.build()
    extensions = [{"toc": {"permalink": True}}, *EXTENSIONS[1:]]
    permalinks = builds.build(markdown_extensions=extensions)
    assert builds.hits == 0
    assert permalinks == builds.build(cache=False, markdown_extensions=extensions)
    assert b'class="headerlink"' in permalinks["posts/bani/index.html"]


def test_a_changed_template_renders_every_post_again(builds, site):
    site.write({"overrides/partials/copyright.html": "<p>Eins</p>"})
    builds.build(theme={"name": "material", "language": "de", "font": False, "custom_dir": "overrides"})
    site.write({"overrides/partials/copyright.html": "<p>Zwei</p>"})
    builds.build(theme={"name": "material", "language": "de", "font": False, "custom_dir": "overrides"})
    assert builds.hits == 0


def test_plugin_code_is_part_of_every_key(builds, site, tmp_path):
    from feder.cache.render import environment

    code = tmp_path / "code"
    code.mkdir()
    (code / "plugin.py").write_text("A = 1\n")
    builds.build()
    config = load_config(str(site.root / "mkdocs.yml"))
    before = environment(config, [code])
    assert environment(config, [code]) == before
    (code / "plugin.py").write_text("A = 2\n")
    assert environment(config, [code]) != before


def test_links_resolve_against_the_files_of_this_build(builds, site):
    builds.build()
    (site.root / "posts" / "nur-deutsch.de.md").rename(site.root / "posts" / "nur-auf-deutsch.de.md")
    site.write({"docs/about.md": "# Über uns\n"})
    with pytest.raises(Abort):  # bani.de.md now links to a file that is gone: a warning, in strict mode an error
        builds.build()
    with pytest.raises(Abort):  # ... on every build, not only on the one that rendered it
        builds.build()
    site.write(
        {"posts/bani.de.md": POSTS["posts/bani.de.md"].replace("nur-deutsch.de.md#zweitens", "nur-auf-deutsch.de.md")}
    )
    fixed = builds.build()
    assert fixed == builds.build(cache=False)


def test_renders_that_log_a_problem_are_not_cached(builds, site, caplog):
    """MkDocs notes (at INFO) a link to a page it leaves out of the site (`exclude_docs`); feder's
    link check, which stops the build on broken links before MkDocs renders, does not read that setting."""
    site.write(
        {"posts/bani.de.md": post("BANI", body="Siehe [intern](../docs/intern.md).\n"), "docs/intern.md": "# Intern\n"}
    )
    caplog.set_level(logging.INFO, logger="mkdocs")
    builds.build(exclude_docs="intern.md\n")
    builds.build(exclude_docs="intern.md\n")
    noted = [r.getMessage() for r in caplog.records if "excluded from the built site" in r.getMessage()]
    assert len(noted) == 2


def test_anchor_checks_see_cached_pages(builds, site, mkdocs_log):
    """MkDocs' own anchor check (the safety net behind feder's link check) knows a cached page's ids."""
    site.write({"docs/about.md": "# Über uns\n\n[Gibt es](posts/nur-deutsch.de.md#zweitens).\n"})
    builds.build()
    builds.build()
    assert builds.hits == 3
    assert [m for m in mkdocs_log.messages if "anchor" in m] == []


def test_a_corrupt_entry_is_a_miss(builds, site):
    builds.build()
    for pack in (site.root / ".cache" / "feder" / "render").rglob("*.pack"):
        pack.write_bytes(pack.read_bytes().replace(b'{"html":', b'{not json'))
    rebuilt = builds.build()
    assert (builds.hits, builds.misses) == (0, 3)
    assert rebuilt == builds.build(cache=False)


def test_page_policies_from_the_cache_are_the_same(builds):
    hooks = [str(Path(__file__).resolve().parents[2] / "hooks" / "csp.py")]
    uncached = builds.build(cache=False, hooks=hooks)
    cold = builds.build(hooks=hooks)
    warm = builds.build(hooks=hooks)
    assert builds.cache.derived("csp-policy")  # the policies were remembered ...
    assert uncached == cold == warm  # ... and give the same pages
    assert b'http-equiv="Content-Security-Policy"' in warm["posts/bani/index.html"]


def test_an_extension_not_known_to_be_safe_switches_the_cache_off(builds, site):
    """A snippet is another file: a cached render would not see it change (feder.cache.extensions)."""
    site.write({"snippets/hinweis.txt": "Alter Hinweis.\n",
                "posts/schnipsel.de.md": post("Schnipsel", "2024-04-01", body='Text.\n\n--8<-- "hinweis.txt"\n')})
    extensions = [*EXTENSIONS, {"pymdownx.snippets": {"base_path": [str(site.root / "snippets")]}}]
    builds.build(markdown_extensions=extensions)
    site.write({"snippets/hinweis.txt": "Neuer Hinweis.\n"})
    written = builds.build(markdown_extensions=extensions)
    assert (builds.hits, builds.cache.render.untrusted) == (0, ["pymdownx.snippets"])
    assert b"Neuer Hinweis." in written["posts/schnipsel/index.html"]


def test_which_extensions_are_trusted():
    from feder.cache.extensions import untrusted

    class Unknown:
        pass

    assert untrusted(["toc", "markdown.extensions.tables:TableExtension", "pymdownx.superfences"]) == []
    assert untrusted(["pymdownx.b64", "markdown_include.include", "pymdownx.snippets", "abbr"]) == [
        "pymdownx.b64", "markdown_include.include", "pymdownx.snippets"]
    assert untrusted([Unknown()]) == [f"{__name__}.test_which_extensions_are_trusted.<locals>.Unknown"]
    assert untrusted([Unknown()], trusted=(Unknown,)) == []


@pytest.mark.parametrize(("html", "relative"), [
    ('<a href="../other/">x</a>', True),
    ('<img alt="" src="bild.png">', True),
    ('<a data-src="q">', True),
    ('<a href="">x</a>', False),
    ('<a href="#fazit">x</a>', False),
    ('<a href="/feder/">x</a>', False),
    ('<a href="https://example.org/">x</a>', False),
    ('<img src="data:image/png;base64,AA">', False),
    ('<a xhref="y">', False),
    ('<p>href="text" in prose, src=</p>', True),
    ('<a href="#a">x</a> <a href="mailto:a@b.c">y</a> <a href="1a:b">z</a>', True),
])
def test_which_html_has_relative_links(html, relative):
    """Whether a render's HTML depends on where files are (its cache entry then records them)."""
    assert render.has_relative_links(html) is relative
