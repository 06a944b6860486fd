"""The closest existing page, anchor or file to a broken link: what the author most likely meant."""
from __future__ import annotations

import difflib
from collections import defaultdict
from typing import Iterable

from feder.content.links import BrokenLink, LinkablePage, PageLinks
from feder.content.linksite import LinkedSite

CUTOFF = 0.6
"""difflib's similarity below which nothing is suggested (its own default)."""


def closest_page(broken: BrokenLink, site: LinkedSite, on: LinkablePage, lang: str) -> LinkablePage | None:
    """The page closest to where `broken` was meant to go; of equally close pages, the one in the
    link's language first, then the one in the language of the page the link is on."""
    if broken.source is not None:
        by_key = _grouped((page.source, page) for page in _pages(site) if page.source is not None)
        wanted, wanted_lang = broken.source, _language_of_source(broken.source, site.languages)
    elif broken.url is not None:
        by_key = _grouped((_without_language(page.url, site.languages)[1], page) for page in _pages(site))
        wanted_lang, wanted = _without_language(broken.url, site.languages)
    else:
        return None
    matches = difflib.get_close_matches(wanted, list(by_key), n=1, cutoff=CUTOFF)
    if not matches:
        return None
    candidates = by_key[matches[0]]
    return min(candidates, key=lambda page: (site.language_of.get(page.url) != wanted_lang, site.language_of.get(page.url) != lang))


def closest_anchor(anchor: str, anchors: Iterable[str]) -> str | None:
    matches = difflib.get_close_matches(anchor, sorted(anchors), n=1, cutoff=CUTOFF)
    return matches[0] if matches else None


def closest_file(path: str, links: PageLinks) -> str | None:
    """The docs file (or file feder writes) closest to `path`, relative to the site root."""
    matches = difflib.get_close_matches(path, sorted(links.files | links.written), n=1, cutoff=CUTOFF)
    return matches[0] if matches else None


def _pages(site: LinkedSite) -> list[LinkablePage]:
    return [page for url in site.links.urls if (page := site.links.page(url)) is not None]


def _grouped(pairs: Iterable[tuple[str, LinkablePage]]) -> dict[str, list[LinkablePage]]:
    grouped: dict[str, list[LinkablePage]] = defaultdict(list)
    for key, page in pairs:
        grouped[key].append(page)
    return grouped


def _without_language(url: str, languages: tuple[str, ...] | list[str]) -> tuple[str, str]:
    """`en/posts/x/` -> (`en`, `posts/x/`); a URL of the default language keeps its path."""
    head, _, rest = url.partition("/")
    if head in languages[1:]:
        return head, rest
    return languages[0], url


def _language_of_source(source: str, languages: tuple[str, ...] | list[str]) -> str:
    """`posts/x.en.md` -> `en`; a docs page's language is its folder (`docs/en/about.md`)."""
    name = source.rsplit("/", 1)[-1].removesuffix(".md")
    suffix = name.rpartition(".")[2] if "." in name else ""
    if suffix in languages:
        return suffix
    return next((lang for lang in languages[1:] if f"/{lang}/" in f"/{source}"), languages[0])
