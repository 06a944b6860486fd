"""Which Markdown extensions a cached render can trust. No MkDocs imports.

A render is cached by its Markdown text, the page's place and the build environment
(configuration, code, library versions: `feder.cache.render`). That is all an
extension's output may depend on. An extension that reads other files while
rendering (`pymdownx.snippets`, `pymdownx.b64`, `markdown_include`, …) makes a render
depend on files no key covers, so its cached HTML could be stale. So the caches of
rendered pages work only when every extension is one known to depend on nothing else
(this list); any other extension, however harmless, switches them off, and pages are
rendered afresh on every build (correct, only slower).
"""
from __future__ import annotations

from collections.abc import Iterable

CACHE_SAFE = frozenset({
    # Python-Markdown's own extensions.
    "abbr", "admonition", "attr_list", "codehilite", "def_list", "extra", "fenced_code", "footnotes",
    "legacy_attrs", "legacy_em", "md_in_html", "meta", "nl2br", "sane_lists", "smarty", "tables", "toc",
    "wikilinks",
    # pymdown-extensions, except those that read files (snippets, b64) or rewrite paths (pathconverter).
    "pymdownx.arithmatex", "pymdownx.betterem", "pymdownx.blocks.admonition", "pymdownx.blocks.caption",
    "pymdownx.blocks.definition", "pymdownx.blocks.details", "pymdownx.blocks.html", "pymdownx.blocks.tab",
    "pymdownx.caret", "pymdownx.critic", "pymdownx.details", "pymdownx.emoji", "pymdownx.escapeall",
    "pymdownx.extra", "pymdownx.fancylists", "pymdownx.highlight", "pymdownx.inlinehilite", "pymdownx.keys",
    "pymdownx.magiclink", "pymdownx.mark", "pymdownx.progressbar", "pymdownx.quotes", "pymdownx.saneheaders",
    "pymdownx.smartsymbols", "pymdownx.striphtml", "pymdownx.superfences", "pymdownx.tabbed",
    "pymdownx.tasklist", "pymdownx.tilde",
    # Material for MkDocs (its icons are part of its version, which every key covers).
    "material.extensions.emoji",
})
"""Extensions whose output is a function of the Markdown, their options and their library's version."""


def extension_name(extension: str) -> str:
    """`markdown.extensions.toc:TocExtension` -> `toc`: the name as this module lists it."""
    return extension.split(":", 1)[0].removeprefix("markdown.extensions.")


def untrusted(extensions: Iterable[object], trusted: tuple[type, ...] = ()) -> list[str]:
    """The extensions (by name, or by class for extension objects) a cached render cannot trust;
    `trusted` are classes of extension objects known to be safe (feder's own)."""
    found = []
    for extension in extensions:
        if isinstance(extension, str):
            if extension_name(extension) not in CACHE_SAFE:
                found.append(extension)
        elif not isinstance(extension, trusted):
            found.append(f"{type(extension).__module__}.{type(extension).__qualname__}")
    return found
