"""A build over the last build's site writes exactly what a build into an empty folder writes.

feder writes over the last build's files instead of letting MkDocs remove them first
(`feder.cache.overwrite`), and removes afterwards what the build did not write again.
"""
from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from tests.support.fixtures import AUTHORS
from tests.support.sitebuilder import DOCS, make_site, plugins, post

WITH_ANNA = AUTHORS + "anna:\n  name: Anna Berger\n"

BEFORE = {
    "posts/bleibt.de.md": post("Bleibt", "2024-03-01", tags=["Vertrieb", "Daten"]),
    "posts/bleibt.en.md": post("Stays", "2024-03-01", tags=["Sales", "Data"]),
    "posts/geht.de.md": post("Geht", "2024-03-02", tags=["Abschied"], authors=["anna"]),
    "posts/gone.en.md": post("Gone", "2024-03-02", tags=["Farewell"], authors=["anna"]),
    "posts/entwurf.de.md": post("Entwurf", "2024-03-03", tags=["Vertrieb"]),
    "docs/unterlagen/bericht.md": "# Bericht\n\nEine Seite, die ein Ordner im Site-Verzeichnis wird.\n",
    "docs/unterlagen/anlage": b"eine Datei ohne Endung",
    "docs/bild.png": b"\x89PNG\r\n\x1a\nalt",
}
AFTER = {
    "posts/bleibt.de.md": BEFORE["posts/bleibt.de.md"],
    "posts/bleibt.en.md": post("Stays", "2024-03-01", tags=["Sales"]),  # no longer tagged Data
    "posts/entwurf.de.md": post("Entwurf", "2024-03-03", tags=["Vertrieb"], draft=True),
    "posts/neu.de.md": post("Neu", "2024-03-04", tags=["Daten"]),
    "docs/unterlagen/bericht": b"jetzt eine Datei, wo ein Ordner war",
    "docs/unterlagen/anlage.md": "# Anlage\n\nJetzt ein Ordner, wo eine Datei war.\n",
    "docs/bild.png": b"\x89PNG\r\n\x1a\nneu",
}
SEARCH = [{"feder": {"default_author": "redaktion"}}, "feder-search"]
NOT_IN_NAV = "/impressum.md\n/datenschutz.md\n/unterlagen/\n"


def _files(site_dir: Path) -> dict[str, str]:
    return {
        path.relative_to(site_dir).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(site_dir.rglob("*")) if path.is_file()
    }


def _folders(site_dir: Path) -> list[str]:
    return sorted(path.relative_to(site_dir).as_posix() for path in site_dir.rglob("*") if path.is_dir())


def _replace(site, files: dict[str, str | bytes]) -> None:
    """The site's content becomes `files` (and the fixed pages): everything else is removed."""
    for path in [*site.root.joinpath("posts").glob("*.md"), *site.root.joinpath("docs").rglob("*")]:
        if path.is_file():
            path.unlink()
    site.write({**DOCS, **files})


@pytest.mark.parametrize("cache", [True, False], ids=["cache", "no-cache"])
def test_a_build_over_the_last_site_writes_what_a_fresh_build_writes(tmp_path, mkdocs_log, cache):
    config = {"plugins": [{"feder": {"default_author": "redaktion", "cache": cache}}, "feder-search"],
              "not_in_nav": NOT_IN_NAV}
    rebuilt = make_site(tmp_path / "rebuilt", BEFORE, authors=WITH_ANNA)
    rebuilt.build(**config)
    assert rebuilt.exists("posts/geht") and rebuilt.exists("en/tags/data") and rebuilt.exists("authors/anna")
    assert (rebuilt.site_dir / "unterlagen" / "anlage").is_file()
    _replace(rebuilt, AFTER)
    rebuilt.build(**config)
    fresh = make_site(tmp_path / "fresh", AFTER, authors=WITH_ANNA)
    fresh.build(**config)
    assert not rebuilt.exists("posts/geht") and (rebuilt.site_dir / "unterlagen" / "bericht").is_file()
    assert _files(rebuilt.site_dir) == _files(fresh.site_dir)
    assert _folders(rebuilt.site_dir) == _folders(fresh.site_dir)


def test_a_warm_build_keeps_the_cards_and_search_index_it_links_from_the_cache(site, mkdocs_log):
    site.write({**BEFORE, "authors.yml": WITH_ANNA})
    site.build(plugins=SEARCH, not_in_nav=NOT_IN_NAV)
    cold = _files(site.site_dir)
    site.build(plugins=SEARCH, not_in_nav=NOT_IN_NAV)
    assert _files(site.site_dir) == cold
    assert any(path.endswith(".png") and "cards" in path for path in cold)


def test_the_last_build_files_are_written_over_not_made_anew(site, mkdocs_log):
    site.write({**BEFORE, "authors.yml": WITH_ANNA})
    site.build(plugins=plugins(cache=False), not_in_nav=NOT_IN_NAV)
    page = site.site_dir / "posts" / "bleibt" / "index.html"
    inode = page.stat().st_ino
    site.build(plugins=plugins(cache=False), not_in_nav=NOT_IN_NAV)
    assert page.stat().st_ino == inode
