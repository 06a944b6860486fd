"""Site search with Pagefind, free of MkDocs.

Pagefind (the `pagefind_bin` wheel ships its binary) reads the built HTML: pages whose
templates mark an element with `data-pagefind-body` (posts and content pages; list
pages carry none) go into one index per language, taken from `<html lang>`. The
reader's browser loads the index in small chunks, and only once the search is opened
(`feder/assets/search.js`).

- `selection`: which files Pagefind reads (a glob), so it skips the list pages;
- `pagefind`: running the indexer (and its Python API's version, for cache keys);
- `background`: `mkdocs serve` re-indexes after each rebuild without delaying it.
"""
from __future__ import annotations

BUNDLE_DIR = "pagefind"
"""Where the index and Pagefind's scripts live in the site (`/feder/pagefind/`)."""

BODY_ATTRIBUTE = "data-pagefind-body"
"""Marks the element of a page that is indexed; pages without it are not."""

STAMP_FILE = "feder-index.json"
"""`mkdocs serve` only: which build the index in BUNDLE_DIR was made from (`{"built": …}`)."""
