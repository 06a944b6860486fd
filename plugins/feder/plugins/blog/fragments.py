"""Parts of pages that are the same on many pages, rendered once per build.

A post's entry in a list (its card) appears on the home page, its author's page and
every one of its tags' pages; the navigation appears on every page. Rendering them
again for each page was a tenth of a cold build at 1,000 posts. What differs between
those pages is only where links point: MkDocs' `url` filter makes every link
relative to the page. So while a fragment renders for the first time, the `url`
filter writes a placeholder for each link (and whether the template escapes it); each
page gets the stored HTML with its own relative links put in. The HTML is exactly
what rendering the fragment for that page gives, as long as the key covers everything
else it shows (the caller's business, see the templates).

    {% call feder_cached("card", card, feder.lang) %}{% include "feder/partials/card.html" %}{% endcall %}
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import jinja2
from markupsafe import Markup, escape
from mkdocs.structure.nav import Navigation
from mkdocs.utils import normalize_url

_LINK = re.compile("\ue000(\\d+)\ue001")
"""A link's placeholder: private-use characters around its number, untouched by escaping."""


@dataclass
class Fragment:
    html: str
    links: list[tuple[str, bool]] = field(default_factory=list)
    """Each placeholder's URL as the template gave it, and whether the template escapes it."""

    def for_page(self, page: Any, base_url: str) -> Markup:
        def link(match: re.Match[str]) -> str:
            url, escaped = self.links[int(match[1])]
            relative = normalize_url(url, page=page, base=base_url)
            return str(escape(relative)) if escaped else relative

        return Markup(_LINK.sub(link, self.html) if self.links else self.html)


class Fragments:
    """One build's fragments; `install` puts them into a Jinja environment."""

    def __init__(self) -> None:
        self._stored: dict[tuple[Any, ...], tuple[Fragment, tuple[Any, ...]]] = {}
        """By key: the fragment, and the key's objects (kept alive: objects other than texts and numbers
        are keyed by their id)."""
        self._recording: list[tuple[str, bool]] | None = None

    def install(self, env: jinja2.Environment) -> None:
        env.globals["feder_cached"] = self.cached
        env.globals["feder_nav_key"] = nav_key
        env.filters["url"] = self.url

    @jinja2.pass_context
    def url(self, context: jinja2.runtime.Context, value: object) -> str:
        """MkDocs' `url` filter; a placeholder while a fragment is recorded."""
        if self._recording is None:
            return normalize_url(str(value), page=context["page"], base=context["base_url"])
        self._recording.append((str(value), context.eval_ctx.autoescape))
        return Markup(f"\ue000{len(self._recording) - 1}\ue001")

    @jinja2.pass_context
    def cached(
        self, context: jinja2.runtime.Context, *key: Any, caller: Callable[[], str], verbatim: bool = False,
    ) -> Markup | str:
        """The body's HTML for this page, rendered once per `key`; with no key (None), rendered each time.

        `verbatim`: the body is stored as it rendered for the first page, links included; for parts
        whose links the key pins down (the page's depth, `base_url`) and that change them after the
        `url` filter (Material's configuration turns them into JSON)."""
        if key == (None,) or self._recording is not None:
            return caller()
        identity = _identity((verbatim, *key))
        stored = self._stored.get(identity)
        if stored is None:
            if verbatim:
                fragment = Fragment(str(caller()))
            else:
                self._recording = []
                try:
                    fragment = Fragment(str(caller()), self._recording)
                finally:
                    self._recording = None
            stored = self._stored[identity] = (fragment, key)
        return stored[0].for_page(context["page"], context["base_url"])


def nav_key(nav: Navigation, page: Any, lang: str) -> tuple[Any, ...] | None:
    """The navigation looks the same on every page it does not lead to (no entry is the page or holds
    it); on those it is one fragment per navigation and language. None for the others."""
    if any(item is page or getattr(item, "active", False) for item in _entries(nav.items)):
        return None
    return ("nav", nav, lang)


def _identity(key: tuple[Any, ...]) -> tuple[Any, ...]:
    """A key to look a fragment up by: texts and numbers as they are, tuples part by part (a fresh
    tuple each time, its id would never match), other objects by their id."""
    return tuple(
        part if isinstance(part, (str, int)) else _identity(part) if isinstance(part, tuple) else ("id", id(part))
        for part in key
    )


def _entries(items: list[Any]) -> Iterator[Any]:
    for item in items:
        yield item
        yield from _entries(getattr(item, "children", None) or [])
