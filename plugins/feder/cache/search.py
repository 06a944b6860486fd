"""Search index entries of unchanged pages, kept across builds.

Material's search plugin reads every page's HTML with Python's HTML parser to cut
it into sections: about a millisecond per page, a sixth of a build whose posts
come from the render cache. Its entries for a page depend only on the page's URL,
title, table of contents, `search` metadata and HTML (and on the search
configuration, which the store's folder covers), so:

- before the search plugin sees a page (`on_page_context`, early), a page whose
  entries are known is marked `search: {exclude: true}`, the plugin's own switch
  for skipping a page; right after the plugin (`on_page_context`, late) the page's
  metadata is put back as it was, before any template reads it;
- after the build (`on_post_build`), the known entries go back into the index at
  the place the page has in the build order (`merge_entries`), and the entries
  of pages indexed this time are stored.
"""
from __future__ import annotations

import json
from typing import Any, MutableMapping

from mkdocs.structure.files import Files, InclusionLevel
from mkdocs.structure.pages import Page

from feder.cache.fingerprint import digest

_ABSENT = object()


def page_url(url: str) -> str:
    """A page's URL as search locations have it: `` for the home page."""
    return "" if url in (".", "./") else url


def merge_entries(
    index: dict[str, Any], files: Files, known: MutableMapping[str, list[dict[str, Any]]],
) -> tuple[dict[str, Any], dict[str, list[dict[str, Any]]]]:
    """The index a full build would write: each page's entries, in the order MkDocs builds pages.

    `known` maps page URLs to entries that are not in `index`. Returns the merged
    index and every page's entries.
    """
    fresh: dict[str, list] = {}
    for doc in index.get("docs", []):
        fresh.setdefault(doc["location"].split("#", 1)[0], []).append(doc)
    docs: list = []
    by_page: dict[str, list] = {}
    for file in files.documentation_pages(inclusion=InclusionLevel.all):
        url = page_url(file.url)
        built = fresh.pop(url, [])
        entries = known[url] if url in known else built
        by_page[url] = entries
        docs += entries
    for leftover in fresh.values():  # entries of something that is no page: keep them, at the end
        docs += leftover
    return dict(index, docs=docs), by_page


class SearchCache:
    def __init__(self, store: MutableMapping[str, Any]) -> None:
        self.store = store
        self._keys: dict[str, str] = {}
        self._known: dict[str, list[dict[str, Any]]] = {}
        self._meta: dict[int, object] = {}

    def before_search(self, page: Page) -> None:
        search = page.meta.get("search") or {}
        if search.get("exclude") or page.content is None:
            return
        url = page_url(page.url)
        key = digest(
            url, str(page.title), page.content, json.dumps(_toc(page.toc), ensure_ascii=False),
            json.dumps(page.meta.get("search"), sort_keys=True, default=str),
        )
        self._keys[url] = key
        found = self.store.get(key)
        if found is None:
            return
        self._known[url] = found
        self._meta[id(page)] = page.meta.get("search", _ABSENT)
        page.meta["search"] = {**search, "exclude": True}

    def after_search(self, page: Page) -> None:
        original = self._meta.pop(id(page), None)
        if original is _ABSENT:
            del page.meta["search"]
        elif original is not None:
            page.meta["search"] = original

    def merge(self, index: dict[str, Any], files: Files) -> dict[str, Any]:
        merged, by_page = merge_entries(index, files, self._known)
        for url, key in self._keys.items():
            if url not in self._known and url in by_page:
                self.store[key] = by_page[url]  # the index's own lists: no copy
        return merged


def _toc(items) -> list:
    return [[item.title, item.id, item.level, _toc(item.children)] for item in items]
