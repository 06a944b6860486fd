"""A piece's lines sorted for its post: body entries, the tags they name, bylines, dates and page debris."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from feder.importer.footnotes import Entry
from feder.importer.hashtags import take_hashtags
from feder.importer.lines import Line
from feder.importer.model import Note
from feder.importer.pieces import Piece
from feder.importer.tagging import OWN_LINE, Found


@dataclass
class Body:
    entries: list[Entry] = field(default_factory=list)
    found: list[Found] = field(default_factory=list)
    bylines: list[tuple[int, str, str | None]] = field(default_factory=list)
    """(line number, name as written, known author id)."""
    debris: list[Line] = field(default_factory=list)
    updated: dt.date | None = None
    notes: list[Note] = field(default_factory=list)


def collect(lines: list[Line], piece: Piece, skip: set[int | None], date: dt.date) -> Body:
    """The piece's lines sorted into body entries, tags found, bylines and debris."""
    body = Body()
    sources = _hashtag_sources(lines, piece)
    for i in range(piece.start, piece.end):
        line = lines[i]
        if i in skip:
            continue
        if line.kind == "text":
            _text(body, line)
        elif line.kind in ("blank", "image", "break"):
            body.entries.append(Entry(line.number, line.text, line.kind))
        elif line.kind in ("byline", "bio"):
            body.entries.append(Entry(line.number, line.text, "byline"))
            if line.kind == "byline":
                body.bylines.append((line.number, line.byline.name, line.byline.author))
        elif line.kind in ("hashtags", "labels"):
            source = sources.get(i, "labels")
            body.found += [Found(tag, source, line.number) for tag in line.data]
        elif line.kind == "date":
            _date_line(body, line, date)
        else:
            body.debris.append(line)
    return body


def _text(body: Body, line: Line) -> None:
    text, tags, ended = take_hashtags(line.text)
    source = ("own" if len(tags) <= OWN_LINE else "cloud") if ended else "text"
    body.found += [Found(tag, source, line.number) for tag in tags]
    if text:
        body.entries.append(Entry(line.number, text))


def _hashtag_sources(lines: list[Line], piece: Piece) -> dict[int, str]:
    """Hashtag lines in a row (blank lines between) are one block: the post's own up to five, else a cloud."""
    sources: dict[int, str] = {}
    block: list[int] = []
    for i in [*range(piece.start, piece.end), None]:
        if i is not None and lines[i].kind == "blank":
            continue
        if i is not None and lines[i].kind == "hashtags":
            block.append(i)
            continue
        total = sum(len(lines[j].data) for j in block)
        sources.update(dict.fromkeys(block, "own" if total <= OWN_LINE else "cloud"))
        block = []
    return sources


def _date_line(body: Body, line: Line, date: dt.date) -> None:
    found = line.date
    if found.kind == "comment":
        body.debris.append(line)
    elif found.kind == "updated" and found.date >= date:
        body.updated = found.date
        body.notes.append(Note(line.number, f"updated {found.date.isoformat()} from '{line.text}'"))
    elif found.kind == "updated":
        body.notes.append(Note(line.number, f"ignored the update date '{line.text}': it is before the post's date"))
    else:
        if found.name:
            body.bylines.append((line.number, found.name, None))
        if found.date != date:
            body.notes.append(Note(line.number, f"ignored a second date line '{line.text}'", check=True))
        else:
            body.notes.append(Note(line.number, f"the date line '{line.text}' repeats the post's date"))
