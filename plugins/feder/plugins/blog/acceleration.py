"""Everything that makes the `feder` plugin's builds faster, and nothing else: one method per build phase.

The caches (`feder.cache`: rendered posts and documents, compiled templates, preview
cards, derived texts) and, in `mkdocs serve`, parsed posts kept between rebuilds and
incremental rebuilds (`feder.cache.serve`); in `mkdocs build`, the last build's site kept
aside until this build's pages pass their checks (`feder.cache.aside`); the garbage
collector's thresholds (`collector`). A build that uses none of it writes the same bytes;
the plugin calls these methods and otherwise does not know about them.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import jinja2
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import get_plugin_logger
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from feder.cache import dependencies
from feder.cache.aside import PreviousSite
from feder.cache.build import BuildCache
from feder.cache.cards import CardCache
from feder.cache.derived import save_all as save_derived
from feder.cache.posts import PostMemo
from feder.cache.serve import IncrementalServe
from feder.cards import CardText
from feder.checks import document_renderer, keep_renders
from feder.content.features import FeatureChecks
from feder.content.pages import PageEntry
from feder.content.posts import Post
from feder.content.rendering import DocumentRenderer, MarkdownSettings
from feder.feeds import PlannedFeed
from feder.plugins.blog.collector import Collector
from feder.plugins.blog.links import LinkExtension
from feder.plugins.blog.loading import BuildContent
from feder.registry import Registry, TextStore

log = get_plugin_logger(__name__)


@dataclass(frozen=True)
class KeptPages:
    """The pages `mkdocs serve` keeps from its last build."""

    rendered: dict[Post, str]
    """The rendered content of the posts among them."""
    sources: frozenset[str]
    """The source path of each (MkDocs' `File.src_uri`)."""


class Acceleration:
    """Lives as long as the plugin object: through all rebuilds of `mkdocs serve`."""

    def __init__(self) -> None:
        self.serving = False
        self.dirty = False
        self.memo: PostMemo | None = None
        """Parsed posts, kept between the rebuilds of `mkdocs serve`."""
        self.incremental: IncrementalServe | None = None
        self.root: Path | None = None
        """The cache folder; None: no cache."""
        self.cache: BuildCache | None = None
        """This build's caches, once its content is checked."""
        self.previous = PreviousSite()
        self.collector = Collector()
        """Python's garbage collector, tuned from startup to shutdown (`feder.plugins.blog.collector`)."""

    # on_startup, on_shutdown ------------------------------------------------------------------

    def start(self, *, serving: bool, dirty: bool) -> None:
        self.serving, self.dirty = serving, dirty
        self.collector.tune()
        if serving and not dirty:
            self.memo, self.incremental = PostMemo(), IncrementalServe()

    def shutdown(self) -> None:
        save_derived()
        self.collector.restore()

    # on_config ----------------------------------------------------------------------------------

    def configure(self, root: Path | None, registry: Registry) -> None:
        """A new build; `root` is the cache folder (None: no cache)."""
        self.root, self.cache = root, None
        self.registry = registry
        registry.provide_derived(self.derived)

    # on_pre_build: the content checks, then the build's caches ---------------------------------

    def document_renderer(self, settings: MarkdownSettings, features: list[FeatureChecks]) -> DocumentRenderer:
        """The checks' renderer; it keeps its renders in the cache folder, shared with `feder check`."""
        return document_renderer(settings, features, self.root)

    def checked(self, renderer: DocumentRenderer) -> None:
        if not self.serving:
            keep_renders(renderer)  # serve keeps them when it stops (`shutdown`)

    def begin(self, config: MkDocsConfig) -> None:
        """The content is fine: this build goes ahead."""
        if self.memo is not None:
            self.memo.forget_unseen()
        if self.root is not None:
            self.cache = BuildCache(self.root, config, trusted=(LinkExtension,))
            self.registry.cache_root = self.root

    def set_aside(self, site_dir: Path) -> None:
        """Last of all `on_pre_build` handlers: MkDocs empties the site folder next."""
        if self.incremental is not None and self.cache is not None and self.root is not None:
            self.incremental.set_aside(site_dir, self.root / "serve")
        elif not self.serving and not self.dirty:
            self.previous.set_aside(site_dir, self.root / "build" if self.root is not None else None)

    # on_files ---------------------------------------------------------------------------------

    def keep_unchanged_pages(
        self, files: Files, pages: list[tuple[File, PageEntry]], config: MkDocsConfig, content: BuildContent,
        content_files: list[Path],
    ) -> KeptPages:
        """`mkdocs serve`: leave out of this build the pages an edit did not change (feder.cache.serve)."""
        if self.incremental is None or self.cache is None:
            return KeptPages({}, frozenset())
        bodies = dependencies.Bodies()
        shared = self.cache.shared(config, content_files) + [
            dependencies.metadata(content.blog.posts, content.states, content.now),
        ]
        # Pages in a nav (every language's) and home pages are built always: navs need their Page objects.
        languages = content.blog.languages
        sources = [*_nav_sources(config.nav), "index.md"]
        navigated = {f"{languages.prefix(lang)}{src}" for src in sources for lang in languages}
        planned = [
            (file, None if file.src_uri in navigated else dependencies.page_inputs(entry, content.blog, bodies),
             entry.post is not None)
            for file, entry in pages
        ]
        kept = self.incremental.plan(files, shared, planned)
        log.debug(f"serve: {len(kept)} unchanged pages kept from the last build")
        rendered = {entry.post: self.incremental.html(file.url) or ""
                    for file, entry in pages if entry.post is not None and file.url in kept}
        return KeptPages(rendered, frozenset(file.src_uri for file, _ in pages if file.url in kept))

    # Pages and templates ------------------------------------------------------------------------

    def passed(self, written: list[str]) -> None:
        """Every rendered page passed the content checks (`on_env`): MkDocs writes the pages next
        (`written`: the site-relative paths of its files)."""
        self.previous.reuse(written, self.registry.own_folders)

    def markdown(self, markdown: str, page: Page, files: Files) -> str:
        """A post's Markdown after every plugin's changes: the placeholder if its HTML is cached."""
        return self.cache.markdown(markdown, page, files) if self.cache is not None else markdown

    def content(self, html: str, page: Page, files: Files) -> str:
        """A post's HTML before any plugin's changes: the cached one, or the fresh one kept."""
        return self.cache.content(html, page, files) if self.cache is not None else html

    def env(self, env: jinja2.Environment) -> None:
        if self.cache is not None:
            self.cache.env(env)

    # on_post_build ----------------------------------------------------------------------------

    def restore(self, site_dir: Path, files: Files, rendered: dict[str, str]) -> None:
        """The pages this build left out go back into place; `rendered` maps posts' URLs to their content."""
        if self.incremental is not None and self.cache is not None:
            self.incremental.restore(site_dir, files, rendered)

    def keep_feed(self, feed: PlannedFeed, site_url: str) -> bool:
        """True if the last build's file of this feed is right and back in place."""
        if self.incremental is None or self.cache is None:
            return False
        return self.incremental.keep_output(feed.path, hash((feed, site_url)))

    def keep_card(self, path: str, card: CardText) -> bool:
        if self.incremental is None or self.cache is None:
            return False
        return self.incremental.keep_output(path, card)

    @property
    def cards(self) -> CardCache:
        return self.cache.cards if self.cache is not None else CardCache(None)

    @property
    def feed_memo(self) -> TextStore | None:
        return self.cache.feed_html if self.cache is not None else None

    def finish(self) -> None:
        """The build succeeded (its files are written; plugins that read the site, search, follow)."""
        self.previous.remove_unwritten()
        if self.incremental is not None and self.cache is not None:
            self.incremental.finish()
        if self.cache is not None:
            # serve shows drafts: keep the other entries; and it saves derived texts when it stops
            self.cache.finish(prune=not self.serving, save=not self.serving)

    def abort(self) -> None:
        """The build failed, or shows problems instead of the site: the next one starts afresh."""
        self.previous.put_back()
        if self.cache is not None:
            self.cache.abort()
        if self.incremental is not None:
            self.incremental.forget()

    # For other features (feder.registry) ------------------------------------------------------

    def derived(self, name: str) -> TextStore | None:
        return self.cache.derived(name) if self.cache is not None else None


def _nav_sources(nav: object) -> list[str]:
    """Every file named in the `nav` of mkdocs.yml."""
    if isinstance(nav, str):
        return [nav]
    if isinstance(nav, dict):
        return [src for value in nav.values() for src in _nav_sources(value)]
    if isinstance(nav, list):
        return [src for item in nav for src in _nav_sources(item)]
    return []
