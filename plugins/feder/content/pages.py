"""Every page of the site with its language, and which pages translate each other."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Iterator
from dataclasses import dataclass

from feder.content.listings import Listing
from feder.content.posts import Post


@dataclass(frozen=True, eq=False)
class PageEntry:
    url: str
    """Relative to the site root: `` for the home page, `en/posts/x/` for a post."""
    lang: str
    key: tuple[Hashable, ...]
    """Pages with equal keys in different languages are translations of each other."""
    kind: str
    """`post`, `home`, `archive`, `author`, `tag`, `tags` or `page` (from docs/)."""
    post: Post | None = None
    listing: Listing | None = None


class SitePages:
    """Lookup of pages by URL and of translations by key; filled once per build."""

    def __init__(self) -> None:
        self._by_url: dict[str, PageEntry] = {}
        self._by_key: dict[tuple[Hashable, ...], dict[str, PageEntry]] = defaultdict(dict)

    def add(self, entry: PageEntry) -> PageEntry:
        if entry.url in self._by_url:
            raise ValueError(f"two pages for the URL /{entry.url}")
        self._by_url[entry.url] = entry
        self._by_key[entry.key][entry.lang] = entry
        return entry

    def get(self, url: str) -> PageEntry | None:
        return self._by_url.get(url)

    def __contains__(self, url: str) -> bool:
        return url in self._by_url

    def __iter__(self) -> Iterator[PageEntry]:
        return iter(self._by_url.values())

    def translations(self, entry: PageEntry) -> dict[str, PageEntry]:
        """All language versions of a page, the page itself included."""
        return self._by_key.get(entry.key, {entry.lang: entry})

    def find(self, key: tuple[Hashable, ...], lang: str) -> PageEntry | None:
        return self._by_key.get(key, {}).get(lang)
