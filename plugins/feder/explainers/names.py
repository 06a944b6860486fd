"""Which fences are explainers, and which look like a mistyped explainer.

An ordinary code block must never break the build, yet `funel` must not quietly
become a code block that shows YAML to readers. The rule, documented in README:

1. The fence's first word equals an explainer name: an explainer.
2. Otherwise it is an error ("unknown explainer; did you mean …") when the word,
   compared case-insensitively, is an explainer name (`Funnel`, `BANI`), or is
   within edit distance 1 (names of up to 5 letters) or 2 (longer names) of
   one (`funel`, `stakeholder`, `qualifcation`), and is not a language that
   Pygments knows (so `fennel`, a Lisp, stays a code block).
3. Everything else is an ordinary code block.
"""
from __future__ import annotations

from functools import lru_cache

EXPLAINER_NAMES: tuple[str, ...] = ("bani", "funnel", "stakeholders", "qualification")


def is_explainer(word: str) -> bool:
    return word in EXPLAINER_NAMES


def suspected_explainer(word: str) -> str | None:
    """The explainer that `word` most likely means, or None for an ordinary code block."""
    if not word or is_explainer(word):
        return None
    lowered = word.lower()
    best: tuple[int, str] | None = None
    for name in EXPLAINER_NAMES:
        distance = edit_distance(lowered, name)
        if distance <= _allowed_distance(name) and (best is None or distance < best[0]):
            best = (distance, name)
    if best is None:
        return None
    if best[0] > 0 and _is_known_language(word):
        return None
    return best[1]


def _allowed_distance(name: str) -> int:
    # Short names get less slack: `bash` is two edits from `bani`.
    return 1 if len(name) <= 5 else 2


def edit_distance(a: str, b: str) -> int:
    """Optimal string alignment distance: insertions, deletions, substitutions and
    swaps of two neighbouring letters (`funenl`) each count one."""
    previous_previous: list[int] = []
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, start=1):
        current = [i] + [0] * len(b)
        for j, char_b in enumerate(b, start=1):
            cost = 0 if char_a == char_b else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and char_a == b[j - 2] and a[i - 2] == char_b:
                current[j] = min(current[j], previous_previous[j - 2] + 1)
        previous_previous, previous = previous, current
    return previous[len(b)]


@lru_cache(maxsize=256)
def _is_known_language(word: str) -> bool:
    try:  # Pygments comes with Material for MkDocs; without it, no word is a language.
        from pygments.lexers import get_lexer_by_name
        from pygments.util import ClassNotFound
    except ImportError:  # pragma: no cover
        return False
    try:
        get_lexer_by_name(word)
    except ClassNotFound:
        return False
    return True
