"""Hashtags (`#Digitalisierung`, `#BigData`) and label lines (`Labels: A, B`) as written in the page.

A line of hashtags, or a run of them at the end of a line, leaves the text. A hashtag
inside a sentence ("… für die #Digitalisierung im Mittelstand") keeps its word,
without the `#`, so the sentence still reads. Which of them become tags is for
`tagging` to decide.
"""
from __future__ import annotations

import re

HASHTAG = re.compile(r"(?<![\w&/#])#(?P<tag>[^\W\d_]\w*)")
_TRAILING = re.compile(r"(?:\s*#[^\W\d_]\w*[\s,;·|]*)+$")
# LinkedIn's copied text spells a hashtag link out: "hashtag#Vertrieb".
_SPELLED_OUT = re.compile(r"(?<!\w)hashtag\s?(?=#\w)", re.I)
_TAG_LINE = re.compile(
    r"^(?:labels?|tags?|schlagwörter|schlagworte|stichwörter|stichworte|tagged(?: with)?|kategorien|kategorie|"
    r"categories|category|veröffentlicht in|posted in|filed under|abgelegt unter|themen)\s*:?\s+(?P<tags>.+)$",
    re.I,
)
_DEFAULT_CATEGORIES = {"allgemein", "uncategorized", "unkategorisiert", "sonstiges", "general"}


def take_hashtags(line: str) -> tuple[str, list[str], bool]:
    """The line without hashtags, the hashtags' words in order, and whether they ended the line.

    Hashtags that end the line (`… ist es. #Vertrieb #KI`) are the post's hashtag line
    written on the same line; the others stand in the sentence.
    """
    line = _SPELLED_OUT.sub("", line)
    tags = [words(match["tag"]) for match in HASHTAG.finditer(line)]
    if not tags:
        return line, [], False
    trailing = _TRAILING.search(line)
    ended = bool(trailing and HASHTAG.search(trailing.group(0)) and only_hashtags(trailing.group(0)))
    if trailing and ended:
        line = line[: trailing.start()]
    line = HASHTAG.sub(lambda match: words(match["tag"]), line)
    return " ".join(line.split()), tags, ended


def hashtag_line(line: str) -> list[str] | None:
    """The hashtags of a line that holds nothing else; None for any other line."""
    line = _SPELLED_OUT.sub("", line)
    if not HASHTAG.search(line) or not only_hashtags(line):
        return None
    return [words(match["tag"]) for match in HASHTAG.finditer(line)]


def words(tag: str) -> str:
    """Hashtags write spaces as underscores: #Big_Data is "Big Data"."""
    return " ".join(tag.replace("_", " ").split())


def only_hashtags(text: str) -> bool:
    return not HASHTAG.sub("", text).strip(" ,;·|•")


def tag_line(line: str) -> list[str] | None:
    """The tags of a `Labels: A, B` line, without WordPress' default categories; None if not such a line."""
    match = _TAG_LINE.match(line.strip())
    if not match or len(line) > 300:
        return None
    text = match["tags"]
    parts = re.split(r"\s*[,;|·•]\s*", text)
    if len(parts) == 1 and " " in text.strip() and len(text.split()) > 4:
        return None  # "Tags are useful for …" is a sentence, not a list
    tags = [part.strip(" .#") for part in parts]
    return [tag for tag in tags if tag and tag.casefold() not in _DEFAULT_CATEGORIES]
