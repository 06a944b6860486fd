"""Date lines: when a post was published or updated, and the byline printed with the date.

A date line is a line that holds a date and nothing but what blogs print around
it (`Posted on March 16, 2013 by admin`, `16. März 2013 · 2 Min. Lesezeit`,
`Veröffentlicht am 16.03.2013 von Max`). A sentence that mentions a date is not one.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from feder.importer.dates import find_date

_NAME = r"(?P<name>[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){0,3})"
TIME = r"(?:um|at|,)?\s*\d{1,2}[:.]\d{2}(?:\s*(?:uhr|am|pm|a\.m\.|p\.m\.))?"
_SEP = r"[\s·•|,:;–—-]*"
_PUBLISHED = re.compile(
    r"^(?:posted|published|veröffentlicht|erstellt|geschrieben|written|gepostet|datum|date|am|on|"
    r"posted on|published on|veröffentlicht am|erstellt am|geschrieben am|written on|gepostet am)$", re.I,
)
_UPDATED = re.compile(
    r"^(?:aktualisiert|zuletzt aktualisiert|updated|last updated|geändert|zuletzt geändert|modified)"
    r"(?:\s+(?:am|on))?$", re.I,
)
_BY_BEFORE = re.compile(rf"^(?:von|by|posted by|eingestellt von|autor(?:in)?|author)\s*:?\s+{_NAME}"
                        r"(?:\s+(?:am|on))?$", re.I)
_AUTHOR_BEFORE = re.compile(rf"^{_NAME}$")  # Wix: "Max Mustermann · 16. März 2013"
_AFTER = [re.compile(rf"^{_SEP}{p}", re.I) for p in (
    rf"(?:von|by)\s+{_NAME}",
    TIME,
    r"\d+\s*(?:min\.?|minuten?|minutes?)\s*(?:lesezeit|lesedauer|read|to read)",
    r"(?:lesezeit|lesedauer|reading time):?\s*\d+\s*(?:min\.?|minuten?|minutes?)",
    r"(?:keine|no|\d+)\s+(?:kommentare?|comments?)",
    r"(?:leave a comment|hinterlasse einen kommentar|kommentar hinterlassen|kommentieren)",
    r"\d+\s+(?:ansichten|aufrufe|views?)",
)]


@dataclass(frozen=True)
class DateLine:
    date: dt.date
    kind: str
    """`post` (the post's date), `updated`, or `comment` (a time stamp under a comment)."""
    name: str | None
    """The byline's name, e.g. `admin` in `Posted on … by admin`."""
    published: bool
    """Says explicitly that this is the publication date ("Posted on", "Veröffentlicht am")."""


def date_line(line: str) -> DateLine | None:
    text = line.strip()
    if len(text) > 160:
        return None
    match = find_date(text)
    if match is None:
        return None
    before = re.sub(rf"{_SEP}$", "", text[: match.start]).strip()
    after = text[match.end:]
    name = None
    kind, published = "post", False
    if before:
        if _PUBLISHED.match(before):
            published = True
        elif _UPDATED.match(before):
            kind = "updated"
        elif by := _BY_BEFORE.match(before):
            name, published = by["name"], True
        elif (author := _AUTHOR_BEFORE.match(before)) and len(before.split()) <= 3:
            name = author["name"]
        else:
            return None
    timed = False
    while after.strip(" ·•|,.:;–—-"):
        for pattern in _AFTER:
            found = pattern.match(after)
            if found:
                if found.groupdict().get("name"):
                    name = found["name"]
                if re.search(r"\d{1,2}[:.]\d{2}", found.group(0)):
                    timed = True
                after = after[found.end():]
                break
        else:
            # "16. März 2013 Max Mustermann": a name after the date is a byline too
            trailing = re.fullmatch(rf"{_SEP}{_NAME}\s*", after)
            if trailing and name is None and all(w[0].isupper() for w in trailing["name"].split()):
                name, after = trailing["name"], ""
                continue
            return None
    if kind == "post" and timed and not published:
        kind = "comment"  # Blogger and WordPress stamp comments with date and time; posts with a date
    return DateLine(match.date, kind, name, published)
