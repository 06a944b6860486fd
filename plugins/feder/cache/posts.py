"""Parsed posts kept between the builds of one `mkdocs serve` session. No MkDocs imports.

Reading and checking 1,500 posts takes most of a second; during `mkdocs serve`
an edit changes one of them. A post's result (the `Post` or its problems) depends
only on its file (name and bytes) and on the rules it is checked against, so the
memo is keyed by exactly those: the bytes are read on every build (cheap), parsing
and checking happen only for files whose bytes changed.
"""
from __future__ import annotations

from feder.content.loading import PostResult
from feder.content.sources import PostSource
from feder.content.validation import Rules


class PostMemo:
    def __init__(self) -> None:
        self._rules: str | None = None
        self._rules_object: Rules | None = None
        self._results: dict[tuple[PostSource, bytes], PostResult] = {}
        self._seen: set[tuple[PostSource, bytes]] = set()

    def _context(self, rules: Rules) -> None:
        if rules is self._rules_object:
            return  # one load asks with one (frozen) Rules for every post
        self._rules_object = rules
        described = repr(rules)  # authors, default author, time zone: all dataclasses or plain values
        if described != self._rules:
            self._rules = described
            self._results.clear()

    def get(self, source: PostSource, data: bytes, rules: Rules) -> PostResult | None:
        self._context(rules)
        key = (source, data)
        self._seen.add(key)
        return self._results.get(key)

    def put(self, source: PostSource, data: bytes, rules: Rules, result: PostResult) -> None:
        self._context(rules)
        self._results[(source, data)] = result

    def forget_unseen(self) -> None:
        """Drop what the last load did not ask for (edited or deleted files), so memory stays flat."""
        self._results = {key: value for key, value in self._results.items() if key in self._seen}
        self._seen = set()
