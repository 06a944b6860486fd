"""Each line of a copied page, classified once by what it is on its own.

Kinds: `blank`, `date` (a date line), `tail` (the page's tail starts: recent posts,
comments), `labels` (`Labels: A, B`), `hashtags` (a line of hashtags only), `byline`
(a line that says who wrote the post), `debris`, `break` (a separator line), `image`
(an image's file name) and `text`. What a line is next to its neighbours (a bare
name as a byline, a credit line next to an image) is decided afterwards in `page`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from feder.importer.authors import AuthorNames, Byline
from feder.importer.breaks import is_break
from feder.importer.datelines import DateLine, date_line
from feder.importer.debris import is_debris, key, starts_tail
from feder.importer.hashtags import hashtag_line, tag_line
from feder.importer.images import is_image_name

_RELATED_CATEGORY = re.compile(r"^(?:in|in der kategorie|unter|under)\s+[\"„“'»‚].*[\"“”'«‘]$", re.I)

STYLE_MARKERS = {
    "Blogger": (
        "eingestellt von", "posted by", "labels:", "blogthis!", "diesen post per e-mail versenden",
        "bereitgestellt von blogger", "powered by blogger", "neuerer post", "älterer post", "newer post",
        "older post", "posts (atom)", "keine kommentare:", "no comments:", "blog-archiv", "blog archive",
    ),
    "Wix": (
        "top of page", "bottom of page", "min. lesezeit", "min read", "aufrufe", "ansichten", " views",
        "alle ansehen", "see all", "beitrag nicht markiert", "post not marked as liked",
    ),
    "WordPress": (
        "posted on", "veröffentlicht am", "leave a comment", "hinterlasse einen kommentar", "kommentar verfassen",
        "schlagwörter:", "teilen mit:", "share this:", "gefällt mir:", "like this:", "wird geladen", "wordpress",
        "zum inhalt springen", "skip to content", "ähnliche beiträge", "leave a reply", "beitrags-navigation",
    ),
    "LinkedIn": (
        "+ folgen", "+ follow", "kommentieren", "reposten", "repost", "hashtag#", "reaktionen", "reactions",
        "weitere artikel von", "more articles by", "vernetzen", "mehr anzeigen", "see more",
    ),
}
TITLE_AFTER_DATE = {"Blogger", "Wix"}
"""Blogger heads each post with its date, Wix with author and date; WordPress and LinkedIn put the title first."""


@dataclass
class Line:
    number: int
    """1-based, in the input file."""
    text: str
    kind: str
    data: Any = None
    """DateLine for date lines, the tags of labels and hashtags lines, Byline for bylines."""

    @property
    def date(self) -> DateLine:
        assert self.kind == "date" and isinstance(self.data, DateLine)
        return self.data

    @property
    def byline(self) -> Byline:
        assert self.kind == "byline" and isinstance(self.data, Byline)
        return self.data


def classify(lines: list[str], authors: AuthorNames) -> list[Line]:
    result = [_classify(number, text, authors) for number, text in enumerate(lines, start=1)]
    _related_entries(result)
    return result


def _classify(number: int, text: str, authors: AuthorNames) -> Line:
    if not text:
        return Line(number, text, "blank")
    found: Any
    for kind, test in _LOCAL:
        found = test(text, authors)
        if found is not None and found is not False:
            return Line(number, text, kind, found)
    return Line(number, text, "text")


# In this order: "Eingestellt von Max um 10:15" is a byline before it is debris; "---" a break, not debris.
_LOCAL = (
    ("date", lambda text, _: date_line(text)),
    ("tail", lambda text, _: starts_tail(text)),
    ("labels", lambda text, _: tag_line(text)),
    ("byline", lambda text, authors: authors.explicit(text)),
    ("hashtags", lambda text, _: hashtag_line(text)),
    ("break", lambda text, _: is_break(text)),
    ("debris", lambda text, _: is_debris(text)),
    ("image", lambda text, _: is_image_name(text)),
)


def _related_entries(lines: list[Line]) -> None:
    """WordPress' "Related" list: title, date, `In "Category"`; the date does not start a post."""
    for i, line in enumerate(lines):
        if line.kind != "date":
            continue
        following = next((other for other in lines[i + 1:] if other.kind != "blank"), None)
        if following is not None and _RELATED_CATEGORY.match(following.text):
            line.kind = following.kind = "debris"


def style_of(lines: list[Line]) -> str | None:
    """Blogger, Wix, WordPress or LinkedIn, from the page furniture the copy holds; None when unclear."""
    scores = {style: 0 for style in STYLE_MARKERS}
    for line in lines:
        if line.kind == "blank" or len(line.text) > 120:
            continue
        k = key(line.text)
        for style, markers in STYLE_MARKERS.items():
            scores[style] += any(marker in k for marker in markers)
    best = max(scores.values())
    winners = [style for style, score in scores.items() if score == best]
    return winners[0] if best > 0 and len(winners) == 1 else None
