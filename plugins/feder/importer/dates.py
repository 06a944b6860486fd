"""Dates as old blogs print them, in German and English.

`Samstag, 16. März 2013`, `16. März 2013`, `16.03.2013`, `16.3.13`, `2013-03-16`,
`March 16, 2013`, `Saturday, March 16th, 2013`, `Mar 16, 2013`, `16 March 2013`.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass

MONTHS = {
    # German
    "januar": 1, "jänner": 1, "jaenner": 1, "februar": 2, "feber": 2, "märz": 3, "maerz": 3, "april": 4,
    "mai": 5, "juni": 6, "juli": 7, "august": 8, "september": 9, "oktober": 10, "november": 11, "dezember": 12,
    "jan": 1, "feb": 2, "mär": 3, "mrz": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "okt": 10, "nov": 11, "dez": 12,
    # English (abbreviations shared with German are above)
    "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7, "october": 10, "december": 12,
    "mar": 3, "oct": 10, "dec": 12,
}
WEEKDAYS = (
    "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "mo", "di", "mi", "do", "fr", "sa", "so", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
)


def _alternatives(words: Iterable[str]) -> str:
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


_MONTH = rf"(?P<month>{_alternatives(MONTHS)})\.?"
_WEEKDAY = rf"(?:\b(?:{_alternatives(WEEKDAYS)})\.?,?\s+(?:den\s+)?)?"
_ORDINAL = r"(?:st|nd|rd|th)?"
_PATTERNS = [
    # 16. März 2013, Samstag, 16. März 2013, 16 March 2013, 16th March 2013
    re.compile(rf"{_WEEKDAY}\b(?P<day>\d{{1,2}})(?:\.|{_ORDINAL})\s*{_MONTH}\s+(?P<year>\d{{4}})\b", re.I),
    # March 16, 2013, Saturday, March 16th, 2013, Mar 16 2013
    re.compile(rf"{_WEEKDAY}\b{_MONTH}\s+(?P<day>\d{{1,2}}){_ORDINAL},?\s+(?P<year>\d{{4}})\b", re.I),
    # 16.03.2013, 16.3.13
    re.compile(rf"{_WEEKDAY}(?<![\d.])(?P<day>\d{{1,2}})\.(?P<mnum>\d{{1,2}})\.(?P<year>\d{{4}}|\d{{2}})(?!\d)", re.I),
    # 2013-03-16
    re.compile(r"(?<![\d-])(?P<year>\d{4})-(?P<mnum>\d{2})-(?P<day>\d{2})(?![\d-])"),
]


@dataclass(frozen=True)
class DateMatch:
    date: dt.date
    start: int
    end: int
    text: str


def find_date(text: str, today: dt.date | None = None) -> DateMatch | None:
    """The first real calendar date written in `text`, with where it is."""
    found: list[DateMatch] = []
    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            date = _date(match, today or dt.date.today())
            if date is not None:
                found.append(DateMatch(date, match.start(), match.end(), match.group(0)))
                break
    return min(found, key=lambda m: (m.start, -m.end), default=None)


def parse_date(text: str) -> dt.date | None:
    """A date that is the whole of `text` (surrounding spaces aside)."""
    match = find_date(text)
    if match and not text[: match.start].strip() and not text[match.end:].strip(" .,"):
        return match.date
    return None


def _date(match: re.Match[str], today: dt.date) -> dt.date | None:
    groups = match.groupdict()
    month = MONTHS[groups["month"].lower()] if groups.get("month") else int(groups["mnum"])
    year = int(groups["year"])
    if year < 100:  # 16.3.13: the most recent year with these digits that is not in the future
        year += 2000 if year <= today.year % 100 + 1 else 1900
    try:
        return dt.date(year, month, int(groups["day"]))
    except ValueError:
        return None
