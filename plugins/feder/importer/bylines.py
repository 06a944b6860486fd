"""Date lines, bylines and signatures: who wrote a post, and when.

A date line is a line that holds a date and nothing but what blogs print around
it (`Posted on March 16, 2013 by admin`, `16. März 2013 · 2 Min. Lesezeit`,
`Veröffentlicht am 16.03.2013 von Max`). A sentence that mentions a date is not one.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Iterable, Mapping

from feder.importer.dates import find_date
from feder.importer.debris import key

_NAME = r"(?P<name>[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){0,3})"
_TIME = r"(?:um|at|,)?\s*\d{1,2}[:.]\d{2}(?:\s*(?:uhr|am|pm|a\.m\.|p\.m\.))?"
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
    _TIME,
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


@dataclass(frozen=True)
class Signature:
    name: str
    author: str | None
    """The id of the known author of that name, or None."""


class AuthorNames:
    """Known authors by every name they go by: display names in each language and the id."""

    def __init__(self, names: Mapping[str, Iterable[str]]) -> None:
        self._ids: dict[str, str] = {}
        for author_id, author_names in names.items():
            for name in (author_id, *author_names):
                self._ids.setdefault(key(name), author_id)

    def find(self, name: str | None) -> str | None:
        return self._ids.get(key(name)) if name else None

    def signature(self, line: str) -> Signature | None:
        """A line that names the author: `Max Mustermann`, `– Max`, `Eingestellt von Max um 10:15`, `Ihr Max`."""
        text = line.strip()
        if len(text) > 120:
            return None
        explicit = _EXPLICIT.match(text)
        if explicit:
            name = explicit["name"].strip()
            author = self.find(name)
            # "Eingestellt von Hans" is a byline even for an unknown Hans; "Von der Idee zum Produkt" is not.
            if author or (explicit["strong"] and len(name.split()) <= 4):
                return Signature(name, author)
        bare = _GREETING.sub("", text).strip(" -–—~,")
        author = self.find(bare)
        return Signature(bare, author) if author else None


_EXPLICIT = re.compile(
    r"^(?:(?P<strong>eingestellt von|posted by|geschrieben von|written by|autor(?:in)?:|author:)|von|by)\s+"
    rf"(?P<name>.+?)(?:\s+{_TIME}.*|\s*[·|].*)?$", re.I,
)
_GREETING = re.compile(
    r"^(?:[-–—~]\s*)?(?:(?:viele|beste|herzliche|liebe)\s+grüße|best regards|kind regards|regards|cheers|"
    r"ihr|ihre|euer|eure|dein|deine|your|yours)?[,\s]*", re.I,
)
