"""A copied page read once: its lines classified, alone and next to their neighbours, and its kind of blog."""
from __future__ import annotations

from feder.importer.authors import AuthorNames
from feder.importer.bylines import mark_bylines
from feder.importer.images import credit
from feder.importer.lines import Line, classify, style_of
from feder.importer.text import normalize


def read_page(text: str, authors: AuthorNames) -> tuple[list[Line], str | None]:
    """The page's lines and its style (Blogger, Wix, WordPress, LinkedIn or None)."""
    lines = classify(normalize(text), authors)
    _mark_credits(lines)
    mark_bylines(lines, authors)
    return lines, style_of(lines)


def _mark_credits(lines: list[Line]) -> None:
    """Credit and caption lines join the image lines: `Symbolbild` anywhere, `Quelle:` next to an image."""
    weak = []
    for i, line in enumerate(lines):
        strength = credit(line.text) if line.kind == "text" else None
        if strength == "strong":
            line.kind = "image"
        elif strength == "weak":
            weak.append(i)
    changed = True
    while changed:
        changed = False
        for i in weak:
            if lines[i].kind == "text" and any(lines[j].kind == "image" for j in _beside(lines, i)):
                lines[i].kind = "image"
                changed = True


def _beside(lines: list[Line], i: int) -> list[int]:
    """The nearest non-blank line above and below `i`."""
    found = []
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(lines) and lines[j].kind == "blank":
            j += step
        if 0 <= j < len(lines):
            found.append(j)
    return found
