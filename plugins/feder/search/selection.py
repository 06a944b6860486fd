"""Which files Pagefind reads: one run per language, each with a short glob of its pages.

Each language gets its own index, below its root (`pagefind/`, `en/pagefind/`): a
reader's page loads only its language's index anyway, and one run per language
holds one language's pages in memory, not all (Pagefind needs about 180 KB per
page while it indexes: 1.3 GB for all 7,500 post files of 5,000 posts, 0.95 GB for
the German ones).

Pagefind skips pages without `data-pagefind-body` anyway, but it reads and parses
every file its glob matches; at 1,000 posts the list pages (tags, authors, home
pages) are more than a third of the site's HTML. Naming every indexed file would
make a glob as long as the site, so a folder is named with a wildcard
(`posts/*/index.html`) when every page file it matches is indexed, and pages
elsewhere (`about/index.html`) are named one by one.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass

from feder.content.languages import Languages

EVERY_PAGE = "**/*.{html}"
"""Pagefind's own default."""

_GLOB_SYNTAX = frozenset("*?[]{}!,\\")


@dataclass(frozen=True)
class IndexPlan:
    """One Pagefind run: the indexed pages of one language, below the language's root."""

    lang: str
    root: str
    """The language's folder in the site: `` for the default language, `en/`."""
    glob: str
    """Relative to `root`."""
    pages: Mapping[str, str]
    """Indexed page files, relative to `root`, with the fingerprints of their HTML."""


def plan_indexes(indexed: Mapping[str, str], pages: Iterable[str], languages: Languages) -> list[IndexPlan]:
    """`indexed`: site-relative page files to index, with fingerprints; `pages`: every HTML
    file of the site. Languages without indexed pages get no index."""
    pages = set(pages)
    own: dict[str, dict[str, str]] = defaultdict(dict)
    for path, fingerprint in indexed.items():
        lang, relative = languages.split(path)
        own[lang][relative] = fingerprint
    plans = []
    for lang in languages:
        if own[lang]:
            root = languages.prefix(lang)
            # The default language's root is the site's: a glob there must not match the others' pages.
            siblings = pages if not root else {path[len(root):] for path in pages if path.startswith(root)}
            plans.append(IndexPlan(lang, root, glob_for(own[lang], siblings), own[lang]))
    return plans


def glob_for(indexed: Collection[str], pages: Iterable[str]) -> str:
    """A glob that matches every file in `indexed` and no other file of `pages`.

    Both hold site-relative paths of HTML files (`en/posts/x/index.html`); `pages`
    is every HTML file of the site. `indexed` must not be empty: Pagefind indexes
    every page of a site in which no page is marked.
    """
    if not indexed:
        raise ValueError("no indexed pages")
    pages = set(pages) | set(indexed)
    if any(_GLOB_SYNTAX.intersection(path) for path in pages):
        return EVERY_PAGE  # a path that would need escaping: rare enough to read everything
    siblings: dict[tuple[str, str], list[str]] = defaultdict(list)
    for path in pages:
        if path.count("/") >= 1:
            siblings[_family(path)].append(path)
    indexed = set(indexed)
    # The folders whose every page file is indexed: one wildcard pattern each.
    whole = {family for family, members in siblings.items() if indexed.issuperset(members)}
    patterns: dict[str, None] = {}  # in order, each once
    for path in sorted(indexed):
        family = _family(path) if path.count("/") >= 1 else None
        if family is not None and family in whole:
            folder, name = family
            pattern = f"{folder}/*/{name}" if folder else f"*/{name}"
        else:
            pattern = path
        patterns[pattern] = None
    return next(iter(patterns)) if len(patterns) == 1 else "{" + ",".join(patterns) + "}"


def _family(path: str) -> tuple[str, str]:
    """`en/posts/x/index.html` -> (`en/posts`, `index.html`): the files `en/posts/*/index.html` matches."""
    folder, name = path.rsplit("/", 1)
    parent = folder.rsplit("/", 1)[0] if "/" in folder else ""
    return parent, name
