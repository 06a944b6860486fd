"""Fixtures of the importer tests: a blog in a temp folder, the current folder set to it."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.importer.support import ANNA, AUTHORS_YML, Blog, make_blog


@pytest.fixture
def blog(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Blog:
    made = make_blog(tmp_path / "blog")
    monkeypatch.chdir(made.root)
    return made


@pytest.fixture
def anna_blog(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Blog:
    """A blog whose authors.yml knows Anna Berger (as "Prof. Dr. Anna Berger")."""
    made = make_blog(tmp_path / "blog", authors=AUTHORS_YML + ANNA)
    monkeypatch.chdir(made.root)
    return made
