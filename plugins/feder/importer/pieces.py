"""A page cut into pieces: its posts, and the blurbs, menus and tails around them.

Date lines start posts (see `starts`); the text before the first date is a region
of its own. Within a region, a page's tail (recent posts, comments, the archive)
runs to its end, and a new piece starts at a line that follows the end of a piece:
after a byline or signature any text does, after a hashtag block or page debris a
title-like line followed by text. A piece is a post when it has a date or at least
`MIN_WORDS` words; the others (a "who is behind this blog" blurb, a menu) are
dropped and listed in the report. A page of short pieces only keeps its longest.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from feder.content.text import count_words
from feder.importer.footnotes import FOOTNOTE
from feder.importer.lines import Line
from feder.importer.markdown import prose
from feder.importer.starts import Start, date_starts, looks_like_title

MIN_WORDS = 80
"""A piece with fewer words and no date of its own is a blurb, not a post."""
_STRONG = ("byline", "bio")
"""After these any text starts a new piece ..."""
_WEAK = ("hashtags", "labels", "debris", "date")
"""... after these a title-like line followed by text does."""
_POSTSCRIPT = re.compile(
    r"^(?:p\.?\s?s\.?|pps\.?|nachtrag|update|edit|ergänzung|anmerkung|hinweis|note|addendum|nb)\b\s*[:.)]?\s", re.I,
)


@dataclass
class Piece:
    start: int
    end: int
    """Exclusive; the tail, if any, runs from here to `tail_end`."""
    tail_end: int
    date: int | None = None
    """Index of the piece's date line: only the first piece of a dated region has one."""
    title: int | None = None
    """Index of the title line found next to the date."""
    words: int = 0
    post: bool = False

    @property
    def tail(self) -> range:
        return range(self.end, self.tail_end)


def split_page(lines: list[Line], style: str | None) -> list[Piece]:
    starts = _outside_tails(lines, date_starts(lines, style))
    bounds = [0, *(start.region for start in starts), len(lines)]
    pieces: list[Piece] = []
    for k in range(len(bounds) - 1):
        if bounds[k] < bounds[k + 1]:
            pieces += _region(lines, bounds[k], bounds[k + 1], starts[k - 1] if k else None)
    for piece in pieces:
        piece.words = sum(count_words(lines[i].text) for i in range(piece.start, piece.end) if lines[i].kind == "text")
        piece.post = piece.words > 0 and (piece.date is not None or piece.words >= MIN_WORDS)
    if pieces and not any(piece.post for piece in pieces):
        longest = max(pieces, key=lambda piece: piece.words)
        longest.post = longest.words > 0
    return pieces


def _outside_tails(lines: list[Line], starts: list[Start]) -> list[Start]:
    """Dated entries in a page's tail (`Weitere Artikel von …`: titles and dates, no paragraph) start no post."""
    kept: list[Start] = []
    for k, start in enumerate(starts):
        stop = starts[k + 1].region if k + 1 < len(starts) else len(lines)
        after_tail = kept and any(line.kind == "tail" for line in lines[kept[-1].region: start.region])
        texts = [i for i in range(start.region, stop) if lines[i].kind == "text" and i != start.title
                 and prose(lines[i].text)]
        if after_tail and not texts:
            continue
        kept.append(start)
    return kept


def _region(lines: list[Line], begin: int, stop: int, start: Start | None) -> list[Piece]:
    if start is not None:
        opening: int | None = max(start.date, start.title if start.title is not None else -1)
    else:
        opening = next((i for i in range(begin, stop) if lines[i].kind == "text"), None)
    after = begin if opening is None else opening + 1
    tail = next((i for i in range(after, stop) if lines[i].kind == "tail"), stop)
    cuts = _cuts(lines, after, tail) if opening is not None else []
    edges = [begin, *cuts, tail]
    pieces = [Piece(edges[k], edges[k + 1], edges[k + 1]) for k in range(len(edges) - 1)]
    if start is not None:
        pieces[0].date, pieces[0].title = start.date, start.title
    pieces[-1].tail_end = stop
    return pieces


def _cuts(lines: list[Line], begin: int, end: int) -> list[int]:
    """Where new pieces start between `begin` (after the current piece's title) and `end`."""
    cuts: list[int] = []
    body = False  # the current piece has text after its title
    ended: str | None = None  # "strong" after a byline, "weak" after hashtags or debris
    for i in range(begin, end):
        line = lines[i]
        if line.kind == "text" and not attached(line.text):
            if body and ended and (ended == "strong" or _opens_piece(lines, i, end)):
                cuts.append(i)
                body = False
            else:
                body = True
            ended = None
        elif body and line.kind in _STRONG:
            ended = "strong"
        elif body and line.kind in _WEAK:
            ended = ended or "weak"
    return cuts


def attached(text: str) -> bool:
    """A footnote or postscript after the signature still belongs to the piece above."""
    return bool(FOOTNOTE.match(text) or _POSTSCRIPT.match(text))


def _opens_piece(lines: list[Line], i: int, end: int) -> bool:
    following = next((j for j in range(i + 1, end) if lines[j].kind not in ("blank", "image")), None)
    return looks_like_title(lines[i].text) and following is not None and lines[following].kind == "text"
