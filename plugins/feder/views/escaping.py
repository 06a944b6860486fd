"""Titles and frontmatter of pages, escaped for the theme, which prints them as HTML."""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from markupsafe import Markup, escape


def escape_title(title: str) -> Markup:
    """Material prints page titles as HTML; content titles are text."""
    return escape(title)


def page_title(title: object) -> Markup:
    """A docs page's title as MkDocs has it, as escaped text for the theme.

    MkDocs takes it from the frontmatter (escaped by `escaped_metadata` before), from
    the first heading (HTML: tags stripped, entities kept) or from the file name (text).
    Read as HTML, with tags dropped, each of them is the text a reader should see.
    """
    return escape(Markup(str(title or "")).striptags())


def escaped_metadata(meta: Mapping[str, Any]) -> dict[str, Any]:
    """A docs page's frontmatter for the theme, whose templates print its texts as HTML.

    Material prints `subtitle`, `status`, `description` and others of `page.meta` as they
    are, so every text in it (also inside lists and mappings) becomes escaped `Markup`;
    names, numbers and flags compare and work as before.
    """
    return {key: _escaped(value) for key, value in meta.items()}


def _escaped(value: Any) -> Any:
    if isinstance(value, str):
        return escape(value)
    if isinstance(value, Mapping):
        return {key: _escaped(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_escaped(item) for item in value]
    return value
