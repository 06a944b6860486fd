"""Separator lines (`X X X`, `* * *`, `---`, `~~~`, `• • •`): a thematic break, never a heading or a list."""
from __future__ import annotations

_SYMBOLS = frozenset("-–—_*~•·=#+xX◆◇❖※⁂✻✦✧★☆°o§/\\|.…")
_ALONE = frozenset("⁂❖※✻")
BREAK = "---"
"""How the break is written in Markdown."""


def is_break(line: str) -> bool:
    """A line of one separator symbol repeated (spaces between allowed), or a lone asterism."""
    symbols = line.replace(" ", "")
    if symbols in _ALONE:
        return bool(symbols)
    return len(symbols) >= 3 and len(set(symbols)) == 1 and symbols[0] in _SYMBOLS and not symbols.startswith("...")
