"""Footnotes: a paragraph starting with `*` that explains an asterisk in the text.

Blogs without footnote support write `… täglich*.` in the text and `*Befragung von …`
below it (`**` for a second one). Such a paragraph becomes a Markdown footnote
(`[^1]: …`) and the asterisk a reference to it (`[^1]`). A `*` paragraph without a
matching asterisk earlier in the text, or one of several `*` lines in a row (a list),
stays what it is.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

FOOTNOTE = re.compile(r"^(?P<stars>\*{1,3})\)?\s*(?P<text>[^\s*].*)$")
_LIST_ITEM = re.compile(r"^\*\s+\S")
REFERENCE = re.compile("\ue000(\\d+)\ue001")
"""Stands for a reference until the text is escaped, so that `[^1]` is not escaped with it."""


@dataclass(frozen=True)
class Entry:
    """One line of a post's body: `text`, `blank`, `image`, `break` or `byline`."""

    line: int
    text: str
    kind: str = "text"


def take_footnotes(entries: list[Entry]) -> tuple[list[Entry], list[Entry]]:
    """The entries without their footnote paragraphs, each asterisk replaced by a reference; and the footnotes."""
    entries = list(entries)
    footnotes: list[Entry] = []
    kept: list[Entry] = []
    for i, entry in enumerate(entries):
        found = FOOTNOTE.match(entry.text) if entry.kind == "text" else None
        if found is None or _in_list(entries, i):
            kept.append(entry)
            continue
        place = _marker(kept, found["stars"])
        if place is None:
            kept.append(entry)
            continue
        number = len(footnotes) + 1
        k, match = place
        text = kept[k].text
        kept[k] = replace(kept[k], text=f"{text[: match.start()]}\ue000{number}\ue001{text[match.end():]}")
        footnotes.append(Entry(entry.line, found["text"]))
    return kept, footnotes


def _marker(entries: list[Entry], stars: str) -> tuple[int, re.Match[str]] | None:
    """The first asterisk of this many stars attached to a word or number (not `Kund*innen`)."""
    pattern = re.compile(rf"(?<=[^\s*\\\ue001]){re.escape(stars)}(?![*\w])")
    for k, entry in enumerate(entries):
        if entry.kind != "text" or FOOTNOTE.match(entry.text) and _starts_with(entry.text, stars):
            continue
        match = pattern.search(entry.text)
        if match:
            return k, match
    return None


def _in_list(entries: list[Entry], i: int) -> bool:
    """A `* item` line with another right before or after it: a list, not a footnote (`*Quelle` never is)."""
    if not _LIST_ITEM.match(entries[i].text):
        return False
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(entries) and entries[j].kind == "blank":
            j += step
        if 0 <= j < len(entries) and entries[j].kind == "text" and _LIST_ITEM.match(entries[j].text):
            return True
    return False


def _starts_with(text: str, stars: str) -> bool:
    found = FOOTNOTE.match(text)
    return found is not None and found["stars"] == stars
