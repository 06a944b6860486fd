"""Bare names as bylines: a person's name where a piece ends or where a post's header stands.

A line that is only a name (`Anna Berger`, `DR. ANNA BERGER`, `Anna Berger |
Vertriebsstrategin`) is a byline when it stands like one: before the page's debris,
hashtags, a date, the end of the page or another name, or before the next piece's
title. A short line right after it is the author's bio or role (`Vertriebsstrategin
und Autorin aus Hamburg`); an `Über die Autorin` line above it belongs to it too.
Bylines are never headings: they go into an HTML comment and set the post's author.
"""
from __future__ import annotations

import re

from feder.importer.authors import AuthorNames, Byline
from feder.importer.debris import CONTACT_DEGREE
from feder.importer.lines import Line
from feder.importer.markdown import prose, title_like
from feder.importer.names import PersonName, parse_name
from feder.importer.pieces import attached

ENDS = ("date", "tail", "labels", "hashtags", "debris", "break", "byline")
"""Kinds of line that may follow the end of a piece."""
_ROLE_SEPARATORS = (" | ", " – ", " — ", " · ", " • ", ", ")
_ABOUT = re.compile(
    r"^(?:über (?:den autor|die autorin|die autoren|mich)|zur person|about the author|about me|"
    r"autor(?:in)?|author)\s*:?$", re.I,
)


def mark_bylines(lines: list[Line], authors: AuthorNames) -> None:
    """Turn name lines that stand like bylines into `byline` lines, and their bio lines into `bio`."""
    for i, line in enumerate(lines):
        if line.kind == "text":
            found = _bare_byline(lines, i, authors)
            if found is None:
                continue
            line.kind, line.data = "byline", found[0]
            bio = found[1]
        elif line.kind == "byline":
            bio = _end_after(lines, i, bio_allowed=True)[1]
        else:
            continue
        if bio is not None:
            lines[bio].kind = "bio"
        above = _neighbour(lines, i, -1)
        if above is not None and lines[above].kind == "text" and _ABOUT.match(lines[above].text):
            lines[above].kind = "bio"


def _bare_byline(lines: list[Line], i: int, authors: AuthorNames) -> tuple[Byline, int | None] | None:
    name, role = name_and_role(lines[i].text)
    if name is None:
        return None
    # Only a name that looks like one on its own may take the next line as its bio.
    j = _neighbour(lines, i, 1)
    sure = name.sure or j is not None and bool(CONTACT_DEGREE.match(lines[j].text))
    end, bio = _end_after(lines, i, bio_allowed=role is None and sure)
    if end == "hard" and (sure or _after_prose(lines, i)) or end == "piece" and sure:
        return Byline(name.written, authors.find(name.written), role), bio
    return None


def name_and_role(text: str) -> tuple[PersonName | None, str | None]:
    """`Anna Berger` → the name; `Anna Berger | Vertriebsstrategin` → the name and the role."""
    name = parse_name(text)
    if name is not None:
        return name, None
    for separator in _ROLE_SEPARATORS:
        head, _, role = text.partition(separator)
        if role and len(role.split()) <= 15 and (name := parse_name(head)) is not None:
            return name, role.strip()
    return None, None


def _end_after(lines: list[Line], i: int, *, bio_allowed: bool) -> tuple[str | None, int | None]:
    """`hard` when a piece's end follows (with the bio line, if any), `piece` when the next piece's title does."""
    j = _neighbour(lines, i, 1)
    if j is None or _ends(lines[j]):
        return "hard", _bio_behind_debris(lines, j) if bio_allowed else None
    if lines[j].kind != "text":
        return None, None
    if _opens_piece(lines, j):
        return "piece", None
    if bio_allowed and _bio_like(lines[j].text):
        k = _neighbour(lines, j, 1)
        if k is None or _ends(lines[k]):
            return "hard", j
        if lines[k].kind == "text" and title_like(lines[k].text, max_length=150, max_words=20):
            return "piece", j
    return None, None


def _bio_behind_debris(lines: list[Line], j: int | None) -> int | None:
    """LinkedIn prints name, contact degree, headline: a bio line behind a few lines of debris, then more."""
    for _ in range(3):
        if j is None or lines[j].kind != "debris":
            break
        j = _neighbour(lines, j, 1)
    if j is None or lines[j].kind != "text" or not _bio_like(lines[j].text) or _opens_piece(lines, j):
        return None
    k = _neighbour(lines, j, 1)
    return j if k is None or lines[k].kind in ("debris", "date") else None


def _ends(line: Line) -> bool:
    return line.kind in ENDS or line.kind == "text" and parse_name(line.text) is not None


def _opens_piece(lines: list[Line], j: int) -> bool:
    """A title-like line followed by a paragraph: the next piece begins."""
    k = _neighbour(lines, j, 1)
    return (
        title_like(lines[j].text, max_length=150, max_words=20, endings=".,;:")
        and k is not None and lines[k].kind == "text" and prose(lines[k].text)
    )


def _bio_like(text: str) -> bool:
    return len(text) <= 200 and len(text.split()) <= 30 and not attached(text)


def _after_prose(lines: list[Line], i: int) -> bool:
    """The line before ends a paragraph: the name signs what was written above it."""
    h = _neighbour(lines, i, -1)
    return h is not None and lines[h].kind == "text" and prose(lines[h].text) and lines[h].text[-1:] in ".!?…\"“”»"


def _neighbour(lines: list[Line], i: int, step: int) -> int | None:
    """The nearest line before or after `i` that is neither blank nor an image line."""
    j = i + step
    while 0 <= j < len(lines) and lines[j].kind in ("blank", "image"):
        j += step
    return j if 0 <= j < len(lines) else None
