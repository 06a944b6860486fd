"""Facts derived from a post's Markdown body: excerpt, reading time, fingerprint."""
from __future__ import annotations

import hashlib
import math
import re

MORE = re.compile(r"^[ \t]*<!--\s*more\s*-->[ \t]*$", re.MULTILINE)
"""The excerpt marker: everything before it is the excerpt."""

_FENCE = re.compile(
    r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,}).*?^(?P=indent)(?P=fence)[ \t]*$", re.MULTILINE | re.DOTALL
)
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_WORD = re.compile(r"\w+")
_BLOCK_START = re.compile(r"^\s*(#|`{3}|~{3}|<|\||---|\*\*\*|!\[)")

WORDS_PER_MINUTE = 200


def split_excerpt(body: str) -> tuple[str, bool]:
    """The excerpt and whether the author marked it with `<!-- more -->`.

    Without the marker the excerpt is the first paragraph.
    """
    match = MORE.search(body)
    if match:
        return body[: match.start()].strip(), True
    return first_paragraph(body), False


def first_paragraph(body: str) -> str:
    """The first block of text lines that is not a heading, fence, table or HTML."""
    for block in re.split(r"\n[ \t]*\n", body.strip()):
        if block.strip() and not _BLOCK_START.match(block):
            return block.strip()
    return ""


def reading_time(body: str, words_per_minute: int = WORDS_PER_MINUTE) -> int:
    """Minutes to read the prose, at least one; code and explainer blocks do not count."""
    prose = body
    if "```" in prose or "~~~" in prose:
        prose = _FENCE.sub(" ", prose)
    if "<!--" in prose:
        prose = _COMMENT.sub(" ", prose)
    return max(1, math.ceil(count_words(prose) / words_per_minute))


def fenced_blocks(body: str) -> list[tuple[int, int]]:
    """Start and end offsets of the fenced code blocks of a Markdown body."""
    if "```" not in body and "~~~" not in body:
        return []
    return [match.span() for match in _FENCE.finditer(body)]


def count_words(text: str) -> int:
    """How many runs of word characters (`\\w+`) `text` has; this is read for every post on every build.

    No run crosses whitespace, and a token of letters and digits only is exactly one
    run (`isalnum` and `\\w` agree on every character but `_`), so only the other
    tokens need the regular expression.
    """
    words = 0
    for token in text.split():
        words += 1 if token.isalnum() else len(_WORD.findall(token))
    return words


def fingerprint(body: str) -> str:
    """A short, stable hash of the body text; whitespace at line ends does not count."""
    normal = "\n".join(line.rstrip() for line in body.strip().splitlines())
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()[:16]
