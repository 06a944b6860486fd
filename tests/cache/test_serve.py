"""Incremental rebuilds in `mkdocs serve`: after an edit, the site is exactly what a full build writes.

The rebuilds run in one process with one `feder` plugin object, as `mkdocs serve`
runs them; the reference is a full build by a fresh plugin without any cache.
"""
from __future__ import annotations

import logging
import os
from pathlib import Path

import pytest
import yaml
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig

from tests.support.sitebuilder import config_dict, post

SERVE_URL = "http://127.0.0.1:8000/"
REPO = Path(__file__).resolve().parents[2]


def posts() -> dict[str, str]:
    files = {}
    for number in range(12):
        files[f"posts/p{number:02d}.de.md"] = post(
            f"Beitrag {number}", f"2024-01-{number + 1:02d}", tags=["KI" if number % 2 else "Vertrieb", "Führung"],
            body=f"Erster Absatz {number}.\n\n<!-- more -->\n\n## Mehr\n\nText {number}, siehe [p00](p00.de.md).\n",
            **({"summary": "Kurz."} if number % 3 == 0 else {}),
        )
    files["posts/p05.en.md"] = post("Post 5", "2024-01-06", body="First paragraph.\n\n## More\n\nText.\n")
    files["posts/entwurf.de.md"] = post("Entwurf", "2024-02-01", draft=True)
    return files


class Session:
    """Builds like `mkdocs serve`: the same plugin object for every rebuild."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.site_dir = root / "served"
        self.plugin = None

    def config(self, *, cache: bool = True, site_dir: Path | None = None) -> MkDocsConfig:
        settings = config_dict(hooks=[str(REPO / "hooks" / "csp.py")])  # a hook, as the real site has
        for plugin in settings["plugins"]:
            if isinstance(plugin, dict) and "feder" in plugin:
                plugin["feder"]["cache"] = cache
        (self.root / "mkdocs.yml").write_text(yaml.safe_dump(settings, allow_unicode=True), encoding="utf-8")
        return load_config(str(self.root / "mkdocs.yml"), site_dir=str(site_dir or self.site_dir))

    def rebuild(self) -> dict[str, bytes]:
        config = self.config()
        if self.plugin is None:
            config.plugins["feder"].on_startup(command="serve", dirty=False)
        self.plugin = config.plugins["feder"]
        build(config, serve_url=SERVE_URL)
        return snapshot(self.site_dir)

    @property
    def kept(self) -> int:
        return self.plugin.incremental.kept_count

    def full(self) -> dict[str, bytes]:
        """A full serve build by a fresh plugin without cache, into another folder."""
        MkDocsConfig.plugins.plugin_cache.clear()
        config = self.config(cache=False, site_dir=self.root / "reference")
        config.plugins["feder"].on_startup(command="serve", dirty=False)
        build(config, serve_url=SERVE_URL)
        MkDocsConfig.plugins.plugin_cache.clear()
        MkDocsConfig.plugins.plugin_cache["feder"] = self.plugin  # the session goes on with its plugin
        return snapshot(self.root / "reference")


def snapshot(site_dir: Path) -> dict[str, bytes]:
    """Every file of the site; hidden folders (the last build's, being deleted) are not part of it."""
    found = {}
    for folder, dirs, names in os.walk(site_dir):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in names:
            path = Path(folder) / name
            found[path.relative_to(site_dir).as_posix()] = path.read_bytes()
    return dict(sorted(found.items()))


@pytest.fixture
def session(site) -> Session:
    site.write(posts())
    return Session(site.root)


def test_an_edited_text_rebuilds_only_its_pages_and_the_site_matches_a_full_build(session, site):
    first = session.rebuild()
    assert session.kept == 0
    assert first == session.full()
    site.write({"posts/p03.de.md": posts()["posts/p03.de.md"].replace("Text 3,", "Neuer Text 3,")})
    after = session.rebuild()
    assert session.kept > 0
    assert b"Neuer Text 3" in after["posts/p03/index.html"]
    assert after == session.full()


def test_an_edited_teaser_reaches_the_lists(session, site):
    session.rebuild()
    site.write({"posts/p04.de.md": posts()["posts/p04.de.md"].replace("Erster Absatz 4.", "Geänderter Anfang 4.")})
    after = session.rebuild()
    assert session.kept > 0
    assert b"Ge\xc3\xa4nderter Anfang 4." in after["index.html"]
    assert after == session.full()


def test_a_new_title_rebuilds_everything(session, site):
    session.rebuild()
    site.write({"posts/p07.de.md": posts()["posts/p07.de.md"].replace("Beitrag 7", "Beitrag sieben")})
    after = session.rebuild()
    assert session.kept == 0
    assert after == session.full()


def test_a_changed_docs_page_rebuilds_everything(session, site):
    session.rebuild()
    site.write({"docs/about.md": "# Über uns, neu\n\nWir schreiben.\n"})
    after = session.rebuild()
    assert session.kept == 0
    assert after == session.full()


def test_after_a_build_with_errors_the_next_one_is_full(session, site):
    session.rebuild()
    site.write({"posts/p02.de.md": "---\ntitle: Kaputt\n---\nText.\n"})
    shown = session.rebuild()  # serving, content errors give the problems page (feder.plugins.blog.preview)
    assert b"posts/p02.de.md:1: date: missing" in shown["404.html"]
    assert not [name for name in shown if name.endswith("index.html")]
    site.write({"posts/p02.de.md": posts()["posts/p02.de.md"].replace("Text 2,", "Repariert 2,")})
    after = session.rebuild()
    assert session.kept == 0
    assert after == session.full()


def test_two_edits_in_a_row(session, site):
    session.rebuild()
    for number, text in ((8, "Zweite Fassung"), (8, "Dritte Fassung"), (1, "Andere Seite")):
        site.write(
            {f"posts/p{number:02d}.de.md": posts()[f"posts/p{number:02d}.de.md"].replace(f"Text {number},", f"{text},")}
        )
        after = session.rebuild()
        assert session.kept > 0
    assert after == session.full()


def test_preview_cards_are_drawn_again_only_for_an_edited_title(session, site):
    session.rebuild()
    assert session.plugin.cache.cards.drawn > 20
    site.write({"posts/p03.de.md": posts()["posts/p03.de.md"].replace("Text 3,", "Neuer Text 3,")})
    session.rebuild()
    assert (session.plugin.cache.cards.drawn, session.plugin.cache.cards.copied) == (0, 0)  # all kept in place
    site.write({"posts/p07.de.md": posts()["posts/p07.de.md"].replace("Beitrag 7", "Beitrag sieben")})
    after = session.rebuild()
    assert session.plugin.cache.cards.drawn == 1
    assert after == session.full()


class _Everything(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def test_links_to_kept_pages_are_written_as_mkdocs_writes_them_without_a_note(session, site):
    """p03 links to p00, which this rebuild keeps (excluded from its work, not from the site)."""
    session.rebuild()
    site.write({"posts/p03.de.md": posts()["posts/p03.de.md"].replace("Text 3,", "Neuer Text 3,")})
    handler, logger = _Everything(), logging.getLogger("mkdocs")
    logger.addHandler(handler)
    level = logger.level
    logger.setLevel(logging.INFO)
    try:
        after = session.rebuild()
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)
    assert session.kept > 0
    assert [message for message in handler.messages if "excluded" in message] == []
    assert after == session.full()
    assert 'href="../p00/"' in after["posts/p03/index.html"].decode()


def test_the_last_build_is_set_aside_outside_the_site_folder(session, site):
    session.rebuild()
    site.write({"posts/p03.de.md": posts()["posts/p03.de.md"].replace("Text 3,", "Neuer Text 3,")})
    session.rebuild()
    assert [path.name for path in session.site_dir.iterdir() if path.name.startswith(".")] == []
    assert (site.root / ".cache" / "feder" / "serve").is_dir()
