"""A cache of rendered pages (Markdown -> HTML and table of contents), used through plugin events.

MkDocs renders every page's Markdown on every build; for posts that did not change,
that is half of a build's time. Through the regular events:

- `on_page_markdown`, after every other plugin (so the key covers what they did to
  the Markdown): if an entry for exactly this Markdown exists, the page gets an
  empty Markdown text, which MkDocs renders in no time;
- `on_page_content`, before every other plugin: on a hit, the cached HTML comes
  back and `page.toc`, `page.present_anchor_ids` and `page.links_to_anchors` are
  restored as `Page.render` would have set them; on a miss, the fresh result is
  stored.

What a page's rendering depends on is in its key: the Markdown after all plugins,
the page's source path and URL, the build environment (configuration, code,
templates, library versions: `environment`), and the logging level (it decides
what MkDocs records about links). HTML with relative links also depends on which
files exist and where they go (`files_signature`). A render that logs anything at
INFO or above (a broken link, say) is never stored, so its message appears on
every build as it would without a cache. With a Markdown extension not known to be
safe for caching (`feder.cache.extensions`), nothing is cached.
"""
from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any, cast

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import AnchorLink, TableOfContents, get_toc

from feder import fingerprint
from feder.cache.extensions import untrusted
from feder.cache.pack import PackStore

PLACEHOLDER = ""
"""What MkDocs renders instead of a cached page's Markdown."""

_RELATIVE_URL = re.compile(r'\b(?:href|src)="(?!["#/]|[a-zA-Z][a-zA-Z0-9+.-]*:)')
"""An `href` or `src` whose value is not empty, a fragment, a path from the root or a URL with a scheme."""


def environment(config: MkDocsConfig, code_dirs: list[Path]) -> str:
    """Everything every rendered page depends on, as one fingerprint."""
    config_file = Path(config.config_file_path) if config.config_file_path else None
    custom_dir = config.theme.custom_dir
    plugin_files = sorted({_module_file(plugin) for plugin in config.plugins.values()} - {""})
    hook_files = sorted(str(getattr(module, "__file__", "") or "") for module in _hook_modules(config))
    return fingerprint.digest(
        fingerprint.FORMAT,
        fingerprint.library_versions(),
        *(fingerprint.tree(folder) for folder in code_dirs),
        fingerprint.tree(Path(custom_dir)) if custom_dir else "",
        fingerprint.files(Path(name) for name in plugin_files + hook_files if name),
        config_file.read_bytes() if config_file and config_file.is_file() else b"",
        fingerprint.describe({
            "markdown_extensions": config.markdown_extensions,
            "mdx_configs": config.mdx_configs,
            "use_directory_urls": config.use_directory_urls,
            "validation": config.validation,
            "docs_dir": Path(config.docs_dir).name,
        }),
    )


def _hook_modules(config: MkDocsConfig) -> list[ModuleType]:
    """The modules of `hooks:`; MkDocs keeps them by name (its `Hooks` option), though its type says list."""
    hooks = cast("Mapping[str, ModuleType]", config.hooks or {})
    return list(hooks.values())


def _module_file(plugin: object) -> str:
    import sys

    module = sys.modules.get(type(plugin).__module__)
    return str(getattr(module, "__file__", "") or "")


def files_signature(files: Files) -> str:
    """Which files exist and where they are written: what relative links resolve against."""
    return fingerprint.digest(*(f"{f.src_uri}\0{f.dest_uri}\0{f.inclusion.name}" for f in files))


def has_relative_links(html: str) -> bool:
    return _RELATIVE_URL.search(html) is not None


class _Counter(logging.Handler):
    """Counts log records; a render that logged something is not stored."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1


@dataclass
class _Pending:
    key: str
    logged: int
    """The counter before rendering."""
    entry: dict[str, Any] | None = None
    """The cached entry on a hit."""


class RenderCache:
    """Rendered pages across builds; one object per build (see `BlogPlugin`)."""

    def __init__(
        self, store: PackStore, environment_fingerprint: str, config: MkDocsConfig, trusted: tuple[type, ...] = (),
    ) -> None:
        """`trusted`: classes of extension objects in `markdown_extensions` that are safe for caching."""
        self.store = store
        self.environment = environment_fingerprint
        self.untrusted = untrusted(config.markdown_extensions, trusted)
        self.enabled = not self.untrusted
        self.used: set[str] = set()
        self.hits = 0
        self.misses = 0
        self._pending: dict[int, _Pending] = {}
        self._signature: str | None = None
        self._counter = _Counter()
        # MkDocs' page logger too: the `feder` plugin holds its records back while pages render
        # (they do not propagate then); a record that does propagate is counted twice, which is fine.
        self._loggers = (logging.getLogger("mkdocs"), logging.getLogger(), logging.getLogger("mkdocs.structure.pages"))

    # Build lifecycle ---------------------------------------------------------------------------

    def start(self) -> None:
        for logger in self._loggers:
            if self._counter not in logger.handlers:
                logger.addHandler(self._counter)

    def stop(self) -> None:
        for logger in self._loggers:
            logger.removeHandler(self._counter)
        self._pending.clear()
        self.store.close()

    # Page events -------------------------------------------------------------------------------

    def markdown(self, markdown: str, page: Page, files: Files) -> str:
        """Before rendering: the Markdown to render, or the placeholder when the result is cached."""
        if not self.enabled:
            return markdown
        level = logging.getLogger("mkdocs.structure.pages").getEffectiveLevel()
        key = fingerprint.digest(
            self.environment, str(level), page.file.src_uri, page.file.dest_uri, page.url,
            page.file.inclusion.name, markdown,
        )
        pending = _Pending(key, self._counter.count)
        entry = self.store.get(key)
        if entry is not None and self._still_valid(entry, files):
            pending.entry = entry
            self._pending[id(page)] = pending
            self.used.add(key)
            self.hits += 1
            return PLACEHOLDER
        self._pending[id(page)] = pending
        self.misses += 1
        return markdown

    def content(self, html: str, page: Page, files: Files) -> str:
        """After rendering: the cached HTML on a hit; on a miss, `html` is stored and returned."""
        pending = self._pending.pop(id(page), None)
        if pending is None:
            return html
        if pending.entry is not None:
            return self._restore(pending.entry, page, files)
        if self._counter.count == pending.logged:
            self.store.put(pending.key, self._entry(html, page, files))
            self.used.add(pending.key)
        return html

    # Entries -----------------------------------------------------------------------------------

    def _signature_of(self, files: Files) -> str:
        if self._signature is None:
            self._signature = files_signature(files)
        return self._signature

    def _entry(self, html: str, page: Page, files: Files) -> dict[str, Any]:
        links = page.links_to_anchors
        return {
            "html": html,
            "toc": [_token(item) for item in page.toc],
            "anchors": sorted(page.present_anchor_ids or ()),
            "links": None if links is None else {target.src_uri: dict(anchors) for target, anchors in links.items()},
            "files": self._signature_of(files) if has_relative_links(html) else None,
        }

    def _still_valid(self, entry: dict[str, Any], files: Files) -> bool:
        if entry.get("files") is not None and entry["files"] != self._signature_of(files):
            return False
        links = entry.get("links") or {}
        return all(files.get_file_from_path(src_uri) is not None for src_uri in links)

    def _restore(self, entry: dict[str, Any], page: Page, files: Files) -> str:
        page.toc = get_toc(entry["toc"]) if entry["toc"] else TableOfContents([])
        page.present_anchor_ids = set(entry["anchors"])
        links = entry["links"]
        if links is None:
            page.links_to_anchors = None
        else:
            targets: dict[File, dict[str, str]] = {}
            for src_uri, anchors in links.items():
                target = files.get_file_from_path(src_uri)
                assert target is not None  # checked in `_still_valid`
                targets[target] = dict(anchors)
            page.links_to_anchors = targets
        html: str = entry["html"]
        return html

    def finish(self, *, prune: bool) -> None:
        """After a successful build; `prune` drops entries this build did not use."""
        if self.enabled:
            self.store.finish(self.used if prune else None)


def _token(item: AnchorLink) -> dict[str, Any]:
    """The toc extension's token for an item, as `get_toc` takes it."""
    children = [_token(child) for child in item.children]
    return {"level": item.level, "id": item.id, "name": item.title, "children": children}
