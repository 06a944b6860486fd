"""Separator lines are thematic breaks."""
from __future__ import annotations

import pytest

from feder.importer.breaks import is_break


@pytest.mark.parametrize("text", ["X X X", "x x x", "XXX", "* * *", "***", "---", "- - -", "~~~", "• • •", "___", "⁂"])
def test_breaks(text):
    assert is_break(text)


@pytest.mark.parametrize("text", ["X", "XX", "...", "Xx", "X X Y", "1 2 3", "* Punkt", "--"])
def test_not_breaks(text):
    assert not is_break(text)
