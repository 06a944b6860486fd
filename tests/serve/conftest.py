"""Fixtures of the preview tests: `mkdocs serve` of a temp site."""
from __future__ import annotations

from pathlib import Path
from typing import Iterator

import pytest

from tests.serve.serving import Preview, blog, serve


@pytest.fixture
def preview(tmp_path: Path) -> Iterator[Preview]:
    yield from serve(blog(tmp_path))
