"""Fixtures of the preview tests: `mkdocs serve` of a temp site."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Iterator

import pytest

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parents[1] / "gates"))

from serving import Preview, blog, serve  # noqa: E402


@pytest.fixture
def preview(tmp_path: Path) -> Iterator[Preview]:
    yield from serve(blog(tmp_path))
