"""Fixtures of the preview tests: `mkdocs serve` of a temp site."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.serve.serving import Preview, blog, serve


@pytest.fixture
def preview(tmp_path: Path) -> Iterator[Preview]:
    yield from serve(blog(tmp_path))
