"""What Pagefind reads of a page: the indexed element, without the head, header and navigation before it.

Pagefind parses every byte of each file it reads, and on a post page more than half of the
bytes come before the indexed element (`data-pagefind-body`): the head, the header, the
navigation. From outside that element Pagefind takes only the page's language (`<html
lang>`) and, for a page without a heading, its `<title>`. A copy of the page made of those
and of everything from the element's start tag to the end gives the same index at about
half of Pagefind's CPU time (tests/search/test_copies.py builds both and compares).

Nothing is cut at the element's end: a copy that starts early (at an earlier mention of the
attribute) or ends late only costs time, while one that ends early would lose text.

The copies are written to memory where the system offers a file system there (`/dev/shm`
on Linux): creating 1,500 small files on disk takes several times the CPU time.
"""
from __future__ import annotations

import os
import re
import shutil
import tempfile
from pathlib import Path

from feder.search import BODY_ATTRIBUTE

_HTML_TAG = re.compile(r"<html\b[^>]*>", re.IGNORECASE)
_TITLE = re.compile(r"<title>[^<]*</title>", re.IGNORECASE)
IN_MEMORY = Path("/dev/shm")


def search_copy(html: str) -> str:
    """The part of a page's final HTML that Pagefind needs to index it (the whole page when in doubt)."""
    attribute = html.find(BODY_ATTRIBUTE)
    start = html.rfind("<", 0, attribute) if attribute > 0 else -1
    root = _HTML_TAG.search(html, 0, start) if start > 0 else None
    if root is None:
        return html
    title = _TITLE.search(html, root.end(), start)
    return "".join((
        "<!DOCTYPE html>\n", root.group(0), '<head><meta charset="utf-8">', title.group(0) if title else "",
        "</head><body>", html[start:],
    ))


class SearchCopies:
    """One build's copies of its indexed pages (`search_copy`), in a temporary folder.

    Pagefind numbers the pages in the order the file system lists them, which on some file
    systems is the order they were created in, and MkDocs' order of pages may vary between
    runs. So each copy is written under a number as its page comes, and `arrange` puts them
    at their paths in the site in sorted order: the same pages give the same index.
    """

    def __init__(self) -> None:
        in_memory = IN_MEMORY.is_dir() and os.access(IN_MEMORY, os.W_OK)
        self.folder = Path(tempfile.mkdtemp(prefix="feder-search-", dir=IN_MEMORY if in_memory else None))
        self.site = self.folder / "site"
        """The copies at their paths, once arranged."""
        self._pending: dict[str, Path] = {}

    def put(self, path: str, html: str) -> bool:
        """A copy of the page at `path` (relative to the site folder), whose final HTML is `html`.
        False when it cannot be written (a small `/dev/shm` fills up in containers): then Pagefind
        should read the site folder instead."""
        pending = self._pending.get(path) or self.folder / f"{len(self._pending)}.html"
        try:
            pending.write_text(search_copy(html), encoding="utf-8")
        except OSError:
            return False
        self._pending[path] = pending
        return True

    def arrange(self) -> Path | None:
        """The copies in a folder like the site's (only the indexed pages); returns it (None when
        the file system refuses)."""
        try:
            for path in sorted(self._pending):
                target = self.site / path
                target.parent.mkdir(parents=True, exist_ok=True)
                self._pending[path].rename(target)
        except OSError:
            return None
        self._pending = {}
        return self.site

    def scratch(self, name: str) -> Path:
        """An empty folder next to the copies, for Pagefind's output (`feder.search.pagefind`)."""
        folder = self.folder / "out" / name
        shutil.rmtree(folder, ignore_errors=True)
        return folder

    def remove(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)
