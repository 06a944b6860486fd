"""The `feder-search` MkDocs plugin: the site's search, with Pagefind (see `feder.search`).

- every page gets the search control (`feder/partials/search.html`, in the header) and
  its script (`assets/feder/search.js`), which loads Pagefind only when the reader
  opens the search;
- `on_post_page` (after every other handler, the page policy hook included) notes the
  pages whose final HTML marks an element for indexing, with a fingerprint of it, and
  (in a `mkdocs build` of every page) keeps the part of it Pagefind reads (`feder.search.copies`);
- `on_post_build` has Pagefind index exactly those pages, one language at a time, into
  `pagefind/` below each language's root (`feder.search.selection`), or copies a
  language's last index from feder's cache when none of its pages changed;
  `mkdocs serve` re-indexes the site folder in the background instead
  (`feder.search.background`): its rebuilds write only the pages an edit changed.
"""
from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass
from pathlib import Path

import jinja2
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority, get_plugin_logger
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from feder.cache.searchindex import SearchIndexCache, index_key
from feder.content.languages import Languages
from feder.plugins.search.config import SearchConfig
from feder.registry import registry_of
from feder.search import BODY_ATTRIBUTE, BUNDLE_DIR
from feder.search.background import BackgroundIndexer
from feder.search.copies import SearchCopies
from feder.search.pagefind import IndexingFailed, build_index, settings
from feder.search.selection import IndexPlan, plan_indexes

log = get_plugin_logger(__name__)

SCRIPT_URI = "assets/feder/search.js"
SCRIPT = Path(__file__).resolve().parents[2] / "assets" / "search.js"


@dataclass(frozen=True)
class SearchView:
    """`feder_search` in templates."""

    built: str | None = None
    """`mkdocs serve` only: when this build started; the search compares it with its index's."""


class SearchPlugin(BasePlugin[SearchConfig]):
    supports_multiple_instances = False

    def __init__(self) -> None:
        self.background: BackgroundIndexer | None = None
        self.indexed: dict[str, str] = {}
        """Indexed page files -> fingerprint of their HTML; kept through `serve` rebuilds, which
        leave unchanged pages out (feder.cache.serve)."""
        self.pages: set[str] = set()
        self.stamp: str | None = None
        self.copies: SearchCopies | None = None
        self.dirty = False

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.dirty = dirty  # `--dirty` writes only some pages: Pagefind reads the site folder
        if command == "serve":
            self.background = BackgroundIndexer(log.warning)

    def on_shutdown(self) -> None:
        if self.background is not None:
            self.background.stop()

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        if self.background is None:
            self.indexed = {}
        if self.config.enabled and SCRIPT_URI not in map(str, config.extra_javascript):
            config.extra_javascript.append(SCRIPT_URI)
        return config

    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        if self.background is not None and self.config.enabled:
            self.stamp = str(time.time_ns() // 1_000_000)
            self.background.hold(Path(config.site_dir), _roots(_languages(config)))
        elif self.config.enabled and not self.dirty:
            self._remove_copies()
            self.copies = SearchCopies()

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        if self.config.enabled:
            files.append(File.generated(config, SCRIPT_URI, abs_src_path=str(SCRIPT)))
            # the blog leaves the last build's indexes to `_index`, which writes only what changed
            registry_of(config).own_folders.update(f"{root}{BUNDLE_DIR}" for root in _roots(_languages(config)))
        return files

    @event_priority(-50)  # after plugins that add pages (feder's posts and lists) or take them out (its problems page)
    def on_env(self, env: jinja2.Environment, *, config: MkDocsConfig, files: Files) -> jinja2.Environment:
        if self.config.enabled:
            self.pages = {file.dest_uri for file in files if file.dest_uri.endswith(".html")}
            env.globals["feder_search"] = SearchView(built=self.stamp if self.background else None)
        return env

    @event_priority(-2000)  # after the page policy hook (-1000): the HTML as it is written
    def on_post_page(self, output: str, *, page: Page, config: MkDocsConfig) -> str:
        if BODY_ATTRIBUTE in output:
            self.indexed[page.file.dest_uri] = hashlib.sha256(output.encode("utf-8")).hexdigest()
            if self.copies is not None and not self.copies.put(page.file.dest_uri, output):
                self._remove_copies()  # Pagefind reads the site folder
        else:
            self.indexed.pop(page.file.dest_uri, None)
        return output

    @event_priority(-50)  # after the blog plugin: it writes the last pages and removes the last build's others
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        if not self.config.enabled:
            return
        site_dir = Path(config.site_dir)
        self.indexed = {path: html for path, html in self.indexed.items() if path in self.pages}
        languages = _languages(config)
        plans = plan_indexes(self.indexed, self.pages, languages)
        if self.background is not None:
            self.background.start(site_dir, plans, self.stamp or "", _roots(languages))
            return
        source = (self.copies.arrange() if self.copies is not None else None) or site_dir
        try:
            for plan in plans:
                self._index(site_dir, source, plan, config)
        finally:
            self._remove_copies()

    def on_build_error(self, *, error: Exception) -> None:
        self._remove_copies()

    def _remove_copies(self) -> None:
        if self.copies is not None:
            self.copies.remove()
            self.copies = None

    def _index(self, site_dir: Path, source: Path, plan: IndexPlan, config: MkDocsConfig) -> None:
        """`source`: where Pagefind reads the pages (the site folder, or copies of its indexed pages)."""
        cache = _cache(config, plan.lang)
        key = index_key(plan.pages, plan.glob, settings())
        bundle = site_dir / plan.root / BUNDLE_DIR
        if cache is not None and cache.restore(key, bundle):
            log.debug(f"search: none of the {len(plan.pages)} {plan.lang} pages changed; the last build's index stays")
            return
        scratch = self.copies.scratch(plan.lang) if self.copies is not None else None
        try:
            build_index(source / plan.root, bundle, plan.glob, scratch)
        except IndexingFailed as error:
            raise PluginError(f"search ({plan.lang}): {error}") from None
        if cache is not None:
            cache.store(key, bundle)


def _languages(config: MkDocsConfig) -> Languages:
    """The blog's languages (`feder.registry`); without it, the site's one language."""
    languages = registry_of(config).languages
    return languages if languages is not None else Languages((str(config.theme.get("language") or "en"),))


def _roots(languages: Languages) -> list[str]:
    return [languages.prefix(lang) for lang in languages]


def _cache(config: MkDocsConfig, lang: str) -> SearchIndexCache | None:
    """In the blog's cache folder, when it caches (`feder.registry`)."""
    root = registry_of(config).cache_root
    return SearchIndexCache(root / "search" / lang) if root is not None else None
