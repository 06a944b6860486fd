"""Hashtags (`#Digitalisierung`, `#BigData`) become tags and leave the text.

A line of hashtags, or a run of them at the end of a line, is removed. A hashtag
inside a sentence ("… für die #Digitalisierung im Mittelstand") keeps its word,
without the `#`, so the sentence still reads.
"""
from __future__ import annotations

import re

HASHTAG = re.compile(r"(?<![\w&/#])#(?P<tag>[^\W\d_]\w*)")
_TRAILING = re.compile(r"(?:\s*#[^\W\d_]\w*[\s,;·|]*)+$")


def take_hashtags(line: str) -> tuple[str, list[str]]:
    """The line without hashtags, and the hashtags' words in order."""
    tags = [_words(match["tag"]) for match in HASHTAG.finditer(line)]
    if not tags:
        return line, []
    trailing = _TRAILING.search(line)
    if trailing and HASHTAG.search(trailing.group(0)) and _only_hashtags(trailing.group(0)):
        line = line[: trailing.start()]
    line = HASHTAG.sub(lambda match: _words(match["tag"]), line)
    return " ".join(line.split()), tags


def _words(tag: str) -> str:
    """Hashtags write spaces as underscores: #Big_Data is "Big Data"."""
    return " ".join(tag.replace("_", " ").split())


def _only_hashtags(text: str) -> bool:
    return not HASHTAG.sub("", text).strip(" ,;·|")
