"""Rendering documents for checks, exactly as the build renders them, without MkDocs.

MkDocs renders a page with Python-Markdown, its three built-in extensions (`toc`,
`tables`, `fenced_code`) before the site's `markdown_extensions`, and their options.
`MarkdownSettings` holds that list as MkDocs makes it (from a loaded MkDocs
configuration or from mkdocs.yml as read by `feder check`), `DocumentRenderer`
renders documents with it. Features that change a page's Markdown in the build
before it is rendered (explainer blocks become placeholders) add the same change as a
`MarkdownTransform`. The renders can be kept across runs by the Markdown's text
(`memo`), so `feder check` renders a document once while it is unchanged; the build puts
its own renders there (`remember`), as it checks the HTML MkDocs rendered.

One converter renders every document when each extension in use is known to clear all
its state in `Markdown.reset()` (`REUSABLE`); building a converter costs about as much
as rendering a short page. Otherwise each document gets a new one, as each page does in
MkDocs.
"""
from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping, MutableMapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import markdown

from feder import fingerprint
from feder.content.documents import Document, RenderedDocument

BUILTIN_EXTENSIONS = ("toc", "tables", "fenced_code")
"""Extensions MkDocs always enables, first (`mkdocs.config.defaults`)."""

MarkdownTransform = Callable[[str], str]
"""A change a feature makes to a page's Markdown before the build renders it."""

REUSABLE = frozenset({
    "abbr", "admonition", "attr_list", "def_list", "fenced_code", "footnotes", "md_in_html", "sane_lists",
    "tables", "toc", "pymdownx.details", "pymdownx.superfences",
})
"""Extensions whose state between documents `Markdown.reset()` clears, so that a converter renders
a document as a new one would (read in their source; tests/content/test_rendering.py compares)."""
_NOT_REUSABLE_WITH = {"footnotes": "UNIQUE_IDS"}
"""Options that make a reset converter differ from a new one (footnote ids count the resets)."""


class PythonName:
    """`!!python/name:module.attribute` in mkdocs.yml (e.g. an emoji index), imported when rendering."""

    def __init__(self, name: str) -> None:
        self.name = name

    def resolve(self) -> Any:
        module, _, attribute = self.name.rpartition(".")
        return getattr(importlib.import_module(module), attribute)

    def __repr__(self) -> str:
        return f"PythonName({self.name!r})"


class PythonCall(PythonName):
    """`!!python/object/apply:module.function {kwds: {...}}` in mkdocs.yml (e.g. a `toc` slugify with
    options): called when rendering, so headings get the ids the build gives them."""

    def __init__(self, name: str, args: Sequence[Any] = (), kwds: Mapping[str, Any] | None = None) -> None:
        super().__init__(name)
        self.args = tuple(args)
        self.kwds = dict(kwds or {})

    def resolve(self) -> Any:
        return super().resolve()(*_resolved(list(self.args)), **_resolved(self.kwds))

    def __repr__(self) -> str:
        return f"PythonCall({self.name!r}, {self.args!r}, {self.kwds!r})"


@dataclass(frozen=True)
class MarkdownSettings:
    """Python-Markdown's extensions and their options, as MkDocs passes them."""

    extensions: tuple[str, ...]
    configs: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)

    @classmethod
    def from_mkdocs_yml(cls, value: Any) -> MarkdownSettings:
        """From the `markdown_extensions` value of mkdocs.yml, as MkDocs' `MarkdownExtensions` option reads it."""
        names: list[str] = []
        configs: dict[str, Mapping[str, Any]] = {}
        items = list(value.items()) if isinstance(value, dict) else [
            next(iter(item.items())) if isinstance(item, dict) and len(item) == 1 else (item, None)
            for item in value or []
        ]
        for name, config in items:
            if not isinstance(name, str):
                raise ValueError(f"markdown_extensions: '{name}' is not a Markdown extension name")
            names.append(name)
            if config:
                if not isinstance(config, dict):
                    raise ValueError(f"markdown_extensions: the options of '{name}' must be a mapping")
                configs[name] = config
        return cls(_without_repeats(BUILTIN_EXTENSIONS + tuple(names)), configs)

    @classmethod
    def from_mkdocs(cls, extensions: Sequence[Any], configs: Mapping[str, Any] | None) -> MarkdownSettings:
        """From a loaded MkDocs configuration (`config.markdown_extensions`, `config.mdx_configs`)."""
        return cls(tuple(extensions), dict(configs or {}))

    def markdown(self) -> markdown.Markdown:
        return markdown.Markdown(extensions=list(self.extensions), extension_configs=_resolved(self.configs))

    def reusable(self) -> bool:
        """Whether one converter, reset between documents, renders each as a new converter would."""
        for extension in self.extensions:
            name = extension.removeprefix("markdown.extensions.") if isinstance(extension, str) else None
            if name not in REUSABLE:
                return False
            option = _NOT_REUSABLE_WITH.get(name)
            if option is not None and (self.configs.get(extension) or {}).get(option):
                return False
        return True

    def fingerprint(self) -> str:
        """Everything a render depends on besides the text: extensions, options, library versions."""
        return fingerprint.digest(fingerprint.FORMAT, fingerprint.library_versions(),
                                  fingerprint.describe([list(self.extensions), _resolved(self.configs)]))


class DocumentRenderer:
    """Renders documents with one site's settings; `memo` keeps HTML across runs by key."""

    def __init__(
        self, settings: MarkdownSettings, transforms: Sequence[MarkdownTransform] = (),
        memo: MutableMapping[str, Any] | None = None, code_version: str = "",
    ) -> None:
        """`code_version` must change whenever a transform's code does (e.g. a fingerprint of the package)."""
        self.settings = settings
        self.transforms = tuple(transforms)
        self.memo = memo
        self.key = fingerprint.digest(settings.fingerprint(), code_version, *(_name(t) for t in self.transforms))
        """What every render depends on besides the document's text."""
        self._converter: markdown.Markdown | None = None
        self._reusable = settings.reusable()

    def render(self, document: Document) -> RenderedDocument:
        key = fingerprint.digest(self.key, document.markdown) if self.memo is not None else ""
        html = self.memo.get(key) if self.memo is not None else None
        if html is None:
            html = self._render(document.markdown)
            if self.memo is not None:
                self.memo[key] = html
        return RenderedDocument(document, html)

    def render_all(self, documents: Sequence[Document]) -> list[RenderedDocument]:
        return [self.render(document) for document in documents]

    def prepared(self, markdown: str) -> str:
        """The Markdown this renderer converts for a document's: after every feature's transform."""
        for transform in self.transforms:
            markdown = transform(markdown)
        return markdown

    def remember(self, rendered: RenderedDocument) -> None:
        """Keep a render made elsewhere (the build's, which is the same HTML) as if made here."""
        if self.memo is not None:
            key = fingerprint.digest(self.key, rendered.document.markdown)
            if self.memo.get(key) != rendered.html:
                self.memo[key] = rendered.html

    def _render(self, text: str) -> str:
        if not self._reusable:
            html: str = self.settings.markdown().convert(self.prepared(text))  # as MkDocs: one per page
            return html
        if self._converter is None:
            self._converter = self.settings.markdown()
        html = self._converter.reset().convert(self.prepared(text))
        return html


def _without_repeats(names: Sequence[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(names))


def _resolved(value: Any) -> Any:
    if isinstance(value, PythonName):
        return value.resolve()
    if isinstance(value, Mapping):
        return {key: _resolved(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_resolved(item) for item in value]
    return value


def _name(transform: MarkdownTransform) -> str:
    return f"{getattr(transform, '__module__', '')}.{getattr(transform, '__qualname__', repr(transform))}"
