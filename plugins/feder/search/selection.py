"""Which files Pagefind reads: the indexed pages, as one short glob.

Pagefind skips pages without `data-pagefind-body` anyway, but it reads and parses
every file its glob matches; at 1,000 posts the list pages (tags, authors, home
pages) are more than a third of the site's HTML. Naming every indexed file would
make a glob as long as the site, so a folder is named with a wildcard
(`posts/*/index.html`) when every page file it matches is indexed, and pages
elsewhere (`about/index.html`) are named one by one.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable

EVERY_PAGE = "**/*.{html}"
"""Pagefind's own default."""

_GLOB_SYNTAX = frozenset("*?[]{}!,\\")


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
    patterns: list[str] = []
    for path in sorted(indexed):
        family = _family(path) if path.count("/") >= 1 else None
        if family is not None and all(sibling in indexed for sibling in siblings[family]):
            folder, name = family
            pattern = f"{folder}/*/{name}" if folder else f"*/{name}"
        else:
            pattern = path
        if pattern not in patterns:
            patterns.append(pattern)
    return patterns[0] if len(patterns) == 1 else "{" + ",".join(patterns) + "}"


def _family(path: str) -> tuple[str, str]:
    """`en/posts/x/index.html` -> (`en/posts`, `index.html`): the files `en/posts/*/index.html` matches."""
    folder, name = path.rsplit("/", 1)
    parent = folder.rsplit("/", 1)[0] if "/" in folder else ""
    return parent, name
