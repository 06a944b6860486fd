"""Where dated posts start: at their date line, or at the title or author line next to it.

The title is the line right after the date (Blogger and Wix print the date first) or
right before it (WordPress and LinkedIn print the title first), decided by the page's
style or, when the style is unclear, by which of the two lines looks like a title.
"""
from __future__ import annotations

from dataclasses import dataclass

from feder.importer.lines import TITLE_AFTER_DATE, Line
from feder.importer.markdown import title_like

_HEADER = ("blank", "debris", "byline", "bio", "image")
"""Lines that may stand between a date and its title."""


@dataclass(frozen=True)
class Start:
    date: int
    """Index of the date line."""
    title: int | None
    """Index of the title line; None when the title has to come from the first paragraph."""
    region: int
    """Index of the post's first line: its title, date or author line."""


def looks_like_title(text: str) -> bool:
    return title_like(text, max_length=150, max_words=20, endings=".,;:")


def date_starts(lines: list[Line], style: str | None) -> list[Start]:
    """One start per date line that dates a post."""
    kept = _post_dates(lines)
    starts: list[Start] = []
    for k, d in enumerate(kept):
        # The search for this post's title must not reach back into the previous post's title.
        low = -1
        if starts:
            previous = starts[-1]
            low = max(kept[k - 1], previous.title if previous.title is not None else -1)
        high = kept[k + 1] if k + 1 < len(kept) else len(lines)
        title, before = _title_of(lines, d, low, high, style)
        region = title if before and title is not None else d
        # Wix prints the author's name right above the date: that line opens the new post. A name
        # with a blank line before the date is the previous post's signature.
        above = region - 1
        if style in ("Wix", None) and above > low and lines[above].kind == "byline":
            region = above
        starts.append(Start(d, title, region))
    return starts


def _post_dates(lines: list[Line]) -> list[int]:
    dates = [i for i, line in enumerate(lines) if line.kind == "date" and line.date.kind == "post"]
    if not dates:  # a blog that prints its posts' time of day, and no comment stamps to confuse them with
        dates = [i for i, line in enumerate(lines) if line.kind == "date" and line.date.kind == "comment"]
    # A byline repeating the date of the post just started ("Posted on …" under a date header) starts nothing.
    kept: list[int] = []
    for i in dates:
        if kept and lines[i].date.date == lines[kept[-1]].date.date and _texts(lines, kept[-1], i) <= 1:
            continue
        kept.append(i)
    return kept


def _texts(lines: list[Line], start: int, end: int) -> int:
    return sum(1 for line in lines[start + 1: end] if line.kind == "text")


def _previous(lines: list[Line], i: int, low: int, limit: int = 8) -> int | None:
    """The nearest line above `i` (and below `low`) that is not part of a post's header."""
    j, seen = i - 1, 0
    while j > low and seen < limit:
        if lines[j].kind not in _HEADER:
            return j
        seen += lines[j].kind != "blank"
        j -= 1
    return None


def _title_of(lines: list[Line], d: int, low: int, high: int, style: str | None) -> tuple[int | None, bool]:
    """The title's line index and whether it stands before the date."""
    before = _previous(lines, d, low)
    if before is not None and lines[before].kind != "text":
        before = None
    after = None
    for j in range(d + 1, min(high, d + 12)):
        if lines[j].kind == "text":
            after = j
            break
        if lines[j].kind not in (*_HEADER, "date", "labels", "hashtags"):
            break  # the page's tail
    before_ok = before is not None and looks_like_title(lines[before].text)
    after_ok = after is not None and looks_like_title(lines[after].text)
    if style in TITLE_AFTER_DATE:
        return (before, True) if before_ok and not after_ok else (after, False)
    if style in ("WordPress", "LinkedIn") or lines[d].date.published:
        return (before, True) if before_ok else (after, False)
    if before_ok and not after_ok:
        return before, True
    return after, False
