"""Derived values kept across builds in one JSON file: e.g. a post's HTML as it goes into feeds.

Keys are fingerprints of everything the value depends on (the caller's business);
the file lives in the namespace of the build environment, so a change of code or
configuration starts afresh. Within one process (`mkdocs serve`) the loaded file
stays in memory; it is written back at the end of a build that added entries
(during `serve`: when the server stops), with only the entries used since it was
loaded.
"""
from __future__ import annotations

import json
import os
from collections.abc import Iterator, MutableMapping
from pathlib import Path
from typing import Any

from feder.jsonfiles import dump_in_pieces

_OPEN: dict[Path, DerivedStore] = {}
"""Stores loaded in this process, so that `serve` rebuilds do not read the file again."""


class DerivedStore(MutableMapping[str, Any]):
    """Values are anything JSON can hold; they are kept as given (no copy), so do not change them."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._values: dict[str, Any] = {}
        self._used: set[str] = set()
        self._dirty = False
        try:
            with open(path, encoding="utf-8") as stream:
                loaded = json.load(stream)
            if isinstance(loaded, dict):
                self._values = loaded
        except (OSError, ValueError):
            pass

    @classmethod
    def open(cls, path: Path) -> DerivedStore:
        store = _OPEN.get(path)
        if store is None:
            store = _OPEN[path] = cls(path)
        return store

    def __getitem__(self, key: str) -> Any:
        value = self._values[key]
        self._used.add(key)
        return value

    def __setitem__(self, key: str, value: Any) -> None:
        self._values[key] = value
        self._used.add(key)
        self._dirty = True

    def __delitem__(self, key: str) -> None:
        del self._values[key]
        self._dirty = True

    def __iter__(self) -> Iterator[str]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)

    def save(self) -> None:
        """Write the entries used since loading, if anything was added."""
        if not self._dirty:
            return
        kept = {key: self._values[key] for key in self._used if key in self._values}
        self.path.parent.mkdir(parents=True, exist_ok=True)
        temporary = self.path.with_name(f"{self.path.name}.{os.getpid()}.tmp")
        try:
            with open(temporary, "w", encoding="utf-8") as stream:
                dump_in_pieces(kept, stream)
            os.replace(temporary, self.path)
        except OSError:
            temporary.unlink(missing_ok=True)
            return
        self._values, self._used, self._dirty = kept, set(), False


def save_all() -> None:
    for store in _OPEN.values():
        store.save()
