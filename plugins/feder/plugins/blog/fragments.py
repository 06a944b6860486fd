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

    def __post_init__(self) -> None:
        pieces = _LINK.split(self.html) if self.links else [self.html]
        self._texts = pieces[0::2]
        """The HTML around the placeholders."""
        self._slots = [self.links[int(number)] for number in pieces[1::2]]
        """The placeholders' links, in order."""

    def for_page(self, link: Callable[[str, bool], str]) -> Markup:
        """The HTML with each placeholder replaced by `link(url, escaped)`: the link as this page has it."""
        if not self._slots:
            return Markup(self.html)
        parts = [self._texts[0]]
        for (url, escaped), text in zip(self._slots, self._texts[1:], strict=True):
            parts += (link(url, escaped), text)
        return Markup("".join(parts))


class PageLinks:
    """Links relative to one page as MkDocs' `url` filter makes them, escaped where asked; each worked
    out once for the page (a list page's cards link to the same tags and authors again and again)."""

    def __init__(self, page: Any, base_url: str) -> None:
        self.page = page
        self.base_url = base_url
        self._made: dict[tuple[str, bool], str] = {}

    def __call__(self, url: str, escaped: bool) -> str:
        made = self._made.get((url, escaped))
        if made is None:
            relative = normalize_url(url, page=self.page, base=self.base_url)
            made = self._made[(url, escaped)] = str(escape(relative)) if escaped else relative
        return made


class Fragments:
    """One build's fragments; `install` puts them into a Jinja environment."""

    def __init__(self) -> None:
        self._stored: dict[tuple[Any, ...], tuple[Fragment, tuple[Any, ...]]] = {}
        """By key: the fragment, and the key's objects (kept alive: objects other than texts and numbers
        are keyed by their id)."""
        self._recording: list[tuple[str, bool]] | None = None
        self._links: PageLinks | None = None
        """The links of the page being rendered."""

    def install(self, env: jinja2.Environment) -> None:
        env.globals["feder_cached"] = self.cached
        env.globals["feder_nav_key"] = nav_key
        env.filters["url"] = self.url

    @jinja2.pass_context
    def url(self, context: jinja2.runtime.Context, value: object) -> str:
        """MkDocs' `url` filter; a placeholder while a fragment is recorded."""
        if self._recording is None:
            return self._links_of(context["page"], context["base_url"])(str(value), False)
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
        return stored[0].for_page(self._links_of(context["page"], context["base_url"]))

    def _links_of(self, page: Any, base_url: str) -> PageLinks:
        links = self._links
        if links is None or links.page is not page or links.base_url != base_url:
            links = self._links = PageLinks(page, base_url)
        return links


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
