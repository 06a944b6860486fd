"""The search index of the last build, kept for the next one when no indexed page changed.

Pagefind's output depends only on the files it reads (checked: two runs over the
same pages write the same bytes), the order the file system lists them in, the glob
that selects them, Pagefind's version and options (`feder.search.pagefind.settings`).
The build has Pagefind read copies of the pages arranged in sorted order
(`feder.search.copies`), so the order follows from the pages. The key covers all of them, with
each indexed page's final HTML by its fingerprint; a build whose key is the one
stored copies the stored index into the site instead of running Pagefind. One
index is kept: the newest.
"""
from __future__ import annotations

import os
import shutil
from collections.abc import Mapping
from pathlib import Path

from feder.fingerprint import digest

FORMAT = "2"
"""Changes when the way the cache stores an index, or the way the build feeds Pagefind, changes
(2: copies of the pages in sorted order)."""


def index_key(pages: Mapping[str, str], glob: str, settings: str) -> str:
    """`pages` maps each indexed file (site-relative) to the fingerprint of its HTML;
    `settings` describes the indexer (version and options)."""
    return digest(FORMAT, settings, glob, *(f"{path}\0{pages[path]}" for path in sorted(pages)))


class SearchIndexCache:
    def __init__(self, root: Path) -> None:
        self.root = root

    def restore(self, key: str, target: Path) -> bool:
        """Copy the stored index with this key to `target`; False if there is none."""
        source = self.root / key
        if not source.is_dir():
            return False
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(source, target, copy_function=_link_or_copy)
        return True

    def store(self, key: str, bundle: Path) -> None:
        """Keep `bundle` under `key`, in place of any index stored before."""
        staging = self.root / f".{key}.{os.getpid()}.tmp"
        try:
            shutil.rmtree(staging, ignore_errors=True)
            shutil.copytree(bundle, staging, copy_function=_link_or_copy)
            for old in self.root.iterdir():
                if old != staging:
                    shutil.rmtree(old, ignore_errors=True)
            os.replace(staging, self.root / key)
        except OSError:
            shutil.rmtree(staging, ignore_errors=True)  # a cache that cannot be written is no error


def _link_or_copy(source: str, target: str) -> None:
    """Hard links where the file system allows: the site's files are replaced, never changed in place."""
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)
