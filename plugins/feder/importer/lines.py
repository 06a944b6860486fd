"""Each line of a copied page, classified once: blank, page debris, date line, tags, signature or text."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from feder.importer.bylines import AuthorNames, DateLine, Signature, date_line
from feder.importer.debris import is_debris, key, starts_tail, tag_line
from feder.importer.hashtags import take_hashtags

_RELATED_CATEGORY = re.compile(r"^(?:in|in der kategorie|unter|under)\s+[\"„“'»‚].*[\"“”'«‘]$", re.I)

STYLE_MARKERS = {
    "Blogger": (
        "eingestellt von", "posted by", "labels:", "blogthis!", "diesen post per e-mail versenden",
        "bereitgestellt von blogger", "powered by blogger", "neuerer post", "älterer post", "newer post",
        "older post", "posts (atom)", "keine kommentare:", "no comments:", "blog-archiv",
    ),
    "Wix": (
        "top of page", "bottom of page", "min. lesezeit", "min read", "ansichten", " views", "alle ansehen",
        "see all", "beitrag nicht markiert", "post not marked as liked",
    ),
    "WordPress": (
        "posted on", "veröffentlicht am", "leave a comment", "hinterlasse einen kommentar", "kommentar verfassen",
        "schlagwörter:", "teilen mit:", "share this:", "gefällt mir:", "like this:", "wird geladen", "wordpress",
        "zum inhalt springen", "skip to content", "ähnliche beiträge", "leave a reply", "beitrags-navigation",
    ),
}
TITLE_AFTER_DATE = {"Blogger", "Wix"}
"""Blogger heads each post with its date, Wix with author and date; WordPress puts the title first."""


@dataclass
class Line:
    number: int
    """1-based, in the input file."""
    text: str
    kind: str
    """blank, tail, debris, date, tags, signature, text."""
    data: Any = None
    """DateLine for date lines, list of tags, Signature."""

    @property
    def date(self) -> DateLine:
        assert self.kind == "date"
        return self.data

    @property
    def signature(self) -> Signature:
        assert self.kind == "signature"
        return self.data


def classify(lines: list[str], authors: AuthorNames) -> list[Line]:
    result = [_classify(number, text, authors) for number, text in enumerate(lines, start=1)]
    _related_entries(result)
    return result


def _classify(number: int, text: str, authors: AuthorNames) -> Line:
    if not text:
        return Line(number, text, "blank")
    found = date_line(text)
    if found is not None:
        return Line(number, text, "date", found)
    if starts_tail(text):
        return Line(number, text, "tail")
    tags = tag_line(text)
    if tags is not None:
        return Line(number, text, "tags", tags)
    signature = authors.signature(text)
    if signature is not None:
        return Line(number, text, "signature", signature)
    if is_debris(text):
        return Line(number, text, "debris")
    rest, hashtags = take_hashtags(text)
    if hashtags and not rest.strip(" ,;·|"):
        return Line(number, text, "tags", hashtags)
    return Line(number, text, "text")


def _related_entries(lines: list[Line]) -> None:
    """WordPress' "Related" list: title, date, `In "Category"`; the date does not start a post."""
    for i, line in enumerate(lines):
        if line.kind != "date":
            continue
        following = next((other for other in lines[i + 1:] if other.kind != "blank"), None)
        if following is not None and _RELATED_CATEGORY.match(following.text):
            line.kind = following.kind = "debris"


def style_of(lines: list[Line]) -> str | None:
    """Blogger, Wix or WordPress, from the page furniture the copy holds; None when unclear."""
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
