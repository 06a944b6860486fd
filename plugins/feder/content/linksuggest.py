"""The closest existing page, anchor or file to a broken link: what the author most likely meant.

difflib compares the link with candidates; on a large site only with the few that share
the most rare three-letter pieces with it (`Nearest`), so that a site with many broken
links (an imported blog) is still checked in time linear in its size.
"""
from __future__ import annotations

import difflib
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from functools import cached_property

from feder.content.links import BrokenLink, LinkablePage
from feder.content.linksite import LinkedSite

CUTOFF = 0.6
"""difflib's similarity below which nothing is suggested (its own default)."""


class Suggestions:
    """What a broken link on one site most likely meant; indexes are made at the first need."""

    def __init__(self, site: LinkedSite) -> None:
        self.site = site

    def page(self, broken: BrokenLink, lang: str) -> LinkablePage | None:
        """The page closest to where `broken` was meant to go; of equally close pages (translations),
        the one in the language the link names (`/en/…`, `x.en.md`), else in `lang`, the language of
        the page the link is on."""
        languages = self.site.languages
        if broken.source is not None:
            by_key, nearest = self._by_source
            wanted, named = broken.source, _language_of_source(broken.source, languages)
        elif broken.url is not None:
            by_key, nearest = self._by_url
            named, wanted = _without_language(broken.url, languages)
        else:
            return None
        match = nearest.closest(wanted)
        if match is None:
            return None
        preferred = named or lang
        language_of = self.site.language_of
        return min(
            by_key[match], key=lambda page: (language_of.get(page.url) != preferred, language_of.get(page.url) != lang)
        )

    def file(self, path: str) -> str | None:
        """The docs file (or file feder writes) closest to `path`, relative to the site root."""
        return self._files.closest(path)

    @staticmethod
    def anchor(anchor: str, anchors: Iterable[str]) -> str | None:
        return Nearest(sorted(anchors)).closest(anchor)

    @cached_property
    def _by_source(self) -> tuple[dict[str, list[LinkablePage]], Nearest]:
        return _indexed((page.source, page) for page in self._pages if page.source is not None)

    @cached_property
    def _by_url(self) -> tuple[dict[str, list[LinkablePage]], Nearest]:
        return _indexed((_without_language(page.url, self.site.languages)[1], page) for page in self._pages)

    @cached_property
    def _files(self) -> Nearest:
        return Nearest(sorted(self.site.links.files | self.site.links.written))

    @property
    def _pages(self) -> list[LinkablePage]:
        links = self.site.links
        return [page for url in links.urls if (page := links.page(url)) is not None]


class Nearest:
    """The closest of many texts to a given one, comparing it with few of them."""

    SHORTLIST = 25
    ALL_BELOW = 200
    """Up to this many texts, every one is compared."""

    def __init__(self, texts: Sequence[str]) -> None:
        self.texts = texts
        postings: dict[str, list[int]] = defaultdict(list)
        if len(texts) > self.ALL_BELOW:
            for number, text in enumerate(texts):
                for gram in _grams(text):
                    postings[gram].append(number)
        common = max(self.SHORTLIST, len(texts) // 20)  # pieces most texts share tell nothing apart
        self.postings = {gram: numbers for gram, numbers in postings.items() if len(numbers) <= common}

    def closest(self, wanted: str) -> str | None:
        if len(self.texts) <= self.ALL_BELOW:
            candidates: Sequence[str] = self.texts
        else:
            shared = Counter(number for gram in _grams(wanted) for number in self.postings.get(gram, ()))
            candidates = [self.texts[number] for number, _ in shared.most_common(self.SHORTLIST)]
        matches = difflib.get_close_matches(wanted, candidates, n=1, cutoff=CUTOFF)
        return matches[0] if matches else None


def _indexed(pairs: Iterable[tuple[str, LinkablePage]]) -> tuple[dict[str, list[LinkablePage]], Nearest]:
    grouped: dict[str, list[LinkablePage]] = defaultdict(list)
    for key, page in pairs:
        grouped[key].append(page)
    return grouped, Nearest(list(grouped))


def _grams(text: str) -> set[str]:
    return {text[i : i + 3] for i in range(len(text) - 2)}


def _without_language(url: str, languages: Sequence[str]) -> tuple[str | None, str]:
    """`en/posts/x/` -> (`en`, `posts/x/`); a URL without a language prefix keeps its path (None)."""
    head, _, rest = url.partition("/")
    if head in languages[1:]:
        return head, rest
    return None, url


def _language_of_source(source: str, languages: Sequence[str]) -> str | None:
    """`posts/x.en.md` -> `en`; `docs/en/about.md` -> `en`; None when the path names no language."""
    name = source.rsplit("/", 1)[-1].removesuffix(".md")
    suffix = name.rpartition(".")[2] if "." in name else ""
    if suffix in languages:
        return suffix
    return next((lang for lang in languages[1:] if f"/{lang}/" in f"/{source}"), None)
