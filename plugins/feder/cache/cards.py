"""Preview cards kept across builds: a card is drawn once, then copied from the cache. No MkDocs imports.

An entry's key is everything the card shows (its text) and the theme; its folder is
the renderer's version: the code and fonts of `feder.cards`, Pillow's version and
zlib's (which decides the compressed bytes). A change to anything else (another
template, configuration, a post's body) keeps every card. A warm build draws no card;
`mkdocs serve` draws only the cards whose text an edit changed.

Writing a file's data is most of what placing a card costs, so the site's card and
the cached one are one file (a hard link) where the file system allows; nothing ever
writes into a card file that has another link (a new card replaces the name), so
neither side can change the other. A card file of the last build with no other link
is written over: it keeps its inode, which costs less than a new file
(`feder.cache.overwrite`).
"""
from __future__ import annotations

import os
import shutil
import zlib
from dataclasses import fields
from functools import cache
from pathlib import Path

import PIL

import feder.cards
from feder import fingerprint
from feder.cache.store import EntryStore
from feder.cards import CardText, Theme, render
from feder.cards.theme import DEFAULT
from feder.inplace import write_unshared


@cache
def renderer_version() -> str:
    return fingerprint.digest(
        fingerprint.FORMAT, fingerprint.tree(Path(feder.cards.__file__).parent),
        f"pillow {PIL.__version__}", f"zlib {zlib.ZLIB_RUNTIME_VERSION}",
    )


class CardCache:
    """`root` None: no cache, every card is drawn."""

    def __init__(self, root: Path | None) -> None:
        self.store = EntryStore(root, renderer_version(), suffix=".png") if root is not None else None
        self.drawn = 0
        self.copied = 0
        self.used: set[str] = set()

    def write(self, card: CardText, target: Path, theme: Theme = DEFAULT) -> None:
        """Write the card's PNG to `target` (its folder exists)."""
        key = fingerprint.digest(fingerprint.describe([_values(card), _values(theme)]))
        if self.store is not None:
            self.used.add(key)
            if _place(self.store.path(key), target):
                self.copied += 1
                return
        png = render(card, theme)
        write_unshared(target, png)
        self.drawn += 1
        if self.store is not None:
            self.store.put_link(key, target, png)

    def finish(self, *, prune: bool) -> None:
        if prune and self.store is not None:
            self.store.prune(self.used)


def _values(value: object) -> list[object]:
    """A dataclass's fields, shallow (`astuple` copies deeply, which costs more than the hash)."""
    return [getattr(value, field.name) for field in fields(value)]  # type: ignore[arg-type]


def _place(cached: Path, target: Path) -> bool:
    """The cached card at `target`: a hard link (no data written, which is most of a file's cost), else a copy."""
    if not cached.is_file():
        return False
    target.unlink(missing_ok=True)
    try:
        os.link(cached, target)
        return True
    except FileNotFoundError:
        return False
    except OSError:  # another file system, or one without hard links
        try:
            shutil.copyfile(cached, target)
            return True
        except OSError:
            return False
